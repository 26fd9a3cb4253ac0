/**
 * Recalculates the formula cells of an in-memory spreadsheet as Sheets does —
 * built-in functions (builtins/) around the add-on's own custom functions
 * (dist/Code.js, through the loader) — and stores the results in the sheet so
 * that Range.getValues returns them.
 *
 * - Order: a formula runs after every formula whose cell or spilled result
 *   lies in a range it references anywhere in its text (a topological order
 *   over the current spill extents); passes repeat until no result changes
 *   (spills that grow can change the order), at most `maxPasses`.
 * - Open-ended ranges (`D2:D`) run to the sheet's last row with content
 *   (interpret.ts), so a whole workbook recomputes without walking empty rows.
 * - A formula that reads its own cell or spill is a circular reference (#REF!).
 * - Custom functions are called again only when their arguments (or the
 *   spreadsheet's locale and time zone) changed, as Sheets caches them; while
 *   one runs, its formula's cell is the active range. Given an error argument,
 *   one is not called: its cell shows that error, as in Sheets.
 * - A formula calling a Sheets function the runtime does not implement is
 *   left alone and reported as not evaluated (value ''); an unknown function
 *   is #NAME?.
 */
import type { Rect } from '../memory/a1';
import { areaRect } from '../memory/a1';
import { bookOf } from '../memory/host';
import type { Addon } from '../memory';
import { type Book, type SheetData, cellKey, keyCol, keyRow } from '../memory/model';
import { type CellValue, isDate } from '../memory/values';
import { BUILTINS } from './builtins';
import type { Context } from './context';
import { CIRCULAR, Circular, evaluate } from './interpret';
import { type Expr, type Parsed, functionsOf, parseFormula, refsOf } from './parse';
import { SHEETS_FUNCTIONS } from './sheetsFunctions';
import { type ElementError, type Outcome, outcomeOf, writeOutcome } from './spill';
import { FormulaError, Matrix, type Value, cellValueOf } from './values';

interface FormulaCell {
  sheet: SheetData;
  row: number;
  col: number;
  text: string;
  parsed: Parsed;
}

type CallExpr = Extract<Expr, { type: 'call' }>;

interface Memo {
  text: string;
  setting: string;
  /** The custom-function calls the formula made, by call node: their arguments and what they gave. */
  calls: Map<number, { args: unknown[]; value: Value }>;
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
  /** Formula cells left alone (calling a Sheets function the runtime does not implement). */
  unevaluated: number;
  /** false when results still changed after `maxPasses`. */
  converged: boolean;
}

export interface RecalcOptions {
  maxPasses?: number;
}

const memos = new WeakMap<Book, Map<string, Memo>>();

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

function exprOf(cell: FormulaCell): Expr | undefined {
  return cell.parsed.kind === 'call' || cell.parsed.kind === 'expr' ? cell.parsed.expr : undefined;
}

/** The ranges a formula references anywhere in its text, on the sheets they name. */
function inputsOf(book: Book, cell: FormulaCell): { sheet: SheetData; rect: Rect }[] {
  const expr = exprOf(cell);
  if (!expr) return [];
  const out: { sheet: SheetData; rect: Rect }[] = [];
  for (const ref of refsOf(expr)) {
    const sheet = ref.sheet === undefined ? cell.sheet : book.sheetByName(ref.sheet);
    if (sheet) out.push({ sheet, rect: areaRect(ref.area, sheet.lastRow(), sheet.lastColumn()) });
  }
  return out;
}

function outputRect(cell: FormulaCell): Rect {
  const spill = cell.sheet.results.get(cellKey(cell.row, cell.col))?.spill;
  return { row: cell.row, col: cell.col, numRows: spill?.numRows ?? 1, numCols: spill?.numCols ?? 1 };
}

function overlaps(a: Rect, b: Rect): boolean {
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

/** What a formula's value puts in its cell: one value, an array (error elements show their code), or an error. */
export function outcomeOfValue(value: Value): Outcome {
  if (value instanceof FormulaError) return { code: value.code, message: value.message };
  if (!(value instanceof Matrix)) return { values: [[cellValueOf(value)]] };
  if (value.height === 1 && value.width === 1) return outcomeOfValue(value.at(0, 0));
  const errors: ElementError[] = [];
  const values: CellValue[][] = value.rows.map((row, i) =>
    row.map((x, j) => {
      if (!(x instanceof FormulaError)) return cellValueOf(x);
      errors.push({ row: i, col: j, code: x.code, message: x.message });
      return x.code;
    }),
  );
  return errors.length > 0 ? { values, errors } : { values };
}

/** A custom function's result as a formula value. */
function valueOfResult(result: { value: unknown } | { error: string }): Value {
  if ('error' in result) return new FormulaError('#ERROR!', result.error);
  const outcome = outcomeOf(result.value);
  if ('code' in outcome) return new FormulaError(outcome.code, outcome.message);
  const { values } = outcome;
  return values.length === 1 && values[0].length === 1 ? values[0][0] : new Matrix(values);
}

/** A Sheets function the formula calls that the runtime does not implement (its formula is left unevaluated). */
function unimplemented(expr: Expr, known: Set<string>): string | undefined {
  for (const name of functionsOf(expr)) if (!BUILTINS[name] && !known.has(name) && SHEETS_FUNCTIONS.has(name)) return name;
  return undefined;
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
  return sameValue(a.values, b.values) && JSON.stringify(a.errors ?? []) === JSON.stringify(b.errors ?? []);
}

/** Evaluates every formula of the spreadsheet with the add-on's custom functions and stores the results. */
export function recalculate(target: Book | GoogleAppsScript.Spreadsheet.Spreadsheet, addon: Addon, options: RecalcOptions = {}): RecalcReport {
  const book = bookOf(target);
  const maxPasses = options.maxPasses ?? 10;
  let memo = memos.get(book);
  if (!memo) memos.set(book, (memo = new Map()));
  const setting = `${book.locale}|${book.timeZone}`;
  const known = new Set(addon.customFunctions.map((n) => n.toUpperCase()));
  const report: RecalcReport = { passes: 0, calls: 0, errors: 0, unevaluated: 0, converged: false };
  const session = addon.customFunctionSession();
  const wasCalculating = book.calculating;
  book.calculating = true;
  try {
    const cells = allFormulas(book);
    const live = new Set(cells.map(memoKey));
    for (const key of [...memo.keys()]) if (!live.has(key)) memo.delete(key);
    const evaluable: FormulaCell[] = [];
    for (const cell of cells) {
      const anchor = cellKey(cell.row, cell.col);
      const expr = exprOf(cell);
      const missing = expr && unimplemented(expr, known);
      if (expr && !missing) evaluable.push(cell);
      else if (cell.parsed.kind === 'syntax') writeOutcome(cell.sheet, cell.row, cell.col, { code: '#ERROR!', message: cell.parsed.error });
      else {
        cell.sheet.clearSpill(anchor);
        cell.sheet.putValue(cell.row, cell.col, '');
        const reason = missing ? `${missing} is a Sheets function it does not implement` : (cell.parsed as { reason: string }).reason;
        cell.sheet.results.set(anchor, { status: 'unevaluated', error: `Not evaluated by the in-memory runtime: ${reason}` });
      }
    }
    // Once circular, a formula stays so for this recalculation (its spill, cleared by the error, would otherwise flip it back).
    const circular = new Set<string>();
    while (report.passes < maxPasses) {
      report.passes += 1;
      let changed = false;
      for (const cell of dependencyOrder(book, evaluable)) {
        const key = memoKey(cell);
        const previous = memo.get(key);
        const reusable = previous && previous.text === cell.text && previous.setting === setting ? previous.calls : undefined;
        const calls = new Map<number, { args: unknown[]; value: Value }>();
        const ctx: Context = {
          book,
          locale: book.locale,
          timeZone: book.timeZone,
          sheet: cell.sheet,
          row: cell.row,
          col: cell.col,
          output: outputRect(cell),
          array: false,
          isCustom: (name) => known.has(name),
          callCustom: (call: CallExpr, args: unknown[]) => {
            const before = reusable?.get(call.id);
            let value: Value;
            if (before && sameValue(before.args, args)) value = before.value;
            else {
              report.calls += 1;
              // The formula's cell is the active range while its function runs, as in Sheets.
              value = valueOfResult(session.call(call.name, args, { sheet: cell.sheet, row: cell.row, col: cell.col }));
            }
            calls.set(call.id, { args, value });
            return value;
          },
        };
        let outcome: Outcome;
        if (circular.has(key)) outcome = { code: '#REF!', message: CIRCULAR };
        else {
          try {
            outcome = outcomeOfValue(evaluate(exprOf(cell)!, ctx));
          } catch (error) {
            if (!(error instanceof Circular)) throw error;
            circular.add(key);
            outcome = { code: '#REF!', message: CIRCULAR };
          }
        }
        const shown = writeOutcome(cell.sheet, cell.row, cell.col, outcome);
        if (!previous || !sameOutcome(previous.shown, shown) || previous.text !== cell.text) changed = true;
        memo.set(key, { text: cell.text, setting, calls, shown });
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
