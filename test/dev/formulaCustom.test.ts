/**
 * The add-on's custom functions nested anywhere in a formula (fixture bundle
 * test/dev/fixtures/Code.js: DOUBLE, BLOCK, TYPES, WHERE_AM_I): they get their
 * arguments as Sheets passes them, are called only when their branch is
 * taken, not at all when an argument is an error, and again only when their
 * arguments change.
 */
import { describe, expect, it } from 'vitest';
import { testBook } from './formulaSheet';

describe('custom functions inside formulas', () => {
  it('nest in built-ins and operators, and built-ins in them', () => {
    const book = testBook({ S: [[1], [2], [3]] });
    book.put('S!C1', [['=SUM(DOUBLE(A1:A3))', '=DOUBLE(SUM(A1:A3))', '=DOUBLE(DOUBLE(2))+1', '=ROWS(BLOCK())', '=INDEX(BLOCK(), 2, 1)']]);
    book.recalc();
    // 2 + 4 + 6; 2 × 6; 2 × 2 × 2 + 1; BLOCK() is [[1, 2], [3, 4]].
    expect(['C1', 'D1', 'E1', 'F1', 'G1'].map((a) => book.shown(a).value)).toEqual([12, 12, 9, 2, 3]);
  });

  it('receive values computed by built-ins as Sheets passes them: dates, arrays, single values', () => {
    const book = testBook({ S: [[1], [2], [3]] });
    book.put('S!C1', [['=TYPES(EDATE(DATE(2026,1,31), 1), FILTER(A1:A3, A1:A3 > 1), FILTER(A1:A3, A1:A3 > 2), A1:A3 * 1, , "")']]);
    book.recalc();
    // A1:A3 * 1 outside ARRAYFORMULA is the cell in the formula's row: A1.
    expect(book.shown('C1').value).toBe('date; array 2x1; number:3; number:1; string:; string:');
  });

  it('are not called in the branch IF does not take', () => {
    const book = testBook({ S: [['', '=IF(A1 = "", "", DOUBLE(A1))']] });
    expect(book.recalc().calls).toBe(0);
    expect(book.shown('B1').value).toBe('');
    book.put('S!A1', [[5]]);
    expect(book.recalc().calls).toBe(1);
    expect(book.shown('B1').value).toBe(10);
  });

  it('are not called with an error argument: the cell shows that error, as Sheets shows it', () => {
    const book = testBook({ S: [['Acme', '=TYPES(VLOOKUP(A1, C1:D1, 2, FALSE))', 'Beta', new Date('2026-01-01T00:00:00Z')]] });
    const report = book.recalc();
    expect(report.calls).toBe(0);
    expect(book.shown('B1')).toMatchObject({ value: '#N/A', status: 'error', error: "Did not find value 'Acme' in VLOOKUP evaluation." });
    // Once the client exists, the looked-up date is passed.
    book.put('S!C1', [['Acme']]);
    expect(book.recalc().calls).toBe(1);
    expect(book.shown('B1').value).toBe('date');
  });

  it('show their own error, which IFERROR catches', () => {
    const book = testBook({ S: [['=DOUBLE("x")', '=IFERROR(DOUBLE("x"), "bad")']] });
    book.recalc();
    expect(book.shown('A1')).toMatchObject({ value: '#ERROR!', error: 'DOUBLE: x: "x" is not a number' });
    expect(book.shown('B1').value).toBe('bad');
  });

  it('are called again only when their arguments change', () => {
    const book = testBook({ S: [[1], [2], ['', '=SUM(DOUBLE(A1:A2), DOUBLE(A2))']] });
    expect(book.recalc().calls).toBe(2);
    expect(book.shown('B3').value).toBe(10);
    expect(book.recalc().calls).toBe(0);
    // A1 feeds only the first call.
    book.put('S!A1', [[4]]);
    expect(book.recalc().calls).toBe(1);
    expect(book.shown('B3').value).toBe(16);
  });

  it("run with their formula's cell as the active range, however deeply nested", () => {
    const book = testBook({ S: [], T: [] });
    book.put('T!C3', [['=IFERROR(WHERE_AM_I(), "none")']]);
    book.recalc();
    expect(book.shown('T!C3').value).toEqual([['C3', '=IFERROR(WHERE_AM_I(), "none")', 'T', 'C3']]);
  });
});
