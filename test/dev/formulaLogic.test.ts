/**
 * IF, IFERROR, IFNA, AND, OR, NOT, the IS… tests and the text functions,
 * against Google's documentation; expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluateIn, shownValue } from './formulaSheet';

const calc = (formula: string, rows: unknown[][] = []) => shownValue(rows, formula);

describe('IF (https://support.google.com/docs/answer/3093364)', () => {
  it('returns the second argument when the test is true, else the third (blank by default)', () => {
    expect(calc('=IF(A1>5, "big", "small")', [[7]])).toBe('big');
    expect(calc('=IF(A1>5, "big", "small")', [[3]])).toBe('small');
    expect(calc('=IF(TRUE, 1)')).toBe(1);
    expect(evaluateIn([], '=IF(FALSE, 1)')).toMatchObject({ value: '', status: 'ok' });
    // Numbers are tests too: not 0 is true.
    expect(calc('=IF(2, "y", "n")')).toBe('y');
  });

  it('refuses a test that is text', () => {
    expect(evaluateIn([], '=IF("abc", 1, 2)')).toMatchObject({
      value: '#VALUE!',
      error: "Function IF parameter 1 expects boolean values. But 'abc' is a text and cannot be coerced to a boolean.",
    });
  });

  it('chooses element by element inside ARRAYFORMULA', () => {
    expect(calc('=ARRAYFORMULA(IF(A1:A3>1, "y", "n"))', [[1], [2], [3]])).toEqual([['n'], ['y'], ['y']]);
  });

  it('evaluates only the branch it returns, so an error in the other one does not matter', () => {
    expect(calc('=IF(TRUE, 1, 1/0)')).toBe(1);
  });
});

describe('IFERROR and IFNA (https://support.google.com/docs/answer/3093304, /9365944)', () => {
  it('returns the value unless it is an error; else the second argument, blank when there is none', () => {
    expect(calc('=IFERROR(5, "x")')).toBe(5);
    expect(calc('=IFERROR(1/0, "err")')).toBe('err');
    expect(evaluateIn([], '=IFERROR(1/0)')).toMatchObject({ value: '', status: 'ok' });
  });

  it('IFNA catches only #N/A', () => {
    expect(calc('=IFNA(#N/A, "na")')).toBe('na');
    expect(calc('=IFNA(VLOOKUP("x", A1:B1, 2, FALSE), "none")', [['y', 1]])).toBe('none');
    expect(evaluateIn([], '=IFNA(1/0, "na")')).toMatchObject({ value: '#DIV/0!' });
  });

  it('gives one result per cell of a range, as Google\'s IFNA(A3:A5, "Has na error") example shows', () => {
    const rows = [['Formula'], [''], ['=#N/A'], ['=100/0'], [45]];
    expect(shownValue(rows, '=IFNA(A3:A5, "Has na error")', { at: 'B2' })).toEqual([['Has na error'], ['#DIV/0!'], [45]]);
  });

  it('replaces only the error elements of an array', () => {
    expect(calc('=ARRAYFORMULA(IFERROR(1/{1;0;2}, "-"))')).toEqual([[1], ['-'], [0.5]]);
  });
});

describe('AND, OR, NOT (https://support.google.com/docs/answer/3093301, /3093306, /3093305)', () => {
  it('combines logical values; numbers count as logical, text and blanks in ranges are skipped', () => {
    expect(calc('=AND(TRUE, 1)')).toBe(true);
    expect(calc('=AND(TRUE, 0)')).toBe(false);
    expect(calc('=OR(FALSE, 0)')).toBe(false);
    expect(calc('=OR(FALSE, 2)')).toBe(true);
    expect(calc('=AND(A1:A4)', [[true], ['x'], [1], ['']])).toBe(true);
    expect(evaluateIn([['x'], ['y']], '=AND(A1:A2)')).toMatchObject({ value: '#VALUE!', error: 'AND has no valid input data.' });
    expect(calc('=NOT(TRUE)')).toBe(false);
    expect(calc('=NOT(0)')).toBe(true);
  });
});

describe('IS… tests', () => {
  it('tell blanks, errors, numbers and text apart (a formula returning "" is not blank)', () => {
    const rows = [['', '=""', '=1/0', '=DATE(2026,1,1)']];
    expect(calc('=ISBLANK(A1)', rows)).toBe(true);
    expect(calc('=ISBLANK(B1)', rows)).toBe(false);
    expect(calc('=ISERROR(C1)', rows)).toBe(true);
    expect(calc('=ISNA(C1)', rows)).toBe(false);
    expect(calc('=ISNA(#N/A)', rows)).toBe(true);
    expect(calc('=ISNUMBER(D1)', rows)).toBe(true);
    expect(calc('=ISTEXT(B1)', rows)).toBe(true);
  });
});

describe('LEN, TRIM, LOWER, UPPER, CONCATENATE (https://support.google.com/docs/answer/3094081, /3094140)', () => {
  it('work on the text of a value', () => {
    expect(calc('=LEN("hello")')).toBe(5);
    expect(calc('=LEN(12.5)')).toBe(4);
    expect(calc('=TRIM("  a   b  ")')).toBe('a b');
    expect(calc('=LOWER("ÄBC")')).toBe('äbc');
    expect(calc('=UPPER("straße")')).toBe('STRASSE');
    expect(calc('=CONCATENATE("a", A1:A2, 3)', [['b'], ['c']])).toBe('abc3');
  });

  it('apply to each element inside ARRAYFORMULA', () => {
    expect(calc('=ARRAYFORMULA(LEN(A1:A2))', [['ab'], ['abc']])).toEqual([[2], [3]]);
  });
});
