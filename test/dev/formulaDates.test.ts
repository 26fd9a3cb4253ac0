/**
 * DATE, EDATE, EOMONTH, YEAR, MONTH, DAY against Google's documentation.
 * Results are Dates at midnight of the day in the spreadsheet's time zone;
 * the serial numbers below are counted by hand from 30 December 1899 (day 0;
 * 1 January 1900 is day 2).
 */
import { describe, expect, it } from 'vitest';
import { evaluateIn, shownValue } from './formulaSheet';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const calc = (formula: string, rows: unknown[][] = []) => shownValue(rows, formula);

describe('DATE (https://support.google.com/docs/answer/3092969)', () => {
  it('makes a date of year, month and day, rolling over months and days out of range', () => {
    expect(calc('=DATE(1969,7,20)')).toEqual(utc('1969-07-20'));
    expect(calc('=DATE(1969,13,1)')).toEqual(utc('1970-01-01'));
    expect(calc('=DATE(1969,1,32)')).toEqual(utc('1969-02-01'));
    expect(calc('=DATE(2026,3,0)')).toEqual(utc('2026-02-28'));
    // Decimals are truncated: month 12.75 is 12.
    expect(calc('=DATE(2019,12.75,1)')).toEqual(utc('2019-12-01'));
  });

  it('adds 1900 to years 0–1899 and refuses years below 0 or from 10000, and text', () => {
    expect(calc('=DATE(119,2,1)')).toEqual(utc('2019-02-01'));
    expect(calc('=DATE(-1,1,1)')).toBe('#NUM!');
    expect(calc('=DATE(10000,1,1)')).toBe('#NUM!');
    expect(evaluateIn([], '=DATE("2019",1,1)')).toMatchObject({ value: '#VALUE!' });
  });

  it("is midnight of that day in the spreadsheet's zone, and day 46296 as a number", () => {
    // 1 October 2026 in Moscow (UTC+3) starts at 21:00 UTC the day before.
    expect(shownValue([], '=DATE(2026, 10, 1)', { timeZone: 'Europe/Moscow' })).toEqual(new Date('2026-09-30T21:00:00Z'));
    expect(shownValue([], '=DATE(2026, 10, 1)', { timeZone: 'GMT+03:00' })).toEqual(new Date('2026-09-30T21:00:00Z'));
    // 2026-01-01 is 46023; + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 = 273 days → 46296.
    expect(shownValue([], '=DATE(2026, 10, 1)+0*1&""', { timeZone: 'Europe/Moscow' })).toBe('46296');
  });
});

describe('EDATE and EOMONTH (https://support.google.com/docs/answer/3092974, /3093044)', () => {
  it("moves a date by calendar months, to the month's end when the day is missing", () => {
    expect(calc('=EDATE(DATE(1969,7,20), 1)')).toEqual(utc('1969-08-20'));
    expect(calc('=EDATE(DATE(2026,1,31), 1)')).toEqual(utc('2026-02-28'));
    expect(calc('=EDATE(DATE(2024,3,31), -1)')).toEqual(utc('2024-02-29'));
    // 40909 is 1 January 2012 (112 years × 365 + 27 leap days + 2); two months before is 1 November 2011.
    expect(calc('=EDATE(40909, -2)')).toEqual(utc('2011-11-01'));
    // Months are truncated: 2.6 is 2.
    expect(calc('=EDATE(A1, 2.6)', [[utc('2026-01-15')]])).toEqual(utc('2026-03-15'));
  });

  it('returns the last day of the month so many months away', () => {
    expect(calc('=EOMONTH(DATE(1969, 7, 20), 1)')).toEqual(utc('1969-08-31'));
    expect(calc('=EOMONTH(40909, -2)')).toEqual(utc('2011-11-30'));
    expect(calc('=EOMONTH(DATE(2024,1,15), 1)')).toEqual(utc('2024-02-29'));
    expect(calc('=EOMONTH(DATE(2026,12,5), 0)')).toEqual(utc('2026-12-31'));
  });

  it("works in the spreadsheet's zone: a day typed in Moscow stays that day", () => {
    const moscow = { timeZone: 'Europe/Moscow' };
    // 31 January 2026 at Moscow midnight is 30 January 21:00 UTC; a month later is 28 February, Moscow midnight.
    expect(shownValue([[new Date('2026-01-30T21:00:00Z')]], '=EDATE(A1, 1)', moscow)).toEqual(new Date('2026-02-27T21:00:00Z'));
  });
});

describe('YEAR, MONTH, DAY (https://support.google.com/docs/answer/3093061, /3093052, /3093040)', () => {
  it('take the parts of a date, a serial number or a date typed as text', () => {
    expect(calc('=YEAR(DATE(1969,7,20))')).toBe(1969);
    expect(calc('=MONTH(DATE(1969,7,20))')).toBe(7);
    expect(calc('=DAY(DATE(1969,7,20))')).toBe(20);
    expect(calc('=YEAR(40909)')).toBe(2012);
    expect(calc('=MONTH("2026-03-31")')).toBe(3);
    expect(calc('=YEAR(-1)')).toBe('#NUM!');
  });
});
