import { CellError, InputError } from '../errors';
import { t } from '../i18n';
import type { Lang } from '../i18n';
import { ArgumentCells, type FormulaSource } from './argumentCells';
import { type Cell, type Output, describeValue, isDate, isEmpty, isRange } from './cells';
import type { CallContext } from './context';
import { type Place, callError, describedError, valueError } from './errors';
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
  /** How the result relates to the rows: one cell per row, per row but computed over all rows, or a table of its own. */
  readonly shape: 'row' | 'column' | 'spill';
  /** What each result word means, for the function reference (a status, a state): `term` as the result shows it. */
  readonly glossary?: readonly { readonly term: string; readonly meaning: string }[];
}

export interface CustomFunction extends FunctionDoc {
  /**
   * Runs the function on arguments exactly as Sheets passes them. `formula`
   * gives the calling cell's formula; it is read only to name the sheet cell
   * in an error (SPEC §2.3).
   */
  run(args: readonly unknown[], ctx: CallContext, formula?: FormulaSource): Output;
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

// biome-ignore lint/suspicious/noExplicitAny: a parameter of whatever value type; RowOf/ColumnsOf recover each one's type.
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
export function perRow<const P extends readonly AnyParam[]>(spec: Described<P> & { row: (values: RowOf<P>, ctx: CallContext) => Cell }): CustomFunction {
  return describe(spec, 'row', PER_ROW_RETURN, (args, ctx, formula) => {
    const call = new CallReader(spec.name, spec.params, args, ctx, formula);
    // Each row's result goes straight into its cell of the output.
    const out = call.emptyOutput();
    let single: Cell = '';
    call.scan((values, pos) => {
      let result: Cell;
      try {
        result = spec.row(values as RowOf<P>, ctx);
      } catch (error) {
        throw call.blame(error, pos);
      }
      assertCell(spec.name, result, ctx.lang);
      if (out) out.rows[(pos / out.cols) | 0][pos % out.cols] = result;
      else single = result;
    });
    return out ? out.rows : single;
  });
}

/** A function whose result per row depends on all rows (a ranking, say). */
export function perColumn<const P extends readonly AnyParam[]>(
  spec: Described<P> & { column: (columns: ColumnsOf<P>, ctx: CallContext) => Cell[] },
): CustomFunction {
  return describe(spec, 'column', PER_ROW_RETURN, (args, ctx, formula) => {
    const call = new CallReader(spec.name, spec.params, args, ctx, formula);
    const { positions, columns } = call.collect();
    return call.output(
      positions,
      call.run(positions, () => spec.column(columns as ColumnsOf<P>, ctx)),
    );
  });
}

/** A function that spills a table of its own shape, or `""` when there is nothing to show. */
export function spill<const P extends readonly AnyParam[]>(
  spec: Described<P> & { table: (columns: ColumnsOf<P>, ctx: CallContext) => Cell[][] },
): CustomFunction {
  return describe(spec, 'spill', 'Array<Array<number|string|Date>>', (args, ctx, formula) => {
    const first = spec.params[0];
    if (first && first.kind !== 'each' && !first.optional && isEmpty(args[0])) return '';
    const call = new CallReader(spec.name, spec.params, args, ctx, formula);
    const { positions, columns } = call.collect();
    const table = call.run(positions, () => spec.table(columns as ColumnsOf<P>, ctx));
    for (const row of table) for (const cell of row) assertCell(spec.name, cell, ctx.lang);
    return table.length === 0 ? '' : table;
  });
}

function describe<P extends readonly AnyParam[]>(
  spec: Described<P>,
  shape: FunctionDoc['shape'],
  returnType: string,
  run: CustomFunction['run'],
): CustomFunction {
  return {
    name: spec.name,
    shape,
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

/** Shape of a range argument; undefined for one value (a range of one cell counts as one value). */
function shapeOf(value: unknown): Grid | undefined {
  if (!isRange(value)) return undefined;
  const rows = value.length;
  const cols = rows === 0 ? 0 : Array.isArray(value[0]) ? value[0].length : 1;
  return rows * cols === 1 ? undefined : { rows, cols };
}

function cellIn(value: unknown[], r: number, c: number): unknown {
  const row = value[r];
  return Array.isArray(row) ? row[c] : row;
}

/**
 * One call's arguments: the broadcast shape of its `each` ranges, its other
 * arguments read once, and the rows whose first `each` argument is not empty.
 * Positions are row-major indexes into the shape. An error names the sheet
 * cell where the calling formula tells it (`cells`, read on the error path
 * only), else the row of the range.
 */
class CallReader {
  private readonly grid: Grid | undefined;
  private readonly cols: number;
  private readonly eachIndexes: number[];
  /** Per parameter: the value of a `single`/`range` argument; overwritten per row for `each` ones. */
  private readonly values: unknown[];
  private readonly cells: ArgumentCells;

  constructor(
    private readonly fn: string,
    private readonly params: readonly AnyParam[],
    private readonly args: readonly unknown[],
    private readonly ctx: CallContext,
    formula: FormulaSource | undefined,
  ) {
    this.cells = new ArgumentCells(fn, formula);
    this.eachIndexes = params.flatMap((param, i) => (param.kind === 'each' ? [i] : []));
    this.grid = this.broadcastShape();
    this.cols = this.grid ? this.grid.cols : 1;
    this.values = params.map((param, i) => (param.kind === 'each' ? undefined : this.readWhole(param, i)));
  }

  /** Visits every non-empty row with the values of all parameters (one array, reused: copy what you keep). */
  scan(visit: (values: unknown[], pos: number) => void): void {
    const { eachIndexes, params, values, ctx, cols } = this;
    const total = this.grid ? this.grid.rows * cols : 1;
    const count = eachIndexes.length;
    // Per `each` parameter: its range (read in place), or its one value. This loop runs for every cell of
    // every argument, so it reads arrays directly rather than through a function per cell.
    const ranges: (unknown[] | undefined)[] = [];
    const singles: unknown[] = [];
    const readers: AnyParam['read'][] = [];
    for (const i of eachIndexes) {
      const arg = this.args[i];
      const spread = isRange(arg) && shapeOf(arg) !== undefined;
      ranges.push(spread ? (arg as unknown[]) : undefined);
      singles.push(spread ? undefined : isRange(arg) ? cellIn(arg, 0, 0) : arg);
      readers.push(params[i].read);
    }
    let k = 0;
    let pos = 0;
    let cell: unknown;
    try {
      for (; pos < total; pos++) {
        const r = (pos / cols) | 0;
        const c = pos - r * cols;
        for (k = 0; k < count; k++) {
          const range = ranges[k];
          if (range) {
            const row = range[r];
            cell = Array.isArray(row) ? row[c] : row;
          } else {
            cell = singles[k];
          }
          if (k === 0 && isEmpty(cell)) break;
          values[eachIndexes[k]] = readers[k](cell, ctx);
        }
        if (k === count) visit(values, pos);
      }
    } catch (error) {
      if (!(error instanceof InputError) || k === count) throw error;
      throw valueError(this.fn, this.placeOf(eachIndexes[k], pos), cell, error.text, ctx.lang);
    }
  }

  /** Every non-empty row's values, as a list per `each` parameter and one value per other parameter. */
  collect(): { positions: number[]; columns: unknown[] } {
    const positions: number[] = [];
    const columns: unknown[] = this.values.slice();
    for (const i of this.eachIndexes) columns[i] = [];
    this.scan((values, pos) => {
      positions.push(pos);
      for (const i of this.eachIndexes) (columns[i] as unknown[]).push(values[i]);
    });
    return { positions, columns };
  }

  /** Runs a rule over whole columns; an InputError naming an item is reported at that item's row. */
  run<T>(positions: number[], rule: () => T): T {
    try {
      return rule();
    } catch (error) {
      if (error instanceof InputError && error.item === undefined) throw callError(this.fn, error.text, this.ctx.lang);
      throw this.blame(error, error instanceof InputError ? positions[error.item as number] : 0);
    }
  }

  /** An InputError raised for the row at `pos` becomes an error naming that row's cell of the argument at fault (default the first). */
  blame(error: unknown, pos: number): unknown {
    if (!(error instanceof InputError)) return error;
    const blamed = error.argument ?? this.eachIndexes[0] ?? 0;
    const arg = this.args[blamed];
    const cell = isRange(arg) ? cellsOf(arg)((pos / this.cols) | 0, pos % this.cols) : arg;
    return valueError(this.fn, this.placeOf(blamed, pos), cell, error.text, this.ctx.lang);
  }

  /** The call's shape filled with '' (rows whose first argument is empty stay so), or undefined for one value. */
  emptyOutput(): { rows: Cell[][]; cols: number } | undefined {
    if (!this.grid) return undefined;
    const cols = this.cols;
    const rows: Cell[][] = new Array(this.grid.rows);
    for (let r = 0; r < rows.length; r++) {
      const line: Cell[] = new Array(cols);
      for (let c = 0; c < cols; c++) line[c] = '';
      rows[r] = line;
    }
    return { rows, cols };
  }

  /** The result: one value when no argument was a range, else the shape with '' for empty rows. */
  output(positions: number[], results: Cell[]): Output {
    const lang = this.ctx.lang;
    for (let j = 0; j < results.length; j++) assertCell(this.fn, results[j], lang);
    const out = this.emptyOutput();
    if (!out) return results.length ? results[0] : '';
    for (let j = 0; j < positions.length; j++) {
      const pos = positions[j];
      out.rows[(pos / out.cols) | 0][pos % out.cols] = results[j];
    }
    return out.rows;
  }

  /**
   * Where the value of argument `index` at position `pos` is: for a range,
   * its sheet cell or its row (and column) in the range; for one value
   * (broadcast to every row), its cell when it is a reference of one cell.
   */
  private placeOf(index: number, pos: number): Place {
    const param = this.params[index]?.name ?? this.fn;
    const arg = this.args[index];
    if (!this.grid || !shapeOf(arg)) return { param, cell: this.cells.cell(index, arg, 0, 0) };
    const row = (pos / this.cols) | 0;
    const col = pos - row * this.cols;
    return { param, cell: this.cells.cell(index, arg, row, col), row, col, wide: this.cols > 1 };
  }

  private broadcastShape(): Grid | undefined {
    let grid: Grid | undefined;
    let gridParam = '';
    for (const i of this.eachIndexes) {
      const shape = shapeOf(this.args[i]);
      if (!shape) continue;
      if (!grid) {
        grid = shape;
        gridParam = this.params[i].name;
      } else if (grid.rows !== shape.rows || grid.cols !== shape.cols) {
        const name = this.params[i].name;
        throw callError(
          this.fn,
          t`ranges differ in size: ${gridParam} is ${grid.rows}×${grid.cols}, ${name} is ${shape.rows}×${shape.cols}; all ranges must be the same size`,
          this.ctx.lang,
        );
      }
    }
    return grid;
  }

  /**
   * Reads the `single` or `range` argument `index`. A bad cell of a range (a
   * CellError) is reported at its cell, with its column's header; another
   * problem in row `item` of a range at that row.
   */
  private readWhole(param: AnyParam, index: number): unknown {
    const lang = this.ctx.lang;
    const arg = this.args[index];
    let value = arg;
    if (param.kind === 'single' && isRange(value)) {
      if (shapeOf(value)) throw callError(this.fn, t`${param.name} takes a single value, not a range`, lang);
      value = cellIn(value, 0, 0);
    }
    // SPEC §2.10: an optional single or whole-range argument given as one empty value (an empty cell, or nothing
    // between two commas) counts as omitted, so a manager can skip to a later argument such as `rules`.
    if (param.optional && (isEmpty(value) || (isRange(value) && !shapeOf(value) && isEmpty(cellIn(value, 0, 0))))) value = undefined;
    try {
      return param.read(value, this.ctx);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const { cells } = this;
      if (error.item !== undefined && isRange(arg)) {
        const row = error.item;
        const width = Array.isArray(arg[0]) ? arg[0].length : 1;
        if (error instanceof CellError) {
          const place = { param: param.name, cell: cells.cell(index, arg, row, error.column), row, col: error.column, wide: width > 1 };
          throw valueError(this.fn, { ...place, header: error.header?.[lang] }, error.cell, error.text, lang);
        }
        const line: unknown[] = Array.isArray(arg[row]) ? arg[row] : [arg[row]];
        const shown = line.map((cell) => describeValue(cell, lang)).join(' | ');
        throw describedError(this.fn, { param: param.name, cell: cells.cells(index, arg, row, 0, width - 1), row }, shown, error.text, lang);
      }
      throw valueError(this.fn, { param: param.name, cell: shapeOf(arg) ? undefined : cells.cell(index, arg, 0, 0) }, value, error.text, lang);
    }
  }
}

/** Reads cell (r, c) of an argument; one value, or a range of one cell, is the same at every position. */
function cellsOf(value: unknown): (r: number, c: number) => unknown {
  if (!isRange(value)) return () => value;
  if (!shapeOf(value)) return () => cellIn(value, 0, 0);
  return (r, c) => cellIn(value, r, c);
}

/** The last line of defence: a rule must never hand Sheets NaN, Infinity, null or undefined. */
function assertCell(fn: string, value: unknown, lang: Lang): void {
  const ok = typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' || typeof value === 'boolean' || isDate(value);
  if (!ok) throw callError(fn, t`internal error: produced ${String(value)}`, lang);
}
