import { type Day, civilFromDay, dayFromCivil, monthKey } from '../../../kernel/values/dates';
import { type Decimal, decimalOf } from '../../../kernel/values/decimal';
import { perLang, t, type Text } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';
import type { Entrant } from './contest';

/**
 * A calendar month as one integer: year × 12 + (month − 1), the same number
 * `monthKey` gives a day. The previous month is simply `month − 1`, across a
 * year end too (January 2027 − 1 = December 2026).
 */
export type Month = number;

/** The month a calendar day falls in (any day of the month counts for it). */
export function monthOf(day: Day): Month {
  return monthKey(day);
}

/** The first day of a month: what the contest log's "Reporting month" column holds. */
export function firstDayOf(month: Month): Day {
  const year = Math.floor(month / 12);
  return dayFromCivil(year, month - year * 12 + 1, 1);
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** `2026-10` → the month; undefined for anything else (`2026-13`, `2026-1`, `Oct 2026`). */
export function monthFromIso(text: unknown): Month | undefined {
  const m = typeof text === 'string' ? ISO_MONTH.exec(text.trim()) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1 || month < 1 || month > 12) return undefined;
  return year * 12 + month - 1;
}

/** The month as `YYYY-MM`, how months cross google.script.run. */
export function isoMonth(month: Month): string {
  const c = civilFromDay(firstDayOf(month));
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}`;
}

const MONTH_NAMES: ReadonlyArray<Text> = [
  t`January`,
  t`February`,
  t`March`,
  t`April`,
  t`May`,
  t`June`,
  t`July`,
  t`August`,
  t`September`,
  t`October`,
  t`November`,
  t`December`,
];

/**
 * The month's name and year as it reads inside a sentence: `October 2026`,
 * `октябрь 2026` (after «за» the accusative of a month is its nominative).
 */
export function monthName(month: Month): Text {
  const year = Math.floor(month / 12);
  const name = MONTH_NAMES[month - year * 12];
  return t`${name} ${year}`;
}

/** The month as a list item or heading: `October 2026`, `Октябрь 2026`. */
export function monthLabel(month: Month): Text {
  const name = monthName(month);
  return perLang((lang) => name[lang].charAt(0).toUpperCase() + name[lang].slice(1));
}

/** One invoice row: a partner's invoice for a month (a partner may have several in a month). */
export interface Invoice {
  partner: string;
  month: Month;
  amount: number;
  subscriptions: number;
}

/** The months that have invoices, latest first, each once. */
export function invoiceMonths(invoices: readonly Pick<Invoice, 'month'>[]): Month[] {
  return [...new Set(invoices.map((invoice) => invoice.month))].sort((a, b) => b - a);
}

/**
 * The contest's entrants for a reporting month, from invoices in long form:
 * every partner invoiced in that month or the month before, with
 * previous = its total for the month before (undefined when it has no
 * invoice then), current = its total for the reporting month (0 when none)
 * and subscriptions = its total for the reporting month. Several rows of a
 * partner in one month are summed, exactly as the decimals were typed
 * (300.1 + 0.2 is 300.3, not 300.30000000000001), so that growth ties stay
 * exact. Partners are matched as words (case, spaces, ё); the first spelling
 * met names the partner. Entrants come in the order partners first appear.
 */
export function monthEntrants(invoices: readonly Invoice[], month: Month): Entrant[] {
  const byPartner = new Map<string, Entrant>();
  for (const invoice of invoices) {
    if (invoice.month !== month && invoice.month !== month - 1) continue;
    const key = normalizeWord(invoice.partner);
    let totals = byPartner.get(key);
    if (!totals) byPartner.set(key, (totals = { partner: invoice.partner.trim(), previous: undefined, current: 0, subscriptions: 0 }));
    if (invoice.month === month) {
      totals.current = plus(totals.current, invoice.amount);
      totals.subscriptions += invoice.subscriptions;
    } else {
      totals.previous = totals.previous === undefined ? invoice.amount : plus(totals.previous, invoice.amount);
    }
  }
  return [...byPartner.values()];
}

/** a + b exactly as typed: whole numbers add as they are, others as decimals (300.1 + 0.2 = 300.3). */
function plus(a: number, b: number): number {
  if (a === 0) return b;
  if (b === 0) return a;
  const sum = a + b;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(sum)) return sum;
  const x = decimalOf(a);
  const y = decimalOf(b);
  const exponent = Math.min(x.exponent, y.exponent);
  const scale = (d: Decimal) => d.units * 10n ** BigInt(d.exponent - exponent);
  return Number(`${scale(x) + scale(y)}e${exponent}`);
}
