import { type Day, formatDay } from '../../kernel/values/dates';
import type { Text, Lang } from '../../kernel/i18n';
import { dateCell } from '../../kernel/functions/results';
import { type WriteCall, readCall, writeCall } from '../../kernel/sheets/dialogCall';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { serverCall } from '../../app/serverCall';
import { Refused } from '../../kernel/sheets/refusal';
import { rowsWithRequestId } from '../../kernel/sheets/requests';
import { appendRows, asText, writeCells } from '../../kernel/sheets/table';
import type {
  DealChanged,
  DealExtendRequest,
  DealOutcome,
  DealOwner,
  DealPartner,
  DealRefusal,
  DealRegistered,
  DealRequest,
  DealState,
  DealUpdateRequest,
  OpenDeal,
  PartnerDeals,
} from './api';
import { askedOutcome } from './rules/dealRequest';
import type { DealRow } from './rules/dealStatus';
import {
  type DealRefusal as Decline,
  type PartnerEntry,
  decideExtension,
  decideRegistration,
  decideStatusUpdate,
  partnerRegistrations,
} from './rules/decisions';
import { dealExpiry } from './rules/tiers';
import { type DealsSheet, dealAt, dealBook, readDealsSheet, readPartners, readTierRules } from './sheets';
import { TEXT, outcomeName, refusalText } from './texts';

/*
 * The Register a deal dialog's server calls (SPEC §5, §9.2; seed 001), each
 * through the kernel's dialog call (kernel/sheets/dialogCall.ts): read the
 * sheets (sheets.ts: one getValues each, the tiers from the template's rules
 * sheet when there is one, SPEC §12), decide (rules/decisions.ts, pure), and
 * make ONE setValues under the document lock, or refuse writing nothing.
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
 * (dialogs/shared/requestId.ts), so only the latest write of a row can be retried.
 */

const iso = (day: Day) => formatDay(day, 'en');

/** The fields of a request as they arrive (anything may cross google.script.run). */
const fieldsOf = (request: unknown) => (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;

/** A decision not to write, as the refusal the dialog shows: the message, and the seed's reason and the owner found where they apply. */
function refused(decline: Decline, partners: string, deals: string, lang: Lang): Refused {
  const details: { reason?: number; owner?: DealOwner; repeat?: DealOwner } = {};
  if ('reason' in decline) details.reason = decline.reason;
  const named = (deal: DealRow, expires: Day): DealOwner => ({
    row: deal.row,
    partner: deal.partner,
    customer: deal.customer,
    registered: iso(deal.registered),
    expires: iso(expires),
  });
  if (decline.refused === 'owned') details.owner = named(decline.owner, decline.expires);
  if (decline.refused === 'repeat' || decline.refused === 'repeatLimit') details.repeat = named(decline.deal, decline.expires);
  return new Refused(refusalText(decline, { partners, deals })[lang], details);
}

/**
 * The Deals sheet of a call that writes, with the audit columns (Request ID,
 * User) besides `required`: a sheet made by an older template without them
 * is refused naming the headers to insert. `repeat` is the row that already
 * carries this request's id, if any: the call answers from it, writing nothing.
 */
function dealsFor(call: WriteCall, required: readonly string[]): { sheet: DealsSheet; repeat?: number } {
  const sheet = readDealsSheet(call.lang, call.ctx, [...required, 'requestId', 'user']);
  const found = rowsWithRequestId(sheet.table, call.requestId);
  return found.length ? { sheet, repeat: found[found.length - 1] } : { sheet };
}

/** What a write puts into the audit columns: this request's id and the user, both as text (kernel/sheets/table.ts asText). */
const audit = (call: WriteCall) => ({ requestId: asText(call.requestId), user: asText(call.user) });

// ---------- what the dialog shows ----------

function partnerView(partner: PartnerEntry, lang: Lang): DealPartner {
  const view: DealPartner = {
    name: partner.name,
    authorised: partner.authorised === true,
    tier: partner.tier ? partner.tier.name[lang] : '',
    downgraded: partner.downgraded === true,
    registrationMonths: partner.tier ? partner.tier.benefits.registration_months : 0,
    extensionsAllowed: partner.tier ? partner.tier.benefits.extensions : 0,
  };
  if (partner.problem) view.problem = partner.problem[lang];
  return view;
}

/** What the dialog shows when it opens: the partners with their tiers as of now, under the rules sheet's tiers. */
export function getDealState(): DealState | DealRefusal {
  return readCall(({ lang, ctx, today }) => ({
    ok: true as const,
    lang,
    today: iso(today),
    partners: readPartners(lang, ctx, readTierRules(lang, ctx)).entries.map((p) => partnerView(p, lang)),
  }));
}

/** A partner's open registrations (Outcome empty or open) with expiry and DEAL_STATUS as of today, oldest first. */
export function getPartnerDeals(partner: string): PartnerDeals | DealRefusal {
  return readCall(({ lang, ctx, today }) => {
    const program = readTierRules(lang, ctx);
    const partners = readPartners(lang, ctx, program);
    const sheet = readDealsSheet(lang, ctx, []);
    const listed = partnerRegistrations(typeof partner === 'string' ? partner : '', partners.entries, dealBook(sheet, ctx, program), today, program);
    if (!listed.ok) throw refused(listed, partners.name, sheet.name, lang);
    const deals: OpenDeal[] = listed.open.map(({ deal, expires, status, expired }) => ({
      row: deal.row,
      partner: deal.partner,
      customer: deal.customer,
      registered: iso(deal.registered),
      taxId: deal.taxId,
      products: deal.products,
      expires: iso(expires),
      lastUpdate: deal.lastUpdate === undefined ? '' : iso(deal.lastUpdate),
      extensions: deal.extensions,
      extensionsAllowed: deal.tier.benefits.extensions,
      status: status[lang],
      expired,
      tier: deal.tier.name[lang],
    }));
    return { ok: true as const, lang, partner: listed.partner.name, today: iso(today), deals };
  });
}

// ---------- registerDeal ----------

/** The answer to a registration: for the row just written, or (repeated) for the row a retried request finds. */
function registration(deal: DealRow, sheet: string, requestId: string, lang: Lang, repeated: boolean): DealRegistered {
  const expires = dealExpiry(deal.registered, deal.tier, deal.extensions);
  const result: Omit<DealRegistered, 'message'> = {
    ok: true,
    requestId,
    row: deal.row,
    partner: deal.partner,
    customer: deal.customer,
    tier: deal.tier.name[lang],
    registered: iso(deal.registered),
    expires: iso(expires),
    repeated,
  };
  return { ...result, message: TEXT.registered(result, deal.tier, sheet, expires)[lang] };
}

/**
 * Registers a deal: refuses with the seed's reason — incomplete data (1),
 * partner not authorised (2), registered to another partner (3), the
 * partner's own open registration of the deal with no extension left (5), or
 * the advice to extend that registration or record its outcome — writing
 * nothing; otherwise appends ONE row (today, partner, the partner's tier in the
 * sheet's language, customer, tax ID as text, products, amount, 0 extensions,
 * last update today, outcome open, request id, user) in one setValues under
 * the document lock.
 */
export function registerDeal(request: DealRequest): DealRegistered | DealRefusal {
  const fields = fieldsOf(request);
  return writeCall(fields.requestId, (call): DealRegistered => {
    const { lang, ctx, today } = call;
    const program = readTierRules(lang, ctx);
    const { sheet, repeat } = dealsFor(call, []);
    if (repeat !== undefined) return registration(dealAt(sheet, repeat, ctx, lang, program), sheet.name, call.requestId, lang, true);
    const partners = readPartners(lang, ctx, program);
    const decision = decideRegistration(fields, partners.entries, dealBook(sheet, ctx, program), today, ctx);
    if (!decision.ok) throw refused(decision, partners.name, sheet.name, lang);

    // The answer is built before the write: nothing that could fail runs after it.
    const { deal } = decision;
    const result = registration(deal, sheet.name, call.requestId, lang, false);
    const day = dateCell(today, ctx);
    const record = {
      registered: day,
      partner: asText(deal.partner),
      tier: deal.tier.name[sheet.words],
      customer: asText(deal.customer),
      taxId: asText(deal.taxId),
      products: asText(deal.products),
      amount: decision.amount ?? '',
      extensions: 0,
      lastUpdate: day,
      outcome: outcomeName('open')[sheet.words],
      ...audit(call),
    };
    appendRows(sheet.table, [record], lang);
    return result;
  });
}

// ---------- extendDeal and updateDealStatus ----------

type ChangedFields = Pick<DealChanged, 'action' | 'outcome'>;

/** The answer to an extension or a status update, for the row as it now stands. */
function changed(deal: DealRow, fields: ChangedFields, requestId: string, message: Text, lang: Lang, repeated: boolean): DealChanged {
  return {
    ok: true,
    requestId,
    ...fields,
    extensions: deal.extensions,
    expires: iso(dealExpiry(deal.registered, deal.tier, deal.extensions)),
    lastUpdate: iso(deal.lastUpdate as Day),
    row: deal.row,
    customer: deal.customer,
    extensionsAllowed: deal.tier.benefits.extensions,
    repeated,
    message: message[lang],
  };
}

/** The words of an extension: its number of the tier's allowance, and the new expiry. */
const extendedText = (deal: DealRow) => TEXT.extended(deal, deal.extensions, dealExpiry(deal.registered, deal.tier, deal.extensions));

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
  const fields = fieldsOf(request);
  return writeCall(fields.requestId, (call): DealChanged => {
    const { lang, ctx, today } = call;
    const answer = (deal: DealRow, repeated: boolean) =>
      changed({ ...deal, lastUpdate: deal.lastUpdate ?? today }, { action: 'extend', outcome: 'open' }, call.requestId, extendedText(deal), lang, repeated);
    const program = readTierRules(lang, ctx);
    const { sheet, repeat } = dealsFor(call, ['extensions', 'lastUpdate']);
    if (repeat !== undefined) return answer(dealAt(sheet, repeat, ctx, lang, program), true);
    const partners = readPartners(lang, ctx, program);
    const decision = decideExtension(fields.deal, partners.entries, dealBook(sheet, ctx, program), today);
    if (!decision.ok) throw refused(decision, partners.name, sheet.name, lang);

    const { deal } = decision;
    const result = answer(deal, false);
    writeCells(sheet.table, sheet.table.rows[deal.row - 2], deal.row, { extensions: deal.extensions, lastUpdate: dateCell(today, ctx), ...audit(call) });
    return result;
  });
}

/**
 * Records a status update of an open registration: Last update = today and,
 * when given, the Outcome (open / won / lost / cancelled, written in the
 * sheet's language), with this request's id and user in the row's Request ID
 * and User, in one setValues. A retried update finds its id in the row and
 * gets the same answer.
 */
export function updateDealStatus(request: DealUpdateRequest): DealChanged | DealRefusal {
  const fields = fieldsOf(request);
  const asked = askedOutcome(fields.outcome);
  const outcome = 'outcome' in asked ? asked.outcome : undefined;
  const named = outcome ? outcomeName(outcome) : undefined;
  return writeCall(fields.requestId, (call): DealChanged => {
    const { lang, ctx, today } = call;
    const answer = (deal: DealRow, repeated: boolean) => {
      const lastUpdate = deal.lastUpdate ?? today;
      return changed(
        { ...deal, lastUpdate },
        { action: 'update', outcome: deal.outcome as DealOutcome },
        call.requestId,
        TEXT.updated(deal, lastUpdate, named),
        lang,
        repeated,
      );
    };
    const program = readTierRules(lang, ctx);
    const { sheet, repeat } = dealsFor(call, outcome ? ['lastUpdate', 'outcome'] : ['lastUpdate']);
    if (repeat !== undefined) return answer(dealAt(sheet, repeat, ctx, lang, program), true);
    const decision = decideStatusUpdate(fields.deal, asked, dealBook(sheet, ctx, program), today);
    // The Partners sheet plays no part in an update: its name is never needed.
    if (!decision.ok) throw refused(decision, '', sheet.name, lang);

    const result = answer(decision.deal, false);
    const cells: Record<string, unknown> = { lastUpdate: dateCell(today, ctx), ...audit(call) };
    if (decision.outcome) cells.outcome = outcomeName(decision.outcome)[sheet.words];
    writeCells(sheet.table, sheet.table.rows[decision.deal.row - 2], decision.deal.row, cells);
    return result;
  });
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
