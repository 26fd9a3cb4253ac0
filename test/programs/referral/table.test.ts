import { describe, expect, it } from 'vitest';
import { CellError, type InputError } from '../../../src/kernel/errors';
import { readRulesTable, seedTable } from '../../../src/kernel/functions/rulesTable';
import { ANACONDA_PROGRAM } from '../../../src/programs/referral/rules/seed';
import { REFERRAL_RULES } from '../../../src/programs/referral/rules/table';
import { ctx } from '../../helpers/context';

/* The referral rules table (SPEC §12.4): one row, Credit share (default 100%) and Cap (own contract, none or an amount). */

const read = (cells: unknown[][], locale = 'en_US') => readRulesTable(REFERRAL_RULES, cells, ctx(locale));
const failure = (cells: unknown[][], locale = 'en_US') => {
  try {
    read(cells, locale);
  } catch (error) {
    return error as InputError;
  }
  throw new Error('no error');
};
/** Where a cell error points (row in the range, header = 0; column) and what it says in each language. */
const cellError = (cells: unknown[][], locale = 'en_US') => {
  const error = failure(cells, locale) as CellError;
  expect(error).toBeInstanceOf(CellError);
  return { row: error.item, column: error.column, cell: error.cell, en: error.text.en, ru: error.text.ru };
};

describe('reading the referral rules table', () => {
  it("gives the seed's rule for an omitted or empty argument, and for the template's seed table in both languages", () => {
    expect(readRulesTable(REFERRAL_RULES, undefined, ctx())).toBe(ANACONDA_PROGRAM);
    expect(readRulesTable(REFERRAL_RULES, '', ctx())).toBe(ANACONDA_PROGRAM);
    expect(seedTable(REFERRAL_RULES, 'en')).toEqual([
      ['Credit share', 'Cap'],
      [1, 'own contract'],
    ]);
    expect(seedTable(REFERRAL_RULES, 'ru')).toEqual([
      ['Доля от договора нового клиента', 'Предел скидки'],
      [1, 'договор рекомендателя'],
    ]);
    expect(read(seedTable(REFERRAL_RULES, 'en'))).toEqual(ANACONDA_PROGRAM);
    expect(read(seedTable(REFERRAL_RULES, 'ru'), 'ru_RU')).toEqual(ANACONDA_PROGRAM);
  });

  it('reads a share and a cap word or amount, in any case and column order', () => {
    expect(
      read([
        ['Credit share', 'Cap'],
        ['50%', 'none'],
      ]),
    ).toEqual({ creditShare: 0.5, cap: { kind: 'none' } });
    expect(
      read([
        ['CAP', 'credit_share'],
        [1200, 0.25],
      ]),
    ).toEqual({ creditShare: 0.25, cap: { kind: 'amount', amount: 1200 } });
    expect(
      read([
        ['Credit share', 'Cap'],
        ['', ' Own Contract '],
      ]),
    ).toEqual(ANACONDA_PROGRAM);
  });

  it('reads Russian headers and words, and amounts in the locale (1 200,50 руб.)', () => {
    expect(
      read(
        [
          ['Предел скидки', 'Доля от договора нового клиента'],
          ['без предела', '12,5%'],
        ],
        'ru_RU',
      ),
    ).toEqual({ creditShare: 0.125, cap: { kind: 'none' } });
    expect(
      read(
        [
          ['доля скидки', 'предел скидки'],
          ['75%', '1 200,50 руб.'],
        ],
        'ru_RU',
      ),
    ).toEqual({ creditShare: 0.75, cap: { kind: 'amount', amount: 1200.5 } });
    expect(
      read([
        ['Cap', 'Credit share'],
        ['свой договор', '100%'],
      ]),
    ).toEqual(ANACONDA_PROGRAM);
    expect(read([['Cap'], ['нет']]).cap).toEqual({ kind: 'none' });
  });

  it('takes the default of a missing column, skips empty rows, and an all-empty row is the seed', () => {
    expect(read([['Cap'], [500]])).toEqual({ creditShare: 1, cap: { kind: 'amount', amount: 500 } });
    expect(read([['Credit share'], ['', ''], [0.3]])).toEqual({ creditShare: 0.3, cap: { kind: 'own' } });
    expect(
      read([
        ['Credit share', 'Cap'],
        ['', ''],
      ]),
    ).toEqual(ANACONDA_PROGRAM);
  });

  it('refuses an unknown header, naming it and the columns', () => {
    expect(
      cellError([
        ['Credit share', 'Cap', 'Bonus'],
        ['50%', 'none', 1],
      ]),
    ).toEqual({
      row: 0,
      column: 2,
      cell: 'Bonus',
      en: 'is not a column of the referral rules table; its columns: Credit share, Cap',
      ru: 'такого столбца в таблице «Правила рекомендаций» нет; её столбцы: Доля от договора нового клиента, Предел скидки',
    });
  });

  it('refuses rules under no header at all (a range given without its header row)', () => {
    const error = failure([
      ['', ''],
      ['50%', 'none'],
    ]);
    expect(error).not.toBeInstanceOf(CellError);
    expect(error.text.en).toBe('has no "Credit share" or "Cap" column (headers are read from its first row)');
    // The rule row taken for headers: its first cell is no header.
    expect(cellError([['50%', 'none']])).toMatchObject({ row: 0, column: 0, cell: '50%' });
  });

  it('refuses a share it cannot read, a negative one, and one above 100%', () => {
    const shareCell = (value: unknown) =>
      cellError([
        ['Credit share', 'Cap'],
        [value, 'none'],
      ]);
    expect(shareCell('half')).toMatchObject({ row: 1, column: 0, en: 'is not a share (use a fraction or a percentage like 75%)' });
    expect(shareCell('-10%')).toMatchObject({ row: 1, column: 0, en: 'is a negative share', ru: 'отрицательная доля' });
    expect(shareCell(1.5)).toMatchObject({ row: 1, column: 0, en: 'is above 100%' });
  });

  it('refuses an unknown cap word, a checkbox, and a negative amount', () => {
    const capCell = (value: unknown) =>
      cellError([
        ['Credit share', 'Cap'],
        ['50%', value],
      ]);
    const unknown = {
      row: 1,
      column: 1,
      en: 'is not a cap: use own contract, none or an amount',
      ru: 'не предел скидки: укажите «договор рекомендателя», «без предела» или сумму',
    };
    expect(capCell('lots')).toMatchObject({ ...unknown, cell: 'lots' });
    expect(capCell(true)).toMatchObject(unknown);
    expect(capCell(-500)).toMatchObject({ row: 1, column: 1, en: 'is negative, but an amount cannot be' });
    expect(capCell('-500')).toMatchObject({ row: 1, column: 1, en: 'is negative, but an amount cannot be' });
  });

  it('refuses a second rule row, naming its first filled cell', () => {
    expect(
      cellError([
        ['Credit share', 'Cap'],
        ['50%', 'none'],
        ['', 800],
      ]),
    ).toEqual({
      row: 2,
      column: 1,
      cell: 800,
      en: 'is in a second rule row, but the referral rules are one row: keep one row under the headers',
      ru: 'во второй строке правил, а правила рекомендаций — одна строка: оставьте под заголовками одну строку',
    });
  });
});
