import type { Lang } from '../../core/i18n';
import { bi } from '../../core/i18n';
import { headerKey } from '../../core/deals/columns';
import { isEmpty } from '../cells';
import type { TableSheet } from '../templates/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A template's table as it stands in the spreadsheet, read in one batch:
 * the sheet (found by its name in either language), every row under the
 * header, and where each template column is (found by its header in either
 * language, so a manager may reorder columns).
 */
export interface Table {
  sheet: Sheet;
  /** Rows under the header, up to the last row that has any data in the template's columns. */
  rows: unknown[][];
  /** 0-based column index per template column key, where present. */
  columns: Record<string, number | undefined>;
  width: number;
}

export class SheetMissing extends Error {}

/** Rows added at once when a full sheet needs room: fewer calls as a ledger grows. */
const GROW_BY = 500;

export function findSheet(template: TableSheet): Sheet | undefined {
  const spreadsheet = SpreadsheetApp.getActive();
  return spreadsheet.getSheetByName(template.name.en) ?? spreadsheet.getSheetByName(template.name.ru) ?? undefined;
}

/** Reads a template table with one getValues; `required` columns must be there. */
export function readTable(template: TableSheet, lang: Lang, required: readonly string[] = []): Table {
  const sheet = findSheet(template);
  if (!sheet) {
    throw new SheetMissing(
      bi(
        `There is no "${template.name.en}" sheet. Insert the template from the add-on menu first.`,
        `Нет листа «${template.name.ru}». Сначала вставьте шаблон из меню дополнения.`,
      )[lang],
    );
  }
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const width = Math.max(sheet.getLastColumn(), 1);
  const values = sheet.getRange(1, 1, lastRow, width).getValues();
  const header = values[0].map((cell) => headerKey(String(cell)));
  const columns: Record<string, number | undefined> = {};
  for (const column of template.columns) {
    const en = header.indexOf(headerKey(column.header.en));
    const ru = header.indexOf(headerKey(column.header.ru));
    columns[column.key] = en >= 0 ? en : ru >= 0 ? ru : undefined;
  }
  const missing = required.filter((key) => columns[key] === undefined);
  if (missing.length) {
    const names = missing.map((key) => template.columns.find((c) => c.key === key)!.header[lang]);
    throw new SheetMissing(
      bi(`The "${template.name.en}" sheet has no column ${names.join(', ')}.`, `На листе «${template.name.ru}» нет столбца ${names.join(', ')}.`)[lang],
    );
  }
  const dataColumns = template.columns.filter((c) => !c.formula).map((c) => columns[c.key]).filter((i): i is number => i !== undefined);
  let rows = values.slice(1);
  // Spilled formula results below the data do not make a row: only the data columns count.
  let last = rows.length;
  while (last > 0 && dataColumns.every((i) => isEmpty(rows[last - 1][i]))) last--;
  rows = rows.slice(0, last);
  return { sheet, rows, columns, width };
}

/** The value of a template column in a row, or '' when the column is absent. */
export function valueOf(table: Table, row: unknown[], key: string): unknown {
  const index = table.columns[key];
  return index === undefined ? '' : row[index];
}

/**
 * Writes new rows right under the table's last data row, in ONE setValues.
 * `records` map template column keys to values; the block written spans the
 * leftmost to the rightmost column named, so put formula columns outside it.
 * Returns the sheet row of the first record.
 */
export function appendRows(table: Table, records: Record<string, unknown>[]): number {
  const firstRow = table.rows.length + 2;
  const keys = Object.keys(table.columns).filter((key) => table.columns[key] !== undefined && records.some((r) => key in r));
  const indexes = keys.map((key) => table.columns[key] as number);
  const left = Math.min(...indexes);
  const right = Math.max(...indexes);
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
 * Text typed by a user, written so Sheets stores it as text: a leading
 * `=`, `+`, `-` or `@` would make it a formula, so it gets a leading `'`.
 */
export function asText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}
