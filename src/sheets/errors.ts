import type { Bilingual, Lang } from '../core/i18n';
import { describeValue } from './cells';

/** Where in a call a value came from: the argument, and for a range its row and column (0-based). */
export interface Place {
  param: string;
  row?: number;
  col?: number;
  /** More than one column in the range, so the column is worth naming. */
  wide?: boolean;
}

/**
 * The error a custom function throws so that the cell shows #ERROR! with a
 * message that names the function, the argument, the row and the value:
 * `PARTNER_TIER: sales_12m, row 5: "n/a" is not a number`.
 */
export function valueError(fn: string, place: Place, value: unknown, text: Bilingual, lang: Lang): Error {
  return new Error(`${fn}: ${describePlace(place, lang)}: ${describeValue(value, lang)}${lang === 'ru' ? ' — ' : ' '}${text[lang]}`);
}

/** An error about the call as a whole (ranges of different sizes, say). */
export function callError(fn: string, text: Bilingual, lang: Lang): Error {
  return new Error(`${fn}: ${text[lang]}`);
}

function describePlace(place: Place, lang: Lang): string {
  let where = place.param;
  if (place.row !== undefined) where += lang === 'ru' ? `, строка ${place.row + 1}` : `, row ${place.row + 1}`;
  if (place.wide && place.col !== undefined) where += lang === 'ru' ? `, столбец ${place.col + 1}` : `, column ${place.col + 1}`;
  return where;
}
