import { describe, expect, it } from 'vitest';
import { type Day, addMonths, dayFromCivil } from '../../../src/kernel/values/dates';
import { type DealRow, type OutcomeKey, dealStatuses, parseOutcome, parseProducts } from '../../../src/programs/partners/rules/dealStatus';
import { authorisedSet } from '../../../src/programs/partners/rules/authorisation';
import { TIERS_PROGRAM } from '../../../src/programs/partners/rules/seed';
import { parseTier } from '../../../src/programs/partners/rules/tiers';

const d = (text: string): Day => {
  const [y, m, dd] = text.split('-').map(Number);
  return dayFromCivil(y, m, dd);
};

interface Spec {
  on: string;
  partner?: string;
  tier?: string;
  customer?: string;
  taxId?: string;
  products?: string;
  updated?: string;
  extensions?: number;
  outcome?: OutcomeKey;
}

/** Rows of a table whose header is row 1: the first deal is row 2. */
function table(...specs: Spec[]): DealRow[] {
  return specs.map((s, i) => ({
    row: i + 2,
    registered: d(s.on),
    partner: s.partner ?? 'Alpha',
    tier: parseTier(s.tier ?? 'Silver', TIERS_PROGRAM),
    customer: s.customer ?? 'ООО «Ромашка»',
    taxId: s.taxId ?? '',
    products: s.products ?? 'Стахановец',
    lastUpdate: s.updated === undefined ? undefined : d(s.updated),
    extensions: s.extensions ?? 0,
    outcome: s.outcome ?? 'open',
  }));
}

const statuses = (deals: DealRow[], asOf = '2026-01-20') => dealStatuses(deals, d(asOf), TIERS_PROGRAM).map((s) => s.en);
const russian = (deals: DealRow[], asOf = '2026-01-20') => dealStatuses(deals, d(asOf), TIERS_PROGRAM).map((s) => s.ru);

describe('parseOutcome and parseProducts', () => {
  it('reads the outcomes in both languages', () => {
    expect(['won', 'Выиграна', 'lost', 'ПРОИГРАНА', 'cancelled', 'canceled', 'отменена', 'open', 'В работе'].map((w) => parseOutcome(w))).toEqual([
      'won',
      'won',
      'lost',
      'lost',
      'cancelled',
      'cancelled',
      'cancelled',
      'open',
      'open',
    ]);
    expect(() => parseOutcome('maybe')).toThrow('is not an outcome; use open, won, lost, cancelled');
  });
  it('splits products on commas and semicolons, case-insensitively', () => {
    expect(parseProducts('Стахановец; DLP,  облако ,, dlp')).toEqual(['стахановец', 'dlp', 'облако']);
  });
});

describe('dealStatuses: outcomes (rule 1)', () => {
  it('reports won / lost / cancelled before anything else', () => {
    const deals = table(
      { on: '2026-01-05', partner: 'Alpha', updated: '2026-01-15' },
      // each of these would otherwise be a duplicate of row 2
      { on: '2026-01-06', partner: 'Beta', outcome: 'won' },
      { on: '2026-01-06', partner: 'Gamma', outcome: 'lost' },
      { on: '2026-01-06', partner: 'Delta', outcome: 'cancelled' },
      // White with 1 extension is over its limit of 0, and expired long ago: still "won"
      { on: '2020-01-06', partner: 'Eps', tier: 'White', extensions: 1, outcome: 'won' },
    );
    expect(statuses(deals)).toEqual(['active', 'won', 'lost', 'cancelled', 'won']);
    expect(russian(deals)).toEqual(['активна', 'выиграна', 'проиграна', 'отменена', 'выиграна']);
  });
});

describe('dealStatuses: duplicates (rule 2)', () => {
  it("marks a later registration by another partner as a duplicate of the owner's row", () => {
    const deals = table({ on: '2026-01-10', partner: 'Alpha' }, { on: '2026-01-12', partner: 'Beta' });
    expect(statuses(deals)).toEqual(['active', 'duplicate of row 2']);
    expect(russian(deals)).toEqual(['активна', 'дубль строки 2']);
  });
  it('lets the earlier date own the deal even when its row is lower in the table', () => {
    const deals = table({ on: '2026-01-12', partner: 'Beta' }, { on: '2026-01-10', partner: 'Alpha' });
    expect(statuses(deals)).toEqual(['duplicate of row 3', 'active']);
  });
  it('gives a same-day tie to the row nearer the top', () => {
    const deals = table({ on: '2026-01-10', partner: 'Beta' }, { on: '2026-01-10', partner: 'Alpha' }, { on: '2026-01-10', partner: 'Gamma' });
    expect(statuses(deals)).toEqual(['active', 'duplicate of row 2', 'duplicate of row 2']);
  });
  it("never makes a partner's re-registration a duplicate of its own: it is a repeat (SPEC §5 rule 4)", () => {
    const deals = table(
      { on: '2026-01-10', partner: 'Alpha' },
      { on: '2026-01-15', partner: 'ООО «Alpha»' }, // the same partner, written differently
    );
    expect(statuses(deals)).toEqual(['active', 'repeat of row 2']);
  });
  it('needs the same customer: tax IDs where both have one, else normalised names', () => {
    const deals = table(
      { on: '2026-01-10', partner: 'Alpha', customer: 'Ромашка', taxId: '7701234567' },
      { on: '2026-01-11', partner: 'Beta', customer: 'Лютик (бывш. Ромашка)', taxId: '7701 234 567' }, // same tax ID
      { on: '2026-01-11', partner: 'Gamma', customer: 'Ромашка', taxId: '7709999999' }, // another tax ID: another customer
      { on: '2026-01-12', partner: 'Delta', customer: '"Ромашка" ООО' }, // no tax ID: by name
      { on: '2026-01-12', partner: 'Eps', customer: 'Romashka LLC' }, // not transliterated
    );
    expect(statuses(deals)).toEqual(['active', 'duplicate of row 2', 'active', 'duplicate of row 2', 'active']);
  });
  it('matches a row without a tax ID to rows with different tax IDs by name', () => {
    // Row 3 has no tax ID, so it would match row 2 by name, but row 2 is lost (it owns nothing); row 4's
    // tax ID differs from row 2's, so it cannot match row 2, but it matches row 3 (no tax ID) by name.
    // (Row 3 must own its deal for that: a duplicate owns nothing, SPEC §5.)
    const deals = table(
      { on: '2026-01-10', partner: 'Alpha', customer: 'Ромашка', taxId: '111', outcome: 'lost' },
      { on: '2026-01-11', partner: 'Beta', customer: 'ООО Ромашка' },
      { on: '2026-01-12', partner: 'Gamma', customer: 'ромашка', taxId: '222' },
    );
    expect(statuses(deals)).toEqual(['lost', 'active', 'duplicate of row 3']);
  });
  it('needs a product in common, compared case-insensitively', () => {
    const deals = table(
      { on: '2026-01-10', partner: 'Alpha', products: 'Стахановец; DLP' },
      { on: '2026-01-11', partner: 'Beta', products: 'Облако' },
      { on: '2026-01-12', partner: 'Gamma', products: 'облако, dlp' },
    );
    // row 3 shares nothing with row 2; row 4 shares DLP with row 2 (and Облако with row 3, later)
    expect(statuses(deals)).toEqual(['active', 'active', 'duplicate of row 2']);
  });
  it('stops blocking once the owner has expired (inclusive deadline)', () => {
    // White: 3 months; 10 January 2026 + 3 months = 10 April 2026
    const owner = { on: '2026-01-10', partner: 'Alpha', tier: 'White', updated: '2026-04-10' };
    expect(statuses(table(owner, { on: '2026-04-10', partner: 'Beta' }), '2026-04-10')).toEqual(['active', 'duplicate of row 2']);
    expect(statuses(table(owner, { on: '2026-04-11', partner: 'Beta' }), '2026-04-12')).toEqual(['expired', 'active']);
  });
  it("computes the owner's expiry with its own extensions, even over its limit", () => {
    // White with 1 extension (limit 0): 10 January + 3 × 2 months = 10 July; it still blocks on 1 May
    const deals = table(
      { on: '2026-01-10', partner: 'Alpha', tier: 'White', extensions: 1, updated: '2026-04-30' },
      { on: '2026-05-01', partner: 'Beta', tier: 'Gold' },
      // row 2 has expired by 11 July; row 3 is open until 1 February 2027 but a duplicate, which owns nothing (SPEC §5)
      { on: '2026-07-11', partner: 'Gamma', tier: 'Gold' },
    );
    expect(statuses(deals, '2026-05-02')).toEqual(['extensions exceeded', 'duplicate of row 2', 'active']);
  });
  it('lets lost, cancelled and won registrations block nobody', () => {
    for (const outcome of ['lost', 'cancelled', 'won'] as const) {
      const deals = table({ on: '2026-01-10', partner: 'Alpha', outcome }, { on: '2026-01-12', partner: 'Beta' });
      expect(statuses(deals)).toEqual([outcome, 'active']);
    }
  });
  it('counts an open owner that is itself stale, never one that is a duplicate', () => {
    // Row 2 (Alpha, White) expires 10 April. Row 3 (Beta, 1 February) is its duplicate and
    // stays open until 1 November (Gold, 9 months). Row 4 (Gamma, 1 May) comes after row 2
    // expired: row 3 is open and unexpired, but a duplicate never owns a deal (SPEC §5), so Gamma owns it.
    const deals = table(
      { on: '2026-01-10', partner: 'Alpha', tier: 'White' },
      { on: '2026-02-01', partner: 'Beta', tier: 'Gold' },
      { on: '2026-05-01', partner: 'Gamma' },
    );
    expect(statuses(deals, '2026-05-05')).toEqual(['expired', 'duplicate of row 2', 'active']);
    // A stale owner: no update since 10 January, yet it owns the deal on 1 March
    const stale = table({ on: '2026-01-10', partner: 'Alpha' }, { on: '2026-03-01', partner: 'Beta' });
    expect(statuses(stale, '2026-03-01')).toEqual(['stale', 'duplicate of row 2']);
  });
  it('names the earliest owner when several earlier registrations qualify', () => {
    const deals = table({ on: '2026-01-10', partner: 'Alpha' }, { on: '2026-01-11', partner: 'Beta' }, { on: '2026-01-12', partner: 'Gamma' });
    expect(statuses(deals)).toEqual(['active', 'duplicate of row 2', 'duplicate of row 2']);
  });
  it("makes the owner's own later registration a repeat, never a duplicate of the duplicate", () => {
    // Row 3 (Beta) is a duplicate of row 2 and owns nothing; row 4's owner is Alpha's own row 2, so
    // row 4 is no duplicate; Alpha's row 2 is still open on 12 January: a repeat of row 2 (SPEC §5).
    const deals = table({ on: '2026-01-10', partner: 'Alpha' }, { on: '2026-01-11', partner: 'Beta' }, { on: '2026-01-12', partner: 'Alpha' });
    expect(statuses(deals)).toEqual(['active', 'duplicate of row 2', 'repeat of row 2']);
  });
});

describe('dealStatuses: extensions, expiry, staleness, activity (rules 3–6)', () => {
  it('flags more extensions than the tier allows', () => {
    // allowed: White 0, Bronze 1, Silver 1, Gold 0, Trusted 0
    const deals = table(
      { on: '2026-01-10', partner: 'A', tier: 'White', extensions: 1, customer: 'a' },
      { on: '2026-01-10', partner: 'B', tier: 'Bronze', extensions: 1, customer: 'b' },
      { on: '2026-01-10', partner: 'C', tier: 'Bronze', extensions: 2, customer: 'c' },
      { on: '2026-01-10', partner: 'D', tier: 'Silver', extensions: 1, customer: 'd' },
      { on: '2026-01-10', partner: 'E', tier: 'Gold', extensions: 1, customer: 'e' },
      { on: '2026-01-10', partner: 'F', tier: 'Trusted', extensions: 1, customer: 'f' },
    );
    expect(statuses(deals)).toEqual(['extensions exceeded', 'active', 'extensions exceeded', 'active', 'extensions exceeded', 'extensions exceeded']);
    expect(russian(deals)[0]).toBe('превышено число продлений');
  });
  it('expires the day after DEAL_EXPIRY', () => {
    // Silver: 6 months; 31 August 2025 + 6 months = 28 February 2026
    const deals = table({ on: '2025-08-31', updated: '2026-02-20' });
    expect(statuses(deals, '2026-02-28')).toEqual(['active']);
    expect(statuses(deals, '2026-03-01')).toEqual(['expired']);
    expect(russian(deals, '2026-03-01')).toEqual(['истекла']);
    // with Silver's one extension: 31 August 2025 + 12 months = 31 August 2026; updated 9 days before
    expect(statuses(table({ on: '2025-08-31', updated: '2026-02-20', extensions: 1 }), '2026-03-01')).toEqual(['active']);
  });
  it('puts "extensions exceeded" before "expired", and "expired" before "stale"', () => {
    expect(statuses(table({ on: '2020-01-10', tier: 'Gold', extensions: 1 }))).toEqual(['extensions exceeded']);
    expect(statuses(table({ on: '2020-01-10', tier: 'Gold' }))).toEqual(['expired']);
  });
  it('is stale after more than 14 days without an update', () => {
    // from the last update: 6 January + 14 days = 20 January is still fine, 21 January is stale
    const updated = table({ on: '2026-01-02', updated: '2026-01-06' });
    expect(statuses(updated, '2026-01-20')).toEqual(['active']);
    expect(statuses(updated, '2026-01-21')).toEqual(['stale']);
    expect(russian(updated, '2026-01-21')).toEqual(['нет обновлений']);
    // without an update: from the registration date
    const fresh = table({ on: '2026-01-06' });
    expect(statuses(fresh, '2026-01-20')).toEqual(['active']);
    expect(statuses(fresh, '2026-01-21')).toEqual(['stale']);
    // an "update" before the registration counts from the registration
    expect(statuses(table({ on: '2026-01-06', updated: '2025-12-01' }), '2026-01-20')).toEqual(['active']);
  });
  it('is active for a registration made after the report date', () => {
    expect(statuses(table({ on: '2026-02-01' }), '2026-01-20')).toEqual(['active']);
  });
});

describe('dealStatuses: order of the input', () => {
  it('does not depend on the order the rows are handed in', () => {
    const deals = table(
      { on: '2026-01-12', partner: 'Beta' },
      { on: '2026-01-10', partner: 'Alpha' },
      { on: '2026-01-10', partner: 'Gamma' },
      { on: '2026-01-11', partner: 'Alpha', customer: 'Лютик' },
    );
    const expected = ['duplicate of row 3', 'active', 'duplicate of row 3', 'active'];
    expect(statuses(deals)).toEqual(expected);
    const reversed = [...deals].reverse();
    expect(statuses(reversed)).toEqual([...expected].reverse());
  });
  it('handles no deals', () => {
    expect(statuses([])).toEqual([]);
  });
});

/**
 * SPEC §5 rules 2–4 written the plain way, comparing every pair, in
 * registration order (an earlier date; on one date, the upper row):
 * - a registration of a partner not in `authorised` (when given) is
 *   "partner not authorised";
 * - R's owner is the earliest earlier registration of the same customer with
 *   a product in common that was open and unexpired on R's date and is itself
 *   neither a duplicate, a repeat nor a registration of a partner not
 *   authorised; another partner's owner makes R a duplicate of it;
 * - otherwise the earliest earlier registration of R's own partner, same
 *   customer, a product in common, still open on R's date, makes R a repeat.
 * "Open on day t": Outcome open, or closed after t — its outcome recorded on
 * its Last update (at the latest the report date; without one, on its
 * registration date).
 */
function naiveRelations(deals: DealRow[], asOf: Day, authorised?: Set<string>): (string | undefined)[] {
  const name = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !['ооо', 'ао', 'llc'].includes(w))
      .join('');
  const products = (s: string) =>
    s
      .split(/[,;]/)
      .map((p) => p.trim().toLowerCase())
      .filter(Boolean);
  const before = (a: DealRow, b: DealRow) => a.registered < b.registered || (a.registered === b.registered && a.row < b.row);
  const sameDeal = (a: DealRow, b: DealRow) =>
    (a.taxId && b.taxId ? a.taxId === b.taxId : name(a.customer) === name(b.customer)) && products(a.products).some((p) => products(b.products).includes(p));
  const closedOn = (e: DealRow) => (e.outcome === 'open' ? Infinity : Math.min(Math.max(e.registered, e.lastUpdate ?? e.registered), asOf));
  const openOn = (e: DealRow, day: Day) => day < closedOn(e);
  const expiry = (e: DealRow) => addMonths(e.registered, e.tier.benefits.registration_months * (1 + e.extensions));
  const earliest = (rows: DealRow[]) => rows.reduce<DealRow | undefined>((found, e) => (!found || before(e, found) ? e : found), undefined);
  const relation = new Map<DealRow, string>();
  for (const r of [...deals].sort((a, b) => (before(a, b) ? -1 : 1))) {
    if (authorised && !authorised.has(r.partner)) {
      relation.set(r, 'partner not authorised');
      continue;
    }
    const earlier = deals.filter((e) => before(e, r) && sameDeal(e, r) && openOn(e, r.registered));
    const owner = earliest(earlier.filter((e) => expiry(e) >= r.registered && relation.get(e) === 'none'));
    if (owner && owner.partner !== r.partner) {
      relation.set(r, `duplicate of row ${owner.row}`);
      continue;
    }
    const own = earliest(earlier.filter((e) => e.partner === r.partner));
    relation.set(r, own ? `repeat of row ${own.row}` : 'none');
  }
  return deals.map((d) => (d.outcome !== 'open' || relation.get(d) === 'none' ? undefined : relation.get(d)));
}

describe('dealStatuses against the pairwise rules', () => {
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const tiers = ['White', 'Bronze', 'Silver', 'Gold', 'Trusted'];

  const shapes = [
    {
      what: 'mixed customers, tax IDs, products and outcomes',
      months: 12,
      tiers,
      partners: ['P1', 'P2', 'P3', 'P4'],
      customers: ['ООО «Ромашка»', 'ромашка', 'АО Лютик', 'Лютик', 'Romashka LLC', 'Василёк', 'василек'],
      taxIds: ['', '', '111', '222'],
      products: ['A', 'b', 'A; C', 'c, D', 'd', 'B;A'],
      outcomes: ['open', 'open', 'open', 'lost', 'won'] as const,
      authorised: undefined,
    },
    {
      what: 'two partners taking turns on one customer, their registrations running out and closing',
      months: 144,
      tiers: ['White', 'White', 'White', 'Trusted'],
      partners: ['P1', 'P1', 'P1', 'P2'],
      customers: ['Ромашка'],
      taxIds: [''],
      products: ['A'],
      outcomes: ['open', 'open', 'open', 'cancelled'] as const,
      authorised: undefined,
    },
    {
      what: 'one day, many repeats',
      months: 1,
      tiers,
      partners: ['P1', 'P2', 'P3'],
      customers: ['Ромашка', 'Лютик'],
      taxIds: ['', '7'],
      products: ['A', 'B', 'A,B'],
      outcomes: ['open', 'open', 'cancelled'] as const,
      authorised: undefined,
    },
    {
      what: 'partners not authorised or not listed among them',
      months: 12,
      tiers,
      partners: ['P1', 'P2', 'P3', 'P4', 'P5'],
      customers: ['Ромашка', 'Лютик', 'Василёк'],
      taxIds: ['', '', '111'],
      products: ['A', 'B', 'A; B'],
      outcomes: ['open', 'open', 'open', 'won'] as const,
      authorised: ['P1', 'P2', 'P4'], // P3 listed as not authorised and P5 not listed: the same to DEAL_STATUS
    },
  ];

  for (const shape of shapes) {
    it(`finds the same duplicates, repeats and unauthorised partners on generated tables: ${shape.what}`, () => {
      const seen = new Map<string, number>();
      for (let round = 0; round < 20; round++) {
        const specs: Spec[] = [];
        const dayIn = (month: number) => {
          const year = 2022 + Math.floor((month - 1) / 12);
          const day = shape.months === 1 ? 15 : 1 + Math.floor(random() * 28);
          return `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        };
        for (let i = 0; i < 150; i++) {
          const month = 1 + Math.floor(random() * shape.months);
          specs.push({
            on: dayIn(month),
            partner: pick(shape.partners),
            tier: pick(shape.tiers),
            customer: pick(shape.customers),
            taxId: pick(shape.taxIds),
            products: pick(shape.products),
            extensions: pick([0, 0, 1, 2]),
            // a Last update before, on or after the registration (an outcome recorded then), or none
            updated: random() < 0.3 ? undefined : dayIn(Math.max(1, Math.min(shape.months, month + Math.floor(random() * 5) - 1))),
            outcome: pick(shape.outcomes),
          });
        }
        const deals = table(...specs);
        const asOf = d(round % 2 ? '2034-12-31' : `${2022 + Math.floor(shape.months / 24)}-07-01`);
        const expected = naiveRelations(deals, asOf, shape.authorised && new Set(shape.authorised));
        const listed = shape.authorised && authorisedSet(['P1', 'P2', 'P3', 'P4'].map((name) => ({ name, authorised: shape.authorised.includes(name) })));
        const got = dealStatuses(deals, asOf, TIERS_PROGRAM, listed)
          .map((s) => s.en)
          .map((s) => (/^(duplicate|repeat|partner not)/.test(s) ? s : undefined));
        expect(got).toEqual(expected);
        for (const status of got) {
          const kind = status?.split(' ')[0] ?? 'other';
          seen.set(kind, (seen.get(kind) ?? 0) + 1);
        }
      }
      // the tables are meant to hold each kind the shape can make, and registrations that are none of them
      expect(seen.get('other') ?? 0).toBeGreaterThan(100);
      if (shape.partners.length > 1 && new Set(shape.partners).size > 1) expect(seen.get('duplicate') ?? 0).toBeGreaterThan(20);
      expect(seen.get('repeat') ?? 0).toBeGreaterThan(20);
      if (shape.authorised) expect(seen.get('partner') ?? 0).toBeGreaterThan(100);
    });
  }
});
