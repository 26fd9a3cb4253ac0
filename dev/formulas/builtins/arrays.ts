/**
 * ARRAYFORMULA, FILTER, UNIQUE, SORT.
 *   ARRAYFORMULA https://support.google.com/docs/answer/3093275: operators
 *     and one-value functions inside apply element by element (matrix.ts).
 *   FILTER https://support.google.com/docs/answer/3093197: conditions are
 *     arrays (evaluated as in ARRAYFORMULA), columns of the range's height or
 *     rows of its width, all of one kind; no match is #N/A.
 *   UNIQUE https://support.google.com/docs/answer/10522653: rows (or columns)
 *     in first-appearance order; exactly_once keeps those that appear once.
 *     Text is compared with its case, as Sheets' UNIQUE does.
 *   SORT https://support.google.com/docs/answer/3093150: by column indexes or
 *     by outside ranges of the range's height, each ascending or not; rows
 *     that tie keep their order; blanks go last.
 */
import { isDate } from '../../memory/values';
import { type Builtin, type Context, only } from '../context';
import { asMatrix, sameSize } from '../matrix';
import { FormulaError, Matrix, type Scalar, compareValues, serialOf, toBoolean, toNumber } from '../values';

const ARRAYFORMULA: Builtin = {
  min: 1,
  max: 1,
  arrays: true,
  lazy: ([formula]) => formula!(),
};

const FILTER: Builtin = {
  min: 2,
  max: Infinity,
  arrays: true,
  fn: ([range, ...conditions], ctx) => {
    if (range instanceof FormulaError) return range;
    const m = asMatrix(range);
    const conds = conditions.map(asMatrix);
    const byRows = conds[0].width === 1 && !(conds[0].height === 1 && m.height === 1 && m.width > 1);
    const shape = byRows
      ? new Matrix(
          m.rows.map(() => [null]),
          m.origin,
        )
      : new Matrix([m.rows[0]], m.origin);
    for (const c of conds) {
      if (!(byRows ? c.width === 1 : c.height === 1) || !sameSize(c, shape)) {
        return new FormulaError(
          '#VALUE!',
          `FILTER has mismatched range sizes. Expected row count: ${shape.height}. column count: ${shape.width}. Actual row count: ${c.height}, column count: ${c.width}.`,
        );
      }
    }
    // An open-ended range shorter than a condition reads blank below its last row with content.
    const n = Math.max(byRows ? m.height : m.width, ...conds.map((c) => (byRows ? c.height : c.width)));
    const keep: boolean[] = [];
    for (let k = 0; k < n; k++) {
      let ok = true;
      for (const c of conds) {
        const x = byRows ? c.at(k, 0) : c.at(0, k);
        if (x instanceof FormulaError) return x;
        const b = typeof x === 'string' ? false : toBoolean(x, ctx, 'FILTER', 2);
        if (b instanceof FormulaError) return b;
        if (!b) ok = false;
      }
      keep.push(ok);
    }
    const all = (count: number) => Array.from({ length: count }, (_, k) => k);
    const rows = byRows
      ? all(n)
          .filter((i) => keep[i])
          .map((i) => all(m.width).map((j) => m.at(i, j)))
      : all(m.height).map((i) =>
          all(n)
            .filter((j) => keep[j])
            .map((j) => m.at(i, j)),
        );
    if (rows.length === 0 || rows[0].length === 0) return new FormulaError('#N/A', 'No matches are found in FILTER evaluation.');
    return new Matrix(rows);
  },
};

/** A key that tells values apart as UNIQUE does: by kind, text with its case, dates and numbers by value. */
function keyOf(values: Scalar[], ctx: Context): string {
  return JSON.stringify(
    values.map((v) => {
      if (v === null) return ['b'];
      if (v instanceof FormulaError) return ['e', v.code];
      if (isDate(v)) return ['n', serialOf(v, ctx.timeZone)];
      return [typeof v, v];
    }),
  );
}

const transpose = (rows: Scalar[][]): Scalar[][] => (rows[0] ?? []).map((_, j) => rows.map((r) => r[j]));

const UNIQUE: Builtin = {
  min: 1,
  max: 3,
  scalar: only(1, 2),
  fn: ([range, byColumn = false, exactlyOnce = false], ctx) => {
    if (range instanceof FormulaError) return range;
    const columns = toBoolean(byColumn as Scalar, ctx, 'UNIQUE', 2);
    if (columns instanceof FormulaError) return columns;
    const once = toBoolean(exactlyOnce as Scalar, ctx, 'UNIQUE', 3);
    if (once instanceof FormulaError) return once;
    const m = asMatrix(range);
    const lines = columns ? transpose(m.rows) : m.rows;
    const counts = new Map<string, number>();
    const first = new Map<string, Scalar[]>();
    for (const line of lines) {
      const key = keyOf(line, ctx);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!first.has(key)) first.set(key, line);
    }
    const kept = [...first].filter(([key]) => !once || counts.get(key) === 1).map(([, line]) => line);
    if (kept.length === 0) return new FormulaError('#N/A', 'No unique values found.');
    return new Matrix(columns ? transpose(kept) : kept);
  },
};

const SORT: Builtin = {
  min: 1,
  max: Infinity,
  fn: ([range, ...specs], ctx) => {
    if (range instanceof FormulaError) return range;
    const m = asMatrix(range);
    if (specs.length % 2 === 1) specs.push(true);
    const keys: { column: (i: number) => Scalar; ascending: boolean }[] = [];
    if (specs.length === 0) keys.push({ column: (i) => m.at(i, 0), ascending: true });
    for (let k = 0; k < specs.length; k += 2) {
      const by = specs[k];
      const asc = toBoolean(specs[k + 1] as Scalar, ctx, 'SORT', k + 3);
      if (asc instanceof FormulaError) return asc;
      if (by instanceof Matrix && by.height * by.width > 1) {
        if (
          by.width !== 1 ||
          !sameSize(
            by,
            new Matrix(
              m.rows.map(() => [null]),
              m.origin,
            ),
          )
        ) {
          return new FormulaError('#VALUE!', `SORT has mismatched sizes: a sort column must be one column of ${m.height} rows.`);
        }
        keys.push({ column: (i) => by.at(i, 0), ascending: asc });
        continue;
      }
      const index = toNumber((by instanceof Matrix ? by.at(0, 0) : by) as Scalar, ctx, 'SORT', k + 2);
      if (index instanceof FormulaError) return index;
      const col = Math.trunc(index);
      if (col < 1 || col > m.width)
        return new FormulaError('#VALUE!', `Function SORT parameter ${k + 2} value is ${col}. Valid values are between 1 and ${m.width} inclusive.`);
      keys.push({ column: (i) => m.at(i, col - 1), ascending: asc });
    }
    for (const key of keys) for (let i = 0; i < m.height; i++) if (key.column(i) instanceof FormulaError) return key.column(i);
    const order = m.rows.map((_, i) => i);
    order.sort((a, b) => {
      for (const key of keys) {
        const x = key.column(a) as Exclude<Scalar, FormulaError>;
        const y = key.column(b) as Exclude<Scalar, FormulaError>;
        // Blanks go last whichever the direction.
        if (x === null || y === null) {
          if (x !== y) return x === null ? 1 : -1;
          continue;
        }
        const c = compareValues(x, y, ctx);
        if (c !== 0) return key.ascending ? c : -c;
      }
      return a - b;
    });
    return new Matrix(order.map((i) => m.rows[i]));
  },
};

export const ARRAYS: Record<string, Builtin> = { ARRAYFORMULA, FILTER, UNIQUE, SORT };
