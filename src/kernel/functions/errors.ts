import { type Lang, type Text, t } from '../i18n';
import { describeValue } from './cells';

/**
 * Where in a call a value came from: the argument, and for a range the sheet
 * cell when the calling formula tells it, else the row and column in the
 * range (0-based).
 */
export interface Place {
  param: string;
  /** The sheet cell (`B4`, `'Other sheet'!D5`), or cells of one row (`A5:D5`), when known. */
  cell?: string;
  row?: number;
  col?: number;
  /** More than one column in the range, so the column is worth naming. */
  wide?: boolean;
  /** The header of the value's column in a table (DEAL_STATUS's deals, a log). */
  header?: string;
}

/**
 * The error a custom function throws so that the cell shows #ERROR! with a
 * message that names the function, the argument, where and the value:
 * `PARTNER_TIER: sales_12m, D6: "n/a" is not a number`, or where the cell
 * cannot be known `PARTNER_TIER: sales_12m, row 5 of the range: "n/a" is not a number`.
 */
export function valueError(fn: string, place: Place, value: unknown, text: Text, lang: Lang): Error {
  return describedError(fn, place, describeValue(value, lang), text, lang);
}

/** valueError for a value already described (the cells of a row: `"Beta" | "worse"`). */
export function describedError(fn: string, place: Place, described: string, text: Text, lang: Lang): Error {
  return new Error(`${fn}: ${describePlace(place, lang)}: ${valueThen(described, text)[lang]}`);
}

/** An error about the call as a whole (ranges of different sizes, say). */
export function callError(fn: string, text: Text, lang: Lang): Error {
  return new Error(`${fn}: ${text[lang]}`);
}

/**
 * `deals, A5 (Registered on)`, `previous, B4`; without the cell
 * `deals, row 5 of the range (Registered on)`, `a, row 2, column 2 of the range`.
 */
export function describePlace(place: Place, lang: Lang): string {
  let where = place.param;
  if (place.cell !== undefined) where += `, ${place.cell}`;
  else if (place.row !== undefined) {
    const row = place.row + 1;
    where += (
      place.wide && place.col !== undefined && place.header === undefined ? t`, row ${row}, column ${place.col + 1} of the range` : t`, row ${row} of the range`
    )[lang];
  }
  if (place.header !== undefined) where += ` (${place.header})`;
  return where;
}

/** A value and what is wrong with it: `"abc" is not a number`, `«abc» — не число`. */
export function valueThen(described: string, text: Text): Text {
  return t.in('value')`${described} ${text}`;
}
