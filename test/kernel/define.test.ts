import { describe, expect, it } from 'vitest';
import { CellError, InputError } from '../../src/kernel/errors';
import { same } from '../../src/kernel/i18n';
import { bi } from '../helpers/texts';
import { each, perColumn, perRow, range, single, spill } from '../../src/kernel/functions/define';
import { money, optional, text, wholeNumber } from '../../src/kernel/functions/readers';
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
    expect(
      SUM.run(
        [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [10, 20],
            [30, 40],
          ],
        ],
        en,
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });
  it('treats a one-cell range as a single value', () => {
    expect(SUM.run([[[1], [2]], [[100]]], en)).toEqual([[101], [102]]);
    expect(SUM.run([[[4]], [[5]]], en)).toBe(9);
  });
  it('leaves rows with an empty first argument empty, whatever the others hold', () => {
    expect(
      SUM.run(
        [
          [[1], [''], [3]],
          [[1], ['junk'], [1]],
        ],
        en,
      ),
    ).toEqual([[2], [''], [4]]);
    expect(SUM.run(['', 'junk'], en)).toBe('');
  });
  it('refuses ranges of different sizes', () => {
    expect(() =>
      SUM.run(
        [
          [[1], [2]],
          [[1], [2], [3]],
        ],
        en,
      ),
    ).toThrow('SUM2: ranges differ in size: a is 2×1, b is 3×1; all ranges must be the same size');
    expect(() => SUM.run([[[1], [2]], [[1, 2]]], ru)).toThrow('SUM2: диапазоны разного размера: a — 2×1, b — 1×2');
  });
  it('names the function, argument, row and value of a bad cell', () => {
    expect(() => SUM.run([[[1], [2], [3], [4], ['n/a']], 0], en)).toThrow('SUM2: a, row 5 of the range: "n/a" is not a number');
    expect(() => SUM.run([[[1], [2], [3], [4], ['n/a']], 0], ru)).toThrow('SUM2: a, строка 5 диапазона: «n/a» — не число');
    expect(() =>
      SUM.run(
        [
          [
            [1, 2],
            [3, 'x'],
          ],
          0,
        ],
        en,
      ),
    ).toThrow('SUM2: a, row 2, column 2 of the range: "x" is not a number');
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
    expect(
      RANK.run(
        [
          [['a'], [''], ['b'], ['c']],
          [[5], [99], [7], [1]],
        ],
        en,
      ),
    ).toEqual([[2], [''], [1], [3]]);
  });
  it('reports a problem at the row of the item it concerns', () => {
    expect(() =>
      RANK.run(
        [
          [['a'], [''], ['b'], ['a']],
          [[5], [0], [7], [1]],
        ],
        en,
      ),
    ).toThrow('ORDER: names, row 4 of the range: "a" is listed twice');
  });
});

describe('spill', () => {
  const LIST = spill({
    name: 'LIST',
    description: 'test',
    returns: 'test',
    params: [
      single('size', 'size', wholeNumber(1, 5)),
      range(
        'items',
        'items',
        'Array<Array<string>>',
        (value) => {
          const rows = Array.isArray(value) ? (value as unknown[][]) : [[value]];
          rows.forEach((row, i) => {
            if (row[0] === 'bad') throw new InputError(bi('is bad', 'плохо'), i);
          });
          return rows.map((row) => String(row[0]));
        },
        { optional: true },
      ),
    ],
    table: ([size, items]) => items.slice(0, size).map((item, i) => [i + 1, item]),
  });
  it('spills a table of its own shape', () => {
    expect(LIST.run([2, [['x'], ['y'], ['z']]], en)).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
  });
  it('is empty when its first argument is', () => {
    expect(LIST.run(['', [['x']]], en)).toBe('');
  });
  it('refuses a range where a single value is needed', () => {
    expect(() => LIST.run([[[1], [2]], [['x']]], en)).toThrow('LIST: size takes a single value, not a range');
  });
  it('reports a bad row of a range argument', () => {
    expect(() => LIST.run([2, [['ok'], ['bad']]], en)).toThrow('LIST: items, row 2 of the range: "bad" is bad');
  });
});

describe('errors name the sheet cell when the calling formula tells it (SPEC §2.3)', () => {
  const col = (...values: unknown[]) => values.map((v) => [v]);
  const formula = (text: string) => () => text;

  it('maps a row of a range argument to its cell, in both languages', () => {
    // the 5th row of B2:B is B6; of 'Other sheet'!D2:D6 it is D6 of that sheet
    expect(() => SUM.run([col(1, 2, 3, 4, 'n/a'), 0], en, formula('=SUM2(B2:B, 0)'))).toThrow('SUM2: a, B6: "n/a" is not a number');
    expect(() => SUM.run([col(1, 2, 3, 4, 'n/a'), 0], ru, formula('=SUM2(B2:B; 0)'))).toThrow('SUM2: a, B6: «n/a» — не число');
    expect(() => SUM.run([col(1, 2, 3, 4, 'n/a'), 0], en, formula('=IFERROR(SUM2(\'Other sheet\'!D2:D6, 0), "")'))).toThrow(
      `SUM2: a, 'Other sheet'!D6: "n/a" is not a number`,
    );
    // the second argument: row 2, column 2 of C10:D11 is D11
    expect(() =>
      SUM.run(
        [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [1, 2],
            [3, 'x'],
          ],
        ],
        en,
        formula('=SUM2(A10:B11, $C$10:$D$11)'),
      ),
    ).toThrow('SUM2: b, D11: "x" is not a number');
  });

  it('names the cell of a value broadcast over the rows, and no row when it is not a reference', () => {
    expect(() => SUM.run([col(1, 2), 'x'], en, formula('=SUM2(A2:A, $H$1)'))).toThrow('SUM2: b, H1: "x" is not a number');
    expect(() => SUM.run([col(1, 2), 'x'], en, formula('=SUM2(A2:A, "x")'))).toThrow('SUM2: b: "x" is not a number');
    expect(() => SUM.run(['x', 1], en, formula('=SUM2(Z9, 1)'))).toThrow('SUM2: a, Z9: "x" is not a number');
  });

  it('says "row N of the range" for an expression, a named range, another formula, or a formula that cannot be read', () => {
    const args = [col(1, 2, 'n/a'), 0];
    const fallback = 'SUM2: a, row 3 of the range: "n/a" is not a number';
    for (const text of [
      '=SUM2(B2:B*1, 0)', // an expression
      '=SUM2(Sales, 0)', // a named range
      '=SUM2({1;2;"n/a"}, 0)', // an array literal
      '=SUM2(B2:B, 0) + SUM2(C2:C, 0)', // which call failed is unknown
      '=OTHER(B2:B, 0)', // not this function's formula
      '=SUM2(B2:B9, 0)', // B2:B9 is 8 rows, but 3 were passed: not the formula that ran
      '=SUM2(B2:C, 0)', // two columns, but one was passed
      '', // no formula
    ]) {
      expect(() => SUM.run(args, en, formula(text)), text).toThrow(fallback);
    }
    expect(() => SUM.run(args, en, () => undefined)).toThrow(fallback);
    expect(() =>
      SUM.run(args, en, () => {
        throw new Error('Exception: no active range');
      }),
    ).toThrow(fallback);
    expect(() => SUM.run(args, ru, formula('=SUM2(B2:B*1; 0)'))).toThrow('SUM2: a, строка 3 диапазона: «n/a» — не число');
  });

  it('reads the formula only when a call fails', () => {
    let reads = 0;
    const source = () => {
      reads++;
      return '=SUM2(B2:B, C2:C)';
    };
    expect(SUM.run([col(1, 2, 3), col(4, 5, 6)], en, source)).toEqual([[5], [7], [9]]);
    expect(reads).toBe(0);
    expect(() => SUM.run([col(1, 'x', 'y'), col(4, 5, 6)], en, source)).toThrow('SUM2: a, B3: "x" is not a number');
    expect(reads).toBe(1);
  });

  it('names the cell of a problem a whole-column rule finds', () => {
    const RANK = perColumn({
      name: 'ORDER',
      description: 'test',
      returns: 'test',
      params: [each('names', 'names', text)],
      column: (names: string[][]) =>
        names[0].map((n, i) => {
          if (names[0].indexOf(n) !== i) throw new InputError(bi('is listed twice', 'указан дважды'), i);
          return i + 1;
        }),
    });
    expect(() => RANK.run([col('a', '', 'b', 'a')], en, formula('=ORDER(Partners!A2:A)'))).toThrow('ORDER: names, Partners!A5: "a" is listed twice');
  });

  const TABLE = spill({
    name: 'TABLE',
    description: 'test',
    returns: 'test',
    params: [
      range('table', 'a table with headers', 'Array<Array<string>>', (value) => {
        const rows = value as unknown[][];
        rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            if (cell === 'bad') throw new CellError(bi('is bad', 'плохо'), r, c, cell, same(String(rows[0][c])));
            if (cell === 'worse') throw new InputError(bi('is worse', 'ещё хуже'), r);
          });
        });
        return rows.length;
      }),
    ],
    table: ([n]) => [[n]],
  });
  const table = [
    ['Name', 'Tier'],
    ['Alfa', 'Gold'],
    ['Beta', 'bad'],
  ];

  it('names the cell and keeps the header of a bad cell of a table', () => {
    expect(() => TABLE.run([table], en, formula('=TABLE(Deals!A1:B)'))).toThrow('TABLE: table, Deals!B3 (Tier): "bad" is bad');
    expect(() => TABLE.run([table], ru, formula('=TABLE(Deals!A1:B)'))).toThrow('TABLE: table, Deals!B3 (Tier): «bad» — плохо');
    expect(() => TABLE.run([table], en, formula('=TABLE(Deals!A1:B*1)'))).toThrow('TABLE: table, row 3 of the range (Tier): "bad" is bad');
    expect(() => TABLE.run([table], ru)).toThrow('TABLE: table, строка 3 диапазона (Tier): «bad» — плохо');
  });

  it('names the row of cells of a problem with a whole row of a table', () => {
    const worse = [...table.slice(0, 2), ['Beta', 'worse']];
    expect(() => TABLE.run([worse], en, formula("=TABLE('Q1 deals'!C1:D3)"))).toThrow(`TABLE: table, 'Q1 deals'!C3:D3: "Beta" | "worse" is worse`);
    expect(() => TABLE.run([worse], en)).toThrow('TABLE: table, row 3 of the range: "Beta" | "worse" is worse');
  });
});

describe('optional single and whole-range arguments left empty (SPEC §2.10)', () => {
  // A reader that tells an omitted argument (undefined) from one given as an empty cell.
  const seen = { type: 'string', read: (cell: unknown) => (cell === undefined ? 'omitted' : `given ${JSON.stringify(cell)}`) };
  const WHICH = perRow({
    name: 'WHICH',
    description: 'test',
    returns: 'test',
    params: [
      each('a', 'first', money),
      single('as_of', 'a single value', seen, { optional: true }),
      range('rules', 'a range', 'x', seen.read, { optional: true }),
    ],
    row: ([, asOf, rules]) => `${asOf} / ${rules}`,
  });

  it('reads an empty cell, nothing between two commas, or a one-cell empty range as omitted', () => {
    expect(WHICH.run([1], en)).toBe('omitted / omitted');
    expect(WHICH.run([1, '', ''], en)).toBe('omitted / omitted');
    expect(WHICH.run([1, [['']], [['  ']]], en)).toBe('omitted / omitted');
    expect(WHICH.run([1, 'x', [['a'], ['b']]], en)).toBe('given "x" / given [["a"],["b"]]');
  });
});
