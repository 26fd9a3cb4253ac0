/**
 * DATE, EDATE, EOMONTH, YEAR, MONTH, DAY. Date arguments are dates, date
 * serial numbers, or text that reads as a date in the spreadsheet's locale;
 * results are Dates at midnight in the spreadsheet's zone (values.ts).
 *   DATE    https://support.google.com/docs/answer/3092969 (numbers only,
 *           text is #VALUE!; decimals truncated; months and days outside
 *           their range roll over; years 0–1899 are 1900 later; below 0 or
 *           from 10000 #NUM!)
 *   EDATE   https://support.google.com/docs/answer/3092974 (months
 *           truncated; 31 January + 1 month is the end of February)
 *   EOMONTH https://support.google.com/docs/answer/3093044
 *   YEAR /3093061, MONTH /3093052, DAY /3093040
 */
import { type Builtin, type Context, ALL } from '../context';
import { FormulaError, type Scalar, type Value, dateOf, toNumber } from '../values';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The serial of a calendar day; month and day may run past their range (they roll over). */
function serialOfDay(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  return Math.round((d.getTime() - EPOCH) / DAY_MS);
}

/** The calendar day of a serial (its whole part). */
function dayOfSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dateArg(v: Value, ctx: Context, fn: string, param: number): number | FormulaError {
  const n = toNumber(v as Scalar, ctx, fn, param);
  if (n instanceof FormulaError) return n;
  if (n < 0) return new FormulaError('#NUM!', `Function ${fn} parameter ${param} value is ${n}. It should be greater than or equal to 0.`);
  return n;
}

function monthsLater(fn: string, endOfMonth: boolean): Builtin {
  return {
    min: 2,
    max: 2,
    scalar: ALL,
    fn: ([start, months], ctx) => {
      const s = dateArg(start, ctx, fn, 1);
      if (s instanceof FormulaError) return s;
      const m = toNumber(months as Scalar, ctx, fn, 2);
      if (m instanceof FormulaError) return m;
      const { year, month, day } = dayOfSerial(s);
      const target = month + Math.trunc(m);
      // Day 0 of the month after is the last day of the target month.
      const last = serialOfDay(year, target + 1, 0);
      const serial = endOfMonth ? last : Math.min(serialOfDay(year, target, day), last);
      return dateOf(serial, ctx.timeZone);
    },
  };
}

function part(fn: string, pick: (d: { year: number; month: number; day: number }) => number): Builtin {
  return {
    min: 1,
    max: 1,
    scalar: ALL,
    fn: ([date], ctx) => {
      const s = dateArg(date, ctx, fn, 1);
      return s instanceof FormulaError ? s : pick(dayOfSerial(s));
    },
  };
}

const DATE: Builtin = {
  min: 3,
  max: 3,
  scalar: ALL,
  fn: (args, ctx) => {
    const parts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = args[i] as Scalar;
      if (typeof v === 'string') {
        return new FormulaError('#VALUE!', `Function DATE parameter ${i + 1} expects number values. But '${v}' is a text and cannot be coerced to a number.`);
      }
      const n = toNumber(v, ctx, 'DATE', i + 1);
      if (n instanceof FormulaError) return n;
      parts.push(Math.trunc(n));
    }
    let [year] = parts;
    if (year < 0 || year >= 10000) return new FormulaError('#NUM!', `Function DATE parameter 1 value is ${year}. It should be between 0 and 9999.`);
    if (year < 1900) year += 1900;
    return dateOf(serialOfDay(year, parts[1], parts[2]), ctx.timeZone);
  },
};

export const DATES: Record<string, Builtin> = {
  DATE,
  EDATE: monthsLater('EDATE', false),
  EOMONTH: monthsLater('EOMONTH', true),
  YEAR: part('YEAR', (d) => d.year),
  MONTH: part('MONTH', (d) => d.month),
  DAY: part('DAY', (d) => d.day),
};
