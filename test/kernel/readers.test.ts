import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/kernel/values/dates';
import { InputError } from '../../src/kernel/errors';
import { count, date, dateTime, flag, money, number, omittable, optional, share, text, wholeNumber } from '../../src/kernel/functions/readers';
import { ctx } from '../helpers/context';

const en = ctx('en_US', 'Asia/Tokyo');
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.text.en;
    throw error;
  }
  throw new Error('no error');
};

describe('number and money', () => {
  it('reads numbers and number text', () => {
    expect(number.read(5, en)).toBe(5);
    expect(number.read('-1 250,50', en)).toBe(-1250.5);
    expect(money.read('150 000 руб.', en)).toBe(150000);
    expect(money.read(0, en)).toBe(0);
  });
  it('refuses what is not an amount', () => {
    expect(problem(() => number.read('n/a', en))).toBe('is not a number');
    expect(problem(() => number.read(true, en))).toBe('is not a number');
    expect(problem(() => number.read(new Date(), en))).toBe('is not a number');
    expect(problem(() => number.read(Infinity, en))).toBe('is not a number');
    expect(problem(() => number.read(NaN, en))).toBe('is not a number');
    expect(problem(() => money.read(-1, en))).toContain('is negative');
    expect(problem(() => money.read('', en))).toBe('is empty, but an amount is needed');
  });
});

describe('whole numbers', () => {
  it('reads counts', () => {
    expect(count.read(3, en)).toBe(3);
    expect(count.read('12', en)).toBe(12);
    expect(problem(() => count.read(2.5, en))).toBe('is not a whole number of 0 or more');
    expect(problem(() => count.read(-1, en))).toBe('is not a whole number of 0 or more');
    expect(problem(() => wholeNumber(1, 10).read(11, en))).toBe('is not a whole number from 1 to 10');
  });
});

describe('share and flag', () => {
  it('reads shares', () => {
    expect(share.read('80%', en)).toBe(0.8);
    expect(problem(() => share.read(true, en))).toBe('is not a share');
  });
  it('reads flags, empty as false', () => {
    expect(flag.read('', en)).toBe(false);
    expect(flag.read(undefined, en)).toBe(false);
    expect(flag.read('да', en)).toBe(true);
    expect(problem(() => flag.read(new Date(), en))).toContain('is not yes/no');
  });
  it('tells an omitted argument from an empty cell', () => {
    const installed = omittable(flag, true, false);
    expect(installed.read(undefined, en)).toBe(true);
    expect(installed.read('', en)).toBe(false);
    expect(installed.read(true, en)).toBe(true);
  });
});

describe('text', () => {
  it('trims text and reads numbers as their digits', () => {
    expect(text.read('  Alfa  ', en)).toBe('Alfa');
    expect(text.read(1001, en)).toBe('1001');
    expect(problem(() => text.read(true, en))).toBe('is not a text');
  });
});

describe('date', () => {
  it("reads a Date as the calendar day in the spreadsheet's zone, not the script's", () => {
    // The process runs in Moscow (UTC+3); the spreadsheet is in Tokyo (UTC+9).
    // Midnight 31 Jan in Tokyo is 18:00 on 30 Jan in Moscow: still 31 Jan for the sheet.
    expect(date.read(new Date('2026-01-31T00:00:00+09:00'), en)).toBe(dayFromCivil(2026, 1, 31));
    const ny = ctx('en_US', 'America/New_York');
    // Midnight 31 Jan in New York is 08:00 on 31 Jan in Moscow.
    expect(date.read(new Date('2026-01-31T00:00:00-05:00'), ny)).toBe(dayFromCivil(2026, 1, 31));
    expect(date.read(new Date('2026-01-30T23:59:00-05:00'), ny)).toBe(dayFromCivil(2026, 1, 30));
  });
  it('reads date text', () => {
    expect(date.read('2026-01-31', en)).toBe(dayFromCivil(2026, 1, 31));
    expect(date.read('31.01.2026', en)).toBe(dayFromCivil(2026, 1, 31));
  });
  it('refuses what is not a date', () => {
    expect(problem(() => date.read('31.02.2026', en))).toContain('is not a date');
    expect(problem(() => date.read(46000, en))).toContain('is not a date');
    expect(problem(() => date.read(new Date(NaN), en))).toContain('is not a date');
  });
});

describe('dateTime', () => {
  it('keeps the instant of a Date and reads local text in the spreadsheet zone', () => {
    const d = new Date('2026-01-31T14:30:00Z');
    expect(dateTime.read(d, en)).toBe(d.getTime());
    expect(dateTime.read('31.01.2026 14:30', en)).toBe(Date.parse('2026-01-31T14:30:00+09:00'));
    expect(dateTime.read('2026-01-31', en)).toBe(Date.parse('2026-01-31T00:00:00+09:00'));
  });
});

describe('optional', () => {
  it('gives the fallback for empty cells only', () => {
    const reader = optional(money, 0);
    expect(reader.read('', en)).toBe(0);
    expect(reader.read('   ', en)).toBe(0);
    expect(reader.read(undefined, en)).toBe(0);
    expect(reader.read(7, en)).toBe(7);
    expect(() => reader.read('x', en)).toThrow(InputError);
  });
});

describe('date at the ends of the Date range', () => {
  it('refuses an instant where no calendar day can be told', () => {
    expect(problem(() => date.read(new Date(8.64e15), en))).toContain('is not a date');
  });
});
