import { type Day, dayFromCivil, parseDateText } from '../../kernel/values/dates';
import { legalNameKey } from './rules/customer';
import { type OutcomeKey, dealStatuses, parseOutcome, parseProducts } from './rules/dealStatus';
import { InputError } from '../../kernel/errors';
import { type Bilingual, type Lang } from '../../kernel/i18n';
import type { Notation } from '../../kernel/values/locale';
import { parseNumberText } from '../../kernel/values/numbers';
import { dealExpiry } from './rules/tiers';
import type { Refusal } from '../../app/api';
import type {
  DealChanged,
  DealExtendRequest,
  DealOutcome,
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
} from './api';
import type { CallContext } from '../../kernel/functions/context';
import { callContext } from '../../kernel/sheets/spreadsheet';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { serverCall } from '../../app/serverCall';
import { withDocumentLock } from '../../kernel/sheets/lock';
import { requestIdOf, rowsWithRequestId } from '../../kernel/sheets/requests';
import { type Table, appendRows, asText, writeCells } from '../../kernel/sheets/table';
import { activeUserEmail } from '../../kernel/sheets/user';
import { userLang } from '../../kernel/sheets/language';
import { dateCell } from '../../kernel/functions/results';
import {
  type Deal,
  type Deals,
  type PartnerRow,
  RefusedFor,
  authorisedPartner,
  dealAt,
  dealsOf,
  iso,
  ownedRefusal,
  ownerOf,
  outcomeRule,
  readDeals,
  readDealsTable,
  readPartners,
} from './sheets';
import { TEXT } from './texts';
import { Refused, refusing } from '../../kernel/sheets/refusal';

/*
 * The Register a deal dialog's server side (SPEC §5, §9.2; seed 001).
 *
 * A partner's tier is computed by the core (partnerTier) from its Partners
 * row, never read from the Tier formula cell. Ownership of a deal is the
 * core's DEAL_STATUS rule (dealStatuses): the new registration is put, as it
 * would be written, below the Deals sheet's rows, registered today, and
 * refused when DEAL_STATUS would call it a duplicate of an earlier row; that
 * row is the owner. Each action re-reads the sheets under the document lock
 * and makes ONE setValues, or refuses writing nothing.
 *
 * Request ids live in the rows (SPEC §9): every row this dialog writes
 * carries, in its Request ID and User columns, the request id and the user of
 * the LATEST dialog write to that row — the registration that appended it,
 * then each extension or status update, which overwrite both cells in the
 * same setValues as their own cells. A repeated id (a double click, a call
 * retried after a lost answer) is therefore found in the Deals rows the call
 * reads anyway, under the lock, and answered from that row as the first call
 * was, writing nothing. An older id of a row is forgotten once a later write
 * replaces it; the dialog never sends an id again after it got an answer
 * (ui/shared/requestId.ts), so only the latest write of a row can be retried.
 */

/** The audit columns every write of this dialog fills. */
const AUDIT = ['requestId', 'user'] as const;

interface Settings {
  lang: Lang;
  ctx: CallContext;
  today: Day;
}

function settings(): Settings {
  const ctx = callContext();
  return { lang: userLang(), ctx, today: ctx.zone.dayOf(ctx.now) };
}

function refuse(lang: Lang, message: Bilingual, reason?: DealReason): DealRefusal {
  const refusal: DealRefusal = { ok: false, message: message[lang] };
  if (reason !== undefined) refusal.reason = reason;
  return refusal;
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

// ---------- request ids ----------

/**
 * Runs one write action under the document lock. The request id is checked;
 * the Deals sheet is read (one getValues) with the columns `required` and
 * the audit columns, so a sheet made by an older template without Request ID
 * or User is refused naming the headers to insert. A row that already
 * carries the id was written by this request before: `replay` answers from
 * it, writing nothing. Otherwise `work` checks, decides and makes the write.
 */
function handle<T extends DealRegistered | DealChanged>(
  lang: Lang,
  rawId: unknown,
  required: readonly string[],
  replay: (table: Table, index: number, requestId: string) => T,
  work: (table: Table, requestId: string) => T | DealRefusal,
): T | DealRefusal | Refusal {
  const requestId = requestIdOf(rawId);
  if (!requestId) return refuse(lang, TEXT.badRequest);
  return withDocumentLock(lang, () =>
    guarded((): T | DealRefusal => {
      const table = readDealsTable(lang, [...required, ...AUDIT]);
      const found = rowsWithRequestId(table, requestId);
      if (found.length) return replay(table, found[found.length - 1], requestId);
      return work(table, requestId);
    }),
  );
}

/** What a write puts into the audit columns: this request's id and the user, both as text (io/table.ts asText). */
function audit(requestId: string): Record<(typeof AUDIT)[number], string> {
  return { requestId: asText(requestId), user: asText(activeUserEmail()) };
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
 * last update today, outcome open, request id, user) in one setValues under
 * the document lock.
 */
export function registerDeal(request: DealRequest): DealRegistered | DealRefusal {
  const { lang, ctx, today } = settings();
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof DealRequest, unknown>>;
  const again = (table: Table, index: number, requestId: string) => registration(dealAt(table, index, ctx, lang), table, requestId, lang, true);
  return handle(lang, fields.requestId, [], again, (table, requestId): DealRegistered | DealRefusal => {
    const checked = checkRequest(fields, lang, ctx);
    if ('ok' in checked) return checked;
    const partner = authorisedPartner(readPartners(ctx, lang), checked.partner, lang);
    const deals = dealsOf(table, ctx, lang);
    const candidate: Deal = {
      row: table.rows.length + 2,
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

    // The result is built before the write: nothing that could fail runs after it.
    const result = registration(candidate, table, requestId, lang, false);
    const day = dateCell(today, ctx);
    appendRows(
      table,
      [
        {
          registered: day,
          partner: asText(partner.name),
          tier: partner.tier.name[deals.words],
          customer: asText(checked.customer),
          taxId: asText(checked.taxId),
          products: asText(checked.products),
          amount: checked.amount ?? '',
          extensions: 0,
          lastUpdate: day,
          outcome: outcomeRule('open').name[deals.words],
          ...audit(requestId),
        },
      ],
      lang,
    );
    return result;
  }) as DealRegistered | DealRefusal;
}

/** The answer to a registration: for the row just written, or (repeated) for the row a retried request finds. */
function registration(deal: Deal, table: Table, requestId: string, lang: Lang, repeated: boolean): DealRegistered {
  const result: Omit<DealRegistered, 'message'> = {
    ok: true,
    requestId,
    row: deal.row,
    partner: deal.partner,
    customer: deal.customer,
    tier: deal.tier.name[lang],
    registered: iso(deal.registered),
    expires: iso(deal.expires),
    repeated,
  };
  return { ...result, message: TEXT.registered(result, deal.tier, table.sheet.getName(), deal.expires)[lang] };
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

type ChangedFields = Omit<DealChanged, 'ok' | 'row' | 'customer' | 'extensionsAllowed' | 'repeated' | 'message'>;

function changed(deal: Deal, fields: ChangedFields, message: Bilingual, lang: Lang, repeated = false): DealChanged {
  return {
    ok: true,
    ...fields,
    row: deal.row,
    customer: deal.customer,
    extensionsAllowed: deal.tier.benefits.extensions,
    repeated,
    message: message[lang],
  };
}

/**
 * Extends a registration by one more term of its tier: refuses when its
 * partner is not authorised (2), it is registered to another partner (3), the
 * tier's extensions are used up (5), or it is closed or already expired;
 * otherwise Extensions + 1, Last update = today, and this request's id and
 * user in the row's Request ID and User, in one setValues. A retried
 * extension finds its id in the row and gets the same answer, the row as it
 * now stands (extended once).
 */
export function extendDeal(request: DealExtendRequest): DealChanged | DealRefusal {
  const { lang, ctx, today } = settings();
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof DealExtendRequest, unknown>>;
  const answer = (deal: Deal, requestId: string, repeated: boolean) =>
    changed(
      deal,
      { requestId, action: 'extend', extensions: deal.extensions, expires: iso(deal.expires), lastUpdate: iso(deal.lastUpdate ?? today), outcome: 'open' },
      TEXT.extended(deal, deal.extensions, deal.expires),
      lang,
      repeated,
    );
  const again = (table: Table, index: number, requestId: string) => answer(dealAt(table, index, ctx, lang), requestId, true);
  return handle(lang, fields.requestId, ['extensions', 'lastUpdate'], again, (table, requestId): DealChanged | DealRefusal => {
    const partners = readPartners(ctx, lang);
    const deals = dealsOf(table, ctx, lang);
    const deal = locate(deals, fields.deal, lang);
    if (deal.outcome !== 'open') throw new Refused(TEXT.closed(deal, outcomeRule(deal.outcome).name)[lang]);
    authorisedPartner(partners, deal.partner, lang);
    const owner = ownerOf(deals.deals, deals.deals.indexOf(deal), today);
    if (owner) throw ownedRefusal(owner, deals, lang);
    const allowed = deal.tier.benefits.extensions;
    if (deal.extensions >= allowed) return refuse(lang, TEXT.reason(5, TEXT.limit(deal)), 5);
    if (today > deal.expires) throw new Refused(TEXT.expired(deal)[lang]);

    const extensions = deal.extensions + 1;
    const result = answer({ ...deal, extensions, lastUpdate: today, expires: dealExpiry(deal.registered, deal.tier, extensions) }, requestId, false);
    writeCells(table, table.rows[deal.row - 2], deal.row, { extensions, lastUpdate: dateCell(today, ctx), ...audit(requestId) });
    return result;
  }) as DealChanged | DealRefusal;
}

const OUTCOME_KEYS: readonly DealOutcome[] = ['open', 'won', 'lost', 'cancelled'];

/** The Outcome a status update asks for: a key, none (keep it), or the text that is not an outcome. */
function requestedOutcome(raw: unknown): { outcome?: OutcomeKey } | { bad: string } {
  if (typeof raw === 'string' && raw.trim() !== '') {
    if (OUTCOME_KEYS.includes(raw as DealOutcome)) return { outcome: raw as DealOutcome };
    try {
      return { outcome: parseOutcome(raw) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { bad: raw };
    }
  }
  return raw === undefined || raw === null || raw === '' ? {} : { bad: String(raw) };
}

/**
 * Records a status update of an open registration: Last update = today and,
 * when given, the Outcome (open / won / lost / cancelled, written in the
 * sheet's language), with this request's id and user in the row's Request ID
 * and User, in one setValues. A retried update finds its id in the row and
 * gets the same answer.
 */
export function updateDealStatus(request: DealUpdateRequest): DealChanged | DealRefusal {
  const { lang, ctx, today } = settings();
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Partial<Record<keyof DealUpdateRequest, unknown>>;
  const asked = requestedOutcome(fields.outcome);
  const named = 'outcome' in asked && asked.outcome ? outcomeRule(asked.outcome).name : undefined;
  const answer = (deal: Deal, requestId: string, repeated: boolean) =>
    changed(
      deal,
      { requestId, action: 'update', extensions: deal.extensions, expires: iso(deal.expires), lastUpdate: iso(deal.lastUpdate ?? today), outcome: deal.outcome },
      TEXT.updated(deal, deal.lastUpdate ?? today, named),
      lang,
      repeated,
    );
  const again = (table: Table, index: number, requestId: string) => answer(dealAt(table, index, ctx, lang), requestId, true);
  const outcome = 'outcome' in asked ? asked.outcome : undefined;
  return handle(lang, fields.requestId, outcome ? ['lastUpdate', 'outcome'] : ['lastUpdate'], again, (table, requestId): DealChanged | DealRefusal => {
    if ('bad' in asked) return refuse(lang, TEXT.badOutcome(asked.bad));
    const deals = dealsOf(table, ctx, lang);
    const deal = locate(deals, fields.deal, lang);
    if (deal.outcome !== 'open') throw new Refused(TEXT.closed(deal, outcomeRule(deal.outcome).name)[lang]);
    const result = answer({ ...deal, lastUpdate: today, outcome: outcome ?? deal.outcome }, requestId, false);
    const cells: Record<string, unknown> = { lastUpdate: dateCell(today, ctx), ...audit(requestId) };
    if (outcome) cells.outcome = outcomeRule(outcome).name[deals.words];
    writeCells(table, table.rows[deal.row - 2], deal.row, cells);
    return result;
  }) as DealChanged | DealRefusal;
}

/** The deal dialog's menu item and server functions. */
export const dealEntryPoints = [
  { name: 'showDealDialog', params: [], description: 'Menu: opens the Register a deal sidebar.', run: () => showDialog(DIALOGS.deal) },
  serverCall({ name: 'getDealState', params: [], description: 'Deal dialog: the partners and their tiers.', run: getDealState }),
  serverCall({ name: 'getPartnerDeals', params: ['partner'], description: "Deal dialog: a partner's open registrations.", run: getPartnerDeals }),
  serverCall({
    name: 'registerDeal',
    params: ['request'],
    description: 'Deal dialog: registers a deal, or refuses with the seed reason.',
    run: registerDeal,
  }),
  serverCall({
    name: 'extendDeal',
    params: ['request'],
    description: 'Deal dialog: extends a registration, or refuses with the seed reason.',
    run: extendDeal,
  }),
  serverCall({
    name: 'updateDealStatus',
    params: ['request'],
    description: 'Deal dialog: records a status update (and an outcome).',
    run: updateDealStatus,
  }),
] as const satisfies readonly EntryPoint[];
