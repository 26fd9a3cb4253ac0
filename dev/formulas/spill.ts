/**
 * Writing a formula's result into the sheet, as Sheets does: a 2D array
 * spills right and down from the formula cell; a spill that would cover a
 * non-empty cell, or run off the grid, makes the formula cell `#REF!`
 * instead. Errors show an error code in the cell and keep the message; so do
 * error elements of an array (`{1, #N/A}`), which formulas reading those
 * cells then read as errors (elementError).
 */
import { formatArea } from '../memory/a1';
import { type SheetData, cellKey } from '../memory/model';
import type { CellValue } from '../memory/values';
import { isDate } from '../memory/values';
import type { ErrorCode } from './lex';

export interface ElementError {
  /** Offsets from the formula cell. */
  row: number;
  col: number;
  code: ErrorCode;
  message: string;
}

/**
 * What evaluating a formula produced: rows of values (an error element shows
 * its code, and is listed in `errors`), or an error code with its message.
 */
export type Outcome = { values: CellValue[][]; errors?: ElementError[] } | { code: ErrorCode; message: string };

/** Error elements of spilled arrays, per sheet and cell: what the cell shows is only their code. */
const elementErrors = new WeakMap<SheetData, Map<number, { code: ErrorCode; message: string }>>();

/** The error a cell shows as an element of an array result, if it does (and still holds its code). */
export function elementError(sheet: SheetData, row: number, col: number): { code: ErrorCode; message: string } | undefined {
  const key = cellKey(row, col);
  const found = elementErrors.get(sheet)?.get(key);
  if (!found || sheet.value(row, col) !== found.code) return undefined;
  const anchor = sheet.spillOwner.get(key);
  // Still part of the array that put it there (the anchor is the formula cell itself for the first element).
  return anchor !== undefined || sheet.formulas.has(key) ? found : undefined;
}

/** A custom function's result as rows of cell values; a non-finite number or an unknown object is an error. */
export function outcomeOf(result: unknown): Outcome {
  const rows: unknown[][] = Array.isArray(result) ? (result.length === 0 ? [['']] : result.map((r) => (Array.isArray(r) ? r : [r]))) : [[result]];
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values: CellValue[][] = [];
  for (const row of rows) {
    const line: CellValue[] = [];
    for (let j = 0; j < width; j++) {
      const v = j < row.length ? row[j] : '';
      if (v === null || v === undefined) line.push('');
      else if (typeof v === 'number') {
        if (!Number.isFinite(v)) return { code: '#NUM!', message: `The function returned ${String(v)}.` };
        line.push(v);
      } else if (typeof v === 'string' || typeof v === 'boolean') line.push(v);
      else if (isDate(v)) line.push(new Date(v.getTime()));
      else
        return { code: '#VALUE!', message: `The function returned a value that is not a number, text, boolean or date: ${Object.prototype.toString.call(v)}.` };
    }
    values.push(line);
  }
  return { values };
}

/** Puts an outcome in the sheet at a formula cell; returns the outcome actually shown (a blocked spill becomes #REF!). */
export function writeOutcome(sheet: SheetData, row: number, col: number, outcome: Outcome): Outcome {
  const anchor = cellKey(row, col);
  let errors = elementErrors.get(sheet);
  if (!errors) elementErrors.set(sheet, (errors = new Map()));
  const previousSpill = sheet.results.get(anchor)?.spill ?? { numRows: 1, numCols: 1 };
  for (let i = 0; i < previousSpill.numRows; i++) for (let j = 0; j < previousSpill.numCols; j++) errors.delete(cellKey(row + i, col + j));
  if ('code' in outcome) {
    sheet.clearSpill(anchor);
    sheet.putValue(row, col, outcome.code);
    sheet.results.set(anchor, { status: 'error', error: outcome.message });
    return outcome;
  }
  const { values } = outcome;
  const numRows = values.length;
  const numCols = values[0].length;
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
    const more = row + numRows - 1 > sheet.maxRows ? `rows (${row + numRows - 1 - sheet.maxRows})` : `columns (${col + numCols - 1 - sheet.maxCols})`;
    return writeOutcome(sheet, row, col, { code: '#REF!', message: `Result was not automatically expanded, please insert more ${more}.` });
  }
  for (let i = 0; i < numRows; i++) {
    for (let j = 0; j < numCols; j++) {
      if (i === 0 && j === 0) continue;
      const key = cellKey(row + i, col + j);
      const owner = sheet.spillOwner.get(key);
      if (owner === anchor) continue;
      const blocked = owner !== undefined || sheet.formulas.has(key) || sheet.value(row + i, col + j) !== '';
      if (blocked) {
        const at = formatArea({ row: row + i, col: col + j, numRows: 1, numCols: 1 });
        return writeOutcome(sheet, row, col, { code: '#REF!', message: `Array result was not expanded because it would overwrite data in ${at}.` });
      }
    }
  }
  // Cells of the previous spill that the new result no longer covers are emptied.
  const previous = sheet.results.get(anchor)?.spill;
  if (previous) {
    for (let i = 0; i < previous.numRows; i++) {
      for (let j = 0; j < previous.numCols; j++) {
        if (i < numRows && j < numCols) continue;
        const key = cellKey(row + i, col + j);
        if (sheet.spillOwner.get(key) !== anchor) continue;
        sheet.spillOwner.delete(key);
        sheet.putValue(row + i, col + j, '');
      }
    }
  }
  for (let i = 0; i < numRows; i++) {
    for (let j = 0; j < numCols; j++) {
      if (i > 0 || j > 0) sheet.spillOwner.set(cellKey(row + i, col + j), anchor);
      sheet.putValue(row + i, col + j, values[i][j]);
    }
  }
  for (const e of outcome.errors ?? []) errors.set(cellKey(row + e.row, col + e.col), { code: e.code, message: e.message });
  // The formula cell shows its first element: when that is an error, the cell is an error cell (its spill stands).
  const first = outcome.errors?.find((e) => e.row === 0 && e.col === 0);
  const status = first ? { status: 'error' as const, error: first.message } : { status: 'ok' as const };
  sheet.results.set(anchor, numRows * numCols > 1 ? { ...status, spill: { numRows, numCols } } : status);
  return outcome;
}
