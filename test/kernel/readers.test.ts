import { bi } from '../helpers/texts';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/kernel/values/dates';
import { InputError } from '../../src/kernel/errors';
import {
  type Reader,
  calendarDate,
  count,
  date,
  dateTime,
  flag,
  money,
  number,
  omittable,
  optional,
  remembered,
  share,
  text,
  wholeNumber,
  word,
} from '../../src/kernel/functions/readers';
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

// ---------- the caching readers programs wrap around their columns, and calendar dates ----------

/** A reader that counts its reads, answering the text's length (or throwing for "bad"). */
function counting() {
  const seen: unknown[] = [];
  const reader: Reader<number> = {
    type: 'string',
    read(cell) {
      seen.push(cell);
      if (cell === 'bad') throw new InputError(bi('is bad', 'плохо'));
      return cell instanceof Date ? -1 : String(cell).length;
    },
  };
  return { reader, seen };
}

describe('remembered', () => {
  it('reads each distinct text and number once, and answers as the reader does', () => {
    const { reader, seen } = counting();
    const r = remembered(reader);
    expect(['abc', 'abc', 12345, 'x', 12345, '12345', 'abc'].map((cell) => r.read(cell, en))).toEqual([3, 3, 5, 1, 5, 5, 3]);
    // 12345 and '12345' are different cells
    expect(seen).toEqual(['abc', 12345, 'x', '12345']);
  });

  it('reads each distinct midnight Date once, whatever Date object holds it', () => {
    const { reader, seen } = counting();
    const r = remembered(reader);
    const a = '2026-03-15T00:00:00+03:00';
    expect([new Date(a), new Date(a), new Date('2026-03-16T00:00:00+03:00')].map((cell) => r.read(cell, en))).toEqual([-1, -1, -1]);
    expect(seen).toHaveLength(2);
    // a date-time that is not a whole minute is read every time
    const odd = new Date('2026-03-15T10:00:30Z');
    r.read(odd, en);
    r.read(odd, en);
    expect(seen).toHaveLength(4);
  });

  it('passes empty cells, booleans and invalid dates to the reader every time, and never remembers an error', () => {
    const { reader, seen } = counting();
    const r = remembered(reader);
    for (const cell of ['', '', true, true]) r.read(cell, en);
    expect(seen).toEqual(['', '', true, true]);
    expect(problem(() => r.read('bad', en))).toBe('is bad');
    expect(problem(() => r.read('bad', en))).toBe('is bad');
    expect(seen.filter((cell) => cell === 'bad')).toHaveLength(2);
    expect(problem(() => remembered(date).read(new Date(NaN), en))).toContain('is not a date');
  });

  it('remembers an empty answer of an optional reader (whitespace reads as empty)', () => {
    const r = remembered(optional(date, undefined));
    expect(r.read('   ', en)).toBeUndefined();
    expect(r.read('   ', en)).toBeUndefined();
    expect(r.read('2026-03-15', en)).toBe(dayFromCivil(2026, 3, 15));
    expect(r.read('15.03.2026', en)).toBe(dayFromCivil(2026, 3, 15));
  });
});

describe('calendarDate', () => {
  it('reads dates of the years 1 to 9999, as `date` does', () => {
    expect(calendarDate.read('9999-12-31', en)).toBe(dayFromCivil(9999, 12, 31));
    expect(calendarDate.read('0001-01-01', en)).toBe(dayFromCivil(1, 1, 1));
    expect(calendarDate.read(new Date('2026-01-31T00:00:00+03:00'), en)).toBe(dayFromCivil(2026, 1, 31));
    expect(problem(() => calendarDate.read('31.02.2026', en))).toContain('is not a date');
    expect(problem(() => calendarDate.read('', en))).toBe('is empty, but a date is needed');
  });

  it('refuses a day outside them, which no expiry could be counted from', () => {
    const far = new Date(Date.UTC(10000, 0, 1));
    expect(date.read(far, en)).toBe(dayFromCivil(10000, 1, 1));
    expect(problem(() => calendarDate.read(far, en))).toBe('is outside the years 1 to 9999');
    const before = new Date(Date.UTC(0, 0, 1));
    before.setUTCFullYear(0);
    expect(problem(() => calendarDate.read(before, en))).toBe('is outside the years 1 to 9999');
  });
});

describe('text: the fast path for plain texts', () => {
  it('trims every kind of space at either end, and takes a plain text as it is', () => {
    expect(text.read('Alfa', en)).toBe('Alfa');
    expect(text.read('Al fa', en)).toBe('Al fa');
    for (const space of [' ', '\t', '\n', '\u00a0', '\u2007', '\u2009', '\u202f', '\u3000', '\ufeff']) {
      expect(text.read(`${space}Alfa`, en)).toBe('Alfa');
      expect(text.read(`Alfa${space}`, en)).toBe('Alfa');
    }
  });

  it('reads numbers as their digits and refuses empty cells and what is not text', () => {
    expect(text.read(1001, en)).toBe('1001');
    expect(problem(() => text.read('', en))).toBe('is empty, but a text is needed');
    expect(problem(() => text.read(' \u00a0 ', en))).toBe('is empty, but a text is needed');
    expect(problem(() => text.read(true, en))).toBe('is not a text');
    expect(problem(() => text.read(Number.NaN, en))).toBe('is not a text');
  });
});

describe('word', () => {
  const colours = (seen: string[]) =>
    word((t: string) => {
      seen.push(t);
      const key = t.trim().toLowerCase();
      if (key !== 'red' && key !== 'blue') throw new InputError(bi('is not a colour', 'не цвет'));
      return key;
    });

  it('parses each distinct cell once, texts and numbers alike', () => {
    const seen: string[] = [];
    const r = colours(seen);
    expect(['Red', 'Red', ' blue ', 'Red'].map((cell) => r.read(cell, en))).toEqual(['red', 'red', 'blue', 'red']);
    expect(seen).toEqual(['Red', ' blue ']);
  });

  it('refuses empty cells and what is not a text before parsing, and parses a bad word each time', () => {
    const seen: string[] = [];
    const r = colours(seen);
    expect(problem(() => r.read('', en))).toBe('is empty, but a word is needed');
    expect(problem(() => r.read(true, en))).toBe('is not a text');
    expect(problem(() => r.read(new Date(), en))).toBe('is not a text');
    expect(problem(() => r.read('green', en))).toBe('is not a colour');
    expect(problem(() => r.read(7, en))).toBe('is not a colour');
    expect(problem(() => r.read('green', en))).toBe('is not a colour');
    expect(seen).toEqual(['green', '7', 'green']);
  });
});
