import { CellError } from '../../kernel/errors';
import { describeValue, isEmpty } from '../../kernel/functions/cells';
import type { Lang } from '../../kernel/i18n';
import { cellRefused } from '../../kernel/sheets/cellProblem';
import { type Table, readTable } from '../../kernel/sheets/table';
import { columnLetter } from '../../kernel/templates/layout';
import type { Day } from '../../kernel/values/dates';
import { DayReader, dayOfCell } from '../../kernel/values/days';
import type { SheetReading } from '../../kernel/values/locale';
import { BonusEngine } from './rules/engine';
import { readActivityLog } from './rules/log';
import type { Accounts, ClientRow } from './rules/redemption';
import { Redemptions } from './rules/rewards';
import { clientKey, clientName } from './rules/rows';
import { BONUS_ACTIVITY, BONUS_CLIENTS, BONUS_REDEMPTIONS } from './template';
import { TEXT } from './texts';

/*
 * The bonus program's reader of its sheets (SPEC §4, §9.1), for the Redeem
 * points dialog: the Clients sheet, the Activity log and the Redemptions
 * ledger, one getValues each. The log and the ledger go through the very
 * readers the custom functions use (readActivityLog, Redemptions), so the
 * dialog counts exactly what BONUS_POINTS and BONUS_BALANCE count.
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
  const value = { en: describeValue(side.value, 'en'), ru: describeValue(side.value, 'ru') };
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

/** The three sheets, read and checked: a cell the rules cannot read refuses the call, naming it. */
export function readBooks(lang: Lang, sheet: SheetReading): Books {
  const ledger = readTable(BONUS_REDEMPTIONS, lang, LEDGER_COLUMNS);
  const ledgerRows = project(ledger, LEDGER_READ);
  const spent = readCells(ledger, LEDGER_READ, lang, () => new Redemptions(ledgerRows, sheet));
  const { clients, reportDate } = readClients(lang, sheet);
  const activity = readTable(BONUS_ACTIVITY, lang, ACTIVITY_COLUMNS);
  const log = readCells(activity, ACTIVITY_COLUMNS, lang, () => readActivityLog(project(activity, ACTIVITY_COLUMNS), sheet));
  return { clients, reportDate, engine: new BonusEngine(log), ledger, ledgerRows, spent };
}
