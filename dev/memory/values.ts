/**
 * What a cell holds and how a written value becomes one. Values are stored in
 * the Node realm: '' for empty, numbers, strings, booleans and Dates (copied,
 * so a Date made in the add-on's vm realm never leaks into the store).
 */

import { MESSAGES, ServiceError } from './errors';
import { typedValue } from './typed';

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

/**
 * The most characters a cell holds. Longer input is refused with the error
 * Sheets gives ("Your input contains more than the maximum of 50000
 * characters in a single cell.", as reported from Apps Script and the Sheets
 * API, e.g. github.com/freelabz/secator/issues/96). The limit is checked on
 * the string as given (a leading `'` counts) in UTF-16 units, the stricter
 * count for characters outside the BMP.
 */
export const CELL_CHARACTERS = 50_000;

export function checkCellText(text: string): void {
  if (text.length > CELL_CHARACTERS) throw new ServiceError(MESSAGES.cellTooLong);
}

/**
 * A value written with setValue/setValues/appendRow, read as Sheets reads
 * text a user types (Apps Script's setValue does the same):
 * - in a cell formatted as plain text (`@`) a string is kept exactly as given:
 *   no formula, number or date, and a leading `'` stays part of the text (the
 *   UI keeps typed text as text there; whether it also drops a quote is not
 *   documented, so the fake keeps it: use one escape, not both);
 * - a string starting with `'` is text, without the quote (`'=1+1` → the text `=1+1`);
 * - a string starting with `=` is a formula;
 * - a number, boolean or date as typed text becomes that value (typed.ts; a
 *   date only when the spreadsheet's time zone is given, as the Range and
 *   Sheet writers do);
 * - any other string starting with `+` or `-` is a formula too, as in the UI:
 *   `+7 (495) 000-00-00` becomes `=+7 (495) 000-00-00`, which Sheets cannot
 *   parse, so the cell shows #ERROR! (model.ts writeFormula);
 * - null and undefined clear the cell; other objects are stored as their text.
 * A string longer than 50,000 characters is refused.
 */
export function interpretWritten(input: unknown, locale: string, numberFormat: string | undefined, timeZone?: string, now?: number): Written {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : String(input) };
  if (typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  const s = String(input);
  checkCellText(s);
  if (typeof input !== 'string' || numberFormat === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { formula: s };
  const typed = typedValue(s, { locale, timeZone, now });
  if (typed !== undefined) return { value: typed };
  if (/^[+-]\s*\S/.test(s)) return { formula: `=${s}` };
  return { value: s };
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
