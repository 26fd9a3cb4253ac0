/**
 * Values inside a formula, and how Sheets converts between them.
 *
 * - A scalar is a number, text, boolean, Date, error, or `null` for blank (an
 *   empty cell or an argument left empty: it reads as 0, "" or FALSE as the
 *   place needs, as in Sheets).
 * - A Matrix is a range's cells or an array result. One read from a reference
 *   remembers where it came from: an operator outside ARRAYFORMULA then takes
 *   the cell in the formula's own row or column (implicit intersection), and
 *   an open-ended range (`A2:A`) read only down to the sheet's last row with
 *   content counts as longer than it looks (see matrix.ts).
 * - Dates. Sheets stores a date as the number of days since 30 December 1899;
 *   the in-memory spreadsheet stores a Date (the instant of its wall clock in
 *   the spreadsheet's time zone, as Apps Script returns it). Here a Date stays
 *   a Date until arithmetic, comparison or a date function needs the number:
 *   its serial is the wall clock in the spreadsheet's zone as days. Date
 *   results (DATE, EDATE, EOMONTH, a date plus or minus days) are Dates at
 *   that wall clock, midnight for whole days, like the add-on's own date
 *   results; a date minus a date is a number of days.
 */
import { instantOf, wallClock } from '../memory/zone';
import { typedValue } from '../memory/typed';
import { isDate } from '../memory/values';
import type { ErrorCode } from './lex';

export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export type Scalar = number | string | boolean | Date | FormulaError | null;

/** Where a matrix was read from: its sheet, rectangle, and whether its rows or columns run to the end of the sheet. */
export interface Origin {
  sheetId: number;
  row: number;
  col: number;
  openRows: boolean;
  openCols: boolean;
  /** The grid size of the sheet, for an open range's real length (ROWS of `A2:A` is the grid's rows − 1). */
  maxRows: number;
  maxCols: number;
}

export class Matrix {
  constructor(
    readonly rows: Scalar[][],
    readonly origin?: Origin,
  ) {}

  get height(): number {
    return this.rows.length;
  }

  get width(): number {
    return this.rows[0]?.length ?? 0;
  }

  at(i: number, j: number): Scalar {
    return this.rows[i]?.[j] ?? null;
  }

  /** Every value, row by row. */
  *values(): Generator<Scalar> {
    for (const row of this.rows) yield* row;
  }
}

export type Value = Scalar | Matrix;

export const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;

/** Settings a conversion needs: the spreadsheet's locale and time zone. */
export interface Settings {
  locale: string;
  timeZone: string;
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The date serial of a Date: its wall clock in the zone, as days since 30 December 1899. */
export function serialOf(date: Date, zone: string): number {
  const w = wallClock(date.getTime(), zone);
  const utc = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms));
  utc.setUTCFullYear(w.year);
  return (utc.getTime() - EPOCH) / DAY;
}

/** The Date whose wall clock in the zone is this serial. */
export function dateOf(serial: number, zone: string): Date {
  const d = new Date(EPOCH + Math.round(serial * DAY));
  const at = instantOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), zone);
  return new Date(at + d.getUTCMilliseconds());
}

/** A number as Sheets writes it in text: at most 15 significant digits (`=1/3&""` is 0.333333333333333). */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** Text for `&`, LEN, TRIM…: a date is its serial, as in Sheets. */
export function toText(v: Scalar, s: Settings): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return numberText(v);
  if (isDate(v)) return numberText(serialOf(v, s.timeZone));
  return v.code;
}

/**
 * A number for arithmetic: blank and "" are 0, TRUE 1, a date its serial, text
 * that reads as a number or date (in the spreadsheet's locale) that value;
 * other text is #VALUE! with Sheets' message.
 */
export function toNumber(v: Scalar, s: Settings, fn: string, param: number): number | FormulaError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof FormulaError) return v;
  if (isDate(v)) return serialOf(v, s.timeZone);
  if (v.trim() === '') return 0;
  const typed = typedValue(v.trim(), { locale: s.locale, timeZone: s.timeZone });
  if (typeof typed === 'number') return typed;
  if (isDate(typed)) return serialOf(typed, s.timeZone);
  return new FormulaError('#VALUE!', `Function ${fn} parameter ${param} expects number values. But '${v}' is a text and cannot be coerced to a number.`);
}

/** A condition: TRUE/FALSE, a number (not 0 is true), blank false, the texts "TRUE"/"FALSE"; other text is #VALUE!. */
export function toBoolean(v: Scalar, s: Settings, fn: string, param: number): boolean | FormulaError {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof FormulaError) return v;
  if (isDate(v)) return serialOf(v, s.timeZone) !== 0;
  const upper = v.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  if (upper === '') return false;
  return new FormulaError('#VALUE!', `Function ${fn} parameter ${param} expects boolean values. But '${v}' is a text and cannot be coerced to a boolean.`);
}

/** Numbers equal to 15 significant digits are equal, as in Sheets (`=0.1+0.2=0.3` is TRUE). */
function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  const ra = Number(a.toPrecision(15));
  const rb = Number(b.toPrecision(15));
  return ra === rb ? 0 : ra < rb ? -1 : 1;
}

/** Sheets' order of kinds when they differ: numbers (and dates) before text before booleans. */
function kindRank(v: Exclude<Scalar, null | FormulaError>): number {
  return typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 0;
}

/**
 * Compares two values as Sheets' comparison operators do: text without regard
 * to case, dates as their serials, a blank as the other side's empty value
 * (0, "" or FALSE); values of different kinds by kind. Errors are the
 * caller's to handle.
 */
export function compareValues(a: Exclude<Scalar, FormulaError>, b: Exclude<Scalar, FormulaError>, s: Settings): number {
  if (a === null && b === null) return 0;
  if (a === null) return -compareValues(b, null, s);
  const left = isDate(a) ? serialOf(a, s.timeZone) : a;
  let right = b === null ? (typeof left === 'string' ? '' : typeof left === 'boolean' ? false : 0) : b;
  if (isDate(right)) right = serialOf(right, s.timeZone);
  const kinds = kindRank(left) - kindRank(right);
  if (kinds !== 0) return kinds < 0 ? -1 : 1;
  if (typeof left === 'number') return compareNumbers(left, right as number);
  if (typeof left === 'boolean') return left === right ? 0 : left ? 1 : -1;
  const x = left.toLowerCase();
  const y = (right as string).toLowerCase();
  return x === y ? 0 : x < y ? -1 : 1;
}

/** A copy of a scalar for a cell or a custom function: blank is ''. */
export function cellValueOf(v: Exclude<Scalar, FormulaError>): string | number | boolean | Date {
  if (v === null) return '';
  return isDate(v) ? new Date(v.getTime()) : v;
}
