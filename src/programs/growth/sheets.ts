import { CellError, InputError } from '../../kernel/errors';
import { describeValue, isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type Reader, count, date, dateTime, money, number, optional, text, wholeNumber } from '../../kernel/functions/readers';
import { readRulesTable } from '../../kernel/functions/rulesTable';
import { type Lang, perLang, same, t } from '../../kernel/i18n';
import { readCell } from '../../kernel/sheets/cellProblem';
import { Refused } from '../../kernel/sheets/refusal';
import { type Table, columnValue, findSheet, readTable } from '../../kernel/sheets/table';
import { columnLetter } from '../../kernel/templates/layout';
import { type LogEntry, contestResultFrom } from './rules/log';
import { type Invoice, type Month, monthOf } from './rules/months';
import type { LeadRules } from './rules/seed';
import { LEAD_TABLE } from './rules/table';
import { CONTEST_LOG, INVOICES, LEADS, RULES } from './template';

/*
 * The growth program's reader of its sheets (SPEC §8, §9.3), for the contest
 * dialog. The Invoices sheet is read in long form (`Partner | Month | Amount |
 * Support subscriptions`, one getValues); any date in the Month column counts
 * for its calendar month in the spreadsheet's zone. The Contest log says who
 * received the leads and what is recorded already; the Leads sheet and the
 * lead-handling rules sheet give a breach's late and overdue leads. Cells are
 * read with the custom functions' readers; a cell they cannot take refuses
 * the call, naming the sheet, row and column.
 */

const INVOICE_COLUMNS = ['partner', 'month', 'amount'] as const;
const INVOICE_CELLS = ['partner', 'month', 'amount', 'subscriptions'] as const;
const subscriptionCount = optional(count, 0);
const place = wholeNumber(1);
const sheetRow = wholeNumber(2);
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

/** A row of the contest log, with when it was written. */
export interface Logged extends LogEntry {
  recordedAt?: number;
  /** Its index in the table's rows (sheet row − 2). */
  index: number;
}

/**
 * The contest log's rows (a row whose Result is none of the words of a
 * record is a note, and skipped). Reporting month, Partner and Result are
 * read strictly, and a cancellation's Cancels row too (what it cancels must
 * be known); the rest only describes a row, and a cell that cannot be read
 * there is left out rather than refused.
 */
export function readLog(ctx: CallContext, lang: Lang, required: readonly string[]): { table: Table; log: Logged[] } {
  const table = readTable(CONTEST_LOG, lang, required);
  const log: Logged[] = [];
  table.rows.forEach((row, i) => {
    const word = columnValue(table, row, 'result');
    const result = typeof word === 'string' ? contestResultFrom(word) : undefined;
    if (!result || isEmpty(columnValue(table, row, 'partner'))) return;
    const entry: Logged = {
      index: i,
      row: i + 2,
      month: monthOf(readCell(table, row, i, 'month', date, ctx, lang)),
      partner: readCell(table, row, i, 'partner', text, ctx, lang),
      result,
    };
    if (result === 'cancelled') entry.cancels = readCell(table, row, i, 'cancels', sheetRow, ctx, lang);
    const soft = <T>(key: string, reader: Reader<T>): T | undefined => {
      const value = columnValue(table, row, key);
      if (isEmpty(value)) return undefined;
      try {
        return reader.read(value, ctx);
      } catch {
        return undefined;
      }
    };
    entry.place = soft('place', place);
    entry.growth = soft('growth', number);
    entry.subscriptions = soft('subscriptions', count);
    entry.leadsTo = soft('leadsTo', text) ?? '';
    entry.from = soft('from', date);
    const user = columnValue(table, row, 'user');
    if (typeof user === 'string' && user.trim()) entry.user = user.trim();
    entry.recordedAt = soft('recordedAt', dateTime);
    if (entry.recordedAt !== undefined) entry.recordedOn = ctx.zone.dayOf(entry.recordedAt);
    log.push(entry);
  });
  return { table, log };
}

/** One lead of the Leads sheet: its name, when it came in, and when each step was done. */
export interface Lead {
  lead: string;
  received: number;
  steps: (number | undefined)[];
  /** Its index in the table's rows (sheet row − 2). */
  index: number;
}

const STEP_KEYS = ['first', 'followUp1', 'followUp2'] as const;
const stepTime = optional(dateTime, undefined);

/**
 * The leads of one partner received from `since` (an instant) until `until`,
 * with the Leads sheet's report moment (its Report date cell, when it holds a
 * date; otherwise `now`). Other partners' rows are not read beyond their
 * Partner cell.
 */
export function readLeads(
  ctx: CallContext,
  lang: Lang,
  partner: (name: string) => boolean,
  since: number,
  until: number,
): { leads: Lead[]; asOf: number; table: Table } {
  const table = readTable(LEADS, lang, ['partner', 'received', 'first']);
  const leads: Lead[] = [];
  table.rows.forEach((row, i) => {
    const name = columnValue(table, row, 'partner');
    if (isEmpty(name) || !partner(String(name)) || isEmpty(columnValue(table, row, 'received'))) return;
    const received = readCell(table, row, i, 'received', dateTime, ctx, lang);
    if (received < since || received >= until) return;
    const lead = columnValue(table, row, 'lead');
    const steps = STEP_KEYS.map((key) => readCell(table, row, i, key, stepTime, ctx, lang));
    leads.push({ lead: isEmpty(lead) ? `#${i + 2}` : String(lead).trim(), received, steps, index: i });
  });
  const reportCell = table.side.reportDate?.value;
  let asOf = ctx.now;
  if (!isEmpty(reportCell)) {
    try {
      asOf = dateTime.read(reportCell, ctx);
    } catch {
      // An unreadable report date: the dialog judges the leads as of now, and says so.
    }
  }
  return { leads, asOf, table };
}

/**
 * The lead-handling rules of the template's rules sheet (SPEC §12.5), read
 * as the formulas read it; the seed's when the spreadsheet has no such sheet.
 * A table the reader refuses refuses the call, naming the cell.
 */
export function readLeadRules(ctx: CallContext, lang: Lang): LeadRules {
  const sheet = findSheet(RULES);
  if (!sheet) return LEAD_TABLE.seed;
  const cells = sheet.getDataRange().getValues();
  try {
    return readRulesTable(LEAD_TABLE, cells, ctx);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const name = sheet.getName();
    const where =
      error instanceof CellError
        ? t`cell ${columnLetter(error.column)}${(error.item ?? 0) + 1} (${error.header ?? same('')}): ${perLang((lang) => describeValue(error.cell, lang))}`
        : t`the table`;
    throw new Refused(t`The "${name}" sheet, ${where} ${error.text}. Correct it; nothing was written.`[lang]);
  }
}
