/**
 * INDEX, MATCH, VLOOKUP, XLOOKUP, ROWS, COLUMNS against Google's
 * documentation. The guest table and its results are the examples of the
 * INDEX page (https://support.google.com/docs/answer/3098242).
 */
import { describe, expect, it } from 'vitest';
import { bookOf } from '../../dev/memory';
import { evaluateIn, testBook, shownValue } from './formulaSheet';

const GUESTS = [
  ['Guest Name', 'Dietary Restriction', 'Sent Invitation', 'Table Number'],
  ['David', 'Vegetarian', 'No', 3],
  ['Bob', 'None', 'No', 5],
  ['david', 'None', 'Yes', 1],
  ['Nancy', 'None', 'No', 4],
  ['Mary', 'Vegetarian', 'Yes', 2],
];
const guests = (formula: string) => shownValue(GUESTS, formula);

describe('INDEX (https://support.google.com/docs/answer/3098242)', () => {
  it('returns the cell at a row and column of the range', () => {
    expect(guests('=INDEX(A2:D6, 2, 1)')).toBe('Bob');
    expect(guests('=INDEX(A2:D6, 4, 4)')).toBe(4);
    expect(guests('=INDEX(A2:D6,1,1)')).toBe('David');
    expect(guests('=INDEX(A1:D6, 6, 2)')).toBe('Vegetarian');
  });

  it('returns a whole row or column for 0', () => {
    expect(guests('=INDEX(A2:D6, 2, 0)')).toEqual([['Bob', 'None', 'No', 5]]);
    expect(guests('=INDEX(A2:D6, 0, 4)')).toEqual([[3], [5], [1], [4], [2]]);
  });

  it('is #REF! out of the range', () => {
    expect(evaluateIn(GUESTS, '=INDEX(A2:D6, 6, 1)')).toMatchObject({ value: '#REF!', error: 'Row 6 out of range.' });
  });

  it("looks up with MATCH, as the page's INDEX and MATCH table does", () => {
    expect(guests('=VLOOKUP("Mary", A1:D6, 2, false)')).toBe('Vegetarian');
    expect(guests('=INDEX(A1:D6, MATCH("Mary", A1:A6, 0), 2)')).toBe('Vegetarian');
    expect(guests('=INDEX(A1:D6, MATCH("Mary", A1:A6, 0), MATCH("Dietary Restriction", A1:D1, 0))')).toBe('Vegetarian');
    expect(guests('=INDEX(A1:D6, MATCH(2, D1:D6, 0), MATCH("Guest Name", A1:D1, 0))')).toBe('Mary');
  });
});

describe('MATCH (https://support.google.com/docs/answer/3093378)', () => {
  it('finds the position of an exact match (0), the first one, without regard to case', () => {
    expect(guests('=MATCH("DAVID", A2:A6, 0)')).toBe(1);
    expect(evaluateIn(GUESTS, '=MATCH("Zed", A2:A6, 0)')).toMatchObject({ value: '#N/A', error: "Did not find value 'Zed' in MATCH evaluation." });
  });

  it('finds the largest value ≤ key in ascending data (1, the default) and the smallest ≥ key in descending data (-1)', () => {
    expect(guests('=MATCH(6, {1;3;5;7;9})')).toBe(3);
    expect(guests('=MATCH(2, {1;2;2;3}, 1)')).toBe(3);
    expect(guests('=MATCH(6, {9;7;5;3;1}, -1)')).toBe(2);
    expect(guests('=MATCH(0, {1;3})')).toBe('#N/A');
    // An empty search_type reads as 0 (exact), as an empty argument reads as 0; omitted it is 1.
    expect(guests('=MATCH(6, {1;3;5;7;9}, )')).toBe('#N/A');
    expect(guests('=MATCH(7, {1;3;5;7;9}, )')).toBe(4);
  });

  it('refuses a range of more than one row and column', () => {
    expect(guests('=MATCH("Bob", A1:B6, 0)')).toBe('#N/A');
  });
});

describe('VLOOKUP (https://support.google.com/docs/answer/3093318)', () => {
  const TIERS = [
    [0, 'Bronze'],
    [1000, 'Silver'],
    [5000, 'Gold'],
    [10000, 'Platinum'],
  ];

  it('returns the first exact match with is_sorted FALSE, #N/A when there is none', () => {
    expect(guests('=VLOOKUP("david", A2:D6, 4, FALSE)')).toBe(3);
    expect(evaluateIn(GUESTS, '=VLOOKUP("Zed", A2:D6, 2, FALSE)')).toMatchObject({ value: '#N/A', error: "Did not find value 'Zed' in VLOOKUP evaluation." });
  });

  it('returns the nearest match ≤ key in sorted data by default', () => {
    expect(shownValue(TIERS, '=VLOOKUP(4999, A1:B4, 2)')).toBe('Silver');
    expect(shownValue(TIERS, '=VLOOKUP(5000, A1:B4, 2, TRUE)')).toBe('Gold');
    expect(shownValue(TIERS, '=VLOOKUP(99999, A1:B4, 2)')).toBe('Platinum');
    expect(shownValue(TIERS, '=VLOOKUP(-1, A1:B4, 2)')).toBe('#N/A');
  });

  it('checks the column index', () => {
    expect(evaluateIn(GUESTS, '=VLOOKUP("Bob", A2:D6, 5, FALSE)')).toMatchObject({ value: '#REF!', error: 'VLOOKUP evaluates to an out of bounds range.' });
    expect(guests('=VLOOKUP("Bob", A2:D6, 0, FALSE)')).toBe('#VALUE!');
  });

  it('looks a value up per row inside ARRAYFORMULA', () => {
    const rows = [...TIERS.map((r) => [...r, '']), ['', '', 300], ['', '', 7000]];
    expect(shownValue(rows, '=ARRAYFORMULA(VLOOKUP(C5:C6, A1:B4, 2))')).toEqual([['Bronze'], ['Gold']]);
  });
});

describe('XLOOKUP (https://support.google.com/docs/answer/12405947)', () => {
  const FRUIT = [
    ['Fruit', 'Price'],
    ['Apple', 1.5],
    ['Banana', 0.5],
    ['Cherry', 3],
  ];
  const fruit = (formula: string) => shownValue(FRUIT, formula);

  it('replaces VLOOKUP with a lookup range and a result range, either side', () => {
    expect(fruit('=XLOOKUP("banana", A2:A4, B2:B4)')).toBe(0.5);
    expect(fruit('=XLOOKUP(3, B2:B4, A2:A4)')).toBe('Cherry');
    expect(fruit('=XLOOKUP("Price", A1:B1, A3:B3)')).toBe(0.5);
    expect(fruit('=XLOOKUP("Banana", A2:A4, A2:B4)')).toEqual([['Banana', 0.5]]);
  });

  it('returns missing_value, else #N/A, when nothing matches', () => {
    expect(fruit('=XLOOKUP("Kiwi", A2:A4, B2:B4, "none")')).toBe('none');
    expect(fruit('=XLOOKUP("Kiwi", A2:A4, B2:B4)')).toBe('#N/A');
  });

  it('takes the next larger (1) or smaller (-1) value, or a wildcard (2), and searches from the end (-1)', () => {
    expect(fruit('=XLOOKUP(1, B2:B4, A2:A4, , 1)')).toBe('Apple');
    expect(fruit('=XLOOKUP(1, B2:B4, A2:A4, , -1)')).toBe('Banana');
    expect(fruit('=XLOOKUP("Ch*", A2:A4, B2:B4, , 2)')).toBe(3);
    expect(fruit('=XLOOKUP("a", {"a";"b";"a"}, {1;2;3}, , 0, -1)')).toBe(3);
  });
});

describe('ROWS and COLUMNS', () => {
  it("count a range's rows and columns; an open-ended range runs to the end of the grid", () => {
    expect(guests('=ROWS(A2:D6)')).toBe(5);
    expect(guests('=COLUMNS(A2:D6)')).toBe(4);
    // The sheet has Sheets' default 1,000 rows: A2:A has 999 of them, however few hold data.
    expect(guests('=ROWS(A2:A)')).toBe(999);
    const book = testBook({ S: GUESTS });
    bookOf(book.ss).sheetByName('S')!.maxRows = 1_000_000;
    book.put('S!J1', [['=ROWS(A2:A)']]);
    book.recalc();
    expect(book.shown('S!J1').value).toBe(999_999);
  });
});

describe('ROW (https://support.google.com/docs/answer/3093316)', () => {
  it("gives a reference's row number, or the formula's own row without one", () => {
    // The page's examples: ROW(A9) is 9; ROW() in a cell of row 5 is 5; a range outside an array formula gives its first row.
    expect(guests('=ROW(A9)')).toBe(9);
    expect(evaluateIn(GUESTS, '=ROW()', { at: 'J5' }).value).toBe(5);
    expect(guests('=ROW(B3:D6)')).toBe(3);
    expect(guests("=ROW('S'!C4)")).toBe(4);
    expect(guests('=ROW(1)')).toBe('#N/A');
  });

  it('gives one row number per row of a range inside an array formula (FILTER, ARRAYFORMULA)', () => {
    expect(guests('=ARRAYFORMULA(ROW(A2:A4))')).toEqual([[2], [3], [4]]);
    // The rows of the guests who were sent an invitation: 4 (david) and 6 (Mary).
    expect(guests('=FILTER(ROW(A2:A6), C2:C6="Yes")')).toEqual([[4], [6]]);
    // A row number looked up elsewhere, row by row: which guests' rows are listed in H1:H2.
    expect(
      shownValue([...GUESTS.map((r, i) => [...r, '', '', '', i === 0 ? 3 : i === 1 ? 5 : '']), []], '=FILTER(A2:A6, ISNA(MATCH(ROW(A2:A6), H1:H2, 0)))'),
    ).toEqual([['David'], ['david'], ['Mary']]);
  });
});
