import { type Day, formatDay, parseDateText, dayFromCivil } from '../../core/dates';
import { legalNameKey } from '../../core/deals/customer';
import { type DealRow, type OutcomeKey, dealStandings, dealStatuses, parseOutcome, parseProducts } from '../../core/deals/status';
import { InputError } from '../../core/errors';
import { type Bilingual, type Lang, bi, pluralRu } from '../../core/i18n';
import type { Notation } from '../../core/locale';
import { parseNumberText } from '../../core/numbers';
import { excerpt } from '../../core/text';
import { type MarketingKey, TIERS_PROGRAM, type TierRule } from '../../core/tiers/rules';
import { dealExpiry, parseMarketing, parseTier, partnerTier } from '../../core/tiers/tiers';
import type { Refusal } from '../api';
import type {
  DealChanged,
  DealExtendRequest,
  DealOutcome,
  DealOwner,
  DealPartner,
  DealReason,
  DealRef,
  DealRefusal,
  DealRegistered,
  DealRequest,
  DealState,
  DealUpdateRequest,
  OpenDeal,
  PartnerDeals,
} from '../api/deals';
import { describeValue, isDate, isEmpty } from '../cells';
import { type CallContext, callContext } from '../context';
import { DIALOGS, showDialog } from '../dialogs';
import type { EntryPoint } from '../entry';
import { withDocumentLock } from '../io/lock';
import { HandledRequests, requestIdOf } from '../io/requests';
import { type Table, appendRows, asText, readTable, valueOf } from '../io/table';
import { userLang } from '../language';
import { type Reader, date, flag, money, optional, text, wholeNumber, word } from '../readers';
import { dateCell } from '../results';
import type { TableSheet } from '../templates/layout';
import { DEALS, PARTNERS } from '../templates/programs/partners';
import { Refused, refusing } from './refusal';

/*
 * The Register a deal dialog's server side (SPEC §5, §9.2; seed 001).
 *
 * A partner's tier is computed by the core (partnerTier) from its Partners
 * row, never read from the Tier formula cell. Ownership of a deal is the
 * core's DEAL_STATUS rule (dealStatuses): the new registration is put, as it
 * would be written, below the Deals sheet's rows, registered today, and
 * refused when DEAL_STATUS would call it a duplicate of an earlier row; that
 * row is the owner. Each action re-reads the sheets under the document lock
 * and makes ONE setValues, or refuses writing nothing. Handled request ids
 * and their results are kept (the latest few) in a document property, so a
 * repeated id writes nothing and gets the first result.
 */

const P = TIERS_PROGRAM;

/** The latest handled results by request id (a repeated id gets the first result back). */
const HANDLED = new HandledRequests<Handled>('incentiveDesk.deal.requests', 30);

const PARTNER_READ = ['partner', 'authorised', 'sales'] as const;
const DEAL_READ = ['registered', 'partner', 'tier', 'customer', 'products'] as const;

type Handled = DealRegistered | DealChanged;

interface Settings {
  lang: Lang;
  ctx: CallContext;
  today: Day;
}

function settings(): Settings {
  const ctx = callContext();
  return { lang: userLang(), ctx, today: ctx.zone.dayOf(ctx.now) };
}

const iso = (day: Day) => formatDay(day, 'en');

function refuse(lang: Lang, message: Bilingual, reason?: DealReason): DealRefusal {
  const refusal: DealRefusal = { ok: false, message: message[lang] };
  if (reason !== undefined) refusal.reason = reason;
  return refusal;
}

/** A refusal found deep in a check, with its reason number. */
class RefusedFor extends Refused {
  constructor(
    message: string,
    readonly reason: DealReason,
    readonly owner?: DealOwner,
  ) {
    super(message);
  }
}

/** A RefusedFor as a refusal with its reason number (and owner). */
function withReason<T>(work: () => T): T | DealRefusal {
  try {
    return work();
  } catch (error) {
    if (error instanceof RefusedFor) {
      const refusal: DealRefusal = { ok: false, message: error.message, reason: error.reason };
      if (error.owner) refusal.owner = error.owner;
      return refusal;
    }
    throw error;
  }
}

/** Runs a server call's reading and checking: a missing sheet, an unreadable cell or a numbered reason becomes a refusal. */
function guarded<T>(work: () => T): T | DealRefusal {
  return refusing(() => withReason(work));
}

// ---------- reading cells ----------

function cellProblem(table: Table, template: TableSheet, sheetRow: number, key: string, value: unknown, problem: Bilingual, lang: Lang): string {
  const header = template.columns.find((c) => c.key === key)!.header;
  const sheet = table.sheet.getName();
  const shown = describeValue(value, lang);
  return lang === 'ru'
    ? `Лист «${sheet}», строка ${sheetRow}, столбец «${header.ru}»: ${shown} — ${problem.ru}.`
    : `The "${sheet}" sheet, row ${sheetRow}, column ${header.en}: ${shown} ${problem.en}.`;
}

/** Reads one cell with a shared reader; a value it cannot take throws a CellProblem naming sheet, row and column. */
class CellProblem extends Error {}

function readCell<T>(table: Table, template: TableSheet, row: unknown[], sheetRow: number, key: string, reader: Reader<T>, ctx: CallContext, lang: Lang): T {
  const value = valueOf(table, row, key);
  try {
    return reader.read(value, ctx);
  } catch (error) {
    if (error instanceof InputError) throw new CellProblem(cellProblem(table, template, sheetRow, key, value, error.text, lang));
    throw error;
  }
}

function nameOf(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

/** Marketing as PARTNER_TIER reads it: a regularity word or a count of activities; empty is none. */
const marketing: Reader<MarketingKey> = {
  type: 'string',
  read: (cell) => (isEmpty(cell) ? 'none' : typeof cell === 'boolean' ? parseMarketing(cell ? 'TRUE' : 'FALSE') : parseMarketing(String(cell))),
};
/** Sales: an empty cell is a partner that has sold nothing yet (White), not an error. */
const sales = optional(money, 0);

// ---------- the Partners sheet ----------

interface PartnerRow {
  name: string;
  key: string;
  sheetRow: number;
  /** The Authorised checkbox; undefined when the cell cannot be read. */
  authorised?: boolean;
  tier?: TierRule;
  problem?: string;
}

interface Partners {
  table: Table;
  list: PartnerRow[];
  byKey: Map<string, PartnerRow>;
}

/** The Partners sheet, one getValues; each partner's tier computed by the core from its row. */
function readPartners(ctx: CallContext, lang: Lang): Partners {
  const table = readTable(PARTNERS, lang, PARTNER_READ);
  const list: PartnerRow[] = [];
  const byKey = new Map<string, PartnerRow>();
  const rowsOf = new Map<string, number[]>();
  table.rows.forEach((row, i) => {
    const name = nameOf(valueOf(table, row, 'partner'));
    if (name === '') return;
    const sheetRow = i + 2;
    const key = legalNameKey(name);
    const seen = rowsOf.get(key);
    if (seen) {
      seen.push(sheetRow);
      const first = byKey.get(key)!;
      first.tier = undefined;
      first.problem = TEXT.partnerTwice(first.name, table.sheet.getName(), seen)[lang];
      return;
    }
    rowsOf.set(key, [sheetRow]);
    const partner: PartnerRow = { name, key, sheetRow };
    const read = <T>(column: string, reader: Reader<T>) => readCell(table, PARTNERS, row, sheetRow, column, reader, ctx, lang);
    try {
      partner.authorised = read('authorised', flag);
      partner.tier = partnerTier({
        sales: read('sales', sales),
        salesTraining: read('training', flag),
        marketing: read('marketing', marketing),
        monthlyReporting: read('reporting', flag),
        dedicatedStaff: read('staff', flag),
      });
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      partner.problem = `${error.message} ${TEXT.fixCell[lang]}`;
    }
    list.push(partner);
    byKey.set(key, partner);
  });
  return { table, list, byKey };
}

/** The partner of a request: on the Partners sheet and authorised (reason 2), with a tier the core could compute. */
function authorisedPartner(partners: Partners, name: string, lang: Lang): PartnerRow & { tier: TierRule } {
  const partner = partners.byKey.get(legalNameKey(name));
  const sheet = partners.table.sheet.getName();
  if (!partner) throw new RefusedFor(TEXT.reason(2, TEXT.notListed(name, sheet))[lang], 2);
  if (partner.authorised === false) throw new RefusedFor(TEXT.reason(2, TEXT.notAuthorised(partner.name, sheet, partner.sheetRow))[lang], 2);
  if (partner.problem || !partner.tier) throw new Refused(partner.problem ?? '');
  return partner as PartnerRow & { tier: TierRule };
}

// ---------- the Deals sheet ----------

/** A registration of the Deals sheet (row = the sheet's row) with its expiry. */
interface Deal extends DealRow {
  lastUpdate?: Day;
  expires: Day;
}

interface Deals {
  table: Table;
  deals: Deal[];
  byRow: Map<number, Deal>;
  /** The language the sheet's words (tier, outcome) are written in. */
  words: Lang;
}

/**
 * A reader that remembers its answer for each distinct text, number or date
 * within one read of the sheet: a Deals column repeats the same few hundred
 * dates and words, and reading a date (its day in the zone) costs far more.
 */
function remembering<T>(base: Reader<T>): Reader<T> {
  const values = new Map<string | number, T>();
  const dates = new Map<number, T>();
  return {
    type: base.type,
    read(cell, ctx) {
      const map = isDate(cell) ? dates : typeof cell === 'string' || typeof cell === 'number' ? values : undefined;
      const key = isDate(cell) ? cell.getTime() : (cell as string | number);
      if (!map) return base.read(cell, ctx);
      if (map.has(key)) return map.get(key) as T;
      const value = base.read(cell, ctx);
      map.set(key, value);
      return value;
    },
  };
}

/** Readers of the Deals columns, as DEAL_STATUS reads them; fresh for each read of the sheet. */
const dealReaders = () => ({
  registered: remembering(date),
  partner: text,
  tier: remembering(word(parseTier)),
  customer: text,
  products: text,
  taxId: optional(text, ''),
  lastUpdate: remembering(optional(date, undefined)),
  extensions: remembering(optional(wholeNumber(0, 1000), 0)),
  outcome: remembering(optional(word(parseOutcome), 'open' as OutcomeKey)),
});

/** The language of a sheet: its name says which language the template was inserted in. */
function sheetLang(table: Table, template: TableSheet, fallback: Lang): Lang {
  const name = table.sheet.getName();
  return name === template.name.ru ? 'ru' : name === template.name.en ? 'en' : fallback;
}

/**
 * The Deals sheet, one getValues: every row with a registration date. A cell
 * DEAL_STATUS could not read either is a refusal naming it (ownership cannot
 * be decided over a table the core cannot read).
 */
function readDeals(ctx: CallContext, lang: Lang, required: readonly string[]): Deals {
  const table = readTable(DEALS, lang, [...DEAL_READ, ...required]);
  const deals: Deal[] = [];
  const byRow = new Map<number, Deal>();
  const readers = dealReaders();
  table.rows.forEach((row, i) => {
    if (isEmpty(valueOf(table, row, 'registered'))) return;
    const sheetRow = i + 2;
    const read = <T>(key: keyof typeof readers) => {
      try {
        return readCell(table, DEALS, row, sheetRow, key, readers[key] as Reader<T>, ctx, lang);
      } catch (error) {
        if (error instanceof CellProblem) throw new Refused(`${error.message} ${TEXT.fixCellNothingWritten[lang]}`);
        throw error;
      }
    };
    const deal: Deal = {
      row: sheetRow,
      registered: read<Day>('registered'),
      partner: read<string>('partner'),
      tier: read<TierRule>('tier'),
      customer: read<string>('customer'),
      products: read<string>('products'),
      taxId: read<string>('taxId'),
      lastUpdate: read<Day | undefined>('lastUpdate'),
      extensions: read<number>('extensions'),
      outcome: read<OutcomeKey>('outcome'),
      expires: 0,
    };
    deal.expires = dealExpiry(deal.registered, deal.tier, deal.extensions);
    deals.push(deal);
    byRow.set(sheetRow, deal);
  });
  return { table, deals, byRow, words: sheetLang(table, DEALS, ctx.lang) };
}

/**
 * The registration that owns `deals[index]` by DEAL_STATUS's rule — an
 * earlier open registration by another partner, same customer, a product in
 * common, not expired on its registration date — or undefined.
 */
function ownerOf<T extends DealRow>(deals: readonly T[], index: number, today: Day): T | undefined {
  const standing = dealStandings(deals, today)[index];
  return standing.kind === 'duplicate' ? deals[standing.owner] : undefined;
}

function ownerInfo(owner: Deal): DealOwner {
  return { row: owner.row, partner: owner.partner, customer: owner.customer, registered: iso(owner.registered), expires: iso(owner.expires) };
}

function ownedRefusal(owner: Deal, deals: Deals, lang: Lang): RefusedFor {
  return new RefusedFor(TEXT.reason(3, TEXT.owned(owner, deals.table.sheet.getName()))[lang], 3, ownerInfo(owner));
}

const outcomeRule = (key: OutcomeKey) => P.deals.outcomes.find((o) => o.key === key)!;

// ---------- request ids ----------

/** The first result of a handled request, marked as a repeat. */
function firstResult(properties: GoogleAppsScript.Properties.Properties, id: string): Handled | undefined {
  const found = HANDLED.first(properties, id);
  return found ? { ...found, repeated: true } : undefined;
}

/**
 * Runs one write action: the request id checked; a repeated id answered with
 * the first result (looked up once before and once again under the document
 * lock, for a double click whose twin got the lock first); else `work`, under
 * the lock, its result remembered with the id.
 */
function handle<T extends Handled>(lang: Lang, rawId: unknown, work: (requestId: string) => T | DealRefusal): T | DealRefusal | Refusal {
  const requestId = requestIdOf(rawId);
  if (!requestId) return refuse(lang, TEXT.badRequest);
  const properties = PropertiesService.getDocumentProperties();
  const before = firstResult(properties, requestId);
  if (before) return before as T;
  return withDocumentLock(lang, () =>
    guarded((): T | DealRefusal => {
      const again = firstResult(properties, requestId);
      if (again) return again as T;
      const result = work(requestId);
      if (result.ok) HANDLED.remember(properties, requestId, result);
      return result;
    }),
  );
}

// ---------- the dialog's calls ----------

function partnerView(partner: PartnerRow, lang: Lang): DealPartner {
  const view: DealPartner = {
    name: partner.name,
    authorised: partner.authorised === true,
    tier: partner.tier ? partner.tier.name[lang] : '',
    registrationMonths: partner.tier ? partner.tier.benefits.registration_months : 0,
    extensionsAllowed: partner.tier ? partner.tier.benefits.extensions : 0,
  };
  if (partner.problem) view.problem = partner.problem;
  return view;
}

/** What the dialog shows when it opens: the partners with their tiers as of now. */
export function getDealState(): DealState | DealRefusal {
  const { lang, ctx, today } = settings();
  return guarded(() => ({
    ok: true as const,
    lang,
    today: iso(today),
    partners: readPartners(ctx, lang).list.map((p) => partnerView(p, lang)),
  }));
}

/** A partner's open registrations (Outcome empty or open) with expiry and DEAL_STATUS as of today, oldest first. */
export function getPartnerDeals(partner: string): PartnerDeals | DealRefusal {
  const { lang, ctx, today } = settings();
  return guarded(() => {
    const partners = readPartners(ctx, lang);
    const name = typeof partner === 'string' ? partner : '';
    const found = partners.byKey.get(legalNameKey(name));
    if (!found) throw new RefusedFor(TEXT.reason(2, TEXT.notListed(name, partners.table.sheet.getName()))[lang], 2);
    const deals = readDeals(ctx, lang, []);
    const statuses = dealStatuses(deals.deals, today);
    const open: OpenDeal[] = [];
    deals.deals.forEach((deal, i) => {
      if (deal.outcome !== 'open' || legalNameKey(deal.partner) !== found.key) return;
      open.push({
        row: deal.row,
        partner: deal.partner,
        customer: deal.customer,
        registered: iso(deal.registered),
        taxId: deal.taxId,
        products: deal.products,
        expires: iso(deal.expires),
        lastUpdate: deal.lastUpdate === undefined ? '' : iso(deal.lastUpdate),
        extensions: deal.extensions,
        extensionsAllowed: deal.tier.benefits.extensions,
        status: statuses[i][lang],
        tier: deal.tier.name[lang],
      });
    });
    open.sort((a, b) => (a.registered < b.registered ? -1 : a.registered > b.registered ? 1 : a.row - b.row));
    return { ok: true as const, lang, partner: found.name, today: iso(today), deals: open };
  });
}

/** The fields of a registration request, checked (reason 1 lists every problem). */
interface CheckedRequest {
  partner: string;
  customer: string;
  taxId: string;
  products: string;
  amount: number | undefined;
}

function checkRequest(request: Partial<Record<keyof DealRequest, unknown>>, lang: Lang, notation: Notation): CheckedRequest | DealRefusal {
  const problems: Bilingual[] = [];
  const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
  const partner = textOf(request.partner);
  const customer = textOf(request.customer);
  const products = textOf(request.products);
  const taxId = textOf(request.taxId).replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '');
  if (partner === '') problems.push(TEXT.needPartner);
  if (customer === '') problems.push(TEXT.needCustomer);
  if (taxId !== '' && !/^(\d{10}|\d{12})$/.test(taxId)) problems.push(TEXT.badTaxId(textOf(request.taxId)));
  if (parseProducts(products).length === 0) problems.push(TEXT.needProducts);
  let amount: number | undefined;
  const rawAmount = request.amount;
  if (!(rawAmount === undefined || rawAmount === null || (typeof rawAmount === 'string' && rawAmount.trim() === ''))) {
    const n = typeof rawAmount === 'number' ? rawAmount : typeof rawAmount === 'string' ? parseNumberText(rawAmount.trim(), notation) : undefined;
    if (n === undefined || !Number.isFinite(n) || n < 0) problems.push(TEXT.badAmount(String(rawAmount)));
    else amount = n;
  }
  if (problems.length) return refuse(lang, TEXT.reason(1, TEXT.incomplete(problems)), 1);
  return { partner, customer, taxId, products, amount };
}

/**
 * Registers a deal: refuses with the seed's reason — incomplete data (1),
 * partner not authorised (2), registered to another partner (3) — writing
 * nothing; otherwise appends ONE row (today, partner, the partner's tier in the
 * sheet's language, customer, tax ID as text, products, amount, 0 extensions,
 * last update today, outcome open) in one setValues under the document lock.
 */
export function registerDeal(request: DealRequest): DealRegistered | DealRefusal {
  const { lang, ctx, today } = settings();
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof DealRequest, unknown>>;
  return handle(lang, fields.requestId, (requestId): DealRegistered | DealRefusal => {
    const checked = checkRequest(fields, lang, ctx);
    if ('ok' in checked) return checked;
    const partner = authorisedPartner(readPartners(ctx, lang), checked.partner, lang);
    const deals = readDeals(ctx, lang, []);
    const candidate: Deal = {
      row: deals.table.rows.length + 2,
      registered: today,
      partner: partner.name,
      tier: partner.tier,
      customer: checked.customer,
      taxId: checked.taxId,
      products: checked.products,
      lastUpdate: today,
      extensions: 0,
      outcome: 'open',
      expires: dealExpiry(today, partner.tier, 0),
    };
    const all = [...deals.deals, candidate];
    const owner = ownerOf(all, all.length - 1, today);
    if (owner) throw ownedRefusal(owner, deals, lang);

    const day = dateCell(today, ctx);
    const row = appendRows(deals.table, [
      {
        registered: day,
        partner: asText(partner.name),
        tier: partner.tier.name[deals.words],
        customer: asText(checked.customer),
        // A tax ID is an identifier: written as text so Sheets keeps its leading zeros.
        taxId: checked.taxId === '' ? '' : `'${checked.taxId}`,
        products: asText(checked.products),
        amount: checked.amount ?? '',
        extensions: 0,
        lastUpdate: day,
        outcome: outcomeRule('open').name[deals.words],
      },
    ]);
    const result: Omit<DealRegistered, 'message'> = {
      ok: true,
      requestId,
      row,
      partner: partner.name,
      customer: checked.customer,
      tier: partner.tier.name[lang],
      registered: iso(today),
      expires: iso(candidate.expires),
      repeated: false,
    };
    return { ...result, message: TEXT.registered(result, partner.tier, deals.table.sheet.getName(), candidate.expires)[lang] };
  }) as DealRegistered | DealRefusal;
}

/** The registration a request points at: its row when that row still holds it, else the one row that does. */
function locate(deals: Deals, ref: unknown, lang: Lang): Deal {
  const r = (typeof ref === 'object' && ref !== null ? ref : {}) as Partial<Record<keyof DealRef, unknown>>;
  // The dialog sends back the ISO date this server gave it, the same in every locale.
  const parsed = typeof r.registered === 'string' ? parseDateText(r.registered, { dayFirst: false }) : undefined;
  const partner = typeof r.partner === 'string' ? legalNameKey(r.partner) : undefined;
  const customer = typeof r.customer === 'string' ? r.customer.trim() : undefined;
  if (!parsed || partner === undefined || customer === undefined || typeof r.row !== 'number') throw new Refused(TEXT.pickDeal[lang]);
  const registered = dayFromCivil(parsed.year, parsed.month, parsed.day);
  const matches = (d: Deal) => d.registered === registered && d.customer === customer && legalNameKey(d.partner) === partner;
  const at = deals.byRow.get(r.row);
  if (at && matches(at)) return at;
  const found = deals.deals.filter(matches);
  if (found.length === 1) return found[0];
  throw new Refused(TEXT.changed(deals.table.sheet.getName())[lang]);
}

/**
 * Writes some cells of one row of the Deals sheet. Columns side by side (as
 * in the template: Extensions | Last update | Outcome) go in ONE setValues; a
 * sheet whose columns were moved apart gets one write per cell rather than
 * having the cells between them rewritten.
 */
function writeCells(deals: Deals, sheetRow: number, values: Record<string, unknown>): void {
  const cells = Object.entries(values)
    .map(([key, value]) => ({ column: deals.table.columns[key] as number, value }))
    .sort((a, b) => a.column - b.column);
  const adjacent = cells.every((c, i) => i === 0 || c.column === cells[i - 1].column + 1);
  if (adjacent) {
    deals.table.sheet.getRange(sheetRow, cells[0].column + 1, 1, cells.length).setValues([cells.map((c) => c.value)]);
  } else {
    for (const c of cells) deals.table.sheet.getRange(sheetRow, c.column + 1, 1, 1).setValues([[c.value]]);
  }
}

function changed(deal: Deal, fields: Omit<DealChanged, 'ok' | 'row' | 'customer' | 'extensionsAllowed' | 'repeated' | 'message'>, message: Bilingual, lang: Lang): DealChanged {
  return {
    ok: true,
    ...fields,
    row: deal.row,
    customer: deal.customer,
    extensionsAllowed: deal.tier.benefits.extensions,
    repeated: false,
    message: message[lang],
  };
}

/**
 * Extends a registration by one more term of its tier: refuses when its
 * partner is not authorised (2), it is registered to another partner (3), the
 * tier's extensions are used up (5), or it is closed or already expired;
 * otherwise Extensions + 1 and Last update = today in one setValues.
 */
export function extendDeal(request: DealExtendRequest): DealChanged | DealRefusal {
  const { lang, ctx, today } = settings();
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof DealExtendRequest, unknown>>;
  return handle(lang, fields.requestId, (requestId): DealChanged | DealRefusal => {
    const partners = readPartners(ctx, lang);
    const deals = readDeals(ctx, lang, ['extensions', 'lastUpdate']);
    const deal = locate(deals, fields.deal, lang);
    if (deal.outcome !== 'open') throw new Refused(TEXT.closed(deal, outcomeRule(deal.outcome).name)[lang]);
    authorisedPartner(partners, deal.partner, lang);
    const owner = ownerOf(deals.deals, deals.deals.indexOf(deal), today);
    if (owner) throw ownedRefusal(owner, deals, lang);
    const allowed = deal.tier.benefits.extensions;
    if (deal.extensions >= allowed) return refuse(lang, TEXT.reason(5, TEXT.limit(deal)), 5);
    if (today > deal.expires) throw new Refused(TEXT.expired(deal)[lang]);

    const extensions = deal.extensions + 1;
    writeCells(deals, deal.row, { extensions, lastUpdate: dateCell(today, ctx) });
    const expires = dealExpiry(deal.registered, deal.tier, extensions);
    return changed(
      deal,
      { requestId, action: 'extend', extensions, expires: iso(expires), lastUpdate: iso(today), outcome: 'open' },
      TEXT.extended(deal, extensions, expires),
      lang,
    );
  }) as DealChanged | DealRefusal;
}

const OUTCOME_KEYS: readonly DealOutcome[] = ['open', 'won', 'lost', 'cancelled'];

/**
 * Records a status update of an open registration: Last update = today and,
 * when given, the Outcome (open / won / lost / cancelled, written in the
 * sheet's language), in one setValues.
 */
export function updateDealStatus(request: DealUpdateRequest): DealChanged | DealRefusal {
  const { lang, ctx, today } = settings();
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof DealUpdateRequest, unknown>>;
  return handle(lang, fields.requestId, (requestId): DealChanged | DealRefusal => {
    let outcome: OutcomeKey | undefined;
    const raw = fields.outcome;
    if (typeof raw === 'string' && raw.trim() !== '') {
      try {
        outcome = OUTCOME_KEYS.includes(raw as DealOutcome) ? (raw as DealOutcome) : parseOutcome(raw);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return refuse(lang, TEXT.badOutcome(raw));
      }
    } else if (raw !== undefined && raw !== null && raw !== '') {
      return refuse(lang, TEXT.badOutcome(String(raw)));
    }
    const deals = readDeals(ctx, lang, outcome ? ['lastUpdate', 'outcome'] : ['lastUpdate']);
    const deal = locate(deals, fields.deal, lang);
    if (deal.outcome !== 'open') throw new Refused(TEXT.closed(deal, outcomeRule(deal.outcome).name)[lang]);
    const day = dateCell(today, ctx);
    writeCells(deals, deal.row, outcome ? { lastUpdate: day, outcome: outcomeRule(outcome).name[deals.words] } : { lastUpdate: day });
    const now = outcome ?? deal.outcome;
    return changed(
      deal,
      { requestId, action: 'update', extensions: deal.extensions, expires: iso(deal.expires), lastUpdate: iso(today), outcome: now },
      TEXT.updated(deal, today, outcome ? outcomeRule(outcome).name : undefined),
      lang,
    );
  }) as DealChanged | DealRefusal;
}

// ---------- messages (the user's language) ----------

/** 1 time / 1 раз, 2 раза, 5 раз. */
const times = (n: number) => bi(`${n} ${n === 1 ? 'time' : 'times'}`, `${n} ${pluralRu(n, 'раз', 'раза', 'раз')}`);

const day2 = (day: Day) => bi(formatDay(day, 'en'), formatDay(day, 'ru'));
const quoted = (text: string) => bi(`"${excerpt(text, 60)}"`, `«${excerpt(text, 60)}»`);

/** The seed's reasons for refusing a registration or an extension (seed 001), as the refusal's first words. */
const REASONS: Record<DealReason, Bilingual> = {
  1: bi('incomplete or incorrect data', 'неполные или некорректные данные'),
  2: bi('the partner is not authorised', 'отсутствие авторизации партнёра'),
  3: bi('the deal is registered to another partner', 'сделка зарегистрирована за другим партнёром'),
  5: bi("the extension limit of the partner's tier is exhausted", 'исчерпан лимит продлений в рамках партнёрского статуса'),
};

const TEXT = {
  reason: (n: DealReason, detail: Bilingual) =>
    bi(`Refused, reason ${n}: ${REASONS[n].en}. ${detail.en} Nothing was written.`, `Отказ, причина ${n}: ${REASONS[n].ru}. ${detail.ru} Ничего не записано.`),
  incomplete: (problems: Bilingual[]) => {
    const en = problems.map((p) => p.en).join('; ');
    const ru = problems.map((p) => p.ru).join('; ');
    return bi(`${en[0].toUpperCase()}${en.slice(1)}.`, `${ru[0].toUpperCase()}${ru.slice(1)}.`);
  },
  needPartner: bi('pick a partner', 'выберите партнёра'),
  needCustomer: bi('enter the customer (its legal name)', 'укажите заказчика (наименование юрлица)'),
  needProducts: bi('enter at least one product (a comma- or semicolon-separated list)', 'укажите хотя бы один продукт (через запятую или точку с запятой)'),
  badTaxId: (value: string) => bi(`the tax ID ${quoted(value).en} must be 10 or 12 digits`, `ИНН ${quoted(value).ru} должен состоять из 10 или 12 цифр`),
  badAmount: (value: string) => bi(`the expected amount ${quoted(value).en} must be a number of 0 or more`, `ожидаемая сумма ${quoted(value).ru} должна быть числом не меньше 0`),
  notListed: (name: string, sheet: string) =>
    name.trim() === ''
      ? bi(`Pick a partner from the "${sheet}" sheet.`, `Выберите партнёра с листа «${sheet}».`)
      : bi(`${quoted(name).en} is not on the "${sheet}" sheet.`, `Партнёра ${quoted(name).ru} нет на листе «${sheet}».`),
  notAuthorised: (name: string, sheet: string, row: number) =>
    bi(
      `${name} is not ticked as Authorised on the "${sheet}" sheet (row ${row}).`,
      `У партнёра «${name}» не отмечен флажок «Авторизован» на листе «${sheet}» (строка ${row}).`,
    ),
  owned: (owner: Deal, sheet: string) =>
    bi(
      `${owner.partner} registered ${owner.customer} on ${day2(owner.registered).en} ("${sheet}" sheet, row ${owner.row}: ${owner.products}); that registration runs until ${day2(owner.expires).en}.`,
      `Партнёр «${owner.partner}» зарегистрировал сделку с заказчиком ${owner.customer} ${day2(owner.registered).ru} (лист «${sheet}», строка ${owner.row}: ${owner.products}); регистрация действует до ${day2(owner.expires).ru}.`,
    ),
  limit: (deal: Deal) => {
    const allowed = deal.tier.benefits.extensions;
    return bi(
      `A ${deal.tier.name.en} registration may be extended ${times(allowed).en}; row ${deal.row} (${deal.customer}) has ${deal.extensions} ${deal.extensions === 1 ? 'extension' : 'extensions'} already.`,
      `Регистрацию со статусом «${deal.tier.name.ru}» можно продлить ${times(allowed).ru}; у строки ${deal.row} (${deal.customer}) продлений уже ${deal.extensions}.`,
    );
  },
  expired: (deal: Deal) =>
    bi(
      `The registration of ${deal.customer} (row ${deal.row}) expired on ${day2(deal.expires).en}, so it can no longer be extended: register the deal again. Nothing was written.`,
      `Регистрация сделки с заказчиком ${deal.customer} (строка ${deal.row}) истекла ${day2(deal.expires).ru}, продлить её уже нельзя: зарегистрируйте сделку заново. Ничего не записано.`,
    ),
  closed: (deal: Deal, outcome: Bilingual) =>
    bi(
      `The deal with ${deal.customer} (row ${deal.row}) is closed (${outcome.en}): nothing to extend or update. Nothing was written.`,
      `Сделка с заказчиком ${deal.customer} (строка ${deal.row}) закрыта (${outcome.ru}): продлевать и обновлять нечего. Ничего не записано.`,
    ),
  pickDeal: bi('Pick a registration from the list first. Nothing was written.', 'Сначала выберите регистрацию из списка. Ничего не записано.'),
  changed: (sheet: string) =>
    bi(
      `The "${sheet}" sheet has changed since the list was shown: the registration is no longer in its row. Reload the list and try again; nothing was written.`,
      `Лист «${sheet}» изменился после загрузки списка: регистрации больше нет в этой строке. Обновите список и повторите; ничего не записано.`,
    ),
  badOutcome: (value: string) =>
    bi(
      `${quoted(value).en} is not an outcome: use open, won, lost or cancelled. Nothing was written.`,
      `${quoted(value).ru} — неизвестный итог: допустимы в работе, выиграна, проиграна, отменена. Ничего не записано.`,
    ),
  badRequest: bi(
    'The request has no valid request id. Reopen the dialog and try again; nothing was written.',
    'У запроса нет правильного номера. Откройте окно заново и повторите; ничего не записано.',
  ),
  partnerTwice: (name: string, sheet: string, rows: number[]) =>
    bi(
      `${name} is listed more than once on the "${sheet}" sheet (rows ${rows.join(', ')}). Keep one row per partner first.`,
      `Партнёр «${name}» записан на листе «${sheet}» несколько раз (строки ${rows.join(', ')}). Оставьте одну строку на партнёра.`,
    ),
  fixCell: bi('Correct the cell first.', 'Сначала исправьте ячейку.'),
  fixCellNothingWritten: bi('Correct the cell; nothing was written.', 'Исправьте ячейку; ничего не записано.'),
  registered: (r: Omit<DealRegistered, 'message'>, tier: TierRule, sheet: string, expires: Day) =>
    bi(
      `Registered the deal with ${r.customer} for ${r.partner} (${tier.name.en}): "${sheet}" sheet, row ${r.row}. The registration runs until ${day2(expires).en}.`,
      `Сделка с заказчиком ${r.customer} зарегистрирована за партнёром «${r.partner}» (${tier.name.ru}): лист «${sheet}», строка ${r.row}. Регистрация действует до ${day2(expires).ru}.`,
    ),
  extended: (deal: Deal, extensions: number, expires: Day) =>
    bi(
      `Extended the registration of ${deal.customer} (row ${deal.row}): extension ${extensions} of ${deal.tier.benefits.extensions}. It now runs until ${day2(expires).en}.`,
      `Регистрация сделки с заказчиком ${deal.customer} (строка ${deal.row}) продлена: продление ${extensions} из ${deal.tier.benefits.extensions}. Теперь она действует до ${day2(expires).ru}.`,
    ),
  updated: (deal: Deal, today: Day, outcome: Bilingual | undefined) =>
    bi(
      `Recorded a status update of ${deal.customer} (row ${deal.row}) on ${day2(today).en}${outcome ? `; outcome: ${outcome.en}` : ''}.`,
      `Обновление по сделке с заказчиком ${deal.customer} (строка ${deal.row}) записано ${day2(today).ru}${outcome ? `; итог: ${outcome.ru}` : ''}.`,
    ),
};

/** The deal dialog's menu item and server functions. */
export const dealEntryPoints: EntryPoint[] = [
  { name: 'showDealDialog', params: [], description: 'Menu: opens the Register a deal sidebar.', run: () => showDialog(DIALOGS.deal) },
  { name: 'getDealState', params: [], description: 'Deal dialog: the partners and their tiers.', run: getDealState },
  { name: 'getPartnerDeals', params: ['partner'], description: "Deal dialog: a partner's open registrations.", run: getPartnerDeals },
  {
    name: 'registerDeal',
    params: ['request'],
    description: 'Deal dialog: registers a deal, or refuses with the seed reason.',
    run: registerDeal,
  },
  {
    name: 'extendDeal',
    params: ['request'],
    description: 'Deal dialog: extends a registration, or refuses with the seed reason.',
    run: extendDeal,
  },
  {
    name: 'updateDealStatus',
    params: ['request'],
    description: 'Deal dialog: records a status update (and an outcome).',
    run: updateDealStatus,
  },
];
