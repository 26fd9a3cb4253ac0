import { describe, expect, it } from 'vitest';
import { CellError, type InputError } from '../../src/kernel/errors';
import { bi } from '../helpers/texts';
import { flag, money, optional, text, wholeNumber } from '../../src/kernel/functions/readers';
import { type ReadTable, type RulesTable, readRulesTable, rulesCellError, seedTable } from '../../src/kernel/functions/rulesTable';
import { ctx } from '../helpers/context';

/*
 * A made-up table for the kernel's rules-table reader (SPEC §12): steps of a
 * ladder, each with a name, a threshold, a flag and a count that defaults to 3.
 * The program built is the list of steps; thresholds must not fall.
 */
interface Step {
  name: string;
  from: number;
  staff: boolean;
  months: number;
}

const LADDER: RulesTable<Step[]> = {
  key: 'ladder',
  title: bi('Ladder', 'Лестница'),
  users: ['TEST'],
  intro: 'A made-up table.',
  columns: [
    { key: 'name', names: bi('Step', 'Ступень'), required: true, reader: text, doc: 'its name' },
    { key: 'from', names: bi('Min sales', 'Продажи от'), aliases: ['Minimum sales'], required: true, reader: money, doc: 'threshold' },
    { key: 'staff', names: bi('Dedicated staff', 'Выделенный персонал'), reader: flag, fallback: false, doc: 'flag' },
    { key: 'months', names: bi('Registration months', 'Срок регистрации, мес.'), reader: optional(wholeNumber(1), 3), fallback: 3, doc: 'months' },
  ],
  seed: [{ name: 'Seed', from: 0, staff: false, months: 3 }],
  sheetName: bi('Rules: ladder', 'Правила: лестница'),
  seedRows: [{ name: bi('Seed', 'Начало'), from: 0, staff: false, months: 3 }],
  build(table: ReadTable) {
    const steps = table.rows.map((r) => r.values as unknown as Step);
    table.rows.forEach((r, i) => {
      if (i > 0 && steps[i].from < steps[i - 1].from) throw rulesCellError(table, r.row, 'from', bi('is below the step above', 'меньше, чем у ступени выше'));
    });
    return steps;
  },
  example: { table: [], fn: 'TEST', args: [], result: '', formula: '', explanation: '' },
};

const read = (cells: unknown[][], locale = 'en_US') => readRulesTable(LADDER, cells, ctx(locale));
const failure = (cells: unknown[][]) => {
  try {
    read(cells);
  } catch (error) {
    return error as InputError;
  }
  throw new Error('no error');
};

describe('readRulesTable', () => {
  it('gives the seed for an omitted or empty argument', () => {
    expect(read(undefined as never)).toBe(LADDER.seed);
    expect(readRulesTable(LADDER, '', ctx())).toBe(LADDER.seed);
  });

  it('finds headers by name in any order, language and case, spaces and underscores ignored; skips empty rows; fills defaults', () => {
    const steps = read([
      ['registration_MONTHS', 'min sales', 'ступень'],
      [6, '0', 'Partner'],
      ['', '', ''],
      ['', '150 000', 'Advanced'],
    ]);
    expect(steps).toEqual([
      { name: 'Partner', from: 0, staff: false, months: 6 },
      { name: 'Advanced', from: 150000, staff: false, months: 3 },
    ]);
    expect(
      read([
        ['Step', 'Minimum sales', 'Dedicated staff'],
        ['A', 5, 'да'],
      ]),
    ).toEqual([{ name: 'A', from: 5, staff: true, months: 3 }]);
  });

  it('names the cell of an unknown or repeated header', () => {
    const unknown = failure([
      ['Step', 'Min sale'],
      ['A', 1],
    ]) as CellError;
    expect(unknown).toBeInstanceOf(CellError);
    expect([unknown.item, unknown.column, unknown.cell]).toEqual([0, 1, 'Min sale']);
    expect(unknown.text.en).toBe('is not a column of the ladder table; its columns: Step, Min sales, Dedicated staff, Registration months');
    const twice = failure([
      ['Step', 'Min sales', 'MIN_SALES'],
      ['A', 1, 2],
    ]) as CellError;
    expect([twice.item, twice.column]).toEqual([0, 2]);
    expect(twice.text.ru).toBe('второй столбец «Продажи от»');
  });

  it('refuses a table without a required column, naming it', () => {
    const error = failure([['Step'], ['A']]);
    expect(error).not.toBeInstanceOf(CellError);
    expect(error.text.en).toBe('has no "Min sales" column (headers are read from its first row)');
  });

  it('names the row, column and header of a value that cannot be read (the header as the sheet spells it)', () => {
    const error = failure([
      ['Step', ' min sales '],
      ['A', 0],
      ['B', 'abc'],
    ]) as CellError;
    expect([error.item, error.column, error.cell]).toEqual([2, 1, 'abc']);
    expect(error.header?.en).toBe('min sales');
    expect(error.text.en).toBe('is not a number');
    const empty = failure([
      ['Step', 'Min sales'],
      ['', 5],
    ]) as CellError;
    expect([empty.item, empty.column]).toEqual([1, 0]);
  });

  it('lets the program check across rows and name the cell', () => {
    const error = failure([
      ['Step', 'Min sales'],
      ['A', 10],
      ['B', 5],
    ]) as CellError;
    expect([error.item, error.column, error.cell, error.text.en]).toEqual([2, 1, 5, 'is below the step above']);
  });

  it('refuses a single value that is not a table', () => {
    expect(failure(['x'] as never).text.en).toBe('is not a table: give the whole ladder range, its header row included');
  });

  it('writes the seed as a table in each language that reads back as the seed', () => {
    expect(seedTable(LADDER, 'ru')).toEqual([
      ['Ступень', 'Продажи от', 'Выделенный персонал', 'Срок регистрации, мес.'],
      ['Начало', 0, false, 3],
    ]);
    expect(read(seedTable(LADDER, 'en'))).toEqual(LADDER.seed);
    expect(read(seedTable(LADDER, 'ru'), 'ru_RU')).toEqual([{ ...LADDER.seed[0], name: 'Начало' }]);
  });
});
