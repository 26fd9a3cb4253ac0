/**
 * What a preview grid shows for each cell: its value and displayed text, its
 * formula, whether the formula was evaluated, the error message to show on
 * hover, and for a spilled cell the formula cell it came from.
 */
import { formatArea } from '../memory/a1';
import { displayValue } from '../memory/display';
import { bookOf } from '../memory/host';
import { type Book, type SheetData, cellKey, keyCol, keyRow } from '../memory/model';
import { type CellValue, copyValue } from '../memory/values';

export interface CellInfo {
  value: CellValue;
  /** The text the cell shows (number formats applied simply). */
  display: string;
  /** The cell's formula, '' for a value (and for a cell filled by another cell's spill). */
  formula: string;
  /** For a formula cell: evaluated, failed, or left alone. */
  status?: 'ok' | 'error' | 'unevaluated';
  /** The error or the reason it was not evaluated. */
  error?: string;
  /** For a cell filled by a spill: the A1 of the formula cell. */
  spilledFrom?: string;
}

function sheetOf(book: Book, sheet: string | SheetData): SheetData {
  if (typeof sheet !== 'string') return sheet;
  const found = book.sheetByName(sheet);
  if (!found) throw new Error(`no sheet named ${sheet}`);
  return found;
}

export function cellInfo(target: Book | GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string | SheetData, row: number, col: number): CellInfo {
  const book = bookOf(target);
  const sheet = sheetOf(book, sheetName);
  const key = cellKey(row, col);
  const value = sheet.value(row, col);
  const info: CellInfo = {
    value: copyValue(value),
    display: displayValue(value, sheet.attr<string>('numberFormat', row, col), book.locale, book.timeZone),
    formula: sheet.formulas.get(key) ?? '',
  };
  const result = sheet.results.get(key);
  if (info.formula && result) {
    info.status = result.status;
    if (result.error) info.error = result.error;
  }
  const owner = sheet.spillOwner.get(key);
  if (owner !== undefined) info.spilledFrom = formatArea({ row: keyRow(owner), col: keyCol(owner), numRows: 1, numCols: 1 });
  return info;
}

/** The cells of a sheet from A1 to its last row and column with content (or to the given size). */
export function sheetCells(
  target: Book | GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetName: string | SheetData,
  size?: { rows: number; cols: number },
): CellInfo[][] {
  const book = bookOf(target);
  const sheet = sheetOf(book, sheetName);
  const rows = size?.rows ?? sheet.lastRow();
  const cols = size?.cols ?? sheet.lastColumn();
  const out: CellInfo[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: CellInfo[] = [];
    for (let c = 1; c <= cols; c++) line.push(cellInfo(book, sheet, r, c));
    out.push(line);
  }
  return out;
}
