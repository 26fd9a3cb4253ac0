/**
 * Errors as values: codes, propagation through operators, functions and
 * references, error elements of spilled arrays, and what catches them.
 */
import { describe, expect, it } from 'vitest';
import { evaluateIn, testBook, shownValue } from './formulaSheet';

describe('error values', () => {
  it('has each code of Sheets, typed or computed', () => {
    expect(shownValue([], '=#N/A')).toBe('#N/A');
    expect(shownValue([], '=1/0')).toBe('#DIV/0!');
    expect(shownValue([], '="a"*2')).toBe('#VALUE!');
    expect(shownValue([], '=Nowhere!A1')).toBe('#REF!');
    expect(shownValue([], '=DATE(-1,1,1)')).toBe('#NUM!');
    expect(shownValue([], '=NOPE()')).toBe('#NAME?');
    expect(shownValue([], '=(1')).toBe('#ERROR!');
  });

  it("goes through operators and functions, the left operand's first", () => {
    expect(shownValue([], '=#N/A+1/0')).toBe('#N/A');
    expect(shownValue([], '=1/0&#N/A')).toBe('#DIV/0!');
    expect(shownValue([], '=ROUND(1/0)')).toBe('#DIV/0!');
    expect(shownValue([], '=EDATE(#N/A, 1)')).toBe('#N/A');
    expect(shownValue([], '=-#REF!')).toBe('#REF!');
  });

  it('is what a formula reads from a cell showing it, with the message naming that cell', () => {
    const book = testBook({ S: [['=1/0', '=A1+1', '=SUM(A1:A2)', '=IFERROR(A1, "caught")', '=COUNTA(A1:B1)', '=ISERROR(B1)']] });
    book.recalc();
    expect(book.shown('B1')).toMatchObject({ value: '#DIV/0!', error: 'Error in referenced cell A1: Function DIVIDE parameter 2 cannot be zero.' });
    expect(book.shown('C1').value).toBe('#DIV/0!');
    expect(book.shown('D1').value).toBe('caught');
    // COUNTA counts error cells; ISERROR sees them.
    expect(book.shown('E1').value).toBe(2);
    expect(book.shown('F1').value).toBe(true);
  });

  it('keeps error elements of a spilled array, which formulas reading those cells see', () => {
    const book = testBook({ S: [['=ARRAYFORMULA(1/{1;0;4})', '=A2', '=IFERROR(A2, "caught")', '=SUM(A1:A3)', '=A3*4']] });
    book.recalc();
    expect(book.shown('A1')).toMatchObject({ value: [[1], ['#DIV/0!'], [0.25]], status: 'ok' });
    expect(book.shown('B1')).toMatchObject({ value: '#DIV/0!', error: 'Error in referenced cell A2: Function DIVIDE parameter 2 cannot be zero.' });
    expect(book.shown('C1').value).toBe('caught');
    expect(book.shown('D1').value).toBe('#DIV/0!');
    expect(book.shown('E1').value).toBe(1);
  });

  it("shows an error in the formula cell when the array's first element is one, and still spills the rest", () => {
    const book = testBook({ S: [['=ARRAYFORMULA(1/{0;2})', '=A2*2', '=ISERROR(A1)']] });
    book.recalc();
    expect(book.shown('A1')).toMatchObject({ value: [['#DIV/0!'], [0.5]], status: 'error', error: 'Function DIVIDE parameter 2 cannot be zero.' });
    expect(book.shown('B1').value).toBe(1);
    expect(book.shown('C1').value).toBe(true);
  });

  it('stops being an error once the array no longer holds it', () => {
    const book = testBook({
      S: [
        ['=ARRAYFORMULA(1/C1:C2)', '=A2', 4],
        ['', '', 0],
      ],
    });
    book.recalc();
    expect(book.shown('A1').value).toEqual([[0.25], ['#DIV/0!']]);
    expect(book.shown('B1').value).toBe('#DIV/0!');
    book.put('S!C2', [[2]]);
    book.recalc();
    expect(book.shown('A1').value).toEqual([[0.25], [0.5]]);
    expect(book.shown('B1').value).toBe(0.5);
  });
});

describe('the error a formula shows', () => {
  it('names the cause for a circular reference and a blocked spill', () => {
    expect(evaluateIn([[1], [2]], '=SUM(J1:J2)')).toMatchObject({
      value: '#REF!',
      error: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
    });
    // IFERROR does not hide a circular reference.
    expect(evaluateIn([], '=IFERROR(J1, 0)').value).toBe('#REF!');
    expect(evaluateIn([['', '', '', '', '', '', '', '', '', '', 'x']], '={1,2}')).toMatchObject({
      value: '#REF!',
      error: 'Array result was not expanded because it would overwrite data in K1.',
    });
  });
});
