/**
 * Reading the bonus activity log (rules/log.ts): rows, dates, codes, values, and the cell named in an error.
 */
import { describe, expect, it } from 'vitest';
import { CellError } from '../../../src/programs/bonus/rules/rows';
import { bonusStatement, earnedPoints } from '../../../src/programs/bonus/rules/engine';
import { readActivityLog, rowOf } from '../../../src/programs/bonus/rules/log';
import { TimeZone } from '../../../src/kernel/values/zone';
import { COURSON, UTC, d } from '../../helpers/bonusEngine';

describe('reading the log', () => {
  const read = (rows: unknown[][]) => readActivityLog(rows, UTC, COURSON);
  const problem = (rows: unknown[][]) => {
    try {
      read(rows);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      return { row: error.item, column: error.column, cell: error.cell, en: error.text.en, ru: error.text.ru };
    }
    throw new Error('no error');
  };

  it('skips a header row and empty rows', () => {
    const log = read([
      ['Дата', 'Клиент', 'Код', 'Значение'],
      ['2026-01-12', 'Acme', 'employees', 3],
      ['', '', '', ''],
      ['  ', '', undefined, null],
      ['31.01.2026', 'Acme', 'RENEWAL ', ''],
      ['', '', '', ''],
    ]);
    expect(log.length).toBe(2);
    expect(log.skipped).toEqual([0, 2, 3, 5]);
    expect([rowOf(log, 0), rowOf(log, 1)]).toEqual([1, 4]);
    expect(Array.from(log.days)).toEqual([d('2026-01-12'), d('2026-01-31')]);
    // a header with an empty Date cell is a header too
    expect(
      read([
        ['', 'Client', 'Code', 'Value'],
        ['2026-01-12', 'Acme', 'renewal', 1],
      ]).length,
    ).toBe(1);
    // extra columns are ignored
    expect(read([['2026-01-12', 'Acme', 'renewal', 1, 'a note']]).length).toBe(1);
  });

  it('maps entries back to their rows around any number of skipped rows', () => {
    const entry = (date: string): unknown[] => [date, 'Acme', 'renewal', 1];
    const blank = ['', '', '', ''];
    // rows: 0 header, 1 blank, 2 entry, 3 entry, 4 blank, 5 blank, 6 entry, 7 blank
    const log = read([['Date', 'Client', 'Code', 'Value'], blank, entry('2026-01-02'), entry('2026-01-03'), blank, blank, entry('2026-01-01'), blank]);
    expect([0, 1, 2].map((e) => rowOf(log, e))).toEqual([2, 3, 6]);
    // and a statement names them: in date order 01.01 (row 6), 02.01 (row 2), 03.01 (row 3)
    const actions = bonusStatement(log, 'acme', d('2026-01-01'), d('2026-12-31')).filter((l) => l.kind === 'action');
    expect(actions.map((l) => l.kind === 'action' && l.row)).toEqual([6, 2, 3]);
  });

  it('reads Date cells as days in the given zone', () => {
    const tokyo = { zone: new TimeZone('Asia/Tokyo'), decimalComma: false, dayFirst: false };
    // midnight in Tokyo is 15:00 UTC the day before
    const log = readActivityLog([[new Date('2026-01-24T00:00:00+09:00'), 'Acme', 'employees', 3]], tokyo, COURSON);
    expect(log.days[0]).toBe(d('2026-01-24'));
  });

  it('names the row and the cell of an unknown code', () => {
    const p = problem([
      ['Date', 'Client', 'Code', 'Value'],
      ['2026-01-12', 'Acme', 'employees', 3],
      ['2026-01-13', 'Acme', 'foo', 1],
    ]);
    expect(p).toMatchObject({ row: 2, column: 2, cell: 'foo' });
    expect(p.en).toMatch(/^is not a known code; metrics: employees, .*; actions: feedback_feature, /);
    expect(p.ru).toMatch(/^неизвестный код/);
  });

  it('refuses a row with an empty date in the middle, but not an empty row', () => {
    expect(
      problem([
        ['2026-01-12', 'Acme', 'employees', 3],
        ['', 'Acme', 'employees', 4],
      ]),
    ).toMatchObject({ row: 1, column: 0, en: 'is empty, but the Date column needs a date' });
    // a date that is not a date, after the first row
    expect(
      problem([
        ['2026-01-12', 'Acme', 'employees', 3],
        ['Date', 'Client', 'Code', 'Value'],
      ]),
    ).toMatchObject({ row: 1, column: 0 });
    expect(
      problem([
        ['2026-01-12', 'Acme', 'employees', 3],
        [new Date(NaN), 'Acme', 'employees', 3],
      ]),
    ).toMatchObject({ row: 1, column: 0 });
  });

  it('refuses negative, empty or non-numeric metric values', () => {
    expect(problem([['2026-01-12', 'Acme', 'employees', -1]])).toMatchObject({ row: 0, column: 3, en: 'is negative, but the metric employees cannot be' });
    expect(problem([['2026-01-12', 'Acme', 'employees', '']])).toMatchObject({ row: 0, column: 3 });
    expect(problem([['2026-01-12', 'Acme', 'employees', 'many']])).toMatchObject({ row: 0, column: 3 });
    expect(problem([['2026-01-12', 'Acme', 'employees', true]])).toMatchObject({ row: 0, column: 3 });
    // text numbers are fine
    expect(read([['2026-01-12', 'Acme', 'employees', '1 200']]).values[0]).toBe(1200);
  });

  it('refuses action counts that are not whole numbers of 0 or more', () => {
    expect(problem([['2026-01-12', 'Acme', 'renewal', 1.5]])).toMatchObject({ row: 0, column: 3 });
    expect(problem([['2026-01-12', 'Acme', 'renewal', -1]])).toMatchObject({ row: 0, column: 3 });
  });

  it('refuses a row without a client or a code', () => {
    expect(problem([['2026-01-12', '', 'renewal', 1]])).toMatchObject({ row: 0, column: 1 });
    expect(problem([['2026-01-12', true, 'renewal', 1]])).toMatchObject({ row: 0, column: 1 });
    expect(problem([['2026-01-12', 'Acme', '', 1]])).toMatchObject({ row: 0, column: 2 });
  });

  it('reads a client given as a number by its digits', () => {
    const log = readActivityLog([['2026-01-12', 1001, 'renewal', '']], UTC, COURSON);
    expect(earnedPoints(log, '1001', d('2026-01-10'), d('2026-12-31'))).toBe(10);
  });

  it('refuses what is not a range of 4 columns', () => {
    expect(() => read('x' as unknown as unknown[][])).toThrow(/not a range/);
    expect(() => read([['2026-01-12', 'Acme', 'renewal']])).toThrow(/fewer than 4 columns/);
  });
});
