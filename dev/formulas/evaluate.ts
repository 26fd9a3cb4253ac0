/**
 * Recalculates the formula cells of an in-memory spreadsheet with the add-on's
 * own custom functions (dist/Code.js, through the loader), and stores the
 * results in the sheet so that Range.getValues returns them, as in Sheets.
 *
 * - Arguments: a single cell passes its value, a range of several cells a 2D
 *   array ('' for empty cells), an open-ended range (`D2:D`) rows from its
 *   start to the sheet's last row with content (Sheets passes every row of
 *   the grid; the extra rows would all be empty).
 * - Order: a formula runs after every formula whose cell or spilled result
 *   lies in a range it reads (a topological order over the current spill
 *   extents); passes repeat until no result changes (spills that grow can
 *   change the order), at most `maxPasses`.
 * - A formula that reads a cell holding an error shows that error; one that
 *   reads its own cell is a circular reference (#REF!).
 * - Custom functions are called again only when their arguments (or the
 *   spreadsheet's locale and time zone) changed, as Sheets caches them.
 * - Formulas that are not a call of a known custom function are left alone
 *   and reported as not evaluated (value '').
 */
import { type Area, areaRect, formatArea, quoteSheetName } from '../memory/a1';
import type { Addon } from '../memory/addon';
import { bookOf } from '../memory/host';
import { type Book, type SheetData, cellKey, keyCol, keyRow } from '../memory/model';
import { type CellValue, copyValue, isDate } from '../memory/values';
import { type Call, type Parsed, parseFormula } from './parse';
import { type Outcome, outcomeOf, writeOutcome } from './spill';

interface FormulaCell {
  sheet: SheetData;
  row: number;
  col: number;
  text: string;
  parsed: Parsed;
}

interface Resolved {
  sheet: SheetData;
  rect: { row: number; col: number; numRows: number; numCols: number };
}

interface Memo {
  text: string;
  setting: string;
  /** The arguments it was called with; null when reading them failed (no call was made). */
  args: unknown[] | null;
  /** What the function returned (or threw) for these arguments. */
  outcome: Outcome;
  /** What the cell showed (a blocked spill shows #REF! instead). */
  shown: Outcome;
}

export interface RecalcReport {
  /** Passes over the formulas until nothing changed. */
  passes: number;
  /** Custom-function calls made. */
  calls: number;
  /** Formula cells showing an error. */
  errors: number;
  /** Formula cells left alone (not a call of a known custom function). */
  unevaluated: number;
  /** false when results still changed after `maxPasses`. */
  converged: boolean;
}

export interface RecalcOptions {
  maxPasses?: number;
}

const memos = new WeakMap<Book, Map<string, Memo>>();

const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

function memoKey(cell: FormulaCell): string {
  return `${cell.sheet.id}:${cell.row}:${cell.col}`;
}

function allFormulas(book: Book): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of book.sheets) {
    const keys = [...sheet.formulas.keys()].sort((a, b) => keyRow(a) - keyRow(b) || keyCol(a) - keyCol(b));
    for (const key of keys) {
      const text = sheet.formulas.get(key)!;
      out.push({ sheet, row: keyRow(key), col: keyCol(key), text, parsed: parseFormula(text) });
    }
  }
  return out;
}

function resolve(book: Book, from: SheetData, ref: { sheet?: string; area: Area }): Resolved | string {
  const sheet = ref.sheet === undefined ? from : book.sheetByName(ref.sheet);
  if (!sheet) return `Unresolved sheet name '${ref.sheet}'.`;
  const rect = areaRect(ref.area, sheet.lastRow(), sheet.lastColumn());
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    return `Range ${ref.sheet ? `${quoteSheetName(ref.sheet)}!` : ''}${formatArea(rect)} is outside the sheet.`;
  }
  return { sheet, rect };
}

function inputsOf(book: Book, cell: FormulaCell): Resolved[] {
  if (cell.parsed.kind !== 'call') return [];
  const out: Resolved[] = [];
  for (const arg of cell.parsed.call.args) {
    if (arg.kind !== 'ref') continue;
    const r = resolve(book, cell.sheet, arg);
    if (typeof r !== 'string') out.push(r);
  }
  return out;
}

function outputRect(cell: FormulaCell): Resolved['rect'] {
  const spill = cell.sheet.results.get(cellKey(cell.row, cell.col))?.spill;
  return { row: cell.row, col: cell.col, numRows: spill?.numRows ?? 1, numCols: spill?.numCols ?? 1 };
}

function overlaps(a: Resolved['rect'], b: Resolved['rect']): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

/** Formulas in an order where each comes after those it reads; formulas on a cycle keep their sheet order at the end. */
function dependencyOrder(book: Book, cells: FormulaCell[]): FormulaCell[] {
  const inputs = cells.map((c) => inputsOf(book, c));
  const outputs = cells.map(outputRect);
  const after: number[][] = cells.map(() => []);
  const waiting = cells.map(() => 0);
  cells.forEach((_reader, i) => {
    cells.forEach((writer, j) => {
      if (i === j || !inputs[i].some((inp) => inp.sheet === writer.sheet && overlaps(inp.rect, outputs[j]))) return;
      after[j].push(i);
      waiting[i] += 1;
    });
  });
  const ready = cells.map((_, i) => i).filter((i) => waiting[i] === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    const i = ready.shift()!;
    order.push(i);
    for (const k of after[i]) if (--waiting[k] === 0) ready.push(k);
  }
  const placed = new Set(order);
  cells.forEach((_, i) => {
    if (!placed.has(i)) order.push(i);
  });
  return order.map((i) => cells[i]);
}

/** The argument values Sheets would pass: scalars for single cells and literals, 2D arrays for ranges. */
function argumentValues(book: Book, cell: FormulaCell, call: Call): unknown[] | Outcome {
  const values: unknown[] = [];
  for (const arg of call.args) {
    if (arg.kind === 'empty') values.push('');
    else if (arg.kind !== 'ref') values.push(arg.value);
    else {
      const r = resolve(book, cell.sheet, arg);
      if (typeof r === 'string') return { code: '#REF!', message: r };
      const { sheet, rect } = r;
      // Reading its own cell, or what it spilled last time, is a circular reference.
      if (sheet === cell.sheet && overlaps(rect, outputRect(cell))) {
        return { code: '#REF!', message: CIRCULAR };
      }
      const grid: CellValue[][] = [];
      for (let i = 0; i < rect.numRows; i++) {
        const line: CellValue[] = [];
        for (let j = 0; j < rect.numCols; j++) {
          const row = rect.row + i;
          const col = rect.col + j;
          const result = sheet.results.get(cellKey(row, col));
          if (result?.status === 'error') {
            return { code: sheet.value(row, col) as '#ERROR!', message: `Error in referenced cell ${formatArea({ row, col, numRows: 1, numCols: 1 })}: ${result.error ?? ''}` };
          }
          line.push(copyValue(sheet.value(row, col)));
        }
        grid.push(line);
      }
      values.push(rect.numRows === 1 && rect.numCols === 1 ? grid[0][0] : grid);
    }
  }
  return values;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return a === b;
}

function sameOutcome(a: Outcome | undefined, b: Outcome): boolean {
  if (!a) return false;
  if ('code' in a || 'code' in b) return 'code' in a && 'code' in b && a.code === b.code && a.message === b.message;
  return sameValue(a.values, b.values);
}

/** Evaluates every formula of the spreadsheet with the add-on's custom functions and stores the results. */
export function recalculate(target: Book | GoogleAppsScript.Spreadsheet.Spreadsheet, addon: Addon, options: RecalcOptions = {}): RecalcReport {
  const book = bookOf(target);
  const maxPasses = options.maxPasses ?? 10;
  let memo = memos.get(book);
  if (!memo) memos.set(book, (memo = new Map()));
  const setting = `${book.locale}|${book.timeZone}`;
  const known = new Set(addon.customFunctions);
  const report: RecalcReport = { passes: 0, calls: 0, errors: 0, unevaluated: 0, converged: false };
  const session = addon.customFunctionSession();
  const wasCalculating = book.calculating;
  book.calculating = true;
  try {
    const cells = allFormulas(book);
    const live = new Set(cells.map(memoKey));
    for (const key of [...memo.keys()]) if (!live.has(key)) memo.delete(key);
    for (const cell of cells) {
      if (cell.parsed.kind === 'call' && known.has(cell.parsed.call.name)) continue;
      const anchor = cellKey(cell.row, cell.col);
      if (cell.parsed.kind === 'syntax') {
        writeOutcome(cell.sheet, cell.row, cell.col, { code: '#ERROR!', message: cell.parsed.error });
      } else {
        cell.sheet.clearSpill(anchor);
        cell.sheet.putValue(cell.row, cell.col, '');
        const reason = cell.parsed.kind === 'call' ? `${cell.parsed.call.name} is not a custom function of the add-on` : cell.parsed.reason;
        cell.sheet.results.set(anchor, { status: 'unevaluated', error: `Not evaluated by the in-memory runtime: ${reason}` });
      }
    }
    const evaluable = cells.filter((c) => c.parsed.kind === 'call' && known.has(c.parsed.call.name));
    // Once circular, a formula stays so for this recalculation (its spill, cleared by the error, would otherwise flip it back).
    const circular = new Set<string>();
    while (report.passes < maxPasses) {
      report.passes += 1;
      let changed = false;
      for (const cell of dependencyOrder(book, evaluable)) {
        const call = (cell.parsed as { call: Call }).call;
        const key = memoKey(cell);
        const args: unknown[] | Outcome = circular.has(key) ? { code: '#REF!', message: CIRCULAR } : argumentValues(book, cell, call);
        if (!Array.isArray(args) && 'code' in args && args.message === CIRCULAR) circular.add(key);
        const previous = memo.get(key);
        let outcome: Outcome;
        if (!Array.isArray(args)) outcome = args as Outcome;
        else if (previous && previous.args && previous.text === cell.text && previous.setting === setting && sameValue(previous.args, args)) {
          outcome = previous.outcome;
        }
        else {
          report.calls += 1;
          // The formula's cell is the active range while its function runs, as in Sheets.
          const result = session.call(call.name, args, { sheet: cell.sheet, row: cell.row, col: cell.col });
          outcome = 'error' in result ? { code: '#ERROR!', message: result.error } : outcomeOf(result.value);
        }
        const shown = writeOutcome(cell.sheet, cell.row, cell.col, outcome);
        if (!previous || !sameOutcome(previous.shown, shown) || previous.text !== cell.text) changed = true;
        memo.set(key, { text: cell.text, setting, args: Array.isArray(args) ? args : null, outcome, shown });
      }
      if (!changed) {
        report.converged = true;
        break;
      }
    }
    for (const cell of cells) {
      const status = cell.sheet.results.get(cellKey(cell.row, cell.col))?.status;
      if (status === 'error') report.errors += 1;
      if (status === 'unevaluated') report.unevaluated += 1;
    }
  } finally {
    session.end();
    book.calculating = wasCalculating;
    book.calculatedVersion = book.version;
  }
  return report;
}

/**
 * Recalculates whenever a read needs fresh values (Range.getValues, getLastRow,
 * SpreadsheetApp.flush…) after a change, like Sheets. Returns a function that
 * stops it.
 */
export function autoRecalculate(addon: Addon, options: RecalcOptions = {}): () => void {
  const { book } = addon;
  book.calculator = () => {
    recalculate(book, addon, options);
  };
  book.calculatedVersion = -1;
  return () => {
    if (book.calculator) book.calculator = undefined;
  };
}
