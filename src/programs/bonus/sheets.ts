import { CellError, InputError } from '../../kernel/errors';
import { describeValue, isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { readRulesTable } from '../../kernel/functions/rulesTable';
import { type Lang, perLang } from '../../kernel/i18n';
import { cellRefused } from '../../kernel/sheets/cellProblem';
import { Refused } from '../../kernel/sheets/refusal';
import { type Table, findSheet, readTable } from '../../kernel/sheets/table';
import { columnLetter } from '../../kernel/templates/layout';
import type { Day } from '../../kernel/values/dates';
import { DayReader, dayOfCell } from '../../kernel/values/days';
import type { SheetReading } from '../../kernel/values/locale';
import { BonusEngine } from './rules/engine';
import { readActivityLog } from './rules/log';
import { compileProgram } from './rules/program';
import type { Accounts, ClientRow } from './rules/redemption';
import { Redemptions } from './rules/rewards';
import { clientKey, clientName } from './rules/rows';
import type { BonusProgram } from './rules/seed';
import { BONUS_RULES } from './rules/table';
import type { BonusData } from './rules/whatIf';
import { BONUS_ACTIVITY, BONUS_CLIENTS, BONUS_REDEMPTIONS, BONUS_RULES_SHEET } from './template';
import { TEXT } from './texts';

/*
 * The bonus program's reader of its sheets (SPEC §4, §9.1, §12.3, §13), for
 * the Redeem points dialog and What if…: the rules sheet (when there is one),
 * the Clients sheet, the Activity log and the Redemptions ledger, one
 * getValues each. The rules, the log and the ledger go through the very
 * readers the custom functions use (readRulesTable, readActivityLog,
 * Redemptions), so the dialog counts exactly what the template's BONUS_POINTS
 * and BONUS_BALANCE count, under the same rules.
 *
 * The Clients sheet's own columns count up to its report-date cell (the
 * template's side cell, which its formulas name as an absolute $F$2), so the
 * books also carry that day. The cell comes in the same getValues as the
 * clients: it is in row 2, the first row under the header.
 */

/** The columns each sheet must have, in the order the rules read them. */
const CLIENT_COLUMNS = ['client', 'accessOpened'] as const;
const ACTIVITY_COLUMNS = ['date', 'client', 'code', 'value'] as const;
const LEDGER_READ = ['date', 'client', 'reward', 'points'] as const;
const LEDGER_COLUMNS = ['date', 'client', 'reward', 'points', 'quantity', 'requestId', 'user'] as const;

/** The Clients sheet's report date: a day, nothing (no such cell, or an empty one: the sheet counts up to today then), or why its value is not one. */
export interface ReportDate {
  day?: Day;
  problem?: string;
}

export interface Books extends Accounts {
  reportDate: ReportDate;
  ledger: Table;
  /** The ledger rows as `Date | Client | Reward | Points` (the rules' column order). */
  ledgerRows: unknown[][];
}

/** The rows of a table with the given template columns first, in that order (the rows themselves when already so). */
function project(table: Table, keys: readonly string[]): unknown[][] {
  const indexes = keys.map((key) => table.columns[key] as number);
  if (indexes.every((index, i) => index === i)) return table.rows;
  return table.rows.map((row) => indexes.map((index) => row[index]));
}

/** Runs a rules reader over a table's rows (`keys` its column order), turning a cell it cannot take into a refusal naming it. */
function readCells<T>(table: Table, keys: readonly string[], lang: Lang, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CellError) throw cellRefused(table, error.item ?? 0, keys[error.column], error.cell, error.text, lang);
    throw error;
  }
}

/** The report-date cell, found under its label (a manager may move it). */
function reportDateOf(table: Table, lang: Lang, sheet: SheetReading): ReportDate {
  const side = table.side.reportDate;
  if (side === undefined || isEmpty(side.value)) return {};
  const day = dayOfCell(side.value, sheet);
  if (day === day) return { day };
  const value = perLang((l) => describeValue(side.value, l));
  return { problem: TEXT.reportDateNotADate(table.sheet.getName(), `${columnLetter(side.column)}2`, value)[lang] };
}

function readClients(lang: Lang, sheet: SheetReading): { clients: Map<string, ClientRow>; reportDate: ReportDate } {
  const table = readTable(BONUS_CLIENTS, lang, CLIENT_COLUMNS);
  const nameAt = table.columns.client as number;
  const dateAt = table.columns.accessOpened as number;
  const days = new DayReader(sheet);
  const clients = new Map<string, ClientRow>();
  const rowsOf = new Map<string, number[]>();
  table.rows.forEach((row, i) => {
    const name = clientName(row[nameAt]);
    if (name === '') return;
    const key = clientKey(name);
    const sheetRow = i + 2;
    const seen = rowsOf.get(key);
    if (seen) {
      seen.push(sheetRow);
      const first = clients.get(key)!;
      first.accessOpened = undefined;
      first.problem = TEXT.listedTwice(first.name, seen)[lang];
      return;
    }
    rowsOf.set(key, [sheetRow]);
    const cell = row[dateAt];
    const day = days.read(cell);
    const client: ClientRow = { name, key, accessOpened: day === day ? day : undefined };
    if (day !== day) client.problem = TEXT.noAccessDate(name, sheetRow, isEmpty(cell) ? undefined : describeValue(cell, lang))[lang];
    clients.set(key, client);
  });
  return { clients, reportDate: reportDateOf(table, lang, sheet) };
}

/**
 * The program of the template's rules sheet, read as its formulas read it
 * (`'Rules: bonus'!A1:H`: the table's columns only), or the seed's when the
 * spreadsheet has no rules sheet. A table the reader refuses refuses the
 * call, naming the sheet cell.
 */
export function readRules(lang: Lang, ctx: CallContext): BonusProgram {
  const sheet = findSheet(BONUS_RULES_SHEET);
  if (!sheet) return BONUS_RULES.seed;
  const cells = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), BONUS_RULES.columns.length).getValues();
  try {
    return readRulesTable(BONUS_RULES, cells, ctx);
  } catch (error) {
    if (error instanceof CellError) {
      const at = `${columnLetter(error.column)}${(error.item ?? 0) + 1}`;
      throw new Refused(TEXT.rulesCell(sheet.getName(), at, String(cells[0]?.[error.column] ?? ''), describeValue(error.cell, lang), error.text)[lang]);
    }
    if (error instanceof InputError) throw new Refused(TEXT.rulesTable(sheet.getName(), error.text)[lang]);
    throw error;
  }
}

/** The Activity sheet's rows as `Date | Client | Code | Value`, and the log they make under `program`; a cell it cannot take refuses the call, naming it. */
function readLog(lang: Lang, sheet: SheetReading, program: BonusProgram) {
  const activity = readTable(BONUS_ACTIVITY, lang, ACTIVITY_COLUMNS);
  const rows = project(activity, ACTIVITY_COLUMNS);
  const log = readCells(activity, ACTIVITY_COLUMNS, lang, () => readActivityLog(rows, sheet, compileProgram(program)));
  return { activity, rows, log };
}

/** The four sheets, read and checked: a cell the rules cannot read refuses the call, naming it. */
export function readBooks(lang: Lang, ctx: CallContext): Books {
  const program = compileProgram(readRules(lang, ctx));
  const ledger = readTable(BONUS_REDEMPTIONS, lang, LEDGER_COLUMNS);
  const ledgerRows = project(ledger, LEDGER_READ);
  const spent = readCells(ledger, LEDGER_READ, lang, () => new Redemptions(ledgerRows, ctx));
  const { clients, reportDate } = readClients(lang, ctx);
  const { log } = readLog(lang, ctx, program.rules);
  return { program, clients, reportDate, engine: new BonusEngine(log), ledger, ledgerRows, spent };
}

/**
 * What What if… compares (SPEC §13): the clients with their access dates,
 * the report date of the Clients sheet, and the Activity log's rows as read,
 * for `compare` to read under each program (the log's codes are the
 * program's). The log is checked under the rules sheet's program here, so a
 * cell the current rules cannot read refuses at once, naming it.
 */
export function readWhatIfData(lang: Lang, ctx: CallContext): BonusData {
  const { clients, reportDate } = readClients(lang, ctx);
  const { activity, rows } = readLog(lang, ctx, readRules(lang, ctx));
  const headers = ACTIVITY_COLUMNS.map((key) => String(activity.header[activity.columns[key] as number]).trim());
  return {
    clients: [...clients.values()].flatMap((client) => (client.accessOpened === undefined ? [] : [{ name: client.name, accessOpened: client.accessOpened }])),
    reportDate: reportDate.day,
    activity: { sheet: activity.sheet.getName(), headers, rows },
    reading: ctx,
  };
}
