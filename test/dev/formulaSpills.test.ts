/**
 * Array results of built-in functions spill like custom functions' do;
 * formulas run after those whose results they reference anywhere in their
 * text; open-ended ranges run to the sheet's data, not the grid.
 */
import { describe, expect, it } from 'vitest';
import { bookOf } from '../../dev/memory';
import { testBook } from './formulaSheet';

describe('spilled results of built-in functions', () => {
  it('spill right and down, #REF! over data, and spill again once it is cleared', () => {
    const book = testBook({ S: [['b', '=SORT(A1:A3)'], ['c'], ['a']] });
    book.recalc();
    expect(book.shown('B1').value).toEqual([['a'], ['b'], ['c']]);
    book.put('S!B3', [['in the way']]);
    book.recalc();
    expect(book.shown('B1')).toMatchObject({ value: '#REF!', status: 'error', error: 'Array result was not expanded because it would overwrite data in B3.' });
    // The spill was withdrawn: B2 is empty again.
    expect(book.ss.getSheetByName('S')!.getRange('B2').getValue()).toBe('');
    book.ss.getSheetByName('S')!.getRange('B3').clearContent();
    book.recalc();
    expect(book.shown('B1').value).toEqual([['a'], ['b'], ['c']]);
  });

  it('shrink and grow with the data of an open-ended range', () => {
    const book = testBook({
      S: [
        ['x', 1, '=FILTER(A1:A, B1:B > 0)'],
        ['y', 0],
        ['z', 2],
      ],
    });
    book.recalc();
    expect(book.shown('C1').value).toEqual([['x'], ['z']]);
    // A row added below is read by A1:A and B1:B.
    book.put('S!A4', [['w', 5]]);
    book.recalc();
    expect(book.shown('C1').value).toEqual([['x'], ['z'], ['w']]);
    book.put('S!B1', [[0]]);
    book.recalc();
    expect(book.shown('C1').value).toEqual([['z'], ['w']]);
    expect(book.ss.getSheetByName('S')!.getRange('C3').getValue()).toBe('');
  });
});

describe('dependency order', () => {
  it('runs a formula after the spill it reads inside an expression, across sheets, in one pass', () => {
    // Summary!A1 comes first in sheet order but counts what Data!C1's UNIQUE spills, through FILTER.
    const book = testBook({
      Summary: [['=COUNTA(FILTER(Data!C1:C10, Data!C1:C10 <> ""))', '=IFERROR(INDEX(Data!C1:C10, 2), "none")']],
      Data: [['Alpha', '', '=UNIQUE(A1:A5)'], ['Beta'], ['Alpha'], ['Gamma'], ['Beta']],
    });
    const report = book.recalc();
    expect(book.shown('Data!C1').value).toEqual([['Alpha'], ['Beta'], ['Gamma']]);
    expect(book.shown('Summary!A1').value).toBe(3);
    expect(book.shown('Summary!B1').value).toBe('Beta');
    // The second pass only confirms: every formula ran after the ones it reads.
    expect(report).toMatchObject({ passes: 2, converged: true, errors: 0, unevaluated: 0 });
  });

  it('finds a formula reading its own spill circular, even inside a function', () => {
    const book = testBook({ S: [['=ARRAYFORMULA(ROWS(A1:A3)+{0;0})']] });
    book.recalc();
    expect(book.shown('A1')).toMatchObject({
      value: '#REF!',
      error: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
    });
  });
});

describe('open-ended ranges', () => {
  it("stop at the sheet's last row with content, however many rows the grid has", () => {
    const book = testBook({ S: [['Amount'], [10], [20], [30]] });
    bookOf(book.ss).sheetByName('S')!.maxRows = 1_000_000;
    book.put('S!C1', [['=ARRAYFORMULA(A2:A*2)', '=SUM(A2:A)', '=COUNTA(A:A)', '=ROWS(A2:A)']]);
    book.recalc();
    // The element-by-element result has the three rows with data, not 999,999 (Sheets' further rows would be 0s
    // here, and blanks in Sheets' own array results past the data).
    expect(book.shown('C1').value).toEqual([[20], [40], [60]]);
    expect(book.shown('D1').value).toBe(60);
    expect(book.shown('E1').value).toBe(4);
    // …while ROWS still tells the grid's length.
    expect(book.shown('F1').value).toBe(999_999);
  });

  it('are as long as each other when they come from one sheet, whatever column holds the last row', () => {
    const book = testBook({ S: [['a', 1], ['b'], ['c', 3], ['', 4]] });
    book.put('S!D1', [['=ARRAYFORMULA(IF(A1:A = "", "-", A1:A & B1:B))']]);
    book.recalc();
    expect(book.shown('D1').value).toEqual([['a1'], ['b'], ['c3'], ['-']]);
  });
});
