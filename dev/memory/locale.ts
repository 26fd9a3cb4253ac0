/**
 * What a spreadsheet locale (`en_US`, `ru_RU`, `el_GR`…) decides about text
 * typed into a cell: the decimal mark, the order of day and month, and the
 * words Sheets reads as booleans. The facts are CLDR's, as Sheets shows them
 * (File > Settings > Locale changes the number and date formats the same way).
 */
import { notationOf } from '../../src/kernel/values/locale';

const language = (locale: string) => locale.split(/[_-]/)[0].toLowerCase();

/** The decimal mark of a locale: the add-on's own table (src/kernel/values/locale.ts, from CLDR), so that one table says it. */
export function decimalComma(locale: string): boolean {
  return notationOf(locale).decimalComma;
}

/**
 * How a date written with two or three numbers is read: month first (`3/4`
 * is 4 March in en_US), day first (1 February… is `1/2` in en_GB, ru_RU,
 * el_GR, de_DE and most of the world), or year first (ja, zh, ko, hu, lt:
 * month then day when the year is left out).
 */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

const YEAR_FIRST = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn']);

export function dateOrder(locale: string): DateOrder {
  if (!notationOf(locale).dayFirst) return 'MDY';
  if (YEAR_FIRST.has(language(locale))) return 'YMD';
  return 'DMY';
}

/**
 * Typed words read as TRUE / FALSE, upper-cased. `TRUE`/`FALSE` in every
 * locale; in a Russian spreadsheet also ИСТИНА/ЛОЖЬ, the names Sheets shows
 * there for the booleans. (Whether Sheets reads them when typed is not
 * documented; the stricter answer is that it does.)
 */
export function booleanWords(locale: string): { yes: readonly string[]; no: readonly string[] } {
  if (language(locale) === 'ru') return { yes: ['TRUE', 'ИСТИНА'], no: ['FALSE', 'ЛОЖЬ'] };
  return { yes: ['TRUE'], no: ['FALSE'] };
}
