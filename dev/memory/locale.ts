/**
 * What a spreadsheet locale (`en_US`, `ru_RU`, `el_GR`…) decides about text
 * typed into a cell: the decimal mark, the order of day and month, and the
 * words Sheets reads as booleans. The facts are CLDR's, as Sheets shows them
 * (File > Settings > Locale changes the number and date formats the same way).
 */

const language = (locale: string) => locale.split(/[_-]/)[0].toLowerCase();
const region = (locale: string) => (locale.split(/[_-]/)[1] ?? '').toUpperCase();

/** Languages whose decimal mark is a comma (`1,5`), the dot or a space grouping digits. */
const COMMA_LANGUAGES = new Set([
  'az',
  'be',
  'bg',
  'bs',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'gl',
  'hr',
  'hu',
  'id',
  'is',
  'it',
  'ka',
  'kk',
  'lt',
  'lv',
  'mk',
  'nb',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
  'vi',
]);
/** Regions of those languages that write a decimal dot (CLDR: es_MX 1,234.5; de_CH 1’234.5). */
const DOT_REGIONS = new Set(['es_MX', 'es_US', 'es_PR', 'de_CH', 'de_LI', 'it_CH']);

export function decimalComma(locale: string): boolean {
  const lang = language(locale);
  return COMMA_LANGUAGES.has(lang) && !DOT_REGIONS.has(`${lang}_${region(locale)}`);
}

/**
 * How a date written with two or three numbers is read: month first (`3/4`
 * is 4 March in en_US), day first (1 February… is `1/2` in en_GB, ru_RU,
 * el_GR, de_DE and most of the world), or year first (ja, zh, ko, hu, lt:
 * month then day when the year is left out).
 */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/** Month-first locales (`en_` is a bare `en`, read as the United States). */
const MONTH_FIRST = new Set(['en_', 'en_US', 'en_PH', 'es_US', 'en_AS', 'en_GU', 'en_PR', 'en_UM', 'en_VI']);
const YEAR_FIRST = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn']);

export function dateOrder(locale: string): DateOrder {
  const lang = language(locale);
  if (MONTH_FIRST.has(`${lang}_${region(locale)}`)) return 'MDY';
  if (YEAR_FIRST.has(lang)) return 'YMD';
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
