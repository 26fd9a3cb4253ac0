/**
 * Operators as Sheets evaluates them: precedence, coercion, comparison,
 * dates, implicit intersection and array lifting. Expected values are worked
 * out by hand from the rules of Google's operator reference (ADD, CONCAT, EQ…
 * are the operators' function names: https://support.google.com/docs/table/25273,
 * category Operator) and the spreadsheet standard precedence.
 */
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../dev/formulas';
import { evaluateIn, shownValue } from './formulaSheet';

const calc = (formula: string, rows: unknown[][] = []) => shownValue(rows, formula);

describe('operator precedence', () => {
  it('parses * before +, ^ before *, signs before ^, % after its operand', () => {
    const parsed = parseFormula('=1+2*3^-2%');
    if (parsed.kind !== 'expr') throw new Error(parsed.kind);
    // 1 + (2 * (3 ^ (-(2%))))
    expect(parsed.expr).toEqual({
      type: 'binary',
      op: '+',
      left: { type: 'number', value: 1 },
      right: {
        type: 'binary',
        op: '*',
        left: { type: 'number', value: 2 },
        right: {
          type: 'binary',
          op: '^',
          left: { type: 'number', value: 3 },
          right: { type: 'unary', op: '-', operand: { type: 'percent', operand: { type: 'number', value: 2 } } },
        },
      },
    });
  });

  it('computes with that precedence, left to right within a level', () => {
    expect(calc('=1+2*3')).toBe(7);
    expect(calc('=(1+2)*3')).toBe(9);
    expect(calc('=10-2-3')).toBe(5);
    expect(calc('=8/2/2')).toBe(2);
    // ^ is left-associative: (2^3)^2 = 64; a sign binds tighter than ^: (-2)^2 = 4.
    expect(calc('=2^3^2')).toBe(64);
    expect(calc('=-2^2')).toBe(4);
    expect(calc('=2*-3')).toBe(-6);
    expect(calc('=50%*2')).toBe(1);
    // & is below + and above comparisons: (1+2)&3 = "33"; ("b"&"c")="BC" is TRUE.
    expect(calc('=1+2&3')).toBe('33');
    expect(calc('="a"&1+1')).toBe('a2');
    expect(calc('="b"&"c"="BC"')).toBe(true);
    expect(calc('=1+1=2')).toBe(true);
  });
});

describe('values meeting operators', () => {
  it('reads blanks as 0 or "", TRUE as 1, numeric text as its number', () => {
    // A1 is empty.
    expect(calc('=A1+1')).toBe(1);
    expect(calc('=A1&"x"')).toBe('x');
    expect(calc('=A1=0')).toBe(true);
    expect(calc('=A1=""')).toBe(true);
    expect(calc('=TRUE+1')).toBe(2);
    expect(calc('="3"+1')).toBe(4);
    expect(calc('=+"abc"')).toBe('abc');
  });

  it("refuses text that is no number with Sheets' message", () => {
    expect(evaluateIn([], '="abc"+1')).toMatchObject({
      value: '#VALUE!',
      status: 'error',
      error: "Function ADD parameter 1 expects number values. But 'abc' is a text and cannot be coerced to a number.",
    });
    expect(evaluateIn([], '=1/0')).toMatchObject({ value: '#DIV/0!', error: 'Function DIVIDE parameter 2 cannot be zero.' });
  });

  it('compares text without case, numbers to 15 digits, and kinds in the order numbers < text < booleans', () => {
    expect(calc('="a"="A"')).toBe(true);
    expect(calc('="apple"<"Banana"')).toBe(true);
    expect(calc('=0.1+0.2=0.3')).toBe(true);
    expect(calc('=1<"a"')).toBe(true);
    expect(calc('="z"<TRUE')).toBe(true);
    expect(calc('=2<>"2"')).toBe(true);
  });

  it('writes numbers in text with at most 15 significant digits', () => {
    expect(calc('=1/3&""')).toBe('0.333333333333333');
    expect(calc('=0.1+0.2&""')).toBe('0.3');
  });

  it('keeps a date a date when days are added, and counts days between dates', () => {
    const rows = [[new Date('2026-01-31T00:00:00Z'), new Date('2026-03-01T00:00:00Z')]];
    // 31 January + 1 day = 1 February; 1 March − 31 January 2026 = 29 days (February 2026 has 28).
    expect(calc('=A1+1', rows)).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(calc('=B1-A1', rows)).toBe(29);
    // As text a date is its serial: 2026-01-01 is day 46023 (126 years × 365 + 31 leap days + 2) so 31 January is 46053.
    expect(calc('=A1&""', rows)).toBe('46053');
    expect(calc('=A1>45000', rows)).toBe(true);
  });
});

describe('ranges where one value is expected', () => {
  const rows = [[1], [2], [3]];

  it("takes the cell in the formula's own row outside ARRAYFORMULA, and #VALUE! where there is none", () => {
    expect(shownValue(rows, '=A1:A3*10', { at: 'J2' })).toBe(20);
    expect(evaluateIn(rows, '=A1:A3*10', { at: 'J5' })).toMatchObject({ value: '#VALUE!', error: 'An array value could not be found.' });
  });

  it('applies operators element by element inside ARRAYFORMULA, repeating a single row or column', () => {
    expect(calc('=ARRAYFORMULA(A1:A3*10)', rows)).toEqual([[10], [20], [30]]);
    expect(calc('=ARRAYFORMULA({1,2}+{10;20})')).toEqual([
      [11, 12],
      [21, 22],
    ]);
    expect(evaluateIn([[1], [2], [3]], '=ARRAYFORMULA(A1:A3+A1:A2)')).toMatchObject({
      value: '#VALUE!',
      error: 'Array arguments to ADD are of different size.',
    });
  });

  it('builds array literals from values and ranges', () => {
    expect(calc('={1,2;3,4}')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(calc('={A1:A3, A1:A3}', rows)).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(evaluateIn(rows, '={1,2;3}')).toMatchObject({ value: '#VALUE!', error: 'Function ARRAY_LITERAL parameter 2 has mismatched number of columns.' });
  });
});

describe('names and functions the runtime does not know', () => {
  it('is #NAME? for an unknown name or function, and leaves a Sheets function it lacks unevaluated', () => {
    expect(evaluateIn([], '=-x')).toMatchObject({ value: '#NAME?', error: "Unknown range name: 'X'." });
    expect(evaluateIn([], '=SUMM(1)')).toMatchObject({ value: '#NAME?', error: "Unknown function: 'SUMM'." });
    expect(evaluateIn([[1]], '=SPARKLINE(A1:A3)')).toMatchObject({
      value: '',
      status: 'unevaluated',
      error: 'Not evaluated by the in-memory runtime: SPARKLINE is a Sheets function it does not implement',
    });
    expect(evaluateIn([], '=1+')).toMatchObject({ value: '#ERROR!', error: 'Formula parse error.' });
  });

  it('reads function names in any case', () => {
    expect(calc('=sum(1, 2)')).toBe(3);
    expect(calc('=IfError(1/0, "x")')).toBe('x');
  });

  it('counts a wrong number of arguments as #N/A, as Sheets does', () => {
    expect(evaluateIn([], '=IF(TRUE)')).toMatchObject({
      value: '#N/A',
      error: 'Wrong number of arguments to IF. Expected between 2 and 3 arguments, but got 1 arguments.',
    });
  });
});
