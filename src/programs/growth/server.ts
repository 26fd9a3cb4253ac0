import type { Refusal } from '../../kernel/sheets/refusal';
import type { CallContext } from '../../kernel/functions/context';
import { dateCell } from '../../kernel/functions/results';
import { InputError } from '../../kernel/errors';
import { type Lang, t, type Text } from '../../kernel/i18n';
import { formatDay } from '../../kernel/values/dates';
import { cellRefused } from '../../kernel/sheets/cellProblem';
import { readCall, writeCall } from '../../kernel/sheets/dialogCall';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { serverCall } from '../../app/serverCall';
import { userLang } from '../../kernel/sheets/language';
import { Refused, refusal } from '../../kernel/sheets/refusal';
import { requestIdOf, rowsWithRequestId } from '../../kernel/sheets/requests';
import { SheetMissing, appendRows, asText, tableLang } from '../../kernel/sheets/table';
import type { ContestMonths, ContestRecorded, ContestRefusal, ContestRequest, ContestView, LeadBreaches } from './api';
import { type LateLead, lateLeads } from './rules/breach';
import { type ContestMove, type Decision, decideContest } from './rules/decide';
import { CONTEST_RESULTS, monthRecord, receivingDays, samePartner } from './rules/log';
import { type Month, firstDayOf, invoiceMonths, isoMonth, monthFromIso, monthLabel, monthName } from './rules/months';
import { type ContestState, contestState } from './rules/standings';
import { type Lead, LOG_READ, LOG_WRITE, type Logged, readInvoices, readLeadRules, readLeads, readLog } from './sheets';
import { INVOICES } from './template';
import { dayFromIso, formatInstant, isoDay, viewOf } from './view';

/*
 * The Growth contest dialog's server side (SPEC §8, §9.3): read (sheets.ts:
 * the Invoices sheet, the Contest log, and for a breach the Leads sheet and
 * the lead-handling rules sheet) → decide (rules/: contestState ranks the
 * month, decideContest records a winner, a decline, a handling breach or a
 * cancellation) → ONE appended row per action, in one setValues under the
 * document lock, or a refusal that writes nothing; every call through the
 * kernel's dialog-call helper.
 *
 * Request ids live in the log (SPEC §9): the row an action appends carries
 * the action's request id (Request ID) and user (Recorded by). A repeated id
 * (a double click, a call retried after a lost answer) is found in the log
 * rows the call reads anyway, under the lock, and answered as the first call
 * was, writing nothing.
 */

function notAMonth(value: unknown): Text {
  const shown = typeof value === 'string' ? value : String(value);
  return t`"${shown}" is not a month (YYYY-MM).`;
}

function monthOrRefuse(value: unknown, lang: Lang): Month {
  const month = monthFromIso(value);
  if (month === undefined) throw new Refused(notAMonth(value)[lang]);
  return month;
}

/** Reads the invoices and works out the month's contest over these log entries, refusing when nothing can be ranked. */
function stateOf(ctx: CallContext, lang: Lang, month: Month, log: readonly Logged[]): ContestState {
  const invoices = readInvoices(ctx, lang, (m) => m === month || m === month - 1);
  const state = contestState(invoices, log, month);
  if (!state.ok) throw new Refused(state.reason[lang]);
  return state;
}

const NO_INVOICES = t`The "${INVOICES.name}" sheet has no invoices yet: add rows of Partner, Month, Amount and Support subscriptions.`;

/** The months that have invoices, latest first, for the picker; a refusal says its language too (the picker has no other). */
export function getContestMonths(): ContestMonths | ContestRefusal {
  let lang: Lang | undefined;
  const found = readCall((call): ContestMonths | Refusal => {
    lang = call.lang;
    const months = invoiceMonths(readInvoices(call.ctx, call.lang, () => false));
    if (!months.length) return refusal(NO_INVOICES, call.lang);
    return { ok: true, lang: call.lang, months: months.map((m) => ({ month: isoMonth(m), label: monthLabel(m)[call.lang] })) };
  });
  return found.ok ? found : { ...found, lang: lang ?? userLang() };
}

/** The contest of a reporting month (`YYYY-MM`): the podium, who is left out and why, and what is recorded. */
export function getContest(month: string): ContestView | Refusal {
  return readCall(({ lang, ctx, today }) => {
    const wanted = monthOrRefuse(month, lang);
    return viewOf(stateOf(ctx, lang, wanted, readLog(ctx, lang, LOG_READ).log), lang, today);
  });
}

/**
 * The late and overdue leads (LEAD_SLA, by the lead-handling rules sheet when
 * there is one, as of the Leads sheet's report date) of the partner receiving
 * the leads of a month's contest, received since it got them: what a manager
 * looks at before recording a handling breach.
 */
export function getLeadBreaches(month: string): LeadBreaches | Refusal {
  return readCall(({ lang, ctx }) => {
    const wanted = monthOrRefuse(month, lang);
    const { log } = readLog(ctx, lang, LOG_READ);
    const holder = monthRecord(log, wanted).holder;
    if (!holder) {
      const name = monthName(wanted);
      return refusal(t`Nobody receives the leads of the contest for ${name} yet.`, lang);
    }
    const rules = readLeadRules(ctx, lang);
    const since = ctx.zone.startOfDay(Math.max(holder.from, receivingDays(wanted).first));
    const until = ctx.zone.startOfDay(receivingDays(wanted).last + 1);
    const { leads, asOf, table } = readLeads(ctx, lang, (name) => samePartner(name, holder.partner), since, until);
    let late: LateLead<Lead>[];
    try {
      late = lateLeads(leads, asOf, lang, rules);
    } catch (error) {
      if (!(error instanceof InputError) || error.item === undefined) throw error;
      const lead = leads[error.item];
      const key = (['received', 'first', 'followUp1', 'followUp2'] as const)[error.argument ?? 0];
      const row = table.rows[lead.index];
      throw cellRefused(table, lead.index, key, row[table.columns[key] as number], error.text, lang);
    }
    const start = formatDay(Math.max(holder.from, receivingDays(wanted).first), lang);
    const when = formatInstant(asOf, ctx.zone, lang);
    return {
      ok: true,
      lang,
      month: isoMonth(wanted),
      partner: holder.partner,
      leads: late.map(({ lead, status }) => ({ lead: lead.lead, received: formatInstant(lead.received, ctx.zone, lang), status })),
      note: t`${late.length} of its ${leads.length} leads received from ${start} are late or overdue as of ${when}.`[lang],
    };
  });
}

const ACTIONS = ['winner', 'declined', 'breach', 'cancel'] as const;

interface Checked {
  ok: true;
  month: Month;
  move: ContestMove;
  requestId: string;
}

/** A request as the dialog sends it, checked before the lock is taken; a malformed one is refused in these words. */
function checkRequest(request: unknown): Checked | { ok: false; reason: Text } {
  const r = (request ?? {}) as Partial<Record<keyof ContestRequest, unknown>>;
  const requestId = requestIdOf(r.requestId);
  if (!requestId) {
    return {
      ok: false,
      reason: t`The request has no valid id; reopen the dialog and try again.`,
    };
  }
  const action = r.action as (typeof ACTIONS)[number];
  if (!ACTIONS.includes(action)) {
    return {
      ok: false,
      reason: t`Unknown action: choose "Record winner", "Winner declined", "Handling breach" or "Cancel a record".`,
    };
  }
  const month = monthFromIso(r.month);
  if (month === undefined) return { ok: false, reason: notAMonth(r.month) };
  if (action === 'cancel') {
    const row = typeof r.row === 'number' && Number.isInteger(r.row) && r.row >= 2 ? r.row : undefined;
    if (row === undefined) return { ok: false, reason: t`Pick the record to cancel first.` };
    return { ok: true, month, move: { action, row }, requestId };
  }
  const partner = typeof r.partner === 'string' ? r.partner.trim() : '';
  if (!partner) return { ok: false, reason: t`Pick a partner on the podium first.` };
  if (action === 'winner') return { ok: true, month, move: { action, partner }, requestId };
  const from = r.from === undefined || r.from === '' ? undefined : dayFromIso(r.from);
  if (from === undefined && r.from !== undefined && r.from !== '') {
    return { ok: false, reason: t`"${String(r.from)}" is not a day (YYYY-MM-DD).` };
  }
  return { ok: true, month, move: { action, partner, from }, requestId };
}

/**
 * Records one action on a month's contest: the winner, a decline, a handling
 * breach or the cancellation of the month's latest record. Re-reads the log
 * and the invoices under the document lock, lets the rules decide, and
 * appends ONE row — with the request id and the user — in one setValues.
 * Refuses, writing nothing, when the rules refuse, the log lacks a column,
 * or the lock is not obtained. A request id already in the log writes
 * nothing and returns the first result.
 */
export function recordContestResult(request: ContestRequest): ContestRecorded | Refusal {
  const checked = checkRequest(request);
  if (!checked.ok) return refusal(checked.reason, userLang());
  return writeCall(checked.requestId, (call): ContestRecorded | Refusal => {
    const { lang, ctx, requestId } = call;
    const { table, log } = readLog(ctx, lang, LOG_WRITE);
    const mine = rowsWithRequestId(table, requestId);
    if (mine.length) return recordedBefore(ctx, lang, log, mine[0], requestId);
    const state = stateOf(ctx, lang, checked.month, log);
    const decision = decideContest(state, checked.move);
    if (!decision.ok) return refusal(decision.reason, lang);
    // The result and every cell are made before the write: nothing that could fail runs after it.
    const result = recorded(requestId, checked.month, decision, lang);
    const { entry } = decision;
    const words = tableLang(table, lang);
    appendRows(
      table,
      [
        {
          month: dateCell(firstDayOf(checked.month), ctx),
          place: entry.place ?? '',
          partner: asText(entry.partner),
          growth: entry.growth ?? '',
          subscriptions: entry.subscriptions ?? '',
          result: CONTEST_RESULTS[entry.result][words],
          leadsTo: asText(entry.leadsTo),
          from: entry.from === undefined ? '' : dateCell(entry.from, ctx),
          cancels: entry.cancels ?? '',
          user: asText(call.user),
          recordedAt: new Date(ctx.now),
          requestId: asText(requestId),
        },
      ],
      lang,
    );
    return result;
  });
}

function recorded(requestId: string, month: Month, decision: Decision, lang: Lang): ContestRecorded {
  const { entry } = decision;
  return {
    ok: true,
    requestId,
    month: isoMonth(month),
    row: {
      place: entry.place ?? null,
      partner: entry.partner,
      result: entry.result,
      leadsTo: entry.leadsTo,
      from: entry.from === undefined ? '' : isoDay(entry.from),
      cancels: entry.cancels ?? null,
    },
    handover: decision.handover?.kind ?? null,
    message: decision.message[lang],
  };
}

/**
 * The first result of a request whose row (`index` into the log's rows) is in
 * the log: the same decision worked out again over the log as it stood
 * before that row (the log is append-only) and the invoices. Should the
 * invoices have changed since, so that the decision now differs from the
 * row, the answer is built from the row alone.
 */
function recordedBefore(ctx: CallContext, lang: Lang, log: readonly Logged[], index: number, requestId: string): ContestRecorded {
  const first = log.find((entry) => entry.index === index);
  if (!first) {
    const row = { place: null, partner: '', result: 'winner' as const, leadsTo: '', from: '', cancels: null };
    return { ok: true, requestId, month: '', row, handover: null, message: ALREADY_RECORDED[lang] };
  }
  const row = {
    place: first.place ?? null,
    partner: first.partner,
    result: first.result,
    leadsTo: first.leadsTo ?? '',
    from: first.from === undefined ? '' : isoDay(first.from),
    cancels: first.cancels ?? null,
  };
  const move: ContestMove =
    first.result === 'cancelled'
      ? { action: 'cancel', row: first.cancels as number }
      : first.result === 'winner'
        ? { action: 'winner', partner: first.partner }
        : { action: first.result, partner: first.partner, from: first.from };
  let again: Decision | undefined;
  try {
    const decision = decideContest(
      stateOf(
        ctx,
        lang,
        first.month,
        log.filter((entry) => entry.index < index),
      ),
      move,
    );
    if (decision.ok) again = decision;
  } catch (error) {
    if (!(error instanceof Refused || error instanceof SheetMissing)) throw error;
  }
  const answer = again && recorded(requestId, first.month, again, lang);
  if (answer && JSON.stringify(answer.row) === JSON.stringify(row)) return answer;
  const handover = first.result === 'declined' || first.result === 'breach' ? (row.leadsTo ? 'winner' : 'none') : null;
  return { ok: true, requestId, month: isoMonth(first.month), row, handover, message: ALREADY_RECORDED[lang] };
}

const ALREADY_RECORDED = t`This was recorded already; nothing new was written.`;

/** The contest dialog's menu item and server functions. */
export const contestEntryPoints = [
  { name: 'showContestDialog', params: [], description: 'Menu: opens the Growth contest dialog.', run: () => showDialog(DIALOGS.contest) },
  serverCall({ name: 'getContestMonths', params: [], description: 'Dialog server call: the months that have invoices, latest first.', run: getContestMonths }),
  serverCall({
    name: 'getContest',
    params: ['month'],
    description: "Dialog server call: a reporting month's podium, who is left out and what is recorded.",
    run: getContest,
  }),
  serverCall({
    name: 'getLeadBreaches',
    params: ['month'],
    description: "Dialog server call: the late and overdue leads of the partner receiving a month's leads.",
    run: getLeadBreaches,
  }),
  serverCall({
    name: 'recordContestResult',
    params: ['request'],
    description: 'Dialog server call: records the winner, a decline, a handling breach or a cancellation as one row, under the document lock.',
    run: recordContestResult,
  }),
] as const satisfies readonly EntryPoint[];
