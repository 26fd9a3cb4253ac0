import { everyForm, type Lang, langOfForm, listOf, perLang, quote, type Text, t } from '../i18n';
import { headerKey } from '../values/text';
import { isEmpty } from '../functions/cells';
import { userLang } from './language';
import type { TableSheet } from '../templates/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A template's table as it stands in the spreadsheet, read in one batch:
 * the sheet (found by its name in any language), every row under the
 * header, and where each template column is (found by its header in either
 * language, so a manager may reorder columns).
 */
export interface Table {
  template: TableSheet;
  sheet: Sheet;
  /** The header row as the sheet spells it. */
  header: unknown[];
  /** Rows under the header, up to the last row that has any data in the template's columns. */
  rows: unknown[][];
  /** The template's side cells (a report date…) found by their label in row 1, with the value below it. */
  side: Record<string, { value: unknown; column: number } | undefined>;
  /** 0-based column index per template column key, where present. */
  columns: Record<string, number | undefined>;
  width: number;
}

/** A sheet or column a call needs is missing or misplaced: the call refuses with this message, writing nothing. */
export class SheetMissing extends Error {}

/** Rows added at once when a full sheet needs room: fewer calls as a ledger grows. */
const GROW_BY = 500;

/** A template's sheet, found by its name in any language. */
export function findSheet(template: { readonly name: Text }): Sheet | undefined {
  const spreadsheet = SpreadsheetApp.getActive();
  for (const name of everyForm(template.name)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return undefined;
}

/** Reads a template table with one getValues; `required` columns must be there. */
export function readTable(template: TableSheet, lang: Lang, required: readonly string[] = []): Table {
  const sheet = findSheet(template);
  if (!sheet) {
    throw new SheetMissing(t`There is no "${template.name}" sheet. Insert the template from the add-on menu first.`[lang]);
  }
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const width = Math.max(sheet.getLastColumn(), 1);
  const values = sheet.getRange(1, 1, lastRow, width).getValues();
  const header = values[0].map((cell) => headerKey(String(cell)));
  const columns: Record<string, number | undefined> = {};
  const find = (name: Text) =>
    everyForm(name)
      .map((form) => header.indexOf(headerKey(form)))
      .find((i) => i >= 0);
  for (const column of template.columns) columns[column.key] = find(column.header);
  const side: Table['side'] = {};
  for (const cell of template.side ?? []) {
    const at = find(cell.label);
    if (at !== undefined) side[cell.key] = { value: values[1]?.[at] ?? '', column: at };
  }
  const table: Table = { template, sheet, header: values[0], rows: [], side, columns, width };
  const missing = required.filter((key) => columns[key] === undefined);
  if (missing.length) throw new SheetMissing(missingColumns(table, missing, lang));
  const dataColumns = template.columns
    .filter((c) => !c.formula)
    .map((c) => columns[c.key])
    .filter((i): i is number => i !== undefined);
  let rows = values.slice(1);
  // Spilled formula results below the data do not make a row: only the data columns count.
  let last = rows.length;
  while (last > 0 && dataColumns.every((i) => isEmpty(rows[last - 1][i]))) last--;
  rows = rows.slice(0, last);
  table.rows = rows;
  return table;
}

/** `"A"`, `"A" and "B"`, `"A", "B" and "C"` (quoted as the language quotes). */
function listed(names: string[], lang: Lang): string {
  return listOf(names.map((name) => quote(name)[lang]))[lang];
}

/**
 * Says which columns a sheet lacks, their exact headers in the user's
 * language, and where to insert them: right after the template column that
 * precedes the first of them (named as the sheet spells it). A sheet made by
 * an older template lacks the newer columns (Request ID, User); inserted
 * there, they stay left of the formula columns, as appendRows needs.
 */
function missingColumns(table: Table, missing: readonly string[], lang: Lang): string {
  const { template } = table;
  const headers = missing.map((key) => template.columns.find((c) => c.key === key)!.header[lang]);
  const first = template.columns.findIndex((c) => c.key === missing[0]);
  const before = template.columns
    .slice(0, first)
    .reverse()
    .find((c) => table.columns[c.key] !== undefined);
  const after = before ? String(table.header[table.columns[before.key] as number]) : undefined;
  const name = table.sheet.getName();
  const list = listed(headers, lang);
  const where = after ? t` right after the "${after}" column` : t` in the first row`;
  return (
    missing.length === 1
      ? t`The "${name}" sheet has no ${list} column. Insert a column headed ${list}${where} (a newly inserted template has it), then try again. Nothing was written.`
      : t`The "${name}" sheet has no ${list} columns. Insert columns headed ${list}${where} (a newly inserted template has them), then try again. Nothing was written.`
  )[lang];
}

/**
 * The language a template's sheet was inserted in, told by the sheet's name
 * (`Contest log` or `Журнал конкурса`): words a call writes into the sheet
 * (a Result, a Status) are in that language, so that one column stays in one
 * language whoever writes. A renamed sheet says nothing: `fallback`.
 */
export function tableLang(table: Table, fallback: Lang): Lang {
  return langOfForm(table.template.name, table.sheet.getName(), fallback) ?? fallback;
}

/** The value of a template column in a row, or '' when the column is absent. */
export function columnValue(table: Table, row: unknown[], key: string): unknown {
  const index = table.columns[key];
  return index === undefined ? '' : row[index];
}

/**
 * The template's formula columns that lie between `left` and `right`
 * (0-based, inclusive): writing a block across one would overwrite its
 * formula (or break its spill), so the write is refused first, naming the
 * columns to move to its left.
 */
function refuseFormulaColumnsInside(table: Table, keys: readonly string[], left: number, right: number, given: Lang | undefined): void {
  for (const column of table.template.columns) {
    const at = table.columns[column.key];
    if (!column.formula || at === undefined || at < left || at > right) continue;
    const formula = String(table.header[at]);
    const move = keys.filter((key) => (table.columns[key] as number) > at).map((key) => String(table.header[table.columns[key] as number]));
    const name = table.sheet.getName();
    const lang = given ?? userLang();
    throw new SheetMissing(
      t`On the "${name}" sheet the formula column "${formula}" stands between the columns a new row is written to, so writing it would overwrite the formula. Move ${perLang((lang) => listed(move, lang))} to the left of "${formula}", then try again. Nothing was written.`[
        lang
      ],
    );
  }
}

/**
 * Writes new rows right under the table's last data row, in ONE setValues.
 * `records` map template column keys to values; the block written spans the
 * leftmost to the rightmost column named, and is refused (nothing written)
 * when a template formula column lies inside it. Returns the sheet row of the
 * first record (`lang`: of that refusal; default the user's). Nothing runs after the setValues: a caller builds its result
 * before calling this, so a call that wrote cannot fail afterwards.
 */
export function appendRows(table: Table, records: Record<string, unknown>[], lang?: Lang): number {
  const firstRow = table.rows.length + 2;
  const keys = Object.keys(table.columns).filter((key) => table.columns[key] !== undefined && records.some((r) => key in r));
  const indexes = keys.map((key) => table.columns[key] as number);
  const left = Math.min(...indexes);
  const right = Math.max(...indexes);
  refuseFormulaColumnsInside(table, keys, left, right, lang);
  const grid = records.map((record) => {
    const row: unknown[] = new Array(right - left + 1).fill('');
    keys.forEach((key, k) => {
      if (key in record) row[indexes[k] - left] = record[key];
    });
    return row;
  });
  // setValues cannot write past the sheet's last row: grow a full sheet first.
  const missing = firstRow + grid.length - 1 - table.sheet.getMaxRows();
  if (missing > 0) table.sheet.insertRowsAfter(table.sheet.getMaxRows(), Math.max(missing, GROW_BY));
  table.sheet.getRange(firstRow, left + 1, grid.length, right - left + 1).setValues(grid);
  return firstRow;
}

/**
 * A cell value read by getValues, to be written back unchanged: text keeps a
 * leading `'` (see asText), dates, numbers and booleans are written as they are.
 */
function unchanged(value: unknown): unknown {
  return typeof value === 'string' ? asText(value) : value;
}

/**
 * Writes some cells of one existing row (`row` as read, `sheetRow` its sheet
 * row). The cells go in ONE setValues spanning the leftmost to the rightmost
 * column named; a template data column between them is written back with
 * the value read a moment ago under the same lock (so, in the template's
 * order, Extensions | Last update | Outcome | Request ID | User is one
 * block even when Outcome does not change). Where a formula column or a
 * column the template does not know lies between them (a manager moved
 * columns), each run of side-by-side cells gets its own setValues rather
 * than having such a cell rewritten.
 */
export function writeCells(table: Table, row: unknown[], sheetRow: number, values: Record<string, unknown>): void {
  const cells = new Map<number, unknown>();
  for (const [key, value] of Object.entries(values)) cells.set(table.columns[key] as number, value);
  const indexes = [...cells.keys()].sort((a, b) => a - b);
  const known = new Map<number, boolean>();
  for (const column of table.template.columns) {
    const at = table.columns[column.key];
    if (at !== undefined) known.set(at, !column.formula);
  }
  const left = indexes[0];
  const right = indexes[indexes.length - 1];
  let fillable = true;
  for (let i = left; i <= right; i++) if (!cells.has(i) && known.get(i) !== true) fillable = false;
  if (fillable) {
    const block: unknown[] = [];
    for (let i = left; i <= right; i++) block.push(cells.has(i) ? cells.get(i) : unchanged(row[i]));
    table.sheet.getRange(sheetRow, left + 1, 1, block.length).setValues([block]);
    return;
  }
  let start = 0;
  for (let k = 1; k <= indexes.length; k++) {
    if (k < indexes.length && indexes[k] === indexes[k - 1] + 1) continue;
    const run = indexes.slice(start, k);
    table.sheet.getRange(sheetRow, run[0] + 1, 1, run.length).setValues([run.map((i) => cells.get(i))]);
    start = k;
  }
}

/**
 * Text a user typed (a name, a tax ID, a product list, an e-mail, a request
 * id…), written so that Sheets stores exactly that text. Range.setValues
 * reads a string as if it were typed into the cell: `2024`, `007` and `1.2`
 * would become numbers, `3/4` a date, `=1+1` and `+7 (495) 000-00-00`
 * formulas. A leading `'` makes Sheets take the rest as text and store it
 * without the quote, whatever the cell's number format; so EVERY such string
 * gets one, not only those that look dangerous today (which strings Sheets
 * converts depends on the locale and is not ours to guess). This is the one
 * rule for every dialog write; the templates therefore do not format these
 * columns as plain text (`@`), where a `'` would be kept as a character.
 * An empty string stays empty (a lone `'` would make a non-empty cell).
 */
export function asText(value: string): string {
  return value === '' ? '' : `'${value}`;
}
