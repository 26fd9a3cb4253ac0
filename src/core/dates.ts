/**
 * Calendar days as plain integers: the number of days since 1970-01-01 in the
 * proleptic Gregorian calendar. A day carries no time zone; `zone.ts` turns
 * instants into days and back for one named zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function dayFromCivil(year: number, month: number, day: number): Day {
  return Math.round(utcMs(year, month, day) / MS_PER_DAY);
}

export function civilFromDay(day: Day): CivilDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** True when year/month/day names a day that exists (no 31 April, no 29 February 2026). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * Calendar-month arithmetic as Sheets' EDATE does it: the same day of the
 * month `months` later, or that month's last day when it is shorter
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(day: Day, months: number): Day {
  const c = civilFromDay(day);
  const monthIndex = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return dayFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** `YYYY-MM` of a day, for grouping by calendar month. */
export function monthKey(day: Day): number {
  const c = civilFromDay(day);
  return c.year * 12 + (c.month - 1);
}

/** A local date and time of day, as read from text, before any time zone applies. */
export interface LocalDateTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Reads `2026-01-31`, `31.01.2026`, optionally followed by `14:30` or `14:30:15`. */
export function parseDateText(text: string): LocalDateTime | undefined {
  const s = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  let year: string, month: string, day: string, time: (string | undefined)[];
  let m = ISO.exec(s);
  if (m) {
    [year, month, day] = [m[1], m[2], m[3]];
    time = m.slice(4, 7);
  } else if ((m = DOTTED.exec(s))) {
    [day, month, year] = [m[1], m[2], m[3]];
    time = m.slice(4, 7);
  } else {
    return undefined;
  }
  const result: LocalDateTime = {
    year: Number(year), month: Number(month), day: Number(day),
    hour: Number(time[0] ?? 0), minute: Number(time[1] ?? 0), second: Number(time[2] ?? 0),
    hasTime: time[0] !== undefined,
  };
  if (!isValidCivil(result.year, result.month, result.day)) return undefined;
  if (result.hour > 23 || result.minute > 59 || result.second > 59) return undefined;
  return result;
}

/** `31.01.2026` (Russian) or `2026-01-31` (English, unambiguous everywhere). */
export function formatDay(day: Day, lang: 'en' | 'ru'): string {
  const c = civilFromDay(day);
  const dd = String(c.day).padStart(2, '0');
  const mm = String(c.month).padStart(2, '0');
  return lang === 'ru' ? `${dd}.${mm}.${c.year}` : `${c.year}-${mm}-${dd}`;
}

/** Gregorian years repeat every 400 years, exactly 146 097 days. */
const FOUR_CENTURIES_MS = 146_097 * MS_PER_DAY;

/**
 * Date.UTC, but for every year: Date.UTC maps years 0–99 to 1900–1999, so
 * shift by four centuries, which leaves the calendar unchanged.
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year + 400, month - 1, day, hour, minute, second) - FOUR_CENTURIES_MS;
}
