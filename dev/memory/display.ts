/**
 * getDisplayValues, simply: what a cell shows for common number formats
 * (`0`, `0.00`, `#,##0.00`, `0%`, `0.0%`, currency literals such as
 * `#,##0 [$₽-419]` or `#,##0 "pts"`), date formats (`dd.MM.yyyy`,
 * `yyyy-mm-dd`, `M/d/yyyy H:mm`), and a locale-dependent default otherwise.
 */
import { wallClock } from './utilities';
import { type CellValue, isDate } from './values';

/** Apps Script's number format of a cell never formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

function usesCommaDecimal(locale: string): boolean {
  return /^(ru|uk|be|kk|de|fr|es|it|pt|pl|cs|nl|sv|fi|nb|da|tr|id)(_|-|$)/i.test(locale);
}

export function displayValue(value: CellValue, format: string | undefined, locale: string, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value)) return displayDate(value, format, locale, timeZone);
  return displayNumber(value, format, locale);
}

function displayNumber(n: number, format: string | undefined, locale: string): string {
  const comma = usesCommaDecimal(locale);
  const fmt = format && format !== DEFAULT_NUMBER_FORMAT && !/^general$/i.test(format) ? format.split(';')[0] : undefined;
  const numeric = fmt ? /[#0,]*0[#0,]*(\.[0#]+)?|#[#,]*(\.[0#]+)?/.exec(fmt) : null;
  if (!fmt || !numeric || /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    const text = String(Number(n.toPrecision(15)));
    return comma ? text.replace('.', ',') : text;
  }
  const percent = fmt.includes('%');
  const decimals = numeric[0].includes('.') ? numeric[0].split('.')[1].replace(/[^0#]/g, '').length : 0;
  const minDecimals = numeric[0].includes('.') ? numeric[0].split('.')[1].replace(/[^0]/g, '').length : 0;
  const grouped = numeric[0].includes(',');
  const scaled = percent ? n * 100 : n;
  let [whole, frac = ''] = Math.abs(scaled).toFixed(decimals).split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '\u00a0' : ',');
  // As Sheets does: a format with a decimal part keeps its separator even when no digit follows (`#,##0.##` shows `120,000.`).
  const separator = frac || decimals > 0 ? (comma ? ',' : '.') : '';
  const body = `${scaled < 0 && Number(whole + frac) !== 0 ? '-' : ''}${whole}${separator}${frac}`;
  const literal = (s: string) =>
    s
      .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, '$1')
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1');
  const before = literal(fmt.slice(0, numeric.index));
  const after = literal(fmt.slice(numeric.index + numeric[0].length));
  return `${before}${body}${after}`;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function displayDate(d: Date, format: string | undefined, locale: string, timeZone: string): string {
  const w = wallClock(d.getTime(), timeZone);
  const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
  let fmt = format && format !== DEFAULT_NUMBER_FORMAT && /[dy]/i.test(format) ? format : undefined;
  if (!fmt) {
    const date = usesCommaDecimal(locale) ? 'dd.mm.yyyy' : 'm/d/yyyy';
    fmt = midnight ? date : `${date} h:mm:ss`;
  }
  // Sheets' tokens: d, dd, ddd, dddd; m/mm is minutes next to h or s, months otherwise; mmm, mmmm; yy, yyyy; h, hh; s, ss; AM/PM.
  const tokens = fmt.match(/"[^"]*"|\\.|AM\/PM|am\/pm|y+|m+|d+|h+|s+|[^ymdhs"\\]+/gi) ?? [];
  const hour12 = /AM\/PM/i.test(fmt);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    const c = lower[0];
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (lower === 'am/pm') out += w.hour < 12 ? 'AM' : 'PM';
    else if (c === 'y') out += lower.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
    else if (c === 'd') out += lower.length >= 4 ? DAYS[w.weekday] : lower.length === 3 ? DAYS[w.weekday].slice(0, 3) : pad(w.day, lower.length);
    else if (c === 'h') out += pad(hour12 ? w.hour % 12 || 12 : w.hour, lower.length);
    else if (c === 's') out += pad(w.second, lower.length);
    else if (c === 'm') {
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find((x) => /^[a-z]/i.test(x) && !/^am\/pm$/i.test(x));
      const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !/^am\/pm$/i.test(x));
      const minutes = lower.length <= 2 && ((prev && /^h/i.test(prev)) || (next && /^s/i.test(next)));
      if (minutes) out += pad(w.minute, lower.length);
      else out += lower.length >= 4 ? MONTHS[w.month - 1] : lower.length === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, lower.length);
    } else out += t;
  }
  return out;
}
