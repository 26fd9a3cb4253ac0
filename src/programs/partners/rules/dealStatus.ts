import type { Day } from '../../../kernel/values/dates';
import { InputError } from '../../../kernel/errors';
import { everyForm, perLang, t, type Text, wordList } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';
import { type OutcomeRule, TIERS_PROGRAM, type TierProgram, type TierRule } from './seed';
import { dealExpiry } from './tiers';
import { legalNameKey, taxIdKey } from './customer';
import { PairTable, RunningLists } from './owners';

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

/** An Outcome cell: won / lost / cancelled, or open (also `в работе`); the adapter maps an empty cell to open. The words are the seed's in every program. */
export function parseOutcome(text: string, program: TierProgram = TIERS_PROGRAM): OutcomeKey {
  let words = outcomeWords.get(program);
  if (!words) {
    words = new Map(program.deals.outcomes.flatMap((o) => [...everyForm(o.name), ...o.names].map((name) => [normalizeWord(name), o] as const)));
    outcomeWords.set(program, words);
  }
  const outcome = words.get(normalizeWord(text));
  if (!outcome) {
    throw new InputError(t`is not an outcome; use ${wordList(program.deals.outcomes.map((o) => o.name))} or leave empty while open`);
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
 * Where each registration stands, the first rule that applies (SPEC §5):
 * closed by its outcome; its partner not authorised (only when the partners
 * are known); a duplicate of another partner's registration (`owner` is that
 * registration's index in `deals`); a repeat of the same partner's own open
 * registration (`of`); over its extension limit; expired; stale; or active.
 * DEAL_STATUS words these; the deal dialog names the owner or the repeated
 * row from the same answer.
 */
export type DealStanding =
  | { kind: 'closed' | 'notAuthorised' }
  | { kind: 'duplicate'; owner: number }
  | { kind: 'repeat'; of: number }
  | { kind: 'extensionsExceeded' | 'expired' | 'stale' | 'active' };

const CLOSED: DealStanding = { kind: 'closed' };
const NOT_AUTHORISED: DealStanding = { kind: 'notAuthorised' };
const EXCEEDED: DealStanding = { kind: 'extensionsExceeded' };
const EXPIRED: DealStanding = { kind: 'expired' };
const STALE: DealStanding = { kind: 'stale' };
const ACTIVE: DealStanding = { kind: 'active' };

/** A day later than any a sheet holds: "still open". */
const OPEN = 1e9;

/**
 * DEAL_STATUS for every registered deal (SPEC §5), words in every language.
 * `authorised` holds legalNameKey of every partner listed as authorised, when
 * the partners are known (DEAL_STATUS's `partners`, the dialog's Partners
 * sheet); without it every partner counts as authorised.
 */
export function dealStatuses(deals: readonly DealRow[], asOf: Day, program: TierProgram, authorised?: ReadonlySet<string>): Text[] {
  const { statuses, outcomes } = program.deals;
  /** `duplicate of row N`, `repeat of row N`: made once per word and row. */
  const numbered = (word: Text) => {
    const made = new Map<number, Text>();
    return (row: number): Text => {
      let text = made.get(row);
      if (!text) {
        text = perLang((lang) => word[lang].replace('{row}', String(row)));
        made.set(row, text);
      }
      return text;
    };
  };
  const duplicateOf = numbered(statuses.duplicate);
  const repeatOf = numbered(statuses.repeat);
  return dealStandings(deals, asOf, authorised).map((standing, i) => {
    switch (standing.kind) {
      case 'closed':
        return outcomes.find((o) => o.key === deals[i].outcome)!.name;
      case 'duplicate':
        return duplicateOf(deals[standing.owner].row);
      case 'repeat':
        return repeatOf(deals[standing.of].row);
      default:
        return statuses[standing.kind];
    }
  });
}

/**
 * The standings of every registration, in ONE walk over the deals in
 * registration order (date, then row), grouped by customer: never a scan of
 * pairs.
 *
 * Who owns a deal (SPEC §5 rule 3): R's owner is the earliest registration
 * made before R, for the same customer with a product in common, that was
 * open and not expired on R's date and was itself neither a duplicate, nor a
 * repeat, nor a registration of a partner not authorised. R is a duplicate
 * when the owner is another partner's. Otherwise R is a repeat (rule 4) when
 * R's own partner has an earlier registration of the same customer with a
 * product in common still open on R's date, whatever its expiry.
 *
 * "Open on a day": a registration whose Outcome is open is open every day;
 * a closed one (won, lost, cancelled) was open until its outcome was
 * recorded, which the sheet tells by its Last update (the dialog writes both
 * at once), at the latest the report date; without a Last update it counts
 * as closed from its registration. So a registration made after the earlier
 * one's outcome was recorded is a new deal.
 *
 * Each registration's tier (its Tier cell, read among the program's tiers)
 * brings its terms: extensions allowed, months, Update every days.
 *
 * Speed: the registrations that may own a deal are filed, per product, in
 * lists where every entry is the same customer as any deal that looks there:
 * by tax ID (deals with that tax ID), by name among deals without a tax ID,
 * and by name among all deals. A deal with a tax ID looks in the first two,
 * one without in the third. The same lists, kept per partner too, hold every
 * registration still open, for repeats. RunningLists answers each question
 * in constant amortised time.
 */
export function dealStandings(deals: readonly DealRow[], asOf: Day, authorised?: ReadonlySet<string>): DealStanding[] {
  const n = deals.length;
  const names = new Numbering();
  const taxIds = new Numbering();
  const partners = new Numbering();
  const products = new Numbering();
  // Each distinct text is normalised once and numbered; a table repeats its customers, partners and products.
  const partnerKeys: string[] = [];
  const nameNoOf = memo((customer) => names.of(legalNameKey(customer)));
  const taxNoOf = memo((taxId) => {
    const key = taxIdKey(taxId);
    return key === '' ? -1 : taxIds.of(key);
  });
  const partnerNoOf = memo((partner) => {
    const key = legalNameKey(partner);
    const no = partners.of(key);
    partnerKeys[no] = key;
    return no;
  });
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
  /** The last day each registration was open (OPEN while its Outcome is open). */
  const openUntil = new Float64Array(n);
  /** The last day each registration may own a deal: open and not expired. */
  const ownerUntil = new Float64Array(n);
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
    openUntil[i] = d.outcome === 'open' ? OPEN : Math.min(Math.max(d.registered, d.lastUpdate ?? d.registered), asOf) - 1;
    ownerUntil[i] = Math.min(expiries[i], openUntil[i]);
    if (openUntil[i] >= d.registered) filings += 2 * productNos[i].length;
  }
  /** Per partner number: authorised? (every partner, when the partners are not known) */
  const allowed = new Uint8Array(partners.size);
  for (let p = 0; p < partners.size; p++) allowed[p] = !authorised || authorised.has(partnerKeys[p]) ? 1 : 0;
  // A registration can repeat, or be repeated by, only one of the same partner and the same customer: most have
  // none, and need no list of their partner's own registrations (the costliest part of the walk).
  const sameName = new PairTable(n);
  const sameTaxId = new PairTable(n);
  const needsOwn = new Uint8Array(n);
  /** Marks deal i and the first deal filed under the same pair before it, if any. */
  const pair = (table: PairTable, who: number, i: number) => {
    const first = table.claim(who, partnerNo[i], i);
    if (first !== -1) needsOwn[i] = needsOwn[first] = 1;
  };
  for (let i = 0; i < n; i++) {
    if (!allowed[partnerNo[i]] || openUntil[i] < registered[i]) continue;
    pair(sameName, nameNo[i], i);
    if (taxNo[i] !== -1) pair(sameTaxId, taxNo[i], i);
  }
  let ownFilings = 0;
  for (let i = 0; i < n; i++) if (needsOwn[i]) ownFilings += 2 * productNos[i].length;

  const ownerLists = new RunningLists(filings, ownerUntil);
  const ownLists = new RunningLists(ownFilings, openUntil);
  const productCount = products.size;
  const BY_TAX_ID = 0;
  const BY_NAME_WITHOUT_TAX_ID = 1;
  const BY_NAME = 2;
  // List numbers by (who, product, kind): in a flat array when that is small enough, else in a map.
  const slots = Math.max(names.size, taxIds.size) * productCount * 3;
  const listArray = slots <= 4 * n + 1_000_000 ? new Int32Array(slots).fill(-1) : undefined;
  const listMap = new Map<number, number>();
  /** The owners' list of one kind for a tax ID or name number and a product (the same number names its partners' lists). */
  const listOf = (kind: number, who: number, product: number): number => {
    const key = (who * productCount + product) * 3 + kind;
    let list = listArray ? listArray[key] : (listMap.get(key) ?? -1);
    if (list === -1) {
      list = ownerLists.newList();
      if (listArray) listArray[key] = list;
      else listMap.set(key, list);
    }
    return list;
  };
  const ownTable = new PairTable(ownFilings);
  /** One partner's list of open registrations within an owners' list (made when first needed). */
  const ownListOf = (list: number, partner: number): number => {
    let own = ownTable.get(list, partner);
    if (own === -1) {
      own = ownLists.newList();
      ownTable.set(list, partner, own);
    }
    return own;
  };

  const order = registrationOrder(registered, rows);
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) rank[order[k]] = k;
  const owners = new Int32Array(n).fill(-1);
  const repeats = new Int32Array(n).fill(-1);
  const earlier = (a: number, b: number) => (a === -1 ? b : b === -1 || rank[a] < rank[b] ? a : b);
  // Per product of the deal at hand: the lists it asks (`ask2` only with a tax ID) and the lists it is filed in.
  let scratch = new Int32Array(64);

  for (let k = 0; k < n; k++) {
    const i = order[k];
    const partner = partnerNo[i];
    const day = registered[i];
    // Not open on its own date (closed at once): it neither owns nor repeats, and nothing depends on what it is.
    if (!allowed[partner] || openUntil[i] < day) continue;
    const mine = productNos[i];
    const count = mine.length;
    if (scratch.length < 4 * count) scratch = new Int32Array(8 * count);
    const tax = taxNo[i];
    const name = nameNo[i];
    let owner = -1;
    for (let p = 0; p < count; p++) {
      const product = mine[p];
      let ask1: number;
      let ask2 = -1;
      let file2: number;
      if (tax === -1) {
        // Without a tax ID: any deal of that name is the same customer.
        ask1 = listOf(BY_NAME, name, product);
        file2 = listOf(BY_NAME_WITHOUT_TAX_ID, name, product);
      } else {
        // With one: the deals with that tax ID, and those of that name without one.
        ask1 = listOf(BY_TAX_ID, tax, product);
        ask2 = listOf(BY_NAME_WITHOUT_TAX_ID, name, product);
        file2 = listOf(BY_NAME, name, product);
      }
      scratch[4 * p] = ask1;
      scratch[4 * p + 1] = ask2;
      scratch[4 * p + 2] = file2;
      owner = earlier(owner, ownerLists.earliest(ask1, day));
      if (ask2 !== -1) owner = earlier(owner, ownerLists.earliest(ask2, day));
    }
    const duplicate = owner !== -1 && partnerNo[owner] !== partner;
    if (duplicate) owners[i] = owner;
    // The partner's own registrations: its list within the first list asked is also one it is filed in.
    let own = -1;
    const mineToo = needsOwn[i] === 1;
    for (let p = 0; p < count && mineToo; p++) {
      const own1 = ownListOf(scratch[4 * p], partner);
      scratch[4 * p + 3] = own1;
      if (duplicate) continue;
      own = earlier(own, ownLists.earliest(own1, day));
      const ask2 = scratch[4 * p + 1];
      const own2 = ask2 === -1 ? -1 : ownTable.get(ask2, partner);
      if (own2 !== -1) own = earlier(own, ownLists.earliest(own2, day));
    }
    if (!duplicate) repeats[i] = own;
    const eligible = !duplicate && own === -1 && ownerUntil[i] >= day;
    for (let p = 0; p < count; p++) {
      // Filed where a later deal of the same customer looks: the first list it asked, and the other one of its name.
      const file2 = scratch[4 * p + 2];
      if (eligible) {
        ownerLists.append(scratch[4 * p], i);
        ownerLists.append(file2, i);
      }
      if (!mineToo) continue;
      ownLists.append(scratch[4 * p + 3], i);
      ownLists.append(ownListOf(file2, partner), i);
    }
  }

  return deals.map((deal, i): DealStanding => {
    if (deal.outcome !== 'open') return CLOSED;
    if (!allowed[partnerNo[i]]) return NOT_AUTHORISED;
    if (owners[i] !== -1) return { kind: 'duplicate', owner: owners[i] };
    if (repeats[i] !== -1) return { kind: 'repeat', of: repeats[i] };
    if (deal.extensions > deal.tier.benefits.extensions) return EXCEEDED;
    if (asOf > expiries[i]) return EXPIRED;
    const lastNews = Math.max(deal.registered, deal.lastUpdate ?? deal.registered);
    if (asOf - lastNews > deal.tier.staleAfterDays) return STALE;
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
