import { InputError } from '../core/errors';
import { bi } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { type Cell, type Output, describeValue, isDate, isEmpty, isRange } from './cells';
import type { CallContext } from './context';
import { callError, valueError } from './errors';
import type { Reader } from './readers';

/**
 * How a parameter takes its argument:
 * - `each`: one value or a range, read cell by cell and broadcast with the other `each` ranges;
 * - `single`: one value only (a report date, a count of places);
 * - `range`: a whole range read at once (a log, a list of names), or one value.
 */
export type ParamKind = 'each' | 'single' | 'range';

/** What documentation needs of a parameter: the single source for JSDoc stubs and docs/FUNCTIONS.md. */
export interface ParamDoc {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  readonly kind: ParamKind;
  /** JSDoc type of the argument. */
  readonly type: string;
}

export interface Param<T, K extends ParamKind = ParamKind> extends ParamDoc {
  readonly kind: K;
  /** For `each` and `single`: reads one cell. For `range`: reads the whole argument (a 2D array or one value). */
  read(value: unknown, ctx: CallContext): T;
}

/** What documentation needs of a custom function. */
export interface FunctionDoc {
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamDoc[];
  readonly returns: string;
  readonly returnType: string;
  readonly example?: string;
}

export interface CustomFunction extends FunctionDoc {
  /** Runs the function on arguments exactly as Sheets passes them. */
  run(args: readonly unknown[], ctx: CallContext): Output;
}

interface ParamOptions {
  optional?: boolean;
}

/** A per-row parameter: one value or a range, broadcast over the call's ranges. */
export function each<T>(name: string, description: string, reader: Reader<T>, options: ParamOptions = {}): Param<T, 'each'> {
  return { name, description, optional: !!options.optional, kind: 'each', type: `${reader.type}|Array<Array<${reader.type}>>`, read: reader.read };
}

/** A parameter that takes one value (a range of one cell is accepted too). */
export function single<T>(name: string, description: string, reader: Reader<T>, options: ParamOptions = {}): Param<T, 'single'> {
  return { name, description, optional: !!options.optional, kind: 'single', type: reader.type, read: reader.read };
}

/** A parameter read as a whole range by a reader of its own. */
export function range<T>(
  name: string,
  description: string,
  type: string,
  read: (value: unknown, ctx: CallContext) => T,
  options: ParamOptions = {},
): Param<T, 'range'> {
  return { name, description, optional: !!options.optional, kind: 'range', type, read };
}

type AnyParam = Param<any, ParamKind>;
/** The values a row hands to a rule: one per parameter. */
export type RowOf<P extends readonly AnyParam[]> = { -readonly [I in keyof P]: P[I] extends Param<infer T, ParamKind> ? T : never };
/** The values a whole call hands to a rule: a list per `each` parameter (one entry per non-empty row), one value per other parameter. */
export type ColumnsOf<P extends readonly AnyParam[]> = {
  -readonly [I in keyof P]: P[I] extends Param<infer T, infer K> ? (K extends 'each' ? T[] : T) : never;
};

interface Described<P> {
  name: string;
  description: string;
  returns: string;
  returnType?: string;
  example?: string;
  params: P;
}

const PER_ROW_RETURN = 'number|string|Array<Array<number|string>>';

/** A function whose result cell depends only on the same row of its arguments. */
export function perRow<const P extends readonly AnyParam[]>(
  spec: Described<P> & { row: (values: RowOf<P>, ctx: CallContext) => Cell },
): CustomFunction {
  return describe(spec, PER_ROW_RETURN, (args, ctx) => {
    const call = readCall(spec.name, spec.params, args, ctx);
    const results = call.positions.map((_, j) => blameRow(call, j, () => spec.row(call.rowValues(j) as RowOf<P>, ctx)));
    return call.output(results);
  });
}

/** A function whose result per row depends on all rows (a ranking, say). */
export function perColumn<const P extends readonly AnyParam[]>(
  spec: Described<P> & { column: (columns: ColumnsOf<P>, ctx: CallContext) => Cell[] },
): CustomFunction {
  return describe(spec, PER_ROW_RETURN, (args, ctx) => {
    const call = readCall(spec.name, spec.params, args, ctx);
    return call.output(blameItems(call, () => spec.column(call.columnValues() as ColumnsOf<P>, ctx)));
  });
}

/** A function that spills a table of its own shape, or `""` when there is nothing to show. */
export function spill<const P extends readonly AnyParam[]>(
  spec: Described<P> & { table: (columns: ColumnsOf<P>, ctx: CallContext) => Cell[][] },
): CustomFunction {
  return describe(spec, 'Array<Array<number|string|Date>>', (args, ctx) => {
    const first = spec.params[0];
    if (first && first.kind !== 'each' && !first.optional && isEmpty(args[0])) return '';
    const call = readCall(spec.name, spec.params, args, ctx);
    const table = blameItems(call, () => spec.table(call.columnValues() as ColumnsOf<P>, ctx));
    for (const row of table) for (const cell of row) assertCell(spec.name, cell, ctx.lang);
    return table.length === 0 ? '' : table;
  });
}

function describe<P extends readonly AnyParam[]>(spec: Described<P>, returnType: string, run: CustomFunction['run']): CustomFunction {
  return {
    name: spec.name,
    description: spec.description,
    params: spec.params,
    returns: spec.returns,
    returnType: spec.returnType ?? returnType,
    example: spec.example,
    run,
  };
}

interface Grid {
  rows: number;
  cols: number;
}

/** One call's arguments, read and checked. */
interface ReadCall {
  readonly fn: string;
  readonly lang: Lang;
  /** Row-major positions in the broadcast shape whose first `each` argument is not empty. */
  readonly positions: number[];
  rowValues(j: number): unknown[];
  columnValues(): unknown[];
  output(results: Cell[]): Output;
  /** The error for a problem found at the j-th non-empty position. */
  errorAt(j: number, text: InputError['text']): Error;
}

/** Shape of a range argument; undefined for one value (a range of one cell counts as one value). */
function shapeOf(value: unknown): Grid | undefined {
  if (!isRange(value)) return undefined;
  const rows = value.length;
  const cols = rows === 0 ? 0 : Array.isArray(value[0]) ? value[0].length : 1;
  return rows * cols === 1 ? undefined : { rows, cols };
}

/** Reads cell (r, c) of an argument; one value, or a range of one cell, is the same at every position. */
function cellReader(value: unknown): (r: number, c: number) => unknown {
  if (!isRange(value)) return () => value;
  if (!shapeOf(value)) return () => cellIn(value, 0, 0);
  return (r, c) => cellIn(value, r, c);
}

function cellIn(value: unknown[], r: number, c: number): unknown {
  const row = value[r];
  return Array.isArray(row) ? row[c] : row;
}

function readCall(fn: string, params: readonly AnyParam[], args: readonly unknown[], ctx: CallContext): ReadCall {
  const lang = ctx.lang;
  const eachIndexes = params.flatMap((param, i) => (param.kind === 'each' ? [i] : []));
  const grid = broadcastShape(fn, params, eachIndexes, args, lang);
  const cols = grid ? grid.cols : 1;
  const placeOf = (pos: number) => (grid ? { row: Math.floor(pos / cols), col: pos % cols, wide: cols > 1 } : {});

  const fixed = params.map((param, i) => (param.kind === 'each' ? undefined : readWhole(fn, param, args[i], ctx)));

  const first = eachIndexes[0];
  const cellAt = args.map(cellReader);
  const positions: number[] = [];
  const columns: unknown[][] = eachIndexes.map(() => []);
  const total = grid ? grid.rows * grid.cols : 1;
  for (let pos = 0; pos < total; pos++) {
    const r = Math.floor(pos / cols);
    const c = pos % cols;
    if (first !== undefined && isEmpty(cellAt[first](r, c))) continue;
    positions.push(pos);
    for (let k = 0; k < eachIndexes.length; k++) {
      const param = params[eachIndexes[k]];
      const cell = cellAt[eachIndexes[k]](r, c);
      try {
        columns[k].push(param.read(cell, ctx));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        throw valueError(fn, { param: param.name, ...placeOf(pos) }, cell, error.text, lang);
      }
    }
  }

  const assemble = (eachValue: (k: number) => unknown) => {
    let k = 0;
    return params.map((param, i) => (param.kind === 'each' ? eachValue(k++) : fixed[i]));
  };
  const blamed = first ?? 0;

  return {
    fn,
    lang,
    positions,
    rowValues: (j) => assemble((k) => columns[k][j]),
    columnValues: () => assemble((k) => columns[k]),
    output(results) {
      for (const value of results) assertCell(fn, value, lang);
      if (!grid) return results.length ? results[0] : '';
      const out: Cell[][] = [];
      for (let r = 0; r < grid.rows; r++) out.push(new Array<Cell>(cols).fill(''));
      positions.forEach((pos, j) => {
        out[Math.floor(pos / cols)][pos % cols] = results[j];
      });
      return out;
    },
    errorAt(j, text) {
      const pos = positions[j];
      const cell = cellAt[blamed]?.(Math.floor(pos / cols), pos % cols);
      return valueError(fn, { param: params[blamed]?.name ?? fn, ...placeOf(pos) }, cell, text, lang);
    },
  };
}

function broadcastShape(fn: string, params: readonly AnyParam[], eachIndexes: number[], args: readonly unknown[], lang: Lang): Grid | undefined {
  let grid: Grid | undefined;
  let gridParam = '';
  for (const i of eachIndexes) {
    const shape = shapeOf(args[i]);
    if (!shape) continue;
    if (!grid) {
      grid = shape;
      gridParam = params[i].name;
    } else if (grid.rows !== shape.rows || grid.cols !== shape.cols) {
      const name = params[i].name;
      throw callError(
        fn,
        bi(
          `ranges differ in size: ${gridParam} is ${grid.rows}×${grid.cols}, ${name} is ${shape.rows}×${shape.cols}; all ranges must be the same size`,
          `диапазоны разного размера: ${gridParam} — ${grid.rows}×${grid.cols}, ${name} — ${shape.rows}×${shape.cols}; все диапазоны должны быть одного размера`,
        ),
        lang,
      );
    }
  }
  return grid;
}

/** Reads a `single` or `range` argument; a problem in row `item` of a range is reported at that row. */
function readWhole(fn: string, param: AnyParam, value: unknown, ctx: CallContext): unknown {
  const lang = ctx.lang;
  if (param.kind === 'single' && isRange(value)) {
    if (shapeOf(value)) throw callError(fn, bi(`${param.name} takes a single value, not a range`, `${param.name}: нужно одно значение, а не диапазон`), lang);
    value = cellIn(value, 0, 0);
  }
  try {
    return param.read(value, ctx);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error.item !== undefined && isRange(value)) {
      const row = value[error.item];
      const cells = Array.isArray(row) ? row : [row];
      const shown = cells.length === 1 ? cells[0] : cells.map((cell) => describeValue(cell, lang)).join(' | ');
      return rethrow(valueError(fn, { param: param.name, row: error.item }, shown, error.text, lang));
    }
    return rethrow(valueError(fn, { param: param.name }, value, error.text, lang));
  }
}

function rethrow(error: Error): never {
  throw error;
}

/** Runs a per-row rule; an InputError it raises is about that row. */
function blameRow<T>(call: ReadCall, j: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw call.errorAt(error.item ?? j, error.text);
  }
}

/** Runs a rule over whole columns; an InputError naming an item is reported at that item's row. */
function blameItems<T>(call: ReadCall, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw error.item === undefined ? callError(call.fn, error.text, call.lang) : call.errorAt(error.item, error.text);
  }
}

/** The last line of defence: a rule must never hand Sheets NaN, Infinity, null or undefined. */
function assertCell(fn: string, value: unknown, lang: Lang): void {
  const ok = typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' || typeof value === 'boolean' || isDate(value);
  if (!ok) throw callError(fn, bi(`internal error: produced ${String(value)}`, `внутренняя ошибка: получено ${String(value)}`), lang);
}
