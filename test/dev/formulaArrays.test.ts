/**
 * FILTER, UNIQUE, SORT and ARRAYFORMULA against Google's documentation;
 * expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluateIn, shownValue } from './formulaSheet';

describe('FILTER (https://support.google.com/docs/answer/3093197)', () => {
  // value | label | · | limit
  const ROWS = [
    [4, 'a', '', 3],
    [6, 'b', '', 12],
    [7, 'c', '', 9],
    [9, 'd', '', 5],
    ['', 'e', '', 1],
  ];

  it('keeps the rows where every condition holds, as the documented FILTER(A2:B26, A2:A26 > 5, D2:D26 < 10)', () => {
    // A > 5: 6, 7, 9; D < 10 among them: 7 (9) and 9 (5).
    expect(shownValue(ROWS, '=FILTER(A1:B5, A1:A5 > 5, D1:D5 < 10)')).toEqual([
      [7, 'c'],
      [9, 'd'],
    ]);
  });

  it('takes an array of booleans, and array expressions such as NOT(ISBLANK(…)), without ARRAYFORMULA', () => {
    expect(shownValue(ROWS, '=FILTER(B1:B4, {TRUE; TRUE; FALSE; TRUE})')).toEqual([['a'], ['b'], ['d']]);
    expect(shownValue(ROWS, '=FILTER(B1:B5, NOT(ISBLANK(A1:A5)))')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('filters columns with a row condition', () => {
    expect(shownValue([[1, 5, 2, 8]], '=FILTER(A1:D1, A1:D1 > 1)')).toEqual([[5, 2, 8]]);
  });

  it('is #N/A when nothing passes and #VALUE! for conditions of another length', () => {
    expect(evaluateIn(ROWS, '=FILTER(A1:A5, A1:A5 > 100)')).toMatchObject({ value: '#N/A', error: 'No matches are found in FILTER evaluation.' });
    expect(evaluateIn(ROWS, '=FILTER(A1:A5, A1:A4 > 1)')).toMatchObject({
      value: '#VALUE!',
      error: 'FILTER has mismatched range sizes. Expected row count: 5. column count: 1. Actual row count: 4, column count: 1.',
    });
  });

  it('reads open-ended ranges of one sheet to the same last row', () => {
    expect(shownValue(ROWS, '=FILTER(B1:B, D1:D > 8)')).toEqual([['b'], ['c']]);
  });
});

describe('UNIQUE (https://support.google.com/docs/answer/10522653)', () => {
  // The colour table of Google's examples, in B2:D5.
  const COLOURS = [
    ['', 'Color 1', 'Color 2', 'Color 3'],
    ['', 'Red', 'Yellow', 'Red'],
    ['', 'Blue', 'Magenta', 'Blue'],
    ['', 'Red', 'Yellow', 'Red'],
    ['', 'Green', 'White', 'Green'],
  ];

  it('returns the rows in the order they first appear, discarding duplicates', () => {
    expect(shownValue(COLOURS, '=UNIQUE(B2:D5)')).toEqual([
      ['Red', 'Yellow', 'Red'],
      ['Blue', 'Magenta', 'Blue'],
      ['Green', 'White', 'Green'],
    ]);
  });

  it('compares columns with by_column, and keeps entries that appear once with exactly_once', () => {
    expect(shownValue(COLOURS, '=UNIQUE(B2:D5, TRUE)')).toEqual([
      ['Red', 'Yellow'],
      ['Blue', 'Magenta'],
      ['Red', 'Yellow'],
      ['Green', 'White'],
    ]);
    expect(shownValue(COLOURS, '=UNIQUE(B2:D5, FALSE, TRUE)')).toEqual([
      ['Blue', 'Magenta', 'Blue'],
      ['Green', 'White', 'Green'],
    ]);
  });

  it('tells text of different case apart, and numbers equal by value', () => {
    expect(shownValue([], '=UNIQUE({"a";"A";"a";1;1.0})')).toEqual([['a'], ['A'], [1]]);
  });
});

describe('SORT (https://support.google.com/docs/answer/3093150)', () => {
  it('sorts by a column index, descending with FALSE, as the documented SORT({1, 2; 3, 4; 5, 6}, 2, FALSE)', () => {
    expect(shownValue([], '=SORT({1, 2; 3, 4; 5, 6}, 2, FALSE)')).toEqual([
      [5, 6],
      [3, 4],
      [1, 2],
    ]);
  });

  it('sorts by a range outside the data, then by further columns; ties keep their order; blanks go last', () => {
    const rows = [
      ['b', 2, 20],
      ['a', '', 10],
      ['c', 1, 20],
      ['d', 3, 10],
    ];
    expect(shownValue(rows, '=SORT(A1:A4, C1:C4, TRUE)')).toEqual([['a'], ['d'], ['b'], ['c']]);
    expect(shownValue(rows, '=SORT(A1:C4, 3, FALSE, 2, TRUE)')).toEqual([
      ['c', 1, 20],
      ['b', 2, 20],
      ['d', 3, 10],
      ['a', '', 10],
    ]);
    expect(shownValue(rows, '=SORT(B1:B4)')).toEqual([[1], [2], [3], ['']]);
  });

  it('sorts text without regard to case', () => {
    expect(shownValue([['b'], ['C'], ['a']], '=SORT(A1:A3)')).toEqual([['a'], ['b'], ['C']]);
  });
});

describe('ARRAYFORMULA (https://support.google.com/docs/answer/3093275)', () => {
  const ONE_TO_TEN = Array.from({ length: 10 }, (_, i) => [i + 1]);

  it('computes the documented ARRAYFORMULA(SUM(IF(A1:A10>5, A1:A10, 0))): 6 + 7 + 8 + 9 + 10 = 40', () => {
    expect(shownValue(ONE_TO_TEN, '=ARRAYFORMULA(SUM(IF(A1:A10>5, A1:A10, 0)))')).toBe(40);
  });

  it('adds two rows element by element, as the documented ARRAYFORMULA(A1:C1+A2:C2)', () => {
    expect(
      shownValue(
        [
          [1, 2, 3],
          [10, 20, 30],
        ],
        '=ARRAYFORMULA(A1:C1+A2:C2)',
      ),
    ).toEqual([[11, 22, 33]]);
  });
});
