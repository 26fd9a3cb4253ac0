import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { bi } from '../../src/core/i18n';
import { each, perColumn, perRow, range, single, spill } from '../../src/sheets/define';
import { money, optional, text, wholeNumber } from '../../src/sheets/readers';
import { ctx } from '../helpers/context';

const en = ctx('en_US');
const ru = ctx('ru_RU');

const SUM = perRow({
  name: 'SUM2',
  description: 'test',
  returns: 'test',
  params: [each('a', 'first', money), each('b', 'second', optional(money, 0))],
  row: ([a, b]) => a + b,
});

describe('perRow broadcasting', () => {
  it('returns one value for single values', () => {
    expect(SUM.run([1, 2], en)).toBe(3);
  });
  it('broadcasts single values over ranges', () => {
    expect(SUM.run([[[1], [2], [3]], 10], en)).toEqual([[11], [12], [13]]);
    expect(SUM.run([5, [[1], [2]]], en)).toEqual([[6], [7]]);
  });
  it('keeps a two-dimensional shape', () => {
    expect(SUM.run([[[1, 2], [3, 4]], [[10, 20], [30, 40]]], en)).toEqual([[11, 22], [33, 44]]);
  });
  it('treats a one-cell range as a single value', () => {
    expect(SUM.run([[[1], [2]], [[100]]], en)).toEqual([[101], [102]]);
    expect(SUM.run([[[4]], [[5]]], en)).toBe(9);
  });
  it('leaves rows with an empty first argument empty, whatever the others hold', () => {
    expect(SUM.run([[[1], [''], [3]], [[1], ['junk'], [1]]], en)).toEqual([[2], [''], [4]]);
    expect(SUM.run(['', 'junk'], en)).toBe('');
  });
  it('refuses ranges of different sizes', () => {
    expect(() => SUM.run([[[1], [2]], [[1], [2], [3]]], en)).toThrow(
      'SUM2: ranges differ in size: a is 2×1, b is 3×1; all ranges must be the same size',
    );
    expect(() => SUM.run([[[1], [2]], [[1, 2]]], ru)).toThrow('SUM2: диапазоны разного размера: a — 2×1, b — 1×2');
  });
  it('names the function, argument, row and value of a bad cell', () => {
    expect(() => SUM.run([[[1], [2], [3], [4], ['n/a']], 0], en)).toThrow('SUM2: a, row 5: "n/a" is not a number');
    expect(() => SUM.run([[[1], [2], [3], [4], ['n/a']], 0], ru)).toThrow('SUM2: a, строка 5: «n/a» — не число');
    expect(() => SUM.run([[[1, 2], [3, 'x']], 0], en)).toThrow('SUM2: a, row 2, column 2: "x" is not a number');
    expect(() => SUM.run(['n/a', 1], en)).toThrow('SUM2: a: "n/a" is not a number');
  });
});

describe('perColumn', () => {
  const RANK = perColumn({
    name: 'ORDER',
    description: 'test',
    returns: 'test',
    params: [each('names', 'names', text), each('values', 'values', money)],
    column: ([names, values]) => {
      const seen = new Set<string>();
      names.forEach((n, i) => {
        if (seen.has(n)) throw new InputError(bi('is listed twice', 'указан дважды'), i);
        seen.add(n);
      });
      const sorted = [...values].sort((x, y) => y - x);
      return values.map((v) => sorted.indexOf(v) + 1);
    },
  });
  it('computes over all non-empty rows and puts results back in place', () => {
    expect(RANK.run([[['a'], [''], ['b'], ['c']], [[5], [99], [7], [1]]], en)).toEqual([[2], [''], [1], [3]]);
  });
  it('reports a problem at the row of the item it concerns', () => {
    expect(() => RANK.run([[['a'], [''], ['b'], ['a']], [[5], [0], [7], [1]]], en)).toThrow('ORDER: names, row 4: "a" is listed twice');
  });
});

describe('spill', () => {
  const LIST = spill({
    name: 'LIST',
    description: 'test',
    returns: 'test',
    params: [
      single('size', 'size', wholeNumber(1, 5)),
      range('items', 'items', 'Array<Array<string>>', (value) => {
        const rows = Array.isArray(value) ? (value as unknown[][]) : [[value]];
        rows.forEach((row, i) => {
          if (row[0] === 'bad') throw new InputError(bi('is bad', 'плохо'), i);
        });
        return rows.map((row) => String(row[0]));
      }, { optional: true }),
    ],
    table: ([size, items]) => items.slice(0, size).map((item, i) => [i + 1, item]),
  });
  it('spills a table of its own shape', () => {
    expect(LIST.run([2, [['x'], ['y'], ['z']]], en)).toEqual([[1, 'x'], [2, 'y']]);
  });
  it('is empty when its first argument is', () => {
    expect(LIST.run(['', [['x']]], en)).toBe('');
  });
  it('refuses a range where a single value is needed', () => {
    expect(() => LIST.run([[[1], [2]], [['x']]], en)).toThrow('LIST: size takes a single value, not a range');
  });
  it('reports a bad row of a range argument', () => {
    expect(() => LIST.run([2, [['ok'], ['bad']]], en)).toThrow('LIST: items, row 2: "bad" is bad');
  });
});
