import { type Lang, quote, t } from '../i18n';
import { excerpt } from '../values/text';

/** What a custom function may return in one cell. */
export type Cell = string | number | boolean | Date;
/** What a custom function returns: one cell, or rows of cells that spill. */
export type Output = Cell | Cell[][];

/** A Date, also one made in another realm (a vm context, the Apps Script runtime). */
export function isDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/** An omitted argument, an empty cell, or a cell holding only spaces. */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (typeof value === 'string' && value.trim() === '');
}

export function isRange(value: unknown): value is unknown[][] {
  return Array.isArray(value);
}

/** How a cell's value appears inside an error message. */
export function describeValue(value: unknown, lang: Lang): string {
  // "the cell is empty, but a date is needed": the problem itself says that the cell is empty.
  if (isEmpty(value)) return t`the cell`[lang];
  if (typeof value === 'string') return quote(excerpt(value))[lang];
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? t`invalid date`[lang] : value.toISOString();
  if (Array.isArray(value)) return t`a range`[lang];
  return String(value);
}
