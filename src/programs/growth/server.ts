import type { Refusal } from '../../kernel/sheets/refusal';
import type { CallContext } from '../../kernel/functions/context';
import { dateCell } from '../../kernel/functions/results';
import { type Text, type Lang, bi } from '../../kernel/i18n';
import { readCall, writeCall } from '../../kernel/sheets/dialogCall';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { serverCall } from '../../app/serverCall';
import { userLang } from '../../kernel/sheets/language';
import { Refused, refusal } from '../../kernel/sheets/refusal';
import { requestIdOf, rowsWithRequestId } from '../../kernel/sheets/requests';
import { SheetMissing, appendRows, asText, tableLang } from '../../kernel/sheets/table';
import type { ContestAction, ContestMonths, ContestRecorded, ContestRefusal, ContestRequest, ContestView, PodiumRow } from './api';
import { CONTEST_RESULTS, type ContestResult, type ContestState, type Decision, contestState, decideContest, shownStandings } from './rules/leads';
import { type Month, firstDayOf, invoiceMonths, isoMonth, monthFromIso, monthLabel, monthName } from './rules/months';
import { LOG_READ, LOG_WRITE, type Logged, readInvoices, readLog } from './sheets';
import { INVOICES } from './template';

/*
 * The Growth contest dialog's server side (SPEC §8, §9.3): read (sheets.ts:
 * the Invoices sheet and the Contest log) → decide (rules/: contestState
 * ranks the month, decideContest records a winner or a decline) → ONE
 * setValues under the document lock per action, or a refusal that writes
 * nothing; every call through the kernel's dialog-call helper.
 *
 * Request ids live in the log (SPEC §9): every row an action appends carries
 * the action's request id (Request ID) and user (Recorded by). A repeated id
 * (a double click, a call retried after a lost answer) is found in the log
 * rows the call reads anyway, under the lock, and answered as the first call
 * was, writing nothing.
 */

// ---------- reading ----------

function notAMonth(value: unknown): Text {
  const shown = typeof value === 'string' ? value : String(value);
  return bi(`"${shown}" is not a month (YYYY-MM).`, `«${shown}» — не месяц (ГГГГ-ММ).`);
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

// ---------- wording ----------

/** Growth as the dialog shows it: `+40.0%`, `−12.5%`; `+40,0%` in Russian. */
export function formatGrowth(growth: number, lang: Lang): string {
  const tenths = Math.round(growth * 1000);
  const digits = (Math.abs(tenths) / 10).toFixed(1);
  const sign = tenths > 0 ? '+' : tenths < 0 ? '−' : '';
  return `${sign}${lang === 'ru' ? digits.replace('.', ',') : digits}%`;
}

function noteOf(state: ContestState, lang: Lang): string {
  const name = monthName(state.month);
  const following = monthName(state.month + 1);
  const names = (rows: readonly { partner: string }[], ru: boolean) => rows.map((r) => (ru ? `«${r.partner}»` : r.partner)).join(', ');
  if (state.winner) {
    return bi(
      `The winner for ${name.en} is recorded: ${state.winner.partner}. It receives the leads during ${following.en}.`,
      `Победитель за ${name.ru} записан: «${state.winner.partner}». Лиды на ${following.ru} получает этот партнёр.`,
    )[lang];
  }
  const next = state.next;
  if (next.length === 1) {
    return bi(
      `The leads for ${following.en} go to place ${next[0].place}: ${next[0].partner}. Record the winner, or "Winner declined" to pass the leads to the next place.`,
      `Лиды на ${following.ru} получает место ${next[0].place}: «${next[0].partner}». Запишите победителя или нажмите «Победитель отказался», чтобы передать лиды следующему месту.`,
    )[lang];
  }
  if (next.length > 1) {
    return bi(
      `Place ${next[0].place} is shared by ${names(next, false)} (equal growth and subscriptions): pick the partner that takes the leads for ${following.en}.`,
      `Место ${next[0].place} делят ${names(next, true)} (равный прирост и подписки): выберите, кто получит лиды на ${following.ru}.`,
    )[lang];
  }
  return bi(`Every ranked partner has declined the leads for ${name.en}.`, `Все участники рейтинга отказались от лидов за ${name.ru}.`)[lang];
}

function viewOf(state: ContestState, lang: Lang): ContestView {
  const podium: PodiumRow[] = shownStandings(state).map((s) => ({
    place: s.place,
    tied: s.tied,
    partner: s.partner,
    growth: s.growth,
    growthText: formatGrowth(s.growth, lang),
    subscriptions: s.subscriptions,
    status: s.status,
    eligible: state.next.includes(s),
  }));
  const winner = state.winner as Logged | undefined;
  return {
    ok: true,
    lang,
    month: isoMonth(state.month),
    label: monthLabel(state.month)[lang],
    previousLabel: monthLabel(state.month - 1)[lang],
    podium,
    leftOut: state.leftOut.map((l) => ({ partner: l.partner, reason: l.reason[lang] })),
    winner: winner
      ? {
          partner: winner.partner,
          place: winner.place ?? null,
          user: winner.user ?? '',
          recordedAt: winner.recordedAt === undefined ? '' : new Date(winner.recordedAt).toISOString(),
        }
      : null,
    note: noteOf(state, lang),
  };
}

// ---------- the dialog's calls ----------

const NO_INVOICES = bi(
  `The "${INVOICES.name.en}" sheet has no invoices yet: add rows of Partner, Month, Amount and Support subscriptions.`,
  `На листе «${INVOICES.name.ru}» ещё нет счетов: добавьте строки с партнёром, месяцем, суммой и подписками.`,
);

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
  return readCall(({ lang, ctx }) => {
    const wanted = monthOrRefuse(month, lang);
    return viewOf(stateOf(ctx, lang, wanted, readLog(ctx, lang, LOG_READ).log), lang);
  });
}

interface CheckedRequest {
  ok: true;
  month: Month;
  partner: string;
  action: ContestResult;
  requestId: string;
}

/** A request as the dialog sends it, checked before the lock is taken; a malformed one is refused in these words. */
function checkRequest(request: unknown): CheckedRequest | { ok: false; reason: Text } {
  const r = (request ?? {}) as Partial<Record<keyof ContestRequest, unknown>>;
  const requestId = requestIdOf(r.requestId);
  if (!requestId) {
    return {
      ok: false,
      reason: bi('The request has no valid id; reopen the dialog and try again.', 'У запроса нет верного идентификатора; откройте диалог заново и повторите.'),
    };
  }
  const action = r.action as ContestAction;
  if (action !== 'winner' && action !== 'declined') {
    return {
      ok: false,
      reason: bi(
        'Unknown action: choose "Record winner" or "Winner declined".',
        'Неизвестное действие: выберите «Записать победителя» или «Победитель отказался».',
      ),
    };
  }
  const partner = typeof r.partner === 'string' ? r.partner.trim() : '';
  if (!partner) return { ok: false, reason: bi('Pick a partner on the podium first.', 'Сначала выберите партнёра на пьедестале.') };
  const month = monthFromIso(r.month);
  if (month === undefined) return { ok: false, reason: notAMonth(r.month) };
  return { ok: true, month, partner, action, requestId };
}

/**
 * Records the month's winner (`winner`) or that the partner declined the
 * leads (`declined`), which passes them to the next place in the same write.
 * Re-reads the log and the invoices under the document lock, lets the rules
 * decide, and appends the rows — each with the request id and the user — in
 * ONE setValues. Refuses, writing nothing, when the month has no contest, a
 * winner is recorded already, the partner is not at the best place still
 * open, the log lacks a column, or the lock is not obtained. A request id
 * already in the log writes nothing and returns the first result.
 */
export function recordContestResult(request: ContestRequest): ContestRecorded | Refusal {
  const checked = checkRequest(request);
  if (!checked.ok) return refusal(checked.reason, userLang());
  return writeCall(checked.requestId, (call): ContestRecorded | Refusal => {
    const { lang, ctx, requestId } = call;
    const { table, log } = readLog(ctx, lang, LOG_WRITE);
    const mine = rowsWithRequestId(table, requestId);
    if (mine.length) return recordedBefore(ctx, lang, log, mine, requestId);
    const state = stateOf(ctx, lang, checked.month, log);
    const decision = decideContest(state, checked.partner, checked.action);
    if (!decision.ok) return refusal(decision.reason, lang);
    // The result and every cell are made before the write: nothing that could fail runs after it.
    const result = recorded(requestId, checked.month, decision, lang);
    const words = tableLang(table, lang);
    const user = asText(call.user);
    const requestIdText = asText(requestId);
    const recordedAt = new Date(ctx.now);
    const month = dateCell(firstDayOf(checked.month), ctx);
    appendRows(
      table,
      decision.entries.map((entry) => ({
        month,
        place: entry.place,
        partner: asText(entry.partner),
        growth: entry.growth,
        subscriptions: entry.subscriptions,
        result: CONTEST_RESULTS[entry.result][words],
        user,
        recordedAt,
        requestId: requestIdText,
      })),
      lang,
    );
    return result;
  });
}

function recorded(requestId: string, month: Month, decision: Decision, lang: Lang): ContestRecorded {
  return {
    ok: true,
    requestId,
    month: isoMonth(month),
    rows: decision.entries.map((entry) => ({ place: entry.place, partner: entry.partner, result: entry.result })),
    handover: decision.handover?.kind ?? null,
    message: decision.message[lang],
  };
}

/**
 * The first result of a request whose rows (`mine`, indexes into the log's
 * rows) are in the log: the same decision worked out again over the log as
 * it stood before those rows (the log is append-only) and the invoices, for
 * the partner and action of its first row. Should the invoices have changed
 * since, so that the decision now differs from the rows, the answer is built
 * from the rows alone.
 */
function recordedBefore(ctx: CallContext, lang: Lang, log: readonly Logged[], mine: number[], requestId: string): ContestRecorded {
  const entries = log.filter((entry) => mine.includes(entry.index));
  const first = entries[0];
  if (!first) return { ok: true, requestId, month: '', rows: [], handover: null, message: ALREADY_RECORDED[lang] };
  const rows = entries.map((entry) => ({ place: entry.place ?? 0, partner: entry.partner, result: entry.result }));
  let again: Decision | undefined;
  try {
    const decision = decideContest(
      stateOf(
        ctx,
        lang,
        first.month,
        log.filter((entry) => entry.index < mine[0]),
      ),
      first.partner,
      first.result,
    );
    if (decision.ok) again = decision;
  } catch (error) {
    if (!(error instanceof Refused || error instanceof SheetMissing)) throw error;
  }
  const same = (d: Decision) =>
    d.entries.length === rows.length && d.entries.every((e, k) => e.partner === rows[k].partner && e.result === rows[k].result && e.place === rows[k].place);
  if (again && same(again)) return recorded(requestId, first.month, again, lang);
  const handover = first.result === 'declined' ? (rows.length > 1 ? 'winner' : 'none') : null;
  return { ok: true, requestId, month: isoMonth(first.month), rows, handover, message: ALREADY_RECORDED[lang] };
}

const ALREADY_RECORDED = bi('This was recorded already; nothing new was written.', 'Это уже записано; ничего нового не записано.');

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
    name: 'recordContestResult',
    params: ['request'],
    description: 'Dialog server call: records the winner, or a decline that passes the leads on, in one write under the document lock.',
    run: recordContestResult,
  }),
] as const satisfies readonly EntryPoint[];
