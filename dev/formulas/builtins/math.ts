/**
 * SUM, MIN, MAX, COUNT, COUNTA, AVERAGE, ROUND, SUMPRODUCT, SUMIF(S),
 * COUNTIF(S).
 *
 * In a range, SUM, MIN, MAX, COUNT and AVERAGE take numbers (and dates) and
 * skip text, booleans and blanks; a value given directly is read as a number
 * (`SUM("3", TRUE)` is 4, `SUM("x")` #VALUE!). An error anywhere is the result.
 *   SUM https://support.google.com/docs/answer/3093669, MIN /3094017,
 *   MAX /3094013, COUNTA /3093991 (counts every value that is not blank,
 *   "" returned by a formula and errors included), ROUND /3093440 (halves
 *   away from zero; places may be negative), SUMIFS /3238496, COUNTIFS
 *   /3256550 (ranges of the same size), SUMIF /3093583, COUNTIF /3093480.
 */
import { isDate } from '../../memory/values';
import { type Builtin, type Context, ALL, only } from '../context';
import { criterion, type Test } from '../criteria';
import { asMatrix, sameSize } from '../matrix';
import { FormulaError, Matrix, type Scalar, type Value, serialOf, toNumber } from '../values';

/** The numbers among the arguments, with the value each came from (MIN/MAX of dates return a date). */
function numbers(name: string, args: Value[], ctx: Context): { n: number; from: Scalar }[] | FormulaError {
  const out: { n: number; from: Scalar }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg instanceof Matrix) {
      for (const x of arg.values()) {
        if (x instanceof FormulaError) return x;
        if (typeof x === 'number') out.push({ n: x, from: x });
        else if (isDate(x)) out.push({ n: serialOf(x, ctx.timeZone), from: x });
      }
    } else if (arg !== null) {
      const n = toNumber(arg, ctx, name, i + 1);
      if (n instanceof FormulaError) return n;
      out.push({ n, from: arg });
    }
  }
  return out;
}

function overNumbers(name: string, reduce: (ns: { n: number; from: Scalar }[]) => Value): Builtin {
  return {
    min: 1,
    max: Infinity,
    fn: (args, ctx) => {
      const ns = numbers(name, args, ctx);
      return ns instanceof FormulaError ? ns : reduce(ns);
    },
  };
}

function extreme(better: (a: number, b: number) => boolean) {
  return (ns: { n: number; from: Scalar }[]): Value => {
    if (ns.length === 0) return 0;
    let best = ns[0];
    for (const x of ns) if (better(x.n, best.n)) best = x;
    return isDate(best.from) ? best.from : best.n;
  };
}

/** Half away from zero, as "standard rules" round; the product is first taken to 15 digits so 1.005 × 100 is 100.5. */
export function roundHalfAway(x: number, places: number): number {
  const p = Math.trunc(places);
  const f = 10 ** Math.abs(p);
  const scaled = p >= 0 ? Math.abs(x) * f : Math.abs(x) / f;
  const r = Math.round(Number(scaled.toPrecision(15)));
  const out = p >= 0 ? r / f : r * f;
  return x < 0 ? -out : out;
}

/**
 * Ranges and criteria in pairs (with the range to sum, if any): which cells,
 * row by row, meet every criterion, over the ranges' common size (an
 * open-ended range reads blank past its last row with content).
 */
function matching(name: string, ranges: Matrix[], criteria: Scalar[], ctx: Context): { ok: boolean[]; height: number; width: number } | FormulaError {
  if (ranges.some((r) => !sameSize(r, ranges[0]))) return new FormulaError('#VALUE!', `Array arguments to ${name} are of different size.`);
  const height = Math.max(...ranges.map((r) => r.height));
  const width = Math.max(...ranges.map((r) => r.width));
  const ok: boolean[] = Array(height * width).fill(true);
  const tested = ranges.length - criteria.length;
  for (let p = 0; p < criteria.length; p++) {
    const test: Test | FormulaError = criterion(criteria[p], ctx);
    if (test instanceof FormulaError) return test;
    const range = ranges[tested + p];
    for (let i = 0; i < height; i++) {
      for (let j = 0; j < width; j++) {
        const k = i * width + j;
        if (ok[k] && !test(range.at(i, j))) ok[k] = false;
      }
    }
  }
  return { ok, height, width };
}

/** SUMIFS' and COUNTIFS' arguments after the range to sum: ranges at even places, criteria at odd ones. */
function pairs(args: Value[]): { ranges: Matrix[]; criteria: Scalar[] } {
  return {
    ranges: args.filter((_, i) => i % 2 === 0).map(asMatrix),
    criteria: args.filter((_, i) => i % 2 === 1) as Scalar[],
  };
}

function sumWhere(name: string, sumRange: Value, rest: Value[], ctx: Context): Value {
  const sums = asMatrix(sumRange);
  const { ranges, criteria } = pairs(rest);
  const found = matching(name, [sums, ...ranges], criteria, ctx);
  if (found instanceof FormulaError) return found;
  let total = 0;
  for (let i = 0; i < found.height; i++) {
    for (let j = 0; j < found.width; j++) {
      if (!found.ok[i * found.width + j]) continue;
      const x = sums.at(i, j);
      if (x instanceof FormulaError) return x;
      if (typeof x === 'number') total += x;
      else if (isDate(x)) total += serialOf(x, ctx.timeZone);
    }
  }
  return total;
}

function countWhere(name: string, args: Value[], ctx: Context): Value {
  const { ranges, criteria } = pairs(args);
  const found = matching(name, ranges, criteria, ctx);
  return found instanceof FormulaError ? found : found.ok.filter(Boolean).length;
}

const odd = (i: number) => i % 2 === 1;
const evenAfterFirst = (i: number) => i > 0 && i % 2 === 0;

export const MATH: Record<string, Builtin> = {
  SUM: overNumbers('SUM', (ns) => ns.reduce((s, x) => s + x.n, 0)),
  MIN: overNumbers(
    'MIN',
    extreme((a, b) => a < b),
  ),
  MAX: overNumbers(
    'MAX',
    extreme((a, b) => a > b),
  ),
  COUNT: {
    min: 1,
    max: Infinity,
    fn: (args) => {
      let n = 0;
      for (const arg of args) for (const x of asMatrix(arg).values()) if (typeof x === 'number' || isDate(x)) n += 1;
      return n;
    },
  },
  COUNTA: {
    min: 1,
    max: Infinity,
    fn: (args) => {
      let n = 0;
      for (const arg of args) for (const x of asMatrix(arg).values()) if (x !== null) n += 1;
      return n;
    },
  },
  AVERAGE: overNumbers('AVERAGE', (ns) =>
    ns.length === 0
      ? new FormulaError('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.')
      : ns.reduce((s, x) => s + x.n, 0) / ns.length,
  ),
  ROUND: {
    min: 1,
    max: 2,
    scalar: ALL,
    fn: ([value, places = null], ctx) => {
      const x = toNumber(value as Scalar, ctx, 'ROUND', 1);
      if (x instanceof FormulaError) return x;
      const p = toNumber(places as Scalar, ctx, 'ROUND', 2);
      return p instanceof FormulaError ? p : roundHalfAway(x, p);
    },
  },
  ABS: {
    min: 1,
    max: 1,
    scalar: ALL,
    fn: ([value], ctx) => {
      const x = toNumber(value as Scalar, ctx, 'ABS', 1);
      return x instanceof FormulaError ? x : Math.abs(x);
    },
  },
  SUMPRODUCT: {
    min: 1,
    max: Infinity,
    arrays: true,
    fn: (args) => {
      const ms = args.map(asMatrix);
      if (ms.some((m) => !sameSize(m, ms[0]) || !sameSize(ms[0], m))) {
        return new FormulaError('#VALUE!', 'SUMPRODUCT has mismatched range sizes.');
      }
      let total = 0;
      for (let i = 0; i < ms[0].height; i++) {
        for (let j = 0; j < ms[0].width; j++) {
          let product = 1;
          for (const m of ms) {
            const x = m.at(i, j);
            if (x instanceof FormulaError) return x;
            product *= typeof x === 'number' ? x : 0;
          }
          total += product;
        }
      }
      return total;
    },
  },
  SUMIFS: {
    min: 3,
    max: Infinity,
    scalar: evenAfterFirst,
    fn: (args, ctx) => (args.length % 2 === 0 ? wrongPairs('SUMIFS') : sumWhere('SUMIFS', args[0], args.slice(1), ctx)),
  },
  COUNTIFS: {
    min: 2,
    max: Infinity,
    scalar: odd,
    fn: (args, ctx) => (args.length % 2 === 1 ? wrongPairs('COUNTIFS') : countWhere('COUNTIFS', args, ctx)),
  },
  SUMIF: {
    min: 2,
    max: 3,
    scalar: only(1),
    fn: ([range, test, sums], ctx) => sumWhere('SUMIF', sums ?? range, [range, test], ctx),
  },
  COUNTIF: { min: 2, max: 2, scalar: only(1), fn: (args, ctx) => countWhere('COUNTIF', args, ctx) },
};

function wrongPairs(name: string): FormulaError {
  return new FormulaError('#N/A', `Wrong number of arguments to ${name}: ranges and criteria go in pairs.`);
}
