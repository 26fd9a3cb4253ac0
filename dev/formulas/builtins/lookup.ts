/**
 * INDEX, MATCH, VLOOKUP, XLOOKUP, ROWS, COLUMNS, ROW.
 *
 * Lookups compare as `=` does (text without regard to case; dates as days),
 * skip errors in the searched cells, and never match a blank key to a blank
 * cell. Not found is #N/A with Sheets' message ("Did not find value 'x' in
 * VLOOKUP evaluation.").
 *   INDEX   https://support.google.com/docs/answer/3098242 (row and column
 *           default to 0: the whole column or row)
 *   MATCH   https://support.google.com/docs/answer/3093378 (search_type 1 by
 *           default: largest value ≤ key in ascending data; 0 exact; -1
 *           smallest value ≥ key in descending data; a 2D range is #N/A)
 *   VLOOKUP https://support.google.com/docs/answer/3093318 (is_sorted TRUE by
 *           default: nearest match ≤ key; FALSE: the first exact match)
 *   XLOOKUP https://support.google.com/docs/answer/12405947 (missing_value,
 *           match_mode 0 / 1 / -1 / 2 wildcards, search_mode 1 / -1)
 *   ROW     https://support.google.com/docs/answer/3093316 (the row number of
 *           a reference, or of the formula's cell when omitted; a range gives
 *           its first row, or inside an array formula one number per row)
 */
import { type Builtin, type Context, only } from '../context';
import { wildcard } from '../criteria';
import { asMatrix } from '../matrix';
import { FormulaError, Matrix, type Scalar, type Value, compareValues, toBoolean, toNumber, toText } from '../values';

const notFound = (key: Scalar, fn: string, ctx: Context) => new FormulaError('#N/A', `Did not find value '${toText(key, ctx)}' in ${fn} evaluation.`);

/** The cells of a one-row or one-column matrix, in order; undefined for a 2D one. */
function vector(m: Matrix): Scalar[] | undefined {
  if (m.width === 1) return m.rows.map((r) => r[0]);
  if (m.height === 1) return m.rows[0];
  return undefined;
}

type Mode = 'exact' | 'wildcard' | 'below' | 'above';

/** The position of the key: the first exact match, or in sorted data the last value ≤ key (below) / ≥ key (above). */
function find(key: Scalar, cells: Scalar[], mode: Mode, ctx: Context, fromEnd = false): number {
  if (key === null || key instanceof FormulaError) return -1;
  const re = mode === 'wildcard' && typeof key === 'string' ? wildcard(key) : undefined;
  const order = cells.map((_, i) => i);
  if (fromEnd) order.reverse();
  let best = -1;
  for (const i of order) {
    const cell = cells[i];
    if (cell === null || cell instanceof FormulaError) continue;
    if (re) {
      if (typeof cell === 'string' && re.test(cell)) return i;
      continue;
    }
    const sameKind = (typeof cell === 'string') === (typeof key === 'string') && (typeof cell === 'boolean') === (typeof key === 'boolean');
    if (!sameKind) continue;
    const c = compareValues(cell, key, ctx);
    if (mode === 'exact' || mode === 'wildcard') {
      if (c === 0) return i;
    } else if (mode === 'below' ? c <= 0 : c >= 0) best = i;
    else break;
  }
  return best;
}

function whole(v: Value, ctx: Context, fn: string, param: number): number | FormulaError {
  const n = toNumber(v as Scalar, ctx, fn, param);
  return n instanceof FormulaError ? n : Math.trunc(n);
}

const INDEX: Builtin = {
  min: 1,
  max: 3,
  scalar: only(1, 2),
  fn: ([reference, rowArg = null, colArg = null], ctx) => {
    if (reference instanceof FormulaError) return reference;
    const m = asMatrix(reference);
    const row = whole(rowArg, ctx, 'INDEX', 2);
    if (row instanceof FormulaError) return row;
    const col = whole(colArg, ctx, 'INDEX', 3);
    if (col instanceof FormulaError) return col;
    if (row < 0 || col < 0) return new FormulaError('#VALUE!', 'Function INDEX parameter 2 value is negative. It should be positive or zero.');
    // An open-ended range is longer than its rows with content: past them its cells are blank.
    const height = m.origin?.openRows ? m.origin.maxRows - m.origin.row + 1 : m.height;
    const width = m.origin?.openCols ? m.origin.maxCols - m.origin.col + 1 : m.width;
    if (row > height || col > width) return new FormulaError('#REF!', `${row > height ? `Row ${row}` : `Column ${col}`} out of range.`);
    if (row > 0 && col > 0) return m.at(row - 1, col - 1);
    if (row > 0) return new Matrix([m.rows[row - 1] ?? m.rows[0].map(() => null)]);
    if (col > 0) return new Matrix(m.rows.map((r) => [r[col - 1] ?? null]));
    return m;
  },
};

const MATCH: Builtin = {
  min: 2,
  max: 3,
  scalar: only(0, 2),
  fn: ([key, range, type = 1], ctx) => {
    const cells = vector(asMatrix(range));
    if (!cells) return new FormulaError('#N/A', 'MATCH range must be a single row or a single column.');
    // Left empty (`MATCH(x, r, )`) the type reads as 0, an exact match; omitted it is 1.
    const t = whole(type, ctx, 'MATCH', 3);
    if (t instanceof FormulaError) return t;
    const i = find(key as Scalar, cells, t === 0 ? 'exact' : t > 0 ? 'below' : 'above', ctx);
    return i < 0 ? notFound(key as Scalar, 'MATCH', ctx) : i + 1;
  },
};

const VLOOKUP: Builtin = {
  min: 3,
  max: 4,
  scalar: only(0, 2, 3),
  fn: ([key, range, index, sorted = true], ctx) => {
    if (range instanceof FormulaError) return range;
    const m = asMatrix(range);
    const col = whole(index, ctx, 'VLOOKUP', 3);
    if (col instanceof FormulaError) return col;
    if (col < 1) return new FormulaError('#VALUE!', `Function VLOOKUP parameter 3 value is ${col}. It should be greater than or equal to 1.`);
    if (col > m.width) return new FormulaError('#REF!', 'VLOOKUP evaluates to an out of bounds range.');
    const isSorted = sorted === null ? false : toBoolean(sorted as Scalar, ctx, 'VLOOKUP', 4);
    if (isSorted instanceof FormulaError) return isSorted;
    const i = find(
      key as Scalar,
      m.rows.map((r) => r[0]),
      isSorted ? 'below' : 'exact',
      ctx,
    );
    return i < 0 ? notFound(key as Scalar, 'VLOOKUP', ctx) : m.at(i, col - 1);
  },
};

const MODES: Record<number, Mode> = { 0: 'exact', 1: 'above', [-1]: 'below', 2: 'wildcard' };

const XLOOKUP: Builtin = {
  min: 3,
  max: 6,
  scalar: only(0, 4, 5),
  fn: ([key, lookup, result, missing, matchMode = 0, searchMode = 1], ctx) => {
    const cells = vector(asMatrix(lookup));
    if (!cells) return new FormulaError('#VALUE!', 'XLOOKUP lookup_range must be a single row or a single column.');
    const out = asMatrix(result);
    const vertical = asMatrix(lookup).width === 1;
    if ((vertical ? out.height : out.width) !== cells.length) {
      return new FormulaError('#VALUE!', 'XLOOKUP result_range must have the same number of rows (or columns) as lookup_range.');
    }
    const m = whole(matchMode ?? 0, ctx, 'XLOOKUP', 5);
    if (m instanceof FormulaError) return m;
    const s = whole(searchMode ?? 1, ctx, 'XLOOKUP', 6);
    if (s instanceof FormulaError) return s;
    const mode = MODES[m];
    if (!mode) return new FormulaError('#VALUE!', `Function XLOOKUP parameter 5 value is ${m}. Valid values are 0, 1, -1 and 2.`);
    // Next larger (1) or smaller (-1) is searched over the values in order; binary search modes read the data as sorted the same way.
    const i = mode === 'above' || mode === 'below' ? nearest(key as Scalar, cells, mode, ctx) : find(key as Scalar, cells, mode, ctx, s < 0);
    if (i < 0) return missing === undefined ? notFound(key as Scalar, 'XLOOKUP', ctx) : missing;
    if (vertical) return out.width === 1 ? out.at(i, 0) : new Matrix([out.rows[i]]);
    return out.height === 1 ? out.at(0, i) : new Matrix(out.rows.map((r) => [r[i]]));
  },
};

/** The exact match, else the nearest value above (the smallest larger) or below (the largest smaller), in any order. */
function nearest(key: Scalar, cells: Scalar[], mode: 'above' | 'below', ctx: Context): number {
  const exact = find(key, cells, 'exact', ctx);
  if (exact >= 0 || key === null || key instanceof FormulaError) return exact;
  let best = -1;
  cells.forEach((cell, i) => {
    if (cell === null || cell instanceof FormulaError || typeof cell !== typeof key) return;
    const c = compareValues(cell, key, ctx);
    if (mode === 'above' ? c <= 0 : c >= 0) return;
    if (best < 0) best = i;
    else {
      const d = compareValues(cell, cells[best] as Exclude<Scalar, FormulaError>, ctx);
      if (mode === 'above' ? d < 0 : d > 0) best = i;
    }
  });
  return best;
}

function size(v: Value, dim: 'rows' | 'cols'): number {
  if (!(v instanceof Matrix)) return 1;
  const o = v.origin;
  if (dim === 'rows') return o?.openRows ? o.maxRows - o.row + 1 : v.height;
  return o?.openCols ? o.maxCols - o.col + 1 : v.width;
}

const ROW: Builtin = {
  min: 0,
  max: 1,
  reference: (areas, ctx) => {
    if (areas.length === 0) return ctx.row;
    const area = areas[0];
    if (area instanceof FormulaError) return area;
    if (area === undefined) return new FormulaError('#N/A', 'Argument must be a range.');
    if (!ctx.array || area.numRows === 1) return area.row;
    return new Matrix(Array.from({ length: area.numRows }, (_, i) => [area.row + i]));
  },
};

export const LOOKUP: Record<string, Builtin> = {
  INDEX,
  MATCH,
  VLOOKUP,
  XLOOKUP,
  ROWS: { min: 1, max: 1, fn: ([range]) => (range instanceof FormulaError ? range : size(range, 'rows')) },
  COLUMNS: { min: 1, max: 1, fn: ([range]) => (range instanceof FormulaError ? range : size(range, 'cols')) },
  ROW,
};
