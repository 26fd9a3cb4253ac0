/**
 * The deal dialog's pure registration decision (rules/decisions.ts
 * decideRegistration), on plain data — no spreadsheet. Expected values are
 * worked out by hand from SPEC §5 and §9.2 and seed 001 (Stakhanovets):
 *
 * - refusal reasons of the seed: 1 incomplete or incorrect data, 2 the
 *   partner is not authorised, 3 the deal is registered to another partner,
 *   5 the extension limit of the partner's tier is exhausted;
 * - tiers (SPEC §5 table): White 3 months / 0 extensions, Bronze 3 / 1,
 *   Silver 6 / 1, Gold 9 / 0, Trusted 12 / 0;
 * - expiry = EDATE(registered, term × (1 + extensions)), deadlines inclusive.
 *
 * "Today" is 15.03.2026 unless a test says otherwise.
 */
import { bi } from '../../helpers/texts';
import { describe, expect, it } from 'vitest';
import type { Notation } from '../../../src/kernel/values/locale';
import { type DealRow, dealStatuses } from '../../../src/programs/partners/rules/dealStatus';
import { type DealBook, decideRegistration } from '../../../src/programs/partners/rules/decisions';
import { TIERS_PROGRAM } from '../../../src/programs/partners/rules/seed';
import { EMPTY, EN, PARTNERS, RU, type Spec, TODAY, book, d, refusal, tier } from './fixtures';

// ---------- registration ----------

describe('decideRegistration: the row to append', () => {
  const good = { partner: 'Vega Systems', customer: 'Lotus Bank', taxId: '7709876543', products: 'Archive', amount: 1200000 };

  it('registers today for the partner, with its tier, 0 extensions, last update today, open, in the next row', () => {
    const deals = book({ on: '2026-01-10', partner: 'Orion Soft', tier: 'white', customer: 'Birch' });
    expect(decideRegistration(good, PARTNERS, deals, TODAY, EN)).toEqual({
      ok: true,
      deal: {
        row: 3,
        registered: TODAY,
        partner: 'Vega Systems',
        tier: tier('silver'),
        customer: 'Lotus Bank',
        taxId: '7709876543',
        products: 'Archive',
        lastUpdate: TODAY,
        extensions: 0,
        outcome: 'open',
      },
      partner: PARTNERS[2],
      expires: d('2026-09-15'), // Silver: EDATE(15.03.2026, 6)
      amount: 1200000,
    });
  });

  it.each([
    ['Orion Soft', 'white', '2026-06-15'],
    ['Polaris IT', 'bronze', '2026-06-15'],
    ['Vega Systems', 'silver', '2026-09-15'],
    ['Sirius Integration', 'gold', '2026-12-15'],
    ['Altair Group', 'trusted', '2027-03-15'],
  ] as const)('%s (%s) registers until %s', (partner, key, expires) => {
    const decision = decideRegistration({ partner, customer: 'Quartz', products: 'DLP' }, PARTNERS, EMPTY, TODAY, EN);
    expect(decision).toMatchObject({ ok: true, expires: d(expires), amount: undefined });
    expect(decision.ok && decision.deal.tier).toBe(tier(key));
  });

  it('counts calendar months: 31 August + 6 months is 28 February', () => {
    expect(decideRegistration({ ...good, customer: 'Quartz' }, PARTNERS, EMPTY, d('2026-08-31'), EN)).toMatchObject({ ok: true, expires: d('2027-02-28') });
  });

  it('finds the partner by its legal name, as the Partners sheet spells it', () => {
    expect(decideRegistration({ ...good, partner: '  vega systems LLC ' }, PARTNERS, EMPTY, TODAY, EN)).toMatchObject({
      ok: true,
      deal: { partner: 'Vega Systems' },
    });
  });

  it('keeps the tax ID as digits: spaces removed, a leading zero kept, 10 or 12 digits', () => {
    const taxIdOf = (taxId: string) => {
      const decision = decideRegistration({ ...good, taxId }, PARTNERS, EMPTY, TODAY, EN);
      return decision.ok ? decision.deal.taxId : decision;
    };
    expect(taxIdOf(' 0123 456 789 ')).toBe('0123456789');
    expect(taxIdOf('012345678901')).toBe('012345678901');
    expect(taxIdOf('7701\u00a0234\u202f567')).toBe('7701234567');
    expect(taxIdOf('')).toBe('');
  });

  it("reads the expected amount in the spreadsheet's notation (SPEC §2.4)", () => {
    const amountOf = (amount: unknown, notation: Notation) => {
      const decision = decideRegistration({ ...good, amount }, PARTNERS, EMPTY, TODAY, notation);
      return decision.ok ? decision.amount : decision;
    };
    expect(amountOf('1 250 000,50', RU)).toBe(1250000.5);
    expect(amountOf('1,250', EN)).toBe(1250);
    expect(amountOf('1,250', RU)).toBe(1.25);
    expect(amountOf(0, EN)).toBe(0);
    expect(amountOf('', EN)).toBeUndefined();
    expect(amountOf(undefined, EN)).toBeUndefined();
  });
});

describe('decideRegistration: reason 1, incomplete or incorrect data', () => {
  const good = { partner: 'Orion Soft', customer: 'Nova Retail', taxId: '7701000000', products: 'DLP', amount: 100 };
  const problems = (change: Record<string, unknown>) => refusal(decideRegistration({ ...good, ...change }, PARTNERS, EMPTY, TODAY, EN));

  it.each([
    [{ partner: '' }, { kind: 'needPartner' }],
    [{ partner: undefined }, { kind: 'needPartner' }],
    [{ partner: true }, { kind: 'needPartner' }],
    [{ customer: '   ' }, { kind: 'needCustomer' }],
    [{ products: ' ; , ' }, { kind: 'needProducts' }],
    [{ products: undefined }, { kind: 'needProducts' }],
    [{ taxId: '770123456' }, { kind: 'badTaxId', value: '770123456' }], // 9 digits
    [{ taxId: '77012345678' }, { kind: 'badTaxId', value: '77012345678' }], // 11 digits
    [{ taxId: 'INN7701234567' }, { kind: 'badTaxId', value: 'INN7701234567' }],
    [{ taxId: '7701-234567' }, { kind: 'badTaxId', value: '7701-234567' }],
    [{ amount: -5 }, { kind: 'badAmount', value: '-5' }],
    [{ amount: 'a lot' }, { kind: 'badAmount', value: 'a lot' }],
    [{ amount: Number.POSITIVE_INFINITY }, { kind: 'badAmount', value: 'Infinity' }],
  ])('%o', (change, problem) => {
    expect(problems(change)).toEqual({ ok: false, refused: 'incomplete', reason: 1, problems: [problem] });
  });

  it("lists every problem at once, in the form's order", () => {
    expect(problems({ partner: '', customer: '', products: '', taxId: '12', amount: '-1' })).toEqual({
      ok: false,
      refused: 'incomplete',
      reason: 1,
      problems: [
        { kind: 'needPartner' },
        { kind: 'needCustomer' },
        { kind: 'badTaxId', value: '12' },
        { kind: 'needProducts' },
        { kind: 'badAmount', value: '-1' },
      ],
    });
  });

  it('an empty request lacks the partner, the customer and the products (tax ID and amount are optional)', () => {
    expect(decideRegistration({}, PARTNERS, EMPTY, TODAY, EN)).toEqual({
      ok: false,
      refused: 'incomplete',
      reason: 1,
      problems: [{ kind: 'needPartner' }, { kind: 'needCustomer' }, { kind: 'needProducts' }],
    });
  });
});

describe('decideRegistration: reason 2, the partner not authorised', () => {
  const request = { customer: 'Nova Retail', products: 'DLP' };

  it('a partner not on the Partners sheet', () => {
    expect(decideRegistration({ ...request, partner: 'Nobody Ltd' }, PARTNERS, EMPTY, TODAY, EN)).toEqual({
      ok: false,
      refused: 'notListed',
      reason: 2,
      name: 'Nobody Ltd',
    });
  });

  it('a partner whose Authorised box is not ticked, however its name is written', () => {
    for (const partner of ['Deneb Trade', 'DENEB TRADE LLC', 'ООО «Deneb Trade»']) {
      expect(decideRegistration({ ...request, partner }, PARTNERS, EMPTY, TODAY, EN)).toEqual({
        ok: false,
        refused: 'notAuthorised',
        reason: 2,
        partner: PARTNERS[5],
      });
    }
  });

  it('a partner whose tier cannot be computed is refused with the reason its row gives, no number', () => {
    expect(decideRegistration({ ...request, partner: 'Broken Ltd' }, PARTNERS, EMPTY, TODAY, EN)).toEqual({
      ok: false,
      refused: 'unreadable',
      problem: PARTNERS[6].problem,
    });
  });
});

describe('decideRegistration: reason 3, the deal registered to another partner', () => {
  /** Vega Systems (Silver) registered Romashka on 13.02.2026: it runs until EDATE(13.02.2026, 6) = 13.08.2026. */
  const romashka: Spec = {
    on: '2026-02-13',
    partner: 'Vega Systems',
    tier: 'silver',
    customer: 'Romashka LLC',
    taxId: '7701234567',
    products: 'DLP, Time Tracker',
  };

  it('names the owner and its expiry: the same tax ID and a product in common', () => {
    const deals = book(romashka);
    expect(
      decideRegistration(
        { partner: 'Orion Soft', customer: 'ROMASHKA llc', taxId: '7701234567', products: 'time tracker; Archive' },
        PARTNERS,
        deals,
        TODAY,
        EN,
      ),
    ).toEqual({
      ok: false,
      refused: 'owned',
      reason: 3,
      owner: deals.deals[0],
      expires: d('2026-08-13'),
      partner: 'Orion Soft', // who may still sell at up to 5% (SPEC §9.2)
    });
  });

  it('the same normalised legal name where one side has no tax ID', () => {
    const deals = book({ ...romashka, customer: 'ООО «Ромашка»', taxId: '' });
    expect(decideRegistration({ partner: 'Orion Soft', customer: '"Ромашка" ООО', products: 'dlp' }, PARTNERS, deals, TODAY, EN)).toMatchObject({
      refused: 'owned',
      owner: { row: 2 },
    });
    expect(
      decideRegistration({ partner: 'Orion Soft', customer: 'ооо ромашка', taxId: '7701234567', products: 'DLP' }, PARTNERS, deals, TODAY, EN),
    ).toMatchObject({ refused: 'owned', owner: { row: 2 } });
  });

  it("is the very owner DEAL_STATUS names for the new row put under the sheet's rows", () => {
    const deals = book({ on: '2026-03-05', partner: 'Polaris IT', tier: 'bronze', customer: 'Romashka LLC' }, romashka);
    const decision = refusal(decideRegistration({ partner: 'Orion Soft', customer: 'Romashka LLC', products: 'DLP' }, PARTNERS, deals, TODAY, EN));
    // the earliest registration owns it, though it is lower on the sheet (row 3, 13.02 before 05.03)
    expect(decision).toMatchObject({ refused: 'owned', owner: { row: 3, partner: 'Vega Systems' } });
    const candidate: DealRow = { ...deals.deals[0], row: 4, registered: TODAY, partner: 'Orion Soft', tier: tier('white'), lastUpdate: TODAY };
    expect(dealStatuses([...deals.deals, candidate], TODAY, TIERS_PROGRAM)[2].en).toBe('duplicate of row 3');
  });

  it('a duplicate never owns: the first registrant does', () => {
    const deals = book(romashka, { on: '2026-02-20', partner: 'Polaris IT', tier: 'bronze', customer: 'Romashka LLC', products: 'DLP' });
    expect(decideRegistration({ partner: 'Orion Soft', customer: 'Romashka LLC', products: 'DLP' }, PARTNERS, deals, TODAY, EN)).toMatchObject({
      refused: 'owned',
      owner: { row: 2 },
    });
  });

  it('is not another customer (another tax ID), nor another product', () => {
    const deals = book(romashka);
    expect(
      decideRegistration({ partner: 'Orion Soft', customer: 'Romashka LLC', taxId: '7701999999', products: 'DLP' }, PARTNERS, deals, TODAY, EN),
    ).toMatchObject({ ok: true });
    expect(
      decideRegistration({ partner: 'Polaris IT', customer: 'Romashka LLC', taxId: '7701234567', products: 'Archive' }, PARTNERS, deals, TODAY, EN),
    ).toMatchObject({ ok: true });
  });

  it('counts an owner on its last day (inclusive), not the day after, nor a closed one', () => {
    const request = { partner: 'Orion Soft', customer: 'Romashka LLC', products: 'DLP' };
    // Bronze: EDATE(15.12.2025, 3) = 15.03.2026, today
    expect(
      decideRegistration(request, PARTNERS, book({ on: '2025-12-15', partner: 'Polaris IT', tier: 'bronze', customer: 'Romashka LLC' }), TODAY, EN),
    ).toMatchObject({
      refused: 'owned',
      expires: TODAY,
    });
    // EDATE(14.12.2025, 3) = 14.03.2026, yesterday
    expect(
      decideRegistration(request, PARTNERS, book({ on: '2025-12-14', partner: 'Polaris IT', tier: 'bronze', customer: 'Romashka LLC' }), TODAY, EN),
    ).toMatchObject({ ok: true });
    expect(decideRegistration(request, PARTNERS, book({ ...romashka, outcome: 'won' }), TODAY, EN)).toMatchObject({ ok: true });
  });

  it('runs an owner with its own extensions: a Bronze registration of 01.11.2025 extended once runs until 01.05.2026', () => {
    const request = { partner: 'Orion Soft', customer: 'Romashka LLC', products: 'DLP' };
    const registered = { on: '2025-11-01', partner: 'Polaris IT', tier: 'bronze', customer: 'Romashka LLC' } as const;
    expect(decideRegistration(request, PARTNERS, book({ ...registered, extensions: 1 }), TODAY, EN)).toMatchObject({
      refused: 'owned',
      expires: d('2026-05-01'),
    });
    // without the extension it ended on 01.02.2026
    expect(decideRegistration(request, PARTNERS, book(registered), TODAY, EN)).toMatchObject({ ok: true });
  });
});

describe('decideRegistration: the order of the checks', () => {
  const deals = book({ on: '2026-03-12', partner: 'Vega Systems', tier: 'silver', customer: 'Nova Retail' });
  const unreadable: DealBook = { ...deals, unreadable: bi('Deals row 2 cannot be read.', 'Строку 2 не прочитать.') };
  const good = { partner: 'Orion Soft', customer: 'Nova Retail', products: 'DLP' };

  it('1, then 2, then a Deals sheet that cannot be read, then 3', () => {
    expect(refusal(decideRegistration({ ...good, partner: 'Deneb Trade', amount: -1 }, PARTNERS, unreadable, TODAY, EN)).refused).toBe('incomplete');
    expect(refusal(decideRegistration({ ...good, partner: 'Deneb Trade' }, PARTNERS, unreadable, TODAY, EN)).refused).toBe('notAuthorised');
    expect(decideRegistration(good, PARTNERS, unreadable, TODAY, EN)).toEqual({ ok: false, refused: 'unreadable', problem: unreadable.unreadable });
    expect(refusal(decideRegistration(good, PARTNERS, deals, TODAY, EN)).refused).toBe('owned');
  });
});
