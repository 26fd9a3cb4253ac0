/**
 * Evaluates a parsed formula (parse.ts) against the in-memory spreadsheet.
 *
 * - A reference reads the cells' current values (formulas before this one
 *   were evaluated first: evaluate.ts orders them). A cell showing an error
 *   reads as that error, "Error in referenced cell B4: …"; an empty cell as
 *   blank; an open-ended range (`D2:D`) runs to the sheet's last row with
 *   content (Sheets' further rows would all be blank). A reference to the
 *   formula's own cell or spilled result is a circular reference: the whole
 *   formula is #REF! (thrown as Circular).
 * - A built-in (builtins/) gets its arguments as values, or lazily; a custom
 *   function of the add-on gets them as Sheets passes them (a single value,
 *   or a 2D array with '' for empty cells), and is not called when one is an
 *   error: its cell shows that error, as in Sheets.
 */
import { areaRect, formatArea, quoteSheetName } from '../memory/a1';
import { cellKey } from '../memory/model';
import { BUILTINS } from './builtins';
import { type Context, type Thunk, scalarize } from './context';
import { elementError } from './spill';
import { lift } from './matrix';
import { unaryOp, binaryOp, OPERATOR_NAMES } from './operators';
import type { Expr } from './parse';
import { FormulaError, Matrix, type Scalar, type Value, cellValueOf } from './values';

export const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

/** Thrown when a formula reads its own cell or spill: Sheets shows #REF! whatever surrounds the reference. */
export class Circular extends Error {}

type RefExpr = Extract<Expr, { type: 'ref' }>;
type CallExpr = Extract<Expr, { type: 'call' }>;

function overlaps(a: { row: number; col: number; numRows: number; numCols: number }, b: typeof a): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

/** What a cell holds for a formula reading it: its value, blank, or the error it shows. */
function cellScalar(sheet: Context['sheet'], row: number, col: number): Scalar {
  const key = cellKey(row, col);
  const value = sheet.value(row, col);
  const result = sheet.results.get(key);
  const where = () => formatArea({ row, col, numRows: 1, numCols: 1 });
  if (result?.status === 'error' && typeof value === 'string') {
    return new FormulaError(value as FormulaError['code'], `Error in referenced cell ${where()}: ${result.error ?? value}`);
  }
  const element = elementError(sheet, row, col);
  if (element) return new FormulaError(element.code, `Error in referenced cell ${where()}: ${element.message}`);
  if (value === '') return sheet.formulas.has(key) || sheet.spillOwner.has(key) ? '' : null;
  return value;
}

/** The area a reference covers (an open-ended one to the sheet's last row or column with content), or #REF! for an unknown sheet. */
function refArea(ref: RefExpr, ctx: Context): { sheet: Context['sheet']; rect: ReturnType<typeof areaRect> } | FormulaError {
  const sheet = ref.sheet === undefined ? ctx.sheet : ctx.book.sheetByName(ref.sheet);
  if (!sheet) return new FormulaError('#REF!', `Unresolved sheet name '${ref.sheet}'.`);
  return { sheet, rect: areaRect(ref.area, sheet.lastRow(), sheet.lastColumn()) };
}

export function readRef(ref: RefExpr, ctx: Context): Value {
  const area = refArea(ref, ctx);
  if (area instanceof FormulaError) return area;
  const { sheet, rect } = area;
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    return new FormulaError('#REF!', `Range ${ref.sheet ? `${quoteSheetName(ref.sheet)}!` : ''}${formatArea(rect)} is outside the sheet.`);
  }
  if (sheet === ctx.sheet && overlaps(rect, ctx.output)) throw new Circular(CIRCULAR);
  const open = { openRows: ref.area.endRow === null, openCols: ref.area.endCol === null };
  if (!open.openRows && !open.openCols && rect.numRows === 1 && rect.numCols === 1) return cellScalar(sheet, rect.row, rect.col);
  const rows: Scalar[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const line: Scalar[] = [];
    for (let j = 0; j < rect.numCols; j++) line.push(cellScalar(sheet, rect.row + i, rect.col + j));
    rows.push(line);
  }
  return new Matrix(rows, { sheetId: sheet.id, row: rect.row, col: rect.col, ...open, maxRows: sheet.maxRows, maxCols: sheet.maxCols });
}

/** `{a, b; c, d}`: elements side by side, rows on top of each other (elements may be arrays of matching size). */
function arrayLiteral(rows: Expr[][], ctx: Context): Value {
  const out: Scalar[][] = [];
  let width: number | undefined;
  for (const row of rows) {
    const parts = row.map((e) => evaluate(e, ctx));
    const height = Math.max(...parts.map((p) => (p instanceof Matrix ? p.height : 1)));
    if (parts.some((p) => p instanceof Matrix && p.height !== height)) {
      return new FormulaError('#VALUE!', 'Function ARRAY_ROW parameter 2 has mismatched row size.');
    }
    const block: Scalar[][] = Array.from({ length: height }, () => []);
    for (const p of parts) for (let i = 0; i < height; i++) block[i].push(...(p instanceof Matrix ? p.rows[i] : [p]));
    if (width !== undefined && block[0].length !== width) {
      return new FormulaError('#VALUE!', 'Function ARRAY_LITERAL parameter 2 has mismatched number of columns.');
    }
    width = block[0].length;
    out.push(...block);
  }
  return out.length === 1 && width === 1 ? out[0][0] : new Matrix(out);
}

/** A custom function's arguments as Sheets passes them; an error among them is the call's result instead. */
function customArgs(call: CallExpr, ctx: Context): unknown[] | FormulaError {
  const args: unknown[] = [];
  for (const arg of call.args) {
    if (arg.type === 'empty') {
      args.push('');
      continue;
    }
    // A range is passed whole, inside ARRAYFORMULA or not.
    const v = arg.type === 'ref' ? readRef(arg, ctx) : evaluate(arg, ctx);
    if (v instanceof FormulaError) return v;
    if (!(v instanceof Matrix)) {
      args.push(cellValueOf(v));
      continue;
    }
    const grid: unknown[][] = [];
    for (const row of v.rows) {
      const line: unknown[] = [];
      for (const x of row) {
        if (x instanceof FormulaError) return x;
        line.push(cellValueOf(x));
      }
      grid.push(line);
    }
    args.push(v.height === 1 && v.width === 1 ? grid[0][0] : grid);
  }
  return args;
}

function callBuiltin(call: CallExpr, ctx: Context): Value {
  const def = BUILTINS[call.name];
  const n = call.args.length;
  if (n < def.min || n > def.max) {
    const expected = def.min === def.max ? `${def.min}` : def.max === Infinity ? `at least ${def.min}` : `between ${def.min} and ${def.max}`;
    return new FormulaError('#N/A', `Wrong number of arguments to ${call.name}. Expected ${expected} arguments, but got ${n} arguments.`);
  }
  const argCtx = def.arrays ? { ...ctx, array: true } : ctx;
  if (def.reference) {
    const areas = call.args.map((a) => {
      if (a.type !== 'ref') return undefined;
      const area = refArea(a, ctx);
      return area instanceof FormulaError ? area : area.rect;
    });
    return def.reference(areas, argCtx);
  }
  if (def.lazy) {
    const thunks: (Thunk | undefined)[] = call.args.map((a) => () => evaluate(a, argCtx));
    return def.lazy(thunks, argCtx);
  }
  const values = call.args.map((a) => evaluate(a, argCtx));
  const scalar = def.scalar ?? (() => false);
  const positions = values.map((_, i) => scalar(i));
  values.forEach((v, i) => {
    if (positions[i]) values[i] = scalarize(v, argCtx);
  });
  const apply = (args: Value[]): Value => {
    if (!def.takesErrors) for (let i = 0; i < args.length; i++) if (positions[i] && args[i] instanceof FormulaError) return args[i];
    return def.fn!(args, argCtx);
  };
  if (!positions.some((p, i) => p && values[i] instanceof Matrix)) return apply(values);
  // Lifted over the arrays given where one value is expected (inside ARRAYFORMULA).
  const lifted = positions.map((p, i) => (p ? values[i] : null));
  return lift(call.name, lifted, (xs) => {
    const r = apply(values.map((v, i) => (positions[i] ? xs[i] : v)));
    return r instanceof Matrix ? r.at(0, 0) : r;
  });
}

export function evaluate(expr: Expr, ctx: Context): Value {
  switch (expr.type) {
    case 'number':
    case 'string':
    case 'boolean':
      return expr.value;
    case 'error':
      return new FormulaError(expr.code, expr.code);
    case 'empty':
      return null;
    case 'name':
      return new FormulaError('#NAME?', `Unknown range name: '${expr.name.toUpperCase()}'.`);
    case 'ref':
      return readRef(expr, ctx);
    case 'array':
      return arrayLiteral(expr.rows, ctx);
    case 'unary':
    case 'percent': {
      const op = expr.type === 'percent' ? 'percent' : expr.op === '-' ? 'neg' : 'pos';
      return lift(OPERATOR_NAMES[op], [scalarize(evaluate(expr.operand, ctx), ctx)], ([a]) => unaryOp(op, a, ctx));
    }
    case 'binary': {
      const left = scalarize(evaluate(expr.left, ctx), ctx);
      const right = scalarize(evaluate(expr.right, ctx), ctx);
      return lift(OPERATOR_NAMES[expr.op], [left, right], ([a, b]) => binaryOp(expr.op, a, b, ctx));
    }
    case 'call': {
      if (BUILTINS[expr.name]) return callBuiltin(expr, ctx);
      if (!ctx.isCustom(expr.name)) return new FormulaError('#NAME?', `Unknown function: '${expr.name}'.`);
      const args = customArgs(expr, ctx);
      return args instanceof FormulaError ? args : ctx.callCustom(expr, args);
    }
  }
}
