/**
 * Date cells read as calendar days (kernel/values/days.ts): dayOfCell for one
 * cell, DayReader for a column, and the custom functions' `date` reader,
 * which must all give the same day (or all refuse) for the same cell.
 * Expected days are worked out with plain Date.UTC arithmetic, not the add-on's
 * own date code.
 */
import { enRu } from '../helpers/textMatchers';
import fc from 'fast-check';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors';
import { date } from '../../src/kernel/functions/readers';
import { DayReader, dayOfCell, dayOfText } from '../../src/kernel/values/days';
import { ctx } from '../helpers/context';

/** The day number of an ISO day: days since 1970-01-01. */
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

const moscow = ctx('en_US', 'Europe/Moscow'); // UTC+3 all year, month-first slashes
const newYork = ctx('en_US', 'America/New_York');
const russian = ctx('ru_RU', 'Europe/Moscow'); // day-first slashes

describe('dayOfCell', () => {
  it("reads a Date by the day it falls on in the spreadsheet's zone", () => {
    // 2026-01-31 22:30 UTC is 01:30 on 1 February in Moscow and 17:30 on 31 January in New York
    const instant = new Date('2026-01-31T22:30:00Z');
    expect(dayOfCell(instant, moscow)).toBe(day('2026-02-01'));
    expect(dayOfCell(instant, newYork)).toBe(day('2026-01-31'));
    expect(dayOfCell(new Date('2026-03-08T00:00:00+03:00'), moscow)).toBe(day('2026-03-08'));
  });

  it('reads a Date made in another realm (as Sheets passes them to the bundle)', () => {
    const foreign = vm.runInNewContext('new Date("2026-05-09T12:00:00Z")');
    expect(foreign instanceof Date).toBe(false);
    expect(dayOfCell(foreign, moscow)).toBe(day('2026-05-09'));
  });

  it("reads text in the forms of SPEC §2.7, slashes in the locale's order", () => {
    expect(dayOfCell('2026-01-31', moscow)).toBe(day('2026-01-31'));
    expect(dayOfCell(' 31.01.2026 ', moscow)).toBe(day('2026-01-31'));
    expect(dayOfCell('2026/01/31', russian)).toBe(day('2026-01-31'));
    expect(dayOfCell('01/02/2026', moscow)).toBe(day('2026-01-02'));
    expect(dayOfCell('01/02/2026', russian)).toBe(day('2026-02-01'));
    expect(dayOfCell('2026-01-31 14:30', moscow)).toBe(day('2026-01-31'));
    expect(dayOfText('29.02.2028', moscow)).toBe(day('2028-02-29'));
  });

  it('is NaN for anything that is not a date', () => {
    for (const cell of ['', '   ', 'soon', '31.02.2026', '2026-13-01', 46_000, 0, true, null, undefined, {}, [], new Date(Number.NaN)]) {
      expect(dayOfCell(cell, moscow), String(cell)).toBeNaN();
    }
  });

  it('is NaN at the far end of the Date range, where no zone offset is known', () => {
    expect(dayOfCell(new Date(8.64e15), moscow)).toBeNaN();
  });
});

/** The `date` reader's answer for a cell: its day, or NaN when it refuses with "is not a date" or "is empty". */
function readerDay(cell: unknown, context = moscow): number {
  try {
    return date.read(cell, context);
  } catch (error) {
    if (error instanceof InputError) return Number.NaN;
    throw error;
  }
}

const cells = fc.oneof(
  // instants from 1900 to 2100, also on the hours around clock changes
  fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }).map((ms) => new Date(ms)),
  fc.integer({ min: 0, max: 200 * 365 }).map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000 + 3_600_000 * (n % 24))),
  fc
    .record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) })
    .chain(({ y, m, d }) =>
      fc.constantFrom(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${d}.${m}.${y}`, `${m}/${d}/${y}`),
    ),
  fc.string(),
  fc.double(),
  fc.constantFrom('', ' ', null, undefined, true, new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15)),
);

describe('one reading of a date cell', () => {
  it("DayReader gives dayOfCell's answer for every cell, also when cells repeat", () => {
    for (const context of [moscow, newYork, russian, ctx('en_GB', 'Europe/London'), ctx('en_US', 'GMT+03:00')]) {
      fc.assert(
        fc.property(fc.array(cells, { maxLength: 40 }), (column) => {
          const reader = new DayReader(context);
          for (const cell of [...column, ...column]) {
            const expected = dayOfCell(cell, context);
            const got = reader.read(cell);
            if (!(Object.is(got, expected) || (got !== got && expected !== expected))) return false;
          }
          return true;
        }),
        { numRuns: 200 },
      );
    }
  });

  it("the custom functions' `date` reader gives the same day, and refuses exactly where dayOfCell is NaN", () => {
    for (const context of [moscow, newYork, russian]) {
      fc.assert(
        fc.property(cells, (cell) => {
          const expected = dayOfCell(cell, context);
          const got = readerDay(cell, context);
          return got === expected || (got !== got && expected !== expected);
        }),
        { numRuns: 500 },
      );
    }
  });

  it('the `date` reader keeps its words', () => {
    const text = (cell: unknown) => {
      try {
        date.read(cell, moscow);
      } catch (error) {
        return (error as InputError).text;
      }
      return undefined;
    };
    expect(text('soon')).toMatchObject(
      enRu('is not a date (use a date cell, 2026-01-31 or 31.01.2026)', 'не дата (нужна ячейка с датой, 2026-01-31 или 31.01.2026)'),
    );
    expect(text(new Date(8.64e15))?.en).toBe('is not a date (use a date cell, 2026-01-31 or 31.01.2026)');
    expect(text('')?.en).toBe('is empty, but a date is needed');
  });
});
