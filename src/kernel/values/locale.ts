import type { TimeZone } from './zone';

/**
 * How a spreadsheet locale writes numbers and dates, as far as reading text
 * needs it (SPEC §2.4, §2.7): which mark is its decimal mark, and which way
 * round day and month go in `01/02/2026`.
 */
export interface Notation {
  /** The locale writes `1,5`: a lone comma before exactly three digits (`1,250`) is a decimal mark, a lone dot there groups. */
  readonly decimalComma: boolean;
  /** The locale writes `31/01/2026`, not `01/31/2026`. */
  readonly dayFirst: boolean;
}

/** What reading a date or number cell of a sheet needs: its notation and its time zone. */
export interface SheetReading extends Notation {
  readonly zone: TimeZone;
}

/*
 * The tables below are written out rather than asked of Intl at run time:
 * Apps Script's ICU data may differ from Node's, and a spreadsheet must read
 * the same on both. They follow CLDR 48 (the ICU 78 data of Node 20): the
 * decimal symbol of each language's default number format, and the order of
 * day and month in its numeric short date. Sheets takes locales as `en_US`,
 * `ru`, `fil`, `es_419` (codes are compared case-insensitively, `-` or `_`).
 */

/** Languages whose default decimal mark is a comma (ru, el, de, fr, es, it, pt, pl, uk, most of Europe…). */
const COMMA_LANGUAGES = new Set([
  'af',
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
  'fo',
  'fr',
  'gl',
  'hr',
  'hu',
  'hy',
  'id',
  'in',
  'is',
  'it',
  'ka',
  'kk',
  'ky',
  'lb',
  'lo',
  'lt',
  'lv',
  'mk',
  'nb',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'rm',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tg',
  'tk',
  'tr',
  'uk',
  'uz',
  'vi',
]); // `in` is Java's old code for Indonesian, `no` for Norwegian Bokmål: Sheets may still report them.

/** Regions that write a decimal dot although their language writes a comma (Switzerland, most of Spanish America…). */
const DOT_REGIONS = new Set([
  'de_CH',
  'de_LI',
  'it_CH',
  'es_419',
  'es_BR',
  'es_BZ',
  'es_CU',
  'es_DO',
  'es_GT',
  'es_HN',
  'es_MX',
  'es_NI',
  'es_PA',
  'es_PE',
  'es_PR',
  'es_SV',
  'es_US',
]);

/** Regions that write a decimal comma although their language writes a dot (English in continental Europe…). */
const COMMA_REGIONS = new Set([
  'en_AT',
  'en_BE',
  'en_CZ',
  'en_DE',
  'en_DK',
  'en_EE',
  'en_ES',
  'en_FI',
  'en_FR',
  'en_GE',
  'en_HU',
  'en_ID',
  'en_IT',
  'en_LT',
  'en_LV',
  'en_NL',
  'en_NO',
  'en_PL',
  'en_PT',
  'en_RO',
  'en_SE',
  'en_SI',
  'en_SK',
  'en_UA',
  'en_ZA',
  'ar_DZ',
  'ar_LY',
  'ar_MA',
  'ar_TN',
  'ms_BN',
  'ms_ID',
  'sw_CD',
]);

/**
 * Locales that put the month first (`01/31/2026`): the United States and its
 * territories, the Philippines (English, Filipino, Cebuano), Spanish in Panama
 * and Puerto Rico, and a bare `en`. Every other locale puts the day first.
 */
const MONTH_FIRST = new Set([
  'en',
  'en_US',
  'en_AS',
  'en_GU',
  'en_MH',
  'en_MP',
  'en_PR',
  'en_UM',
  'en_VI',
  'en_PH',
  'fil',
  'fil_PH',
  'ceb',
  'ceb_PH',
  'es_PA',
  'es_PR',
]);

/** en_US's notation: what a call uses where no spreadsheet (or no locale) is available. */
const US: Notation = { decimalComma: false, dayFirst: false };

/**
 * A spreadsheet locale's notation (`getSpreadsheetLocale()`: `en_US`, `ru_RU`,
 * `el`…). No locale, or one that is not a language code, reads as en_US.
 */
export function notationOf(locale: string | null | undefined): Notation {
  const m = typeof locale === 'string' ? /^([a-z]{2,3})(?:[_-][a-z]{4})?(?:[_-]([a-z]{2}|\d{3}))?(?:[_@-].*)?$/i.exec(locale.trim()) : null;
  if (!m) return US;
  const language = m[1].toLowerCase();
  const key = m[2] ? `${language}_${m[2].toUpperCase()}` : language;
  const decimalComma = COMMA_REGIONS.has(key) || (COMMA_LANGUAGES.has(language) && !DOT_REGIONS.has(key));
  return { decimalComma, dayFirst: !MONTH_FIRST.has(key) };
}
