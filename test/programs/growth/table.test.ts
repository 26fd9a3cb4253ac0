/**
 * The lead-handling rules table (SPEC §12.5) read and checked, and LEAD_SLA's rule under it, without a
 * spreadsheet: one row per step, in order, at most three; `Step` (its name in results) and `Within
 * hours` (whole > 0, counted from receipt, non-decreasing). Expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { CellError, type InputError } from '../../../src/kernel/errors';
import { readRulesTable, seedTable } from '../../../src/kernel/functions/rulesTable';
import { bi } from '../../helpers/texts';
import { GROWTH_PROGRAM } from '../../../src/programs/growth/rules/seed';
import { leadSlaStatus } from '../../../src/programs/growth/rules/sla';
import { LEAD_TABLE } from '../../../src/programs/growth/rules/table';
import { ctx } from '../../helpers/context';

const read = (cells: unknown, locale = 'en_US') => readRulesTable(LEAD_TABLE, cells, ctx(locale));
function failure(cells: unknown[][]): InputError {
  try {
    read(cells);
  } catch (error) {
    return error as InputError;
  }
  throw new Error('no error');
}
/** Where a CellError points (row and column of the range, the header row being row 0) and what it says. */
const at = (error: InputError) => {
  const e = error as CellError;
  return [e.item, e.column, e.cell, e.text.en];
};

const received = Date.parse('2026-03-02T09:00:00Z');
const h = (hours: number) => received + hours * 3_600_000;

describe('the lead-handling rules table', () => {
  it("is the seed's three steps when omitted or empty, and its template table reads back as the seed", () => {
    expect(read(undefined)).toBe(GROWTH_PROGRAM.leads);
    expect(read('')).toBe(GROWTH_PROGRAM.leads);
    expect(seedTable(LEAD_TABLE, 'en')).toEqual([
      ['Step', 'Within hours'],
      ['first contact', 1],
      ['follow-up 3d', 72],
      ['follow-up 14d', 336],
    ]);
    expect(seedTable(LEAD_TABLE, 'ru')).toEqual([
      ['Шаг', 'Срок, часов'],
      ['первый контакт', 1],
      ['повторный контакт 3 дня', 72],
      ['повторный контакт 14 дней', 336],
    ]);
    expect(read(seedTable(LEAD_TABLE, 'en')).steps.map((s) => [s.name.en, s.hours])).toEqual([
      ['first contact', 1],
      ['follow-up 3d', 72],
      ['follow-up 14d', 336],
    ]);
  });

  it('two steps of its own: names as written in results, deadlines from receipt, inclusive', () => {
    const rules = read([
      ['Step', 'Within hours'],
      ['call back', 2],
      ['send offer', '48'],
    ]);
    expect(rules.steps).toEqual([
      { name: bi('call back', 'call back'), hours: 2 },
      { name: bi('send offer', 'send offer'), hours: 48 },
    ]);
    // call back by 11:00, send offer by 4 March 09:00 (48 h).
    expect(leadSlaStatus(received, [h(2), h(48), undefined], h(60), 'en', rules)).toBe('ok');
    expect(leadSlaStatus(received, [h(3), undefined, undefined], h(49), 'en', rules)).toBe('late: call back; overdue: send offer');
    expect(leadSlaStatus(received, [h(1), undefined, undefined], h(48), 'en', rules)).toBe('on track');
    expect(leadSlaStatus(received, [undefined, undefined, undefined], h(3), 'ru', rules)).toBe('просрочен: call back');
    // A time in the third step argument is an error naming that argument: this table has two steps.
    expect(() => leadSlaStatus(received, [h(1), h(2), h(3)], h(4), 'en', rules)).toThrow('is given, but the rules table has only 2 steps: leave it empty');
    try {
      leadSlaStatus(received, [h(1), h(2), h(3)], h(4), 'en', rules);
    } catch (error) {
      expect((error as InputError).argument).toBe(3); // received, first_contact, follow_up_1, follow_up_2
    }
    const one = read([
      ['Step', 'Within hours'],
      ['reply', 24],
    ]);
    expect(() => leadSlaStatus(received, [h(1), h(2), undefined], h(4), 'en', one)).toThrow('is given, but the rules table has only 1 step: leave it empty');
    expect(leadSlaStatus(received, [h(1), undefined, undefined], h(30), 'en', one)).toBe('ok');
  });

  it('reads Russian headers, and headers in any order, case and spacing', () => {
    const ru = read(
      [
        ['Срок, часов', 'Шаг'],
        [1, 'звонок'],
        ['24', 'встреча'],
      ],
      'ru_RU',
    );
    expect(ru.steps.map((s) => [s.name.ru, s.hours])).toEqual([
      ['звонок', 1],
      ['встреча', 24],
    ]);
    expect(leadSlaStatus(received, [h(2), undefined, undefined], h(25), 'ru', ru)).toBe('опоздание: звонок; просрочен: встреча');
    expect(
      read([
        ['WITHIN_HOURS', ' step '],
        [5, 'x'],
      ]).steps[0].hours,
    ).toBe(5);
  });

  it('refuses a missing column, an unknown header, an unreadable value, naming the cell', () => {
    expect(failure([['Step'], ['call back']]).text.en).toBe('has no "Within hours" column (headers are read from its first row)');
    expect(failure([['Step'], ['call back']])).not.toBeInstanceOf(CellError);
    expect(
      at(
        failure([
          ['Step', 'Hours within'],
          ['call back', 2],
        ]),
      ),
    ).toEqual([0, 1, 'Hours within', 'is not a column of the lead handling table; its columns: Step, Within hours']);
    expect(
      at(
        failure([
          ['Step', 'Within hours'],
          ['call back', 2],
          ['send offer', 'two days'],
        ]),
      ),
    ).toEqual([2, 1, 'two days', 'is not a number']);
    expect(
      at(
        failure([
          ['Step', 'Within hours'],
          ['', 2],
        ]),
      ),
    ).toEqual([1, 0, '', 'is empty, but a text is needed']);
    expect(failure([['Step', 'Within hours']]).text.en).toBe('has no steps: give one to three rows under its headers');
  });

  it('refuses more than three steps, hours that fall, 0 hours, a fraction of an hour, a duplicate step name', () => {
    const four = [
      ['Step', 'Within hours'],
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ];
    expect(at(failure(four))).toEqual([4, 0, 'd', 'is a fourth step; the lead-handling table holds at most 3 (LEAD_SLA takes three step times)']);
    expect(
      at(
        failure([
          ['Step', 'Within hours'],
          ['a', 72],
          ['b', 24],
        ]),
      ),
    ).toEqual([2, 1, 24, 'is fewer hours than the step above (72); deadlines never fall down the table']);
    expect(
      at(
        failure([
          ['Step', 'Within hours'],
          ['a', 0],
        ]),
      ),
    ).toEqual([1, 1, 0, 'is not a whole number of 1 or more']);
    expect(
      at(
        failure([
          ['Step', 'Within hours'],
          ['a', 1.5],
        ]),
      ),
    ).toEqual([1, 1, 1.5, 'is not a whole number of 1 or more']);
    expect(
      at(
        failure([
          ['Step', 'Within hours'],
          ['Call', 1],
          [' call ', 2],
        ]),
      ),
    ).toEqual([2, 0, ' call ', 'names a step twice; each step needs its own name']);
    // Equal hours are allowed (non-decreasing), and empty rows are skipped.
    expect(
      read([
        ['Step', 'Within hours'],
        ['a', 24],
        ['', ''],
        ['b', 24],
      ]).steps.map((s) => s.hours),
    ).toEqual([24, 24]);
  });
});
