import { enRu } from '../../helpers/textMatchers';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import {
  type Invoice,
  firstDayOf,
  invoiceMonths,
  isoMonth,
  monthEntrants,
  monthFromIso,
  monthLabel,
  monthName,
  monthOf,
} from '../../../src/programs/growth/rules/months';

const month = (year: number, m: number) => year * 12 + m - 1;

describe('months', () => {
  it('any day of a month is that month; the previous month of January is December', () => {
    expect(monthOf(dayFromCivil(2026, 10, 1))).toBe(month(2026, 10));
    expect(monthOf(dayFromCivil(2026, 10, 31))).toBe(month(2026, 10));
    expect(monthOf(dayFromCivil(2027, 1, 1)) - 1).toBe(monthOf(dayFromCivil(2026, 12, 31)));
    expect(monthOf(dayFromCivil(2028, 2, 29))).toBe(month(2028, 2));
  });

  it('reads and writes YYYY-MM', () => {
    expect(monthFromIso('2026-10')).toBe(month(2026, 10));
    expect(monthFromIso(' 2027-01 ')).toBe(month(2027, 1));
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-10', '2026-10-01', 'October 2026', '', 202610, null, undefined])
      expect(monthFromIso(bad), String(bad)).toBeUndefined();
    expect(isoMonth(month(2026, 10))).toBe('2026-10');
    expect(isoMonth(month(2027, 1) - 1)).toBe('2026-12');
    expect(isoMonth(monthFromIso('0999-03')!)).toBe('0999-03');
  });

  it('has a first day', () => {
    expect(firstDayOf(month(2026, 10))).toBe(dayFromCivil(2026, 10, 1));
    expect(firstDayOf(month(2027, 1) - 1)).toBe(dayFromCivil(2026, 12, 1));
  });

  it('names months in both languages', () => {
    expect(monthName(month(2026, 10))).toEqual(enRu('October 2026', 'октябрь 2026'));
    expect(monthLabel(month(2026, 10))).toEqual(enRu('October 2026', 'Октябрь 2026'));
    expect(monthLabel(month(2027, 1) - 1)).toEqual(enRu('December 2026', 'Декабрь 2026'));
    expect(monthName(month(2026, 5)).ru).toBe('май 2026');
  });
});

const inv = (partner: string, m: number, amount: number, subscriptions = 0): Invoice => ({ partner, month: m, amount, subscriptions });

describe('invoiceMonths', () => {
  it('lists each month once, latest first', () => {
    expect(invoiceMonths([{ month: 5 }, { month: 7 }, { month: 6 }, { month: 7 }])).toEqual([7, 6, 5]);
    expect(invoiceMonths([])).toEqual([]);
  });
});

describe('monthEntrants', () => {
  const oct = month(2026, 10);
  const sep = oct - 1;

  it('gives each partner of the two months its totals, in the order partners first appear', () => {
    const entrants = monthEntrants(
      [
        inv('A', sep, 20000, 9), // subscriptions of the previous month do not count
        inv('B', oct, 500, 1),
        inv('A', oct, 28000, 2),
        inv('C', sep, 100),
        inv('D', oct - 2, 100), // August: not compared
        inv('E', oct + 1, 100), // November: not compared
      ],
      oct,
    );
    expect(entrants).toEqual([
      { partner: 'A', previous: 20000, current: 28000, subscriptions: 2 },
      { partner: 'B', previous: undefined, current: 500, subscriptions: 1 }, // no September invoice
      { partner: 'C', previous: 100, current: 0, subscriptions: 0 }, // no October invoice: 0 (−100%)
    ]);
  });

  it('sums several rows of a month exactly as typed, matching partners as words', () => {
    const entrants = monthEntrants(
      [inv('Ural Service', sep, 100.1), inv(' ural  service', sep, 200.2), inv('URAL SERVICE', oct, 330.33, 2), inv('Ural Service', oct, 0, 1)],
      oct,
    );
    // 100.1 + 200.2 in floating point is 300.29999999999995; typed, it is 300.3
    expect(100.1 + 200.2).not.toBe(300.3);
    expect(entrants).toEqual([{ partner: 'Ural Service', previous: 300.3, current: 330.33, subscriptions: 3 }]);
  });

  it('works across the year end: January against December', () => {
    const jan = month(2027, 1);
    expect(monthEntrants([inv('A', month(2026, 12), 1000), inv('A', jan, 1300, 1)], jan)).toEqual([
      { partner: 'A', previous: 1000, current: 1300, subscriptions: 1 },
    ]);
  });
});
