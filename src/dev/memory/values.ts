/**
 * What a cell holds and how a written value becomes one. Values are stored in
 * the Node realm: '' for empty, numbers, strings, booleans and Dates (copied,
 * so a Date made in the add-on's vm realm never leaks into the store).
 */

export type CellValue = string | number | boolean | Date;

/** A Date from any realm (the add-on runs in a vm context with its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === '';
}

/** A stored value as a fresh copy (Dates are mutable). */
export function copyValue(value: CellValue | undefined): CellValue {
  if (value === undefined) return '';
  return isDate(value) ? new Date(value.getTime()) : value;
}

/** What writing a value to a cell does: store a value, or set a formula. */
export type Written = { value: CellValue } | { formula: string };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

/** Locales whose decimal mark is a comma (Sheets reads `1,5` as 1.5 there). */
function commaDecimal(locale: string): boolean {
  return /^(ru|uk|be|kk|de|fr|es|it|pt|pl|cs|nl|sv|fi|nb|da|tr|id)(_|-|$)/i.test(locale);
}

/**
 * A value written with setValue/setValues/appendRow, read as Sheets reads text
 * a user types (Apps Script's setValue does the same):
 * - a string starting with `'` is text, without the quote (`'=1+1` → the text `=1+1`);
 * - a string starting with `=` is a formula; so is one starting with `+` or `-`
 *   that is not a number (Sheets would take `-x` or `+x` as a formula too);
 * - unless the cell's number format is plain text (`@`): a number written as
 *   text (`123`, `1,234.5` in English locales, `1,5` in comma locales, `15%`)
 *   becomes a number, and `TRUE`/`FALSE` (any case) a boolean;
 * - null and undefined clear the cell; other objects are stored as their text.
 * Dates given as text are kept as text (the store does not parse dates).
 */
export function interpretWritten(input: unknown, locale: string, numberFormat: string | undefined): Written {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : String(input) };
  if (typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input !== 'string') return { value: String(input) };
  const s = input;
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { formula: s };
  const text = numberFormat === '@';
  const trimmed = s.trim();
  if (!text) {
    const n = numberFromText(trimmed, locale);
    if (n !== undefined) return { value: n };
    if (/^true$/i.test(trimmed)) return { value: true };
    if (/^false$/i.test(trimmed)) return { value: false };
  }
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1 && numberFromText(trimmed, locale) === undefined) {
    return { formula: `=${s}` };
  }
  return { value: s };
}

function numberFromText(s: string, locale: string): number | undefined {
  if (PLAIN_NUMBER.test(s)) return Number(s);
  if (PERCENT.test(s)) return Number(s.slice(0, -1)) / 100;
  if (commaDecimal(locale)) {
    if (COMMA_DECIMAL.test(s)) return Number(s.replace(',', '.'));
  } else if (GROUPED_NUMBER.test(s)) {
    return Number(s.replace(/,/g, ''));
  }
  return undefined;
}

/** The name Apps Script gives a JS value's type in "The parameters (…) don't match" messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return value.length > 0 ? `${typeName(value[0])}[]` : 'Object[]';
  if (isDate(value)) return 'Date';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}
