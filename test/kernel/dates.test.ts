import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDay, dayFromCivil, daysInMonth, formatDay, isValidCivil, parseDateText } from '../../src/kernel/values/dates';
import { notationOf } from '../../src/kernel/values/locale';

const day = (y: number, m: number, d: number) => dayFromCivil(y, m, d);
const civil = (n: number) => {
  const c = civilFromDay(n);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(day(1970, 1, 1)).toBe(0);
    expect(day(1970, 1, 2)).toBe(1);
    expect(day(1969, 12, 31)).toBe(-1);
    // 2000-03-01: 30 years (7 leap years among 1972…1996 → 10957 days to 2000-01-01) + 31 + 29
    expect(day(2000, 3, 1)).toBe(10957 + 31 + 29);
  });
  it('round-trips through the civil date', () => {
    for (const [y, m, d] of [
      [2024, 2, 29],
      [2026, 12, 31],
      [1900, 3, 1],
      [50, 6, 15],
      [9999, 12, 31],
    ]) {
      expect(civilFromDay(day(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
  });
});

describe('daysInMonth and validity', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28); // divisible by 100, not by 400
    expect(daysInMonth(2000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
  it('refuses days that do not exist', () => {
    expect(isValidCivil(2026, 2, 29)).toBe(false);
    expect(isValidCivil(2024, 2, 29)).toBe(true);
    expect(isValidCivil(2026, 4, 31)).toBe(false);
    expect(isValidCivil(2026, 13, 1)).toBe(false);
    expect(isValidCivil(2026, 0, 1)).toBe(false);
    expect(isValidCivil(2026, 1, 0)).toBe(false);
  });
});

describe('addMonths (EDATE)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('%s + %i months = %s', (from, months, to) => {
    const [y, m, d] = from.split('-').map(Number);
    expect(civil(addMonths(day(y, m, d), months))).toBe(to);
  });
});

describe('parseDateText', () => {
  const en = notationOf('en_US');
  const ru = notationOf('ru_RU');
  const el = notationOf('el_GR');
  const gb = notationOf('en_GB');
  const all = [en, ru, el, gb];

  it('reads ISO and dotted dates the same in every locale, with optional times', () => {
    for (const notation of all) {
      expect(parseDateText('2026-01-31', notation)).toMatchObject({ year: 2026, month: 1, day: 31, hasTime: false });
      expect(parseDateText('31.01.2026', notation)).toMatchObject({ year: 2026, month: 1, day: 31, hasTime: false });
      expect(parseDateText(' 1.2.2026 ', notation)).toMatchObject({ year: 2026, month: 2, day: 1 });
      expect(parseDateText('2026-01-31 14:30', notation)).toMatchObject({ hour: 14, minute: 30, second: 0, hasTime: true });
      expect(parseDateText('2026-01-31T14:30:15', notation)).toMatchObject({ hour: 14, minute: 30, second: 15 });
      expect(parseDateText('31.01.2026 09:05', notation)).toMatchObject({ day: 31, hour: 9, minute: 5 });
      expect(parseDateText('29.02.2024', notation)).toMatchObject({ year: 2024, month: 2, day: 29 });
      // Year first is unambiguous with slashes too.
      expect(parseDateText('2026/01/31', notation)).toMatchObject({ year: 2026, month: 1, day: 31 });
    }
  });

  it('reads slashes month-first in en_US and day-first in ru_RU, el_GR and en_GB (SPEC §2.7)', () => {
    expect(parseDateText('01/31/2026', en)).toMatchObject({ year: 2026, month: 1, day: 31, hasTime: false });
    expect(parseDateText('03/15/2026', en)).toMatchObject({ year: 2026, month: 3, day: 15 });
    for (const dayFirst of [ru, el, gb]) {
      expect(parseDateText('31/01/2026', dayFirst)).toMatchObject({ year: 2026, month: 1, day: 31 });
      expect(parseDateText('15/03/2026', dayFirst)).toMatchObject({ year: 2026, month: 3, day: 15 });
    }
    // Both orders are days: 02/03/2026 is 3 February in en_US, 2 March elsewhere.
    expect(parseDateText('02/03/2026', en)).toMatchObject({ month: 2, day: 3 });
    expect(parseDateText('02/03/2026', ru)).toMatchObject({ month: 3, day: 2 });
    expect(parseDateText('2/3/2026', el)).toMatchObject({ month: 3, day: 2 });
    // With a time, as the dotted form takes one.
    expect(parseDateText('01/31/2026 14:30', en)).toMatchObject({ day: 31, hour: 14, minute: 30, hasTime: true });
    expect(parseDateText('31/01/2026, 09:05:10', el)).toMatchObject({ day: 31, hour: 9, minute: 5, second: 10 });
  });

  it('refuses slashes in the other order, which name no day', () => {
    expect(parseDateText('31/01/2026', en)).toBeUndefined(); // month 31
    expect(parseDateText('13/31/2026', en)).toBeUndefined();
    for (const dayFirst of [ru, el, gb]) expect(parseDateText('01/31/2026', dayFirst)).toBeUndefined();
    // 31/02/2026 is 31 February day-first and month 31 month-first: no day either way.
    for (const notation of all) expect(parseDateText('31/02/2026', notation)).toBeUndefined();
    expect(parseDateText('02/29/2026', en)).toBeUndefined(); // 2026 is not a leap year
    expect(parseDateText('29/02/2026', ru)).toBeUndefined();
    expect(parseDateText('02/29/2024', en)).toMatchObject({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    '',
    'yesterday',
    '2026-02-29',
    '31.04.2026',
    '2026-13-01',
    '2026/02/30',
    '31.01.26',
    '01/31/26',
    '1/2',
    '2026-01-31 24:00',
    '2026-01-31 12:60',
    '2026-01-31x',
    '01-31-2026',
  ])('refuses %j in every locale', (text) => {
    for (const notation of all) expect(parseDateText(text, notation)).toBeUndefined();
  });
});

describe('formatDay', () => {
  it('writes the date the way each language reads it', () => {
    expect(formatDay(day(2026, 3, 5), 'ru')).toBe('05.03.2026');
    expect(formatDay(day(2026, 3, 5), 'en')).toBe('2026-03-05');
  });
});

describe('day numbers agree with the Date object over four centuries and more', () => {
  it('round-trips every 997th day from year 1 to 9999, both ways', () => {
    const first = dayFromCivil(1, 1, 1);
    const last = dayFromCivil(9999, 12, 31);
    for (let n = first; n <= last; n += 997) {
      const d = new Date(0);
      d.setUTCFullYear(1970, 0, 1 + n); // Date's own calendar arithmetic, for an independent answer
      const c = civilFromDay(n);
      expect([c.year, c.month, c.day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
      expect(dayFromCivil(c.year, c.month, c.day)).toBe(n);
    }
  });
});
