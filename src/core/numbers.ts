/**
 * Numbers written as text the way managers type or paste them:
 * `150 000`, `1 250,50`, `1,250.50`, `150000 ₽`, `150 000 руб.`, `-5`.
 * Spaces of every kind group digits; the decimal mark is a comma or a dot.
 * With both marks present the last one is the decimal mark; a mark that occurs
 * more than once groups digits; a single comma or dot alone is the decimal mark.
 */

const CURRENCY = /(?:₽|руб(?:лей|ля|ль)?\.?|р\.|rub|rur|\$|€|usd|eur)$/i;
const LEADING_CURRENCY = /^(?:₽|\$|€)/;
const GROUPING_SPACES = /[\s\u00a0\u2007\u2009\u202f']/g;
const SHAPE = /^[+-]?(?:\d+(?:[.,]\d+)*(?:[.,]\d*)?|[.,]\d+)$/;

/** The number a text holds, or undefined when it holds none. */
export function parseNumberText(text: string): number | undefined {
  let s = text.trim();
  const currency = CURRENCY.exec(s);
  if (currency) s = s.slice(0, currency.index).trim();
  else s = s.replace(LEADING_CURRENCY, '').trim();
  s = s.replace(GROUPING_SPACES, '');
  if (s === '' || !SHAPE.test(s)) return undefined;

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let decimalMark: string | undefined;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0) decimalMark = count(s, ',') === 1 ? ',' : undefined;
  else if (lastDot >= 0) decimalMark = count(s, '.') === 1 ? '.' : undefined;

  const groupMark = decimalMark === ',' ? '.' : decimalMark === '.' ? ',' : lastComma >= 0 ? ',' : '.';
  if (decimalMark && count(s, decimalMark) > 1) return undefined;
  if (!groupsAreWellFormed(s, groupMark, decimalMark)) return undefined;

  let plain = s.split(groupMark).join('');
  if (decimalMark === ',') plain = plain.replace(',', '.');
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** `1,250,000` groups by three; `1,25,0` is not a number but a typo. */
function groupsAreWellFormed(s: string, groupMark: string, decimalMark: string | undefined): boolean {
  const integerPart = decimalMark ? s.slice(0, s.lastIndexOf(decimalMark)) : s;
  if (!integerPart.includes(groupMark)) return true;
  const groups = integerPart.replace(/^[+-]/, '').split(groupMark);
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/**
 * An amount as a manager reads it in the sheet's language: `120,000` or
 * `1,250.5` in English, `120 000` or `1 250,5` in Russian (no-break spaces
 * would be truer to Russian print but break copy-paste into formulas).
 */
export function formatAmount(value: number, lang: 'en' | 'ru'): string {
  const rounded = Math.round(value * 100) / 100;
  const text = Math.abs(rounded).toString();
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  if (!/^\d+$/.test(whole)) return String(rounded); // exponent notation: beyond any amount worth grouping
  const group = lang === 'ru' ? ' ' : ',';
  // Grouped by hand: this runs once per row of a 100,000-row column.
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += group + whole.slice(i, i + 3);
  const sign = rounded < 0 ? '-' : '';
  return dot < 0 ? `${sign}${grouped}` : `${sign}${grouped}${lang === 'ru' ? ',' : '.'}${text.slice(dot + 1)}`;
}
