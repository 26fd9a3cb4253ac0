/**
 * IF, IFERROR, IFNA, AND, OR, NOT, TRUE, FALSE and the IS… tests.
 *
 * IF, IFERROR and IFNA evaluate only the branch they return when their test
 * is one value (a custom function in the other branch is not called), and
 * both branches element by element when it is an array (inside ARRAYFORMULA).
 *   IF:      https://support.google.com/docs/answer/3093364
 *   IFERROR: https://support.google.com/docs/answer/3093304 (second argument
 *            optional, blank by default)
 *   IFNA:    https://support.google.com/docs/answer/9365944 (both arguments
 *            required; a range gives one result per cell)
 *   AND/OR:  https://support.google.com/docs/answer/3093301, /3093306
 */
import { isDate } from '../../memory/values';
import { type Builtin, type Context, ALL, type Thunk, scalarize } from '../context';
import { lift } from '../matrix';
import { FormulaError, Matrix, type Scalar, type Value, toBoolean } from '../values';

/** The `yes` or `no` value for a test, element by element when the test is an array (`prepare` readies a branch for lifting). */
function pick(name: string, test: Value, when: (t: Scalar) => boolean | FormulaError, yes: Thunk, no: Thunk, prepare: (v: Value) => Value): Value {
  if (!(test instanceof Matrix)) {
    const t = when(test);
    if (t instanceof FormulaError) return t;
    return t ? yes() : no();
  }
  const a = prepare(yes());
  const b = prepare(no());
  return lift(name, [test, a, b], ([t, x, y]) => {
    const c = when(t);
    return c instanceof FormulaError ? c : c ? x : y;
  });
}

const IF: Builtin = {
  min: 2,
  max: 3,
  lazy: ([test, yes, no], ctx) => {
    const t = scalarize(test!(), ctx);
    return pick(
      'IF',
      t,
      (v) => (v instanceof FormulaError ? v : toBoolean(v, ctx, 'IF', 1)),
      yes!,
      no ?? (() => null),
      (v) => scalarize(v, ctx),
    );
  },
};

/**
 * IFERROR and IFNA: given a range, they return an array of one result per
 * cell even outside ARRAYFORMULA (Google's IFNA example: `IFNA(A3:A5, "Has na
 * error")`), so their value is not read from the formula's row.
 */
function catching(name: string, min: number, catches: (e: FormulaError) => boolean): Builtin {
  return {
    min,
    max: 2,
    lazy: ([value, fallback]) => {
      const v = value!();
      const isCaught = (x: Scalar) => x instanceof FormulaError && catches(x);
      if (v instanceof Matrix && !v.rows.some((r) => r.some(isCaught))) return v;
      return pick(
        name,
        v,
        (x) => !isCaught(x),
        () => v,
        fallback ?? (() => null),
        (x) => x,
      );
    },
  };
}

/** The logical values among AND's or OR's arguments: text and blanks in ranges are skipped. */
function logicals(name: string, args: Value[], ctx: Context): boolean[] | FormulaError {
  const out: boolean[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg instanceof Matrix) {
      for (const x of arg.values()) {
        if (x instanceof FormulaError) return x;
        if (typeof x === 'boolean') out.push(x);
        else if (typeof x === 'number') out.push(x !== 0);
      }
    } else if (arg !== null) {
      const b = toBoolean(arg, ctx, name, i + 1);
      if (b instanceof FormulaError) return b;
      out.push(b);
    }
  }
  return out.length > 0 ? out : new FormulaError('#VALUE!', `${name} has no valid input data.`);
}

function aggregate(name: string, combine: (values: boolean[]) => boolean): Builtin {
  return {
    min: 1,
    max: Infinity,
    fn: (args, ctx) => {
      const values = logicals(name, args, ctx);
      return values instanceof FormulaError ? values : combine(values);
    },
  };
}

function test(check: (v: Scalar) => boolean): Builtin {
  return { min: 1, max: 1, scalar: ALL, takesErrors: true, fn: ([v]) => check(v as Scalar) };
}

export const LOGIC: Record<string, Builtin> = {
  IF,
  IFERROR: catching('IFERROR', 1, () => true),
  IFNA: catching('IFNA', 2, (e) => e.code === '#N/A'),
  AND: aggregate('AND', (v) => v.every(Boolean)),
  OR: aggregate('OR', (v) => v.some(Boolean)),
  NOT: {
    min: 1,
    max: 1,
    scalar: ALL,
    fn: ([v], ctx) => {
      const b = toBoolean(v as Scalar, ctx, 'NOT', 1);
      return b instanceof FormulaError ? b : !b;
    },
  },
  TRUE: { min: 0, max: 0, fn: () => true },
  FALSE: { min: 0, max: 0, fn: () => false },
  ISBLANK: test((v) => v === null),
  ISERROR: test((v) => v instanceof FormulaError),
  ISNA: test((v) => v instanceof FormulaError && v.code === '#N/A'),
  ISNUMBER: test((v) => typeof v === 'number' || isDate(v)),
  ISTEXT: test((v) => typeof v === 'string'),
};
