import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import { pilotStatus } from '../../../src/programs/partners/rules/pilot';
import { TIERS_PROGRAM } from '../../../src/programs/partners/rules/seed';

const day = (y: number, m: number, d: number) => dayFromCivil(y, m, d);
// A 14-day pilot from 2 March 2026: day 1 is 2 March, day 14 (the last) is 15 March;
// the report is due within 14 days after that: by 29 March.
const start = day(2026, 3, 2);
const status = (asOf: number, report?: number, days = 14) => pilotStatus(start, days, report, asOf, TIERS_PROGRAM).en;

describe('pilotStatus', () => {
  it('runs from the first day to the last day inclusive', () => {
    expect(status(day(2026, 3, 2))).toBe('running');
    expect(status(day(2026, 3, 15))).toBe('running');
  });
  it('waits for the report for 14 days after the last day, inclusive', () => {
    expect(status(day(2026, 3, 16))).toBe('report due');
    expect(status(day(2026, 3, 29))).toBe('report due');
    expect(status(day(2026, 3, 30))).toBe('report overdue');
  });
  it('tells a report on time from a late one', () => {
    expect(status(day(2026, 4, 10), day(2026, 3, 29))).toBe('reported');
    expect(status(day(2026, 4, 10), day(2026, 3, 30))).toBe('reported late');
    expect(status(day(2026, 3, 12), day(2026, 3, 10))).toBe('reported'); // filed while still running
  });
  it('ignores a report dated after the report date (not known yet)', () => {
    expect(status(day(2026, 3, 18), day(2026, 3, 20))).toBe('report due');
    expect(status(day(2026, 3, 31), day(2026, 4, 2))).toBe('report overdue');
    expect(status(day(2026, 3, 10), day(2026, 3, 11))).toBe('running');
    expect(status(day(2026, 3, 20), day(2026, 3, 20))).toBe('reported'); // the same day is known
  });
  it('counts the given number of days', () => {
    // 1 day: the last day is the start; the report is due by 16 March
    expect(status(day(2026, 3, 2), undefined, 1)).toBe('running');
    expect(status(day(2026, 3, 3), undefined, 1)).toBe('report due');
    expect(status(day(2026, 3, 16), undefined, 1)).toBe('report due');
    expect(status(day(2026, 3, 17), undefined, 1)).toBe('report overdue');
    // 30 days: 2 March … 31 March; due by 14 April
    expect(status(day(2026, 3, 31), undefined, 30)).toBe('running');
    expect(status(day(2026, 4, 14), undefined, 30)).toBe('report due');
    expect(status(day(2026, 4, 15), undefined, 30)).toBe('report overdue');
  });
  it('speaks Russian', () => {
    const ru = (asOf: number, report?: number) => pilotStatus(start, 14, report, asOf, TIERS_PROGRAM).ru;
    expect(ru(day(2026, 3, 2))).toBe('идёт');
    expect(ru(day(2026, 3, 16))).toBe('ждём отчёт');
    expect(ru(day(2026, 3, 30))).toBe('отчёт просрочен');
    expect(ru(day(2026, 4, 1), day(2026, 3, 29))).toBe('отчёт сдан');
    expect(ru(day(2026, 4, 1), day(2026, 3, 30))).toBe('отчёт сдан с опозданием');
  });
});
