/**
 * A small in-memory workbook for formula tests: sheets filled from rows
 * (strings starting with `=` become formulas, as with setValues), recomputed
 * with the fixture bundle's custom functions (or dist/Code.js), and the value
 * a formula cell shows, its spilled block included.
 */
import { join } from 'node:path';
import { cellInfo, recalculate } from '../../dev/formulas';
import type { RecalcReport } from '../../dev/formulas';
import { bookOf, createSpreadsheet, loadAddon } from '../../dev/memory';
import { cellKey } from '../../dev/memory/model';

export const FIXTURE = join(__dirname, 'fixtures/Code.js');
export const DIST = 'dist/Code.js';

export interface Shown {
  /** One value, or the rows of a spilled result. */
  value: unknown;
  status?: 'ok' | 'error' | 'unevaluated';
  error?: string;
}

export interface TestBook {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  recalc(): RecalcReport;
  /** What `Sheet!A1` (or `A1` on the first sheet) shows after the last recalculation. */
  shown(at: string): Shown;
  /** Writes a formula or values (`=…` strings become formulas) from a cell. */
  put(at: string, rows: unknown[][]): void;
}

export function testBook(sheets: Record<string, unknown[][]>, options: { locale?: string; timeZone?: string; codePath?: string } = {}): TestBook {
  const names = Object.keys(sheets);
  const ss = createSpreadsheet({ locale: options.locale ?? 'en_US', timeZone: options.timeZone ?? 'UTC', sheets: names });
  const addon = loadAddon({ spreadsheet: ss, codePath: options.codePath ?? FIXTURE });
  const range = (at: string, rows = 1, cols = 1) => {
    const [sheetName, a1] = at.includes('!') ? at.split('!') : [names[0], at];
    const first = ss.getSheetByName(sheetName)!.getRange(a1);
    return { sheetName, range: first.getSheet().getRange(first.getRow(), first.getColumn(), rows, cols) };
  };
  const put = (at: string, rows: unknown[][]) => {
    if (rows.length === 0 || rows.every((r) => r.length === 0)) return;
    const width = Math.max(...rows.map((r) => r.length));
    range(at, rows.length, width).range.setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  };
  for (const name of names) put(`${name}!A1`, sheets[name]);
  return {
    ss,
    put,
    recalc: () => recalculate(ss, addon),
    shown(at) {
      const { sheetName, range: cell } = range(at);
      const info = cellInfo(ss, sheetName, cell.getRow(), cell.getColumn());
      const spill = bookOf(ss).sheetByName(sheetName)!.results.get(cellKey(cell.getRow(), cell.getColumn()))?.spill;
      const value = spill ? cell.getSheet().getRange(cell.getRow(), cell.getColumn(), spill.numRows, spill.numCols).getValues() : info.value;
      const out: Shown = { value };
      if (info.status) out.status = info.status;
      if (info.error) out.error = info.error;
      return out;
    },
  };
}

/**
 * Evaluates one formula in cell J1 of a sheet holding `rows` from A1 (other
 * sheets as given), and returns what J1 shows.
 */
export function evaluateIn(
  rows: unknown[][],
  formula: string,
  options: { sheets?: Record<string, unknown[][]>; timeZone?: string; locale?: string; at?: string } = {},
): Shown {
  const book = testBook({ S: rows, ...options.sheets }, options);
  const at = options.at ?? 'J1';
  book.put(`S!${at}`, [[formula]]);
  book.recalc();
  return book.shown(`S!${at}`);
}

/** The value a formula over `rows` shows (its error code for an error). */
export function shownValue(rows: unknown[][], formula: string, options?: Parameters<typeof evaluateIn>[2]): unknown {
  return evaluateIn(rows, formula, options).value;
}
