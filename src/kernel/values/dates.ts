import { type Lang, writeDate } from '../i18n';
import type { Notation } from './locale';

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

/*
 * Day numbers and civil dates convert with integer arithmetic in 400-year
 * eras (the algorithms of Howard Hinnant's "chrono-compatible low-level date
 * algorithms"), no Date object: date columns convert once per row.
 */

export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDay(day: Day): CivilDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** True when year/month/day names a day that exists (no 31 April, no 29 February 2026). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
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

// Each form may be followed by a time: ` 14:30`, `, 14:30:15`.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a date typed as text (SPEC §2.7): `2026-01-31`, `31.01.2026`, and with
 * slashes in the order of the spreadsheet locale (`01/31/2026` month-first in
 * en_US, `31/01/2026` day-first in el_GR, en_GB, ru_RU); `2026/01/31`, year
 * first, is unambiguous everywhere. Optionally followed by `14:30` or
 * `14:30:15`. Undefined for anything else, or for a day that does not exist.
 */
export function parseDateText(text: string, notation: Pick<Notation, 'dayFirst'>): LocalDateTime | undefined {
  const s = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  let year: string, month: string, day: string;
  let m = ISO.exec(s);
  if (m) [year, month, day] = [m[1], m[2], m[3]];
  else if ((m = DOTTED.exec(s))) [day, month, year] = [m[1], m[2], m[3]];
  else if ((m = SLASHED.exec(s))) [day, month, year] = notation.dayFirst ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
  else if ((m = YEAR_SLASHED.exec(s))) [year, month, day] = [m[1], m[2], m[3]];
  else return undefined;
  const time = m.slice(4, 7);
  const result: LocalDateTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(time[0] ?? 0),
    minute: Number(time[1] ?? 0),
    second: Number(time[2] ?? 0),
    hasTime: time[0] !== undefined,
  };
  if (!isValidCivil(result.year, result.month, result.day)) return undefined;
  if (result.hour > 23 || result.minute > 59 || result.second > 59) return undefined;
  return result;
}

/** A day as the language writes it: `2026-01-31` (English, unambiguous everywhere), `31.01.2026`, `31/01/2026`. */
export function formatDay(day: Day, lang: Lang): string {
  const c = civilFromDay(day);
  return writeDate(lang, c.year, c.month, c.day);
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
