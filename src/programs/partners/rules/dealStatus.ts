import type { Day } from '../../../kernel/values/dates';
import { InputError } from '../../../kernel/errors';
import { type Text, bi } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';
import { type OutcomeRule, TIERS_PROGRAM, type TierProgram, type TierRule } from './seed';
import { dealExpiry } from './tiers';
import { legalNameKey, taxIdKey } from './customer';
import { RegistrationLists } from './owners';

export type OutcomeKey = OutcomeRule['key'];

/** One registered deal (a row of the table with a registration date). */
export interface DealRow {
  /** The row in the given range, its header being row 1: breaks ties between same-day registrations and names the owner. */
  row: number;
  registered: Day;
  partner: string;
  tier: TierRule;
  customer: string;
  /** `""` when the row has none. */
  taxId: string;
  /** A comma- or semicolon-separated list. */
  products: string;
  lastUpdate?: Day;
  extensions: number;
  outcome: OutcomeKey;
}

const outcomeWords = new WeakMap<TierProgram, Map<string, OutcomeRule>>();

/** An Outcome cell: won / lost / cancelled, or open (also `в работе`); the adapter maps an empty cell to open. */
export function parseOutcome(text: string, program: TierProgram = TIERS_PROGRAM): OutcomeKey {
  let words = outcomeWords.get(program);
  if (!words) {
    words = new Map(program.deals.outcomes.flatMap((o) => o.names.map((name) => [normalizeWord(name), o] as const)));
    outcomeWords.set(program, words);
  }
  const outcome = words.get(normalizeWord(text));
  if (!outcome) {
    const en = program.deals.outcomes.map((o) => o.name.en).join(', ');
    const ru = program.deals.outcomes.map((o) => o.name.ru).join(', ');
    throw new InputError(
      bi(`is not an outcome; use ${en} (${ru}) or leave empty while open`, `неизвестный итог; допустимы ${ru} (${en}) или пусто, пока сделка в работе`),
    );
  }
  return outcome.key;
}

/** The products of a list, compared case-insensitively: `A, b; C` → a, b, c. */
export function parseProducts(list: string): string[] {
  const products: string[] = [];
  for (const item of list.split(/[,;]/)) {
    const product = normalizeWord(item);
    if (product !== '' && !products.includes(product)) products.push(product);
  }
  return products;
}

function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Numbers for distinct texts: 0, 1, 2… in order of first sight. */
class Numbering {
  private readonly numbers = new Map<string, number>();
  of(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(text, n);
    }
    return n;
  }
  get size(): number {
    return this.numbers.size;
  }
}

/**
 * DEAL_STATUS for every registered deal, the first rule that applies (SPEC §5):
 * its outcome (won / lost / cancelled); `duplicate of row N`; `extensions
 * exceeded`; `expired`; `stale`; `active`.
 *
 * A deal is a duplicate when an earlier registration (earlier date, or the same
 * date and a row nearer the top) by another partner, for the same customer,
 * with a product in common, is open and was not expired on this deal's
 * registration date; N is the earliest such registration's row. Every open
 * registration counts, whatever its own status, with its own expiry.
 *
 * Speed: the deals are walked in registration order. Each open one is filed,
 * per product, in lists where every entry is the same customer as any deal
 * that looks there: by tax ID (deals with that tax ID), by name among deals
 * without a tax ID, and by name among all deals. A deal with a tax ID looks
 * in the first two, one without looks in the third. So a deal is never
 * compared with another customer's or another product's registrations, and
 * RegistrationLists finds the earliest other partner's running registration
 * of a list in constant amortised time.
 */
export function dealStatuses(deals: readonly DealRow[], asOf: Day, program: TierProgram = TIERS_PROGRAM): Text[] {
  const { statuses, outcomes } = program.deals;
  const duplicates = new Map<number, Text>();
  const duplicateOf = (row: number): Text => {
    let text = duplicates.get(row);
    if (!text) {
      text = { en: statuses.duplicate.en.replace('{row}', String(row)), ru: statuses.duplicate.ru.replace('{row}', String(row)) };
      duplicates.set(row, text);
    }
    return text;
  };
  return dealStandings(deals, asOf, program).map((standing, i) => {
    switch (standing.kind) {
      case 'closed':
        return outcomes.find((o) => o.key === deals[i].outcome)!.name;
      case 'duplicate':
        return duplicateOf(deals[standing.owner].row);
      default:
        return statuses[standing.kind];
    }
  });
}

/**
 * Where each registration stands, first rule that applies (SPEC §5): closed by
 * its outcome, a duplicate of an earlier registration (`owner` is that
 * registration's index in `deals`), over its extension limit, expired, stale,
 * or active. DEAL_STATUS words these; the deal dialog names the owner.
 */
export type DealStanding = { kind: 'closed' } | { kind: 'duplicate'; owner: number } | { kind: 'extensionsExceeded' | 'expired' | 'stale' | 'active' };

const CLOSED: DealStanding = { kind: 'closed' };
const EXCEEDED: DealStanding = { kind: 'extensionsExceeded' };
const EXPIRED: DealStanding = { kind: 'expired' };
const STALE: DealStanding = { kind: 'stale' };
const ACTIVE: DealStanding = { kind: 'active' };

export function dealStandings(deals: readonly DealRow[], asOf: Day, program: TierProgram = TIERS_PROGRAM): DealStanding[] {
  const n = deals.length;
  const names = new Numbering();
  const taxIds = new Numbering();
  const partners = new Numbering();
  const products = new Numbering();
  // Each distinct text is normalised once and numbered; a table repeats its customers, partners and products.
  const nameNoOf = memo((customer) => names.of(legalNameKey(customer)));
  const taxNoOf = (taxId: string) => {
    const key = taxIdKey(taxId); // at once for digits only
    return key === '' ? -1 : taxIds.of(key);
  };
  const partnerNoOf = memo((partner) => partners.of(legalNameKey(partner)));
  const productNosOf = memo((list) => parseProducts(list).map((product) => products.of(product)));
  const expiryOf = memoExpiry();

  // Columns of plain values, read once in row order.
  const nameNo = new Int32Array(n);
  const taxNo = new Int32Array(n); // -1: no tax ID
  const partnerNo = new Int32Array(n);
  const productNos: number[][] = new Array(n);
  const registered = new Float64Array(n);
  const rows = new Float64Array(n);
  const expiries = new Float64Array(n);
  const open = new Uint8Array(n);
  let filings = 0;
  for (let i = 0; i < n; i++) {
    const d = deals[i];
    nameNo[i] = nameNoOf(d.customer);
    taxNo[i] = taxNoOf(d.taxId);
    partnerNo[i] = partnerNoOf(d.partner);
    productNos[i] = productNosOf(d.products);
    registered[i] = d.registered;
    rows[i] = d.row;
    expiries[i] = expiryOf(d.registered, d.tier, d.extensions);
    open[i] = d.outcome === 'open' ? 1 : 0;
    if (open[i]) filings += 2 * productNos[i].length;
  }

  const lists = new RegistrationLists(filings, expiries, partnerNo);
  const productCount = products.size;
  const BY_TAX_ID = 0;
  const BY_NAME_WITHOUT_TAX_ID = 1;
  const BY_NAME = 2;
  // List numbers by (who, product, kind): in a flat array when that is small enough, else in a map.
  const slots = Math.max(names.size, taxIds.size) * productCount * 3;
  const listArray = slots <= 4 * n + 1_000_000 ? new Int32Array(slots).fill(-1) : undefined;
  const listMap = new Map<number, number>();
  /** The list of one kind for a tax ID or name number and a product. */
  const listOf = (kind: number, who: number, product: number): number => {
    const key = (who * productCount + product) * 3 + kind;
    let list = listArray ? listArray[key] : (listMap.get(key) ?? -1);
    if (list === -1) {
      list = lists.newList();
      if (listArray) listArray[key] = list;
      else listMap.set(key, list);
    }
    return list;
  };

  const order = registrationOrder(registered, rows);
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) rank[order[k]] = k;
  const owners = new Int32Array(n).fill(-1);
  const ask = (list: number, i: number) => {
    const found = lists.earliest(list, partnerNo[i], registered[i]);
    if (found !== -1 && (owners[i] === -1 || rank[found] < rank[owners[i]])) owners[i] = found;
  };

  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (!open[i]) continue;
    for (const product of productNos[i]) {
      // Ask the lists of this customer and product, then file the deal in them.
      const byName = listOf(BY_NAME, nameNo[i], product);
      if (taxNo[i] === -1) {
        ask(byName, i);
        lists.append(listOf(BY_NAME_WITHOUT_TAX_ID, nameNo[i], product), i);
      } else {
        const byTaxId = listOf(BY_TAX_ID, taxNo[i], product);
        ask(byTaxId, i);
        ask(listOf(BY_NAME_WITHOUT_TAX_ID, nameNo[i], product), i);
        lists.append(byTaxId, i);
      }
      lists.append(byName, i);
    }
  }

  const { staleAfterDays } = program.deals;
  return deals.map((deal, i): DealStanding => {
    if (!open[i]) return CLOSED;
    if (owners[i] !== -1) return { kind: 'duplicate', owner: owners[i] };
    if (deal.extensions > deal.tier.benefits.extensions) return EXCEEDED;
    if (asOf > expiries[i]) return EXPIRED;
    const lastNews = Math.max(deal.registered, deal.lastUpdate ?? deal.registered);
    if (asOf - lastNews > staleAfterDays) return STALE;
    return ACTIVE;
  });
}

/** DEAL_EXPIRY, remembered per registration date and term: a table repeats the same few hundred dates. */
function memoExpiry() {
  const cache = new Map<number, Day>();
  return (registered: Day, tier: TierRule, extensions: number): Day => {
    const months = tier.benefits.registration_months * (1 + extensions);
    if (months >= 4096) return dealExpiry(registered, tier, extensions);
    const key = registered * 4096 + months;
    let expiry = cache.get(key);
    if (expiry === undefined) {
      expiry = dealExpiry(registered, tier, extensions);
      cache.set(key, expiry);
    }
    return expiry;
  };
}

/**
 * Indexes of the deals by registration date, then row. Registration dates
 * span a few years, so a counting sort by day (stable, taking the deals in row
 * order) does it in linear time; a comparator sort is the fallback for dates
 * spread over centuries.
 */
function registrationOrder(registered: Float64Array, rows: Float64Array): Int32Array {
  const n = registered.length;
  let byRow = Int32Array.from({ length: n }, (_, i) => i);
  // The adapter hands the deals in row order; anyone else may not.
  for (let i = 1; i < n; i++) {
    if (rows[i] <= rows[i - 1]) {
      byRow = byRow.sort((a, b) => rows[a] - rows[b]);
      break;
    }
  }
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (registered[i] < first) first = registered[i];
    if (registered[i] > last) last = registered[i];
  }
  if (n === 0 || last - first > 4 * n + 10_000) {
    return byRow.sort((a, b) => registered[a] - registered[b] || rows[a] - rows[b]);
  }
  const starts = new Int32Array(last - first + 2);
  for (let i = 0; i < n; i++) starts[registered[i] - first + 1]++;
  for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = byRow[k];
    order[starts[registered[i] - first]++] = i;
  }
  return order;
}
