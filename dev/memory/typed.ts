/**
 * Text typed into a cell read as Google Sheets reads it: a number, a boolean
 * or a date (undefined: it stays text). Apps Script's setValue/setValues/
 * appendRow read strings this way, as the Sheets API's USER_ENTERED does:
 * "The values will be parsed as if the user typed them into the UI. Numbers
 * will stay as numbers, but strings may be converted to numbers, dates, etc.
 * following the same rules that are applied when entering text into a cell
 * via the Google Sheets UI" (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption),
 * e.g. "Mar 1 2016" becomes a date and "$100.15" a number with currency
 * formatting (the Sheets API guide to reading and writing values).
 *
 * Google does not publish the rules themselves. What is modelled, choosing
 * where unsure the reading that turns MORE text into values, so add-on code
 * cannot lean on the fake being kinder than Sheets:
 * - numbers in the spreadsheet locale's marks: `2024`, `007` → 7, `1.2` /
 *   `1,5` (decimal dot / comma, locale.ts), `1e3`; digits grouped in threes by
 *   the other mark or a space (`1,234.5` en; `1 234,5`, `1.234,5` ru/de/el);
 *   a sign, `(5)` → -5, `15%` → 0.15, a currency sign before or after
 *   (`$100`, `-$5`, `100 €`, `100 ₽`, `100 р.`);
 * - dates, each a Date at midnight of that day in the spreadsheet's time zone:
 *   `2026-01-31`, `2026/1/31`, `2026.01.31` everywhere; two or three numbers
 *   joined by `/`, `-` or `.` in the locale's order (`3/4`, `03/15/2026` month
 *   first in en_US; `1/2`, `31.01.2026`, `1.2` day first in ru_RU, de_DE,
 *   el_GR, en_GB) — `1.2` is a number where the dot is the decimal mark,
 *   tried first; a month and a 4-digit year (`1/2026`, `2026-01`) → the 1st;
 *   English month names in any locale and Russian ones in ru (`Mar 1 2016`,
 *   `1 March`, `March 2026`, `1 января 2026`); a date without a year takes
 *   the current year in the spreadsheet's time zone; two-digit years are
 *   1930–2029; a day that does not exist (`31/02`) stays text;
 * - a time after the date (`2026-01-31 14:30`, `T14:30:05`, `2:30 PM`) gives
 *   that wall time; a time alone is that time on 30 December 1899 (Sheets'
 *   day zero);
 * - booleans: locale.ts.
 */
import { booleanWords, dateOrder, decimalComma } from './locale';
import { instantOf, wallClock } from './zone';

export interface TypedSettings {
  locale: string;
  /** The spreadsheet's time zone: a typed date means that day there. Without one, dates stay text. */
  timeZone: string | undefined;
  /** The current instant (ms), for a date typed without a year; default now. */
  now?: number;
}

export function typedValue(text: string, settings: TypedSettings): number | boolean | Date | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const upper = s.toUpperCase();
  const words = booleanWords(settings.locale);
  if (words.yes.includes(upper)) return true;
  if (words.no.includes(upper)) return false;
  // Every number and date has a digit: most names end here, cheaply (100,000-row writes pass this way).
  if (!/\d/.test(s)) return undefined;
  const n = numberOf(s, decimalComma(settings.locale));
  if (n !== undefined) return n;
  return settings.timeZone === undefined ? undefined : dateOf(s, { ...settings, timeZone: settings.timeZone });
}

// ---- numbers ----

const CURRENCY_BEFORE = /^(US\$|\$|€|£|¥|₽)\s*/;
const CURRENCY_AFTER = /\s*(US\$|\$|€|£|¥|₽|руб\.?|р\.)$/i;

/** A number in the locale's marks, or undefined. */
function numberOf(text: string, comma: boolean): number | undefined {
  let t = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    t = paren[1].trim();
    negative = true;
  }
  let signed = false;
  const sign = () => {
    if (signed || !/^[+-]/.test(t)) return;
    signed = true;
    if (t[0] === '-') negative = !negative;
    t = t.slice(1).trimStart();
  };
  sign();
  let currency = false;
  const before = CURRENCY_BEFORE.exec(t);
  if (before) {
    currency = true;
    t = t.slice(before[0].length);
    sign();
  }
  const after = currency ? null : CURRENCY_AFTER.exec(t);
  if (after) {
    currency = true;
    t = t.slice(0, after.index);
  }
  let percent = false;
  if (!currency && /\s*%$/.test(t)) {
    percent = true;
    t = t.replace(/\s*%$/, '');
  }
  if (paren && signed) return undefined;
  const body = numberBody(t, comma);
  if (body === undefined) return undefined;
  const value = (negative ? -body : body) / (percent ? 100 : 1);
  return Object.is(value, -0) ? 0 : value;
}

/** The patterns of a number's digits with a decimal dot or comma: plain, or grouped in threes by one separator throughout. */
function bodyPatterns(comma: boolean): { plain: RegExp; grouped: RegExp; group: RegExp } {
  const dec = comma ? ',' : '\\.';
  const group = comma ? '[. \\u00a0\\u202f]' : '[, \\u00a0\\u202f]';
  const exp = '(?:[eE][+-]?\\d+)?';
  return {
    plain: new RegExp(`^(?:\\d+(?:${dec}\\d*)?|${dec}\\d+)${exp}$`),
    grouped: new RegExp(`^\\d{1,3}(${group})\\d{3}(?:\\1\\d{3})*(?:${dec}\\d*)?${exp}$`),
    group: new RegExp(group, 'g'),
  };
}

const DOT_BODY = bodyPatterns(false);
const COMMA_BODY = bodyPatterns(true);

function numberBody(t: string, comma: boolean): number | undefined {
  const p = comma ? COMMA_BODY : DOT_BODY;
  if (!p.plain.test(t) && !p.grouped.test(t)) return undefined;
  const n = Number(t.replace(p.group, '').replace(comma ? ',' : '.', '.'));
  return Number.isFinite(n) ? n : undefined;
}

// ---- dates and times ----

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Russian months: nominative, genitive (`1 января`) and the short forms. */
const RU_MONTHS = [
  ['январь', 'января', 'янв'],
  ['февраль', 'февраля', 'фев'],
  ['март', 'марта', 'мар'],
  ['апрель', 'апреля', 'апр'],
  ['май', 'мая'],
  ['июнь', 'июня', 'июн'],
  ['июль', 'июля', 'июл'],
  ['август', 'августа', 'авг'],
  ['сентябрь', 'сентября', 'сен', 'сент'],
  ['октябрь', 'октября', 'окт'],
  ['ноябрь', 'ноября', 'ноя', 'нояб'],
  ['декабрь', 'декабря', 'дек'],
];

function monthNamed(word: string, locale: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  let i = EN_FULL.indexOf(w);
  if (i < 0) i = EN_MONTHS.indexOf(w);
  if (i < 0 && w === 'sept') i = 8;
  if (i < 0 && /^ru/i.test(locale)) i = RU_MONTHS.findIndex((forms) => forms.includes(w));
  return i < 0 ? undefined : i + 1;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/;

interface Clock {
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

function clockOf(text: string): Clock | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  if (minute > 59 || second > 59) return undefined;
  if (m[5]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/p/i.test(m[5]) ? 12 : 0);
  } else if (hour > 23) return undefined;
  return { hour, minute, second, ms: Number((m[4] ?? '0').padEnd(3, '0')) };
}

interface Day {
  year: number | undefined;
  month: number;
  day: number;
}

const fullYear = (y: string) => (y.length <= 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));

/** Two or three numbers joined by one of / - . in the locale's order, or year first. */
function numericDay(text: string, locale: string): Day | undefined {
  const m = /^(\d{1,4})([/.-])(\d{1,4})(?:\2(\d{1,4}))?$/.exec(text);
  if (!m) return undefined;
  const [, a, , b, c] = m;
  if (a.length === 4) {
    // Year first, everywhere: 2026-01-31, 2026/1/31, 2026.01.31; 2026-01 is the first of the month.
    if (b.length > 2 || (c !== undefined && c.length > 2)) return undefined;
    return { year: Number(a), month: Number(b), day: c === undefined ? 1 : Number(c) };
  }
  if (a.length > 2) return undefined;
  if (c === undefined) {
    // A month and a 4-digit year (`1/2026`): the first of that month.
    if (b.length === 4) return { year: Number(b), month: Number(a), day: 1 };
    if (b.length > 2) return undefined;
  } else if (b.length > 2 || c.length === 3) return undefined;
  const year = c === undefined ? undefined : fullYear(c);
  switch (dateOrder(locale)) {
    case 'MDY':
      return { year, month: Number(a), day: Number(b) };
    case 'YMD':
      return c === undefined ? { year, month: Number(a), day: Number(b) } : { year: fullYear(a), month: Number(b), day: Number(c) };
    default:
      return { year, month: Number(b), day: Number(a) };
  }
}

/** `Mar 1 2016`, `Mar 1, 2016`, `1 March`, `1-Mar-2026`, `March 2026`, `1 января 2026 г.` */
function namedDay(text: string, locale: string): Day | undefined {
  const words = text
    .replace(/\s+г\.?$/i, '')
    .split(/[\s,/-]+/)
    .filter((w) => w !== '');
  if (words.length < 2 || words.length > 3) return undefined;
  const at = words.findIndex((w) => !/^\d+$/.test(w));
  if (at < 0 || words.slice(at + 1).some((w) => !/^\d+$/.test(w))) return undefined;
  const month = monthNamed(words[at], locale);
  if (month === undefined) return undefined;
  const nums = words.filter((_, i) => i !== at);
  if (nums.some((w) => w.length === 3 || w.length > 4)) return undefined;
  if (nums.length === 1) {
    // `March 2026` is the first of the month; `March 5` and `5 March` a day of this year.
    return nums[0].length === 4 ? { year: Number(nums[0]), month, day: 1 } : { year: undefined, month, day: Number(nums[0]) };
  }
  // Month first (`Mar 1 2016`) or day first (`1 Mar 2016`); the year comes last.
  if (at > 1 || nums[0].length > 2) return undefined;
  return { year: fullYear(nums[1]), month, day: Number(nums[0]) };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]);

function dateOf(s: string, settings: TypedSettings & { timeZone: string }): Date | undefined {
  const clockAlone = clockOf(s);
  if (clockAlone) {
    const { hour, minute, second, ms } = clockAlone;
    return new Date(instantOf(1899, 12, 30, hour, minute, second, settings.timeZone) + ms);
  }
  const split = /^(.*?)(?:(?:\s+|T)(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?))?$/.exec(s);
  if (!split) return undefined;
  const clock = split[2] === undefined ? { hour: 0, minute: 0, second: 0, ms: 0 } : clockOf(split[2]);
  if (!clock) return undefined;
  const day = numericDay(split[1], settings.locale) ?? namedDay(split[1], settings.locale);
  if (!day) return undefined;
  const year = day.year ?? wallClock(settings.now ?? Date.now(), settings.timeZone).year;
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysIn(year, day.month)) return undefined;
  return new Date(instantOf(year, day.month, day.day, clock.hour, clock.minute, clock.second, settings.timeZone) + clock.ms);
}
