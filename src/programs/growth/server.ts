import { InputError } from '../../kernel/errors';
import {
  CONTEST_RESULTS,
  type ContestResult,
  type ContestState,
  type LogEntry,
  contestResultFrom,
  contestState,
  type Decision,
  decideContest,
  shownStandings,
} from './rules/leads';
import { type Invoice, type Month, firstDayOf, invoiceMonths, isoMonth, monthFromIso, monthLabel, monthName, monthOf } from './rules/months';
import { type Lang, bi } from '../../kernel/i18n';
import type { Refusal } from '../../app/api';
import type { ContestAction, ContestMonths, ContestRefusal, ContestRecorded, ContestRequest, ContestView, PodiumRow } from './api';
import { describeValue, isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { callContext } from '../../kernel/sheets/spreadsheet';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { serverCall } from '../../app/serverCall';
import { withDocumentLock } from '../../kernel/sheets/lock';
import { requestIdOf, rowsWithRequestId } from '../../kernel/sheets/requests';
import { SheetMissing, type Table, appendRows, asText, readTable, valueOf } from '../../kernel/sheets/table';
import { activeUserEmail } from '../../kernel/sheets/user';
import { userLang } from '../../kernel/sheets/language';
import { type Reader, count, date, dateTime, money, optional, text, wholeNumber } from '../../kernel/functions/readers';
import { dateCell } from '../../kernel/functions/results';
import type { TableSheet } from '../../kernel/templates/layout';
import { CONTEST_LOG, INVOICES } from './template';
import { Refused, refusal, refusing } from '../../kernel/sheets/refusal';

/*
 * The Growth contest dialog's server side (SPEC §8, §9.3).
 *
 * The Invoices sheet is read in long form (`Partner | Month | Amount |
 * Support subscriptions`, one getValues); any date in the Month column counts
 * for its calendar month in the spreadsheet's zone. The contest log says who
 * received the leads (the previous month's winner, left out) and what is
 * recorded already. The core (growth/months.ts, growth/leads.ts, contest.ts)
 * ranks and decides; this file reads, words and writes: ONE setValues under
 * the document lock per action, or a refusal that writes nothing.
 *
 * Request ids live in the log (SPEC §9): every row an action appends carries
 * the action's request id (Request ID) and user (Recorded by). A repeated id
 * (a double click, a call retried after a lost answer) is found in the log
 * rows the call reads anyway, under the lock, and answered as the first call
 * was, writing nothing.
 */

const INVOICE_COLUMNS = ['partner', 'month', 'amount'] as const;
const INVOICE_CELLS = ['partner', 'month', 'amount', 'subscriptions'] as const;
const subscriptionCount = optional(count, 0);
const place = wholeNumber(1);
const LOG_READ = ['month', 'partner', 'result'] as const;
/** Recording writes every column of the log, so all must be there. */
const LOG_WRITE = CONTEST_LOG.columns.map((c) => c.key);

// ---------- reading ----------

/** Reads one cell with a shared reader, turning a value it cannot take into a refusal naming the sheet, row and column. */
function cell<T>(table: Table, template: TableSheet, row: unknown[], i: number, key: string, reader: Reader<T>, ctx: CallContext, lang: Lang): T {
  const value = valueOf(table, row, key);
  try {
    return reader.read(value, ctx);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const header = template.columns.find((c) => c.key === key)!.header;
    const sheet = table.sheet.getName();
    const shown = describeValue(value, lang);
    throw new Refused(
      lang === 'ru'
        ? `Лист «${sheet}», строка ${i + 2}, столбец «${header.ru}»: ${shown} — ${error.text.ru}. Исправьте ячейку; ничего не записано.`
        : `The "${sheet}" sheet, row ${i + 2}, column ${header.en}: ${shown} ${error.text.en}. Correct the cell; nothing was written.`,
    );
  }
}

const blank = (table: Table, row: unknown[], keys: readonly string[]) => keys.every((key) => isEmpty(valueOf(table, row, key)));

/**
 * The invoices, one per non-empty row. Partner and Month are read on every
 * row; Amount and Support subscriptions only for the months `wanted`, so an
 * old typo does not block this month's contest.
 */
function readInvoices(ctx: CallContext, lang: Lang, wanted: (month: Month) => boolean): Invoice[] {
  const table = readTable(INVOICES, lang, INVOICE_COLUMNS);
  const invoices: Invoice[] = [];
  // A month column repeats a few days: look each day's month up once.
  const months = new Map<number, Month>();
  const monthOfDay = (day: number) => {
    let month = months.get(day);
    if (month === undefined) months.set(day, (month = monthOf(day)));
    return month;
  };
  table.rows.forEach((row, i) => {
    if (blank(table, row, INVOICE_CELLS)) return;
    const partner = cell(table, INVOICES, row, i, 'partner', text, ctx, lang);
    const month = monthOfDay(cell(table, INVOICES, row, i, 'month', date, ctx, lang));
    if (!wanted(month)) {
      invoices.push({ partner, month, amount: 0, subscriptions: 0 });
      return;
    }
    const amount = cell(table, INVOICES, row, i, 'amount', money, ctx, lang);
    const subscriptions = cell(table, INVOICES, row, i, 'subscriptions', subscriptionCount, ctx, lang);
    invoices.push({ partner, month, amount, subscriptions });
  });
  return invoices;
}

interface Logged extends LogEntry {
  recordedAt?: number;
  /** Its index in the table's rows (sheet row − 2). */
  index: number;
}

/** The contest log's results (rows whose Result is neither winner nor declined are notes, and skipped). */
function readLog(ctx: CallContext, lang: Lang, required: readonly string[]): { table: Table; log: Logged[] } {
  const table = readTable(CONTEST_LOG, lang, required);
  const log: Logged[] = [];
  table.rows.forEach((row, i) => {
    const word = valueOf(table, row, 'result');
    const result = typeof word === 'string' ? contestResultFrom(word) : undefined;
    if (!result || isEmpty(valueOf(table, row, 'partner'))) return;
    const entry: Logged = {
      index: i,
      month: monthOf(cell(table, CONTEST_LOG, row, i, 'month', date, ctx, lang)),
      partner: cell(table, CONTEST_LOG, row, i, 'partner', text, ctx, lang),
      result,
    };
    // The rest only describes a recorded winner: a cell that cannot be read is left out, not refused.
    const soft = <T>(key: string, reader: Reader<T>): T | undefined => {
      try {
        return reader.read(valueOf(table, row, key), ctx);
      } catch {
        return undefined;
      }
    };
    entry.place = soft('place', place);
    const user = valueOf(table, row, 'user');
    if (typeof user === 'string' && user.trim()) entry.user = user.trim();
    entry.recordedAt = soft('recordedAt', dateTime);
    if (entry.recordedAt !== undefined) entry.recordedOn = ctx.zone.dayOf(entry.recordedAt);
    log.push(entry);
  });
  return { table, log };
}

function monthOrRefuse(value: unknown, lang: Lang): Month {
  const month = monthFromIso(value);
  if (month === undefined) {
    const shown = typeof value === 'string' ? value : String(value);
    throw new Refused(bi(`"${shown}" is not a month (YYYY-MM).`, `«${shown}» — не месяц (ГГГГ-ММ).`)[lang]);
  }
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
      ? { partner: winner.partner, place: winner.place ?? null, user: winner.user ?? '', recordedAt: winner.recordedAt === undefined ? '' : new Date(winner.recordedAt).toISOString() }
      : null,
    note: noteOf(state, lang),
  };
}

// ---------- the dialog's calls ----------

function settings(): { lang: Lang; ctx: CallContext } {
  return { lang: userLang(), ctx: callContext() };
}

/** The months that have invoices, latest first, for the picker. */
export function getContestMonths(): ContestMonths | ContestRefusal {
  const { lang, ctx } = settings();
  const found = refusing((): ContestMonths | Refusal => {
    const months = invoiceMonths(readInvoices(ctx, lang, () => false));
    if (!months.length) {
      const sheet = INVOICES.name;
      return refusal(
        bi(`The "${sheet.en}" sheet has no invoices yet: add rows of Partner, Month, Amount and Support subscriptions.`, `На листе «${sheet.ru}» ещё нет счетов: добавьте строки с партнёром, месяцем, суммой и подписками.`),
        lang,
      );
    }
    return { ok: true, lang, months: months.map((m) => ({ month: isoMonth(m), label: monthLabel(m)[lang] })) };
  });
  return found.ok ? found : { ...found, lang };
}

/** The contest of a reporting month (`YYYY-MM`): the podium, who is left out and why, and what is recorded. */
export function getContest(month: string): ContestView | Refusal {
  const { lang, ctx } = settings();
  return refusing(() => {
    const wanted = monthOrRefuse(month, lang);
    return viewOf(stateOf(ctx, lang, wanted, readLog(ctx, lang, LOG_READ).log), lang);
  });
}

function requestOrRefuse(request: unknown, lang: Lang): { month: Month; partner: string; action: ContestResult; requestId: string } {
  const r = (request ?? {}) as Partial<Record<keyof ContestRequest, unknown>>;
  const requestId = requestIdOf(r.requestId);
  if (!requestId) {
    throw new Refused(bi('The request has no valid id; reopen the dialog and try again.', 'У запроса нет верного идентификатора; откройте диалог заново и повторите.')[lang]);
  }
  const action = r.action as ContestAction;
  if (action !== 'winner' && action !== 'declined') {
    throw new Refused(bi('Unknown action: choose "Record winner" or "Winner declined".', 'Неизвестное действие: выберите «Записать победителя» или «Победитель отказался».')[lang]);
  }
  const partner = typeof r.partner === 'string' ? r.partner.trim() : '';
  if (!partner) throw new Refused(bi('Pick a partner on the podium first.', 'Сначала выберите партнёра на пьедестале.')[lang]);
  return { month: monthOrRefuse(r.month, lang), partner, action, requestId };
}

/** The language of the log sheet itself (its name), so its Result column stays in one language. */
function sheetLang(table: Table, fallback: Lang): Lang {
  const name = table.sheet.getName();
  return name === CONTEST_LOG.name.ru ? 'ru' : name === CONTEST_LOG.name.en ? 'en' : fallback;
}

/**
 * Records the month's winner (`winner`) or that the partner declined the
 * leads (`declined`), which passes them to the next place in the same write.
 * Re-reads the log and the invoices under the document lock, lets the core
 * decide, and appends the rows — each with the request id and the user — in
 * ONE setValues. Refuses, writing nothing, when the month has no contest, a
 * winner is recorded already, the partner is not at the best place still
 * open, the log lacks a column, or the lock is not obtained. A request id
 * already in the log writes nothing and returns the first result.
 */
export function recordContestResult(request: ContestRequest): ContestRecorded | Refusal {
  const { lang, ctx } = settings();
  const checked = refusing(() => requestOrRefuse(request, lang));
  if ('ok' in checked) return checked;
  return withDocumentLock(lang, () =>
    refusing((): ContestRecorded | Refusal => {
      const { table, log } = readLog(ctx, lang, LOG_WRITE);
      const mine = rowsWithRequestId(table, checked.requestId);
      if (mine.length) return recordedBefore(ctx, lang, log, mine, checked.requestId);
      const state = stateOf(ctx, lang, checked.month, log);
      const decision = decideContest(state, checked.partner, checked.action);
      if (!decision.ok) return refusal(decision.reason, lang);
      // The result is built before the write: nothing that could fail runs after it.
      const result = recorded(checked.requestId, checked.month, decision, lang);
      const words = sheetLang(table, lang);
      const user = asText(activeUserEmail());
      const requestId = asText(checked.requestId);
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
          requestId,
        })),
        lang,
      );
      return result;
    }),
  );
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
    const decision = decideContest(stateOf(ctx, lang, first.month, log.filter((entry) => entry.index < mine[0])), first.partner, first.result);
    if (decision.ok) again = decision;
  } catch (error) {
    if (!(error instanceof Refused || error instanceof SheetMissing)) throw error;
  }
  const same = (d: Decision) => d.entries.length === rows.length && d.entries.every((e, k) => e.partner === rows[k].partner && e.result === rows[k].result && e.place === rows[k].place);
  if (again && same(again)) return recorded(requestId, first.month, again, lang);
  const handover = first.result === 'declined' ? (rows.length > 1 ? 'winner' : 'none') : null;
  return { ok: true, requestId, month: isoMonth(first.month), rows, handover, message: ALREADY_RECORDED[lang] };
}

const ALREADY_RECORDED = bi('This was recorded already; nothing new was written.', 'Это уже записано; ничего нового не записано.');

/** The contest dialog's menu item and server functions. */
export const contestEntryPoints = [
  { name: 'showContestDialog', params: [], description: 'Menu: opens the Growth contest dialog.', run: () => showDialog(DIALOGS.contest) },
  serverCall({ name: 'getContestMonths', params: [], description: 'Dialog server call: the months that have invoices, latest first.', run: getContestMonths }),
  serverCall({ name: 'getContest', params: ['month'], description: "Dialog server call: a reporting month's podium, who is left out and what is recorded.", run: getContest }),
  serverCall({
    name: 'recordContestResult',
    params: ['request'],
    description: 'Dialog server call: records the winner, or a decline that passes the leads on, in one write under the document lock.',
    run: recordContestResult,
  }),
] as const satisfies readonly EntryPoint[];
