import { CATALOGS, type Lang } from '../i18n';
import type { Notation } from './locale';

/**
 * Numbers written as text the way managers type or paste them (SPEC §2.4):
 * `150 000`, `1 250,50`, `1,250.50`, `1.250,50 €`, `150000 ₽`, `150 000 руб.`, `-5`.
 * Spaces of every kind and apostrophes group digits. Which of `,` and `.` is
 * the decimal mark:
 * - with both present, the last one; the other groups digits;
 * - a mark that appears more than once groups digits (`1.000.000`);
 * - a single mark followed by exactly three digits (`1,250`, `1.250`) is the
 *   decimal mark only when it is the spreadsheet locale's; otherwise it groups
 *   (`1,250` is 1250 in en_US and 1.25 in ru_RU);
 * - any other single mark is the decimal mark (`0.75`, `1,5`).
 * Groups after the first have exactly three digits and the first one to three,
 * not starting with 0: `1,25,000` or `0.500` read as grouped would be a guess,
 * so they are no number at all rather than a number 1000 times off.
 */

/** Currency marks, ignored before or after the number. */
const TRAILING_CURRENCY = /(?:₽|руб(?:лей|ля|ль)?\.?|р\.|rub|rur|\$|€|usd|eur|ευρ[ωώ])$/i;
const LEADING_CURRENCY = /^(?:₽|руб\.?|р\.|rub|rur|\$|€|usd|eur|ευρ[ωώ])/i;
/** Characters that group digits besides the marks: every kind of space, and apostrophes (Swiss `1'250`). */
const GROUPING = /[\s\u00a0\u2007\u2009\u202f'\u2019]/;
const GROUPING_RUNS = /[\s\u00a0\u2007\u2009\u202f'\u2019]+/g;
const SIGNED = /^[+\-\u2212]/;
/** Digit groups with one kind of separator between them, an optional decimal mark and fraction. */
const SHAPE = /^(?:\d+(?:[ .,]\d+)*(?:[.,]\d*)?|[.,]\d+)$/;
const FRACTION = /^\d*$/;

/** The number a text holds in a locale's notation, or undefined when it holds none. */
export function parseNumberText(text: string, notation: Notation): number | undefined {
  let s = text.trim();
  let sign = '';
  if (SIGNED.test(s)) {
    sign = s[0];
    s = s.slice(1).trimStart();
  }
  const trailing = TRAILING_CURRENCY.exec(s);
  if (trailing) s = s.slice(0, trailing.index).trimEnd();
  else {
    const leading = LEADING_CURRENCY.exec(s);
    if (leading) s = s.slice(leading[0].length).trimStart();
  }
  if (sign === '' && SIGNED.test(s)) {
    // `$-5`, `€ -5`: the sign after a leading currency mark.
    sign = s[0];
    s = s.slice(1);
  }
  if (GROUPING.test(s)) s = s.replace(GROUPING_RUNS, ' ');
  if (s === '' || !SHAPE.test(s)) return undefined;

  const decimal = decimalIndex(s, notation);
  if (decimal === -1) return undefined;
  const whole = decimal === undefined ? s : s.slice(0, decimal);
  const fraction = decimal === undefined ? '' : s.slice(decimal + 1);
  const digits = wholeDigits(whole);
  if (digits === undefined || (digits === '' && fraction === '') || !FRACTION.test(fraction)) return undefined;
  const value = Number(`${digits || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  return sign !== '' && sign !== '+' && value !== 0 ? -value : value;
}

/** Where the decimal mark is, undefined when there is none, -1 when the marks cannot be read. */
function decimalIndex(s: string, notation: Notation): number | undefined | -1 {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const last = Math.max(lastComma, lastDot);
    // The last mark is the decimal one, so it occurs once; the other mark groups the digits before it.
    return s.indexOf(s[last]) === last ? last : -1;
  }
  const at = lastComma >= 0 ? lastComma : lastDot;
  if (at < 0) return undefined;
  if (s.indexOf(s[at]) !== at) return undefined; // more than once: it groups
  const groupsThree = at > 0 && s.length - at - 1 === 3;
  if (!groupsThree) return at;
  return (s[at] === ',') === notation.decimalComma ? at : undefined;
}

/**
 * The digits of the whole part, without its group separators, or undefined
 * when the groups are not the thousands they should be. One kind of separator
 * only: `1 250.000` in ru_RU, where that dot groups, mixes two.
 */
function wholeDigits(whole: string): string | undefined {
  let separator = '';
  for (let i = 0; i < whole.length; i++) {
    const ch = whole[i];
    if (ch >= '0' && ch <= '9') continue;
    if (separator === '') separator = ch;
    else if (ch !== separator) return undefined;
  }
  if (separator === '') return whole;
  const groups = whole.split(separator);
  const first = groups[0];
  if (first.length < 1 || first.length > 3 || first[0] === '0') return undefined;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return undefined;
  return groups.join('');
}

/**
 * An amount as a manager reads it in the sheet's language (its catalog's
 * separators): `1,250.5` in English, `1 250,5` in Russian (no-break spaces
 * would be truer to Russian print but break copy-paste into formulas),
 * `1.250,5` in Greek.
 */
export function formatAmount(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  const text = Math.abs(rounded).toString();
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  if (!/^\d+$/.test(whole)) return String(rounded); // exponent notation: beyond any amount worth grouping
  const { group, decimal } = CATALOGS[lang].number;
  // Grouped by hand: this runs once per row of a 100,000-row column.
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += group + whole.slice(i, i + 3);
  const sign = rounded < 0 ? '-' : '';
  return dot < 0 ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${text.slice(dot + 1)}`;
}

/** A number written with a dot (`12.5`) as the language writes it (`12,5`). */
export function withDecimalMark(text: string, lang: Lang): string {
  const { decimal } = CATALOGS[lang].number;
  return decimal === '.' ? text : text.replace('.', decimal);
}
