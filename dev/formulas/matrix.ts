/**
 * How one-value operations meet arrays, as in Sheets:
 *
 * - Outside ARRAYFORMULA, a range where one value is needed gives the cell in
 *   the formula's own row (for a one-column range) or column (one-row range),
 *   else #VALUE! "An array value could not be found." (implicit intersection).
 *   An array that is not a range (an array literal, FILTER's result…) is
 *   lifted instead.
 * - Lifting applies the operation element by element. A one-row or
 *   one-column array is repeated to the others' size; arrays of other
 *   different sizes are #VALUE! "Array arguments to ADD are of different
 *   size." (ADD, EQ… are the operators' function names in Sheets' messages).
 * - An open-ended range (`A2:A`) is read only to the sheet's last row with
 *   content, which its real length (to the grid's end) never falls short of:
 *   where sizes are compared it is padded with blanks to the other size. So
 *   two open-ended ranges of different sheets never mismatch here, where
 *   Sheets could find their grids of different sizes.
 */
import { FormulaError, Matrix, type Scalar, type Value } from './values';

export interface Cell {
  row: number;
  col: number;
}

const NO_ARRAY_VALUE = 'An array value could not be found.';

/** The value a range gives where one value is needed outside ARRAYFORMULA. */
export function intersect(v: Value, at: Cell): Value {
  if (!(v instanceof Matrix) || !v.origin) return v;
  if (v.height === 1 && v.width === 1) return v.at(0, 0);
  const o = v.origin;
  if (v.width === 1) {
    const i = at.row - o.row;
    const length = o.openRows ? o.maxRows - o.row + 1 : v.height;
    if (i >= 0 && i < length) return v.at(i, 0);
  } else if (v.height === 1) {
    const j = at.col - o.col;
    const length = o.openCols ? o.maxCols - o.col + 1 : v.width;
    if (j >= 0 && j < length) return v.at(0, j);
  }
  return new FormulaError('#VALUE!', NO_ARRAY_VALUE);
}

/** The size arrays of these sizes combine to, element by element; an error when they cannot. */
export function commonSize(matrices: Matrix[], name: string): { height: number; width: number } | FormulaError {
  const fitting = (sizes: { n: number; open: boolean }[]): number | undefined => {
    const n = Math.max(...sizes.map((s) => s.n));
    return sizes.every((s) => s.n === 1 || s.n === n || s.open) ? n : undefined;
  };
  const height = fitting(matrices.map((m) => ({ n: m.height, open: m.origin?.openRows ?? false })));
  const width = fitting(matrices.map((m) => ({ n: m.width, open: m.origin?.openCols ?? false })));
  if (height === undefined || width === undefined) return new FormulaError('#VALUE!', `Array arguments to ${name} are of different size.`);
  return { height, width };
}

/** The element of a matrix at (i, j) of a larger result: repeated along a dimension of 1, blank past an open end. */
export function elementAt(m: Matrix, i: number, j: number): Scalar {
  const r = m.height === 1 ? 0 : i;
  const c = m.width === 1 ? 0 : j;
  return r < m.height && c < m.width ? m.at(r, c) : null;
}

/**
 * Applies a one-value operation over its arguments: once when none is an
 * array, else element by element into an array of their common size.
 */
export function lift(name: string, args: Value[], fn: (values: Scalar[]) => Scalar): Value {
  const matrices = args.filter((a): a is Matrix => a instanceof Matrix);
  if (matrices.length === 0) return fn(args as Scalar[]);
  const size = commonSize(matrices, name);
  if (size instanceof FormulaError) return size;
  const rows: Scalar[][] = [];
  for (let i = 0; i < size.height; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < size.width; j++) row.push(fn(args.map((a) => (a instanceof Matrix ? elementAt(a, i, j) : a))));
    rows.push(row);
  }
  return new Matrix(rows);
}

/** A value as a matrix (a single value is a 1 × 1 array). */
export function asMatrix(v: Value): Matrix {
  return v instanceof Matrix ? v : new Matrix([[v]]);
}

/** The first error among a matrix's values, if any. */
export function firstError(v: Value): FormulaError | undefined {
  if (v instanceof FormulaError) return v;
  if (!(v instanceof Matrix)) return undefined;
  for (const x of v.values()) if (x instanceof FormulaError) return x;
  return undefined;
}

/** Pads or checks two arrays that must be the same size (FILTER's conditions, SUMIFS' ranges). */
export function sameSize(a: Matrix, b: Matrix): boolean {
  const rowsFit = a.height === b.height || (a.height < b.height ? a.origin?.openRows : b.origin?.openRows);
  const colsFit = a.width === b.width || (a.width < b.width ? a.origin?.openCols : b.origin?.openCols);
  return Boolean(rowsFit && colsFit);
}
