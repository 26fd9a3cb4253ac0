import { isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type Reader, count, date, dateTime, money, optional, text, wholeNumber } from '../../kernel/functions/readers';
import type { Lang } from '../../kernel/i18n';
import { readCell } from '../../kernel/sheets/cellProblem';
import { type Table, readTable, columnValue } from '../../kernel/sheets/table';
import { type LogEntry, contestResultFrom } from './rules/leads';
import { type Invoice, type Month, monthOf } from './rules/months';
import { CONTEST_LOG, INVOICES } from './template';

/*
 * The growth program's reader of its sheets (SPEC §8, §9.3), for the contest
 * dialog. The Invoices sheet is read in long form (`Partner | Month | Amount |
 * Support subscriptions`, one getValues); any date in the Month column counts
 * for its calendar month in the spreadsheet's zone. The Contest log says who
 * received the leads and what is recorded already. Cells are read with the
 * custom functions' readers; a cell they cannot take refuses the call,
 * naming the sheet, row and column.
 */

const INVOICE_COLUMNS = ['partner', 'month', 'amount'] as const;
const INVOICE_CELLS = ['partner', 'month', 'amount', 'subscriptions'] as const;
const subscriptionCount = optional(count, 0);
const place = wholeNumber(1);
/** What reading the log needs; recording writes every column of it, so then all must be there. */
export const LOG_READ = ['month', 'partner', 'result'] as const;
export const LOG_WRITE = CONTEST_LOG.columns.map((c) => c.key);

const blank = (table: Table, row: unknown[], keys: readonly string[]) => keys.every((key) => isEmpty(columnValue(table, row, key)));

/**
 * The invoices, one per non-empty row. Partner and Month are read on every
 * row; Amount and Support subscriptions only for the months `wanted`, so an
 * old typo does not block this month's contest.
 */
export function readInvoices(ctx: CallContext, lang: Lang, wanted: (month: Month) => boolean): Invoice[] {
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
    const partner = readCell(table, row, i, 'partner', text, ctx, lang);
    const month = monthOfDay(readCell(table, row, i, 'month', date, ctx, lang));
    if (!wanted(month)) {
      invoices.push({ partner, month, amount: 0, subscriptions: 0 });
      return;
    }
    const amount = readCell(table, row, i, 'amount', money, ctx, lang);
    const subscriptions = readCell(table, row, i, 'subscriptions', subscriptionCount, ctx, lang);
    invoices.push({ partner, month, amount, subscriptions });
  });
  return invoices;
}

/** A result of the contest log, with where it stands. */
export interface Logged extends LogEntry {
  recordedAt?: number;
  /** Its index in the table's rows (sheet row − 2). */
  index: number;
}

/** The contest log's results (rows whose Result is neither winner nor declined are notes, and skipped). */
export function readLog(ctx: CallContext, lang: Lang, required: readonly string[]): { table: Table; log: Logged[] } {
  const table = readTable(CONTEST_LOG, lang, required);
  const log: Logged[] = [];
  table.rows.forEach((row, i) => {
    const word = columnValue(table, row, 'result');
    const result = typeof word === 'string' ? contestResultFrom(word) : undefined;
    if (!result || isEmpty(columnValue(table, row, 'partner'))) return;
    const entry: Logged = {
      index: i,
      month: monthOf(readCell(table, row, i, 'month', date, ctx, lang)),
      partner: readCell(table, row, i, 'partner', text, ctx, lang),
      result,
    };
    // The rest only describes a recorded winner: a cell that cannot be read is left out, not refused.
    const soft = <T>(key: string, reader: Reader<T>): T | undefined => {
      try {
        return reader.read(columnValue(table, row, key), ctx);
      } catch {
        return undefined;
      }
    };
    entry.place = soft('place', place);
    const user = columnValue(table, row, 'user');
    if (typeof user === 'string' && user.trim()) entry.user = user.trim();
    entry.recordedAt = soft('recordedAt', dateTime);
    if (entry.recordedAt !== undefined) entry.recordedOn = ctx.zone.dayOf(entry.recordedAt);
    log.push(entry);
  });
  return { table, log };
}
