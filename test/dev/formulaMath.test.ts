/**
 * SUM, MIN, MAX, COUNTA, ROUND, SUMPRODUCT, SUMIFS, COUNTIFS (and SUMIF,
 * COUNTIF) against Google's documentation, with data made up here and the
 * expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluateIn, shownValue } from './formulaSheet';

// amount | quantity | fruit | date | pattern
const ROWS = [
  [10, 25, 'Apple', new Date('1969-07-19T00:00:00Z'), 'a*b'],
  [20, 15, 'apple', new Date('1969-07-20T00:00:00Z'), 'axb'],
  [30, 35, 'Pear', new Date('1970-01-01T00:00:00Z')],
  [40, 21, 'Apple pie', 'n/a'],
  [50, '', 'Banana'],
];
const calc = (formula: string) => shownValue(ROWS, formula);

describe('SUMIFS and COUNTIFS (https://support.google.com/docs/answer/3238496, /3256550)', () => {
  it('sums where every criterion holds: the documented ">20" and "<30" tests', () => {
    // Quantities above 20: 25, 35, 21 → amounts 10 + 30 + 40.
    expect(calc('=SUMIFS(A1:A5, B1:B5, ">20")')).toBe(80);
    // Above 20 and below 30: 25 and 21 → 10 + 40.
    expect(calc('=SUMIFS(A1:A5, B1:B5, ">20", B1:B5, "<30")')).toBe(50);
  });

  it('matches text without case, whole, or with wildcards ? * and ~ (https://support.google.com/docs/answer/3093583)', () => {
    expect(calc('=SUMIFS(A1:A5, C1:C5, "Apple")')).toBe(30);
    expect(calc('=SUMIFS(A1:A5, C1:C5, "apple*")')).toBe(70);
    expect(calc('=SUMIFS(A1:A5, C1:C5, "?ear")')).toBe(30);
    expect(calc('=COUNTIFS(E1:E2, "a*b")')).toBe(2);
    expect(calc('=COUNTIFS(E1:E2, "a~*b")')).toBe(1);
    // Not "apple" in any case: Pear, Apple pie, Banana.
    expect(calc('=COUNTIFS(C1:C5, "<>apple")')).toBe(3);
  });

  it('tests empty and non-empty cells with "" and "<>"', () => {
    expect(calc('=COUNTIFS(B1:B5, "")')).toBe(1);
    expect(calc('=COUNTIFS(B1:B5, "<>")')).toBe(4);
    // "=" matches only blank cells: a formula's "" is not blank.
    expect(shownValue([[''], ['=""'], [1]], '=COUNTIFS(A1:A3, "=")')).toBe(1);
    expect(shownValue([[''], ['=""'], [1]], '=COUNTIFS(A1:A3, "")')).toBe(2);
  });

  it('builds criteria with & from cells and dates, as the documented "<"&DATE(1969,7,20)', () => {
    // B2 is 15: quantities above it are 25, 35, 21.
    expect(calc('=COUNTIFS(B1:B5, ">"&B2)')).toBe(3);
    // DATE(1969,7,20) is day 25404 (1969-01-01 is 25204; 20 July is 200 days later), so the criterion is "<25404":
    // only 19 July 1969 is before it; the text "n/a" and the blank are not dates.
    expect(calc('="<"&DATE(1969,7,20)')).toBe('<25404');
    expect(calc('=COUNTIFS(D1:D5, "<"&DATE(1969,7,20))')).toBe(1);
    // A date criterion matches the same day.
    expect(calc('=COUNTIFS(D1:D5, DATE(1969,7,20))')).toBe(1);
  });

  it("takes the criterion in the formula's row outside ARRAYFORMULA, and one per row inside it", () => {
    // In row 3 the criterion C1:C5 is C3, "Pear".
    expect(shownValue(ROWS, '=SUMIFS(A$1:A$5, C$1:C$5, C1:C5)', { at: 'J3' })).toBe(30);
    expect(calc('=ARRAYFORMULA(SUMIFS(A1:A5, C1:C5, {"apple";"pear"}))')).toEqual([[30], [30]]);
  });

  it('refuses ranges of different sizes', () => {
    expect(evaluateIn(ROWS, '=SUMIFS(A1:A5, B1:B4, ">0")')).toMatchObject({ value: '#VALUE!', error: 'Array arguments to SUMIFS are of different size.' });
  });

  it('has the one-criterion forms SUMIF and COUNTIF', () => {
    expect(calc('=SUMIF(B1:B5, ">20", A1:A5)')).toBe(80);
    expect(calc('=SUMIF(A1:A5, ">25")')).toBe(120);
    expect(calc('=COUNTIF(C1:C5, "apple")')).toBe(2);
  });
});

describe('SUM, MIN, MAX, COUNTA (https://support.google.com/docs/answer/3093669, /3094017, /3094013, /3093991)', () => {
  it('adds the numbers of ranges and reads values given directly as numbers', () => {
    expect(calc('=SUM(A1:A5)')).toBe(150);
    expect(calc('=SUM(C1:C5)')).toBe(0);
    expect(calc('=SUM("3", TRUE, 1)')).toBe(5);
    expect(evaluateIn(ROWS, '=SUM(A1:A5, 1/0)')).toMatchObject({ value: '#DIV/0!' });
  });

  it('finds the smallest and largest number, 0 when there is none', () => {
    expect(calc('=MIN(A1:A5)')).toBe(10);
    expect(calc('=MAX(B1:B5)')).toBe(35);
    expect(calc('=MAX(C1:C5)')).toBe(0);
    // Of dates, the latest date.
    expect(calc('=MAX(D1:D5)')).toEqual(new Date('1970-01-01T00:00:00Z'));
  });

  it('counts every value that is not blank, text and "" from a formula included', () => {
    expect(calc('=COUNTA(B1:B5)')).toBe(4);
    expect(calc('=COUNTA(C1:C5, 1)')).toBe(6);
    // F1 holds a formula returning "": it counts, as in Sheets; F2 is empty.
    expect(shownValue([['', '', '', '', '', '=""']], '=COUNTA(F1:F2)')).toBe(1);
  });
});

describe('ROUND (https://support.google.com/docs/answer/3093440)', () => {
  it('rounds a 5 away from zero whatever the sign, to places left of the point too', () => {
    expect(calc('=ROUND(99.44,1)')).toBe(99.4);
    expect(calc('=ROUND(2.5)')).toBe(3);
    expect(calc('=ROUND(-2.5)')).toBe(-3);
    expect(calc('=ROUND(1.005, 2)')).toBe(1.01);
    expect(calc('=ROUND(1250, -2)')).toBe(1300);
    expect(calc('=ROUND(1234.5, -2)')).toBe(1200);
  });
});

describe('SUMPRODUCT', () => {
  it('multiplies arrays element by element and adds: 1×4 + 2×5 + 3×6 = 32', () => {
    expect(calc('=SUMPRODUCT({1,2,3},{4,5,6})')).toBe(32);
    // Conditions are arrays without ARRAYFORMULA: amounts of quantities above 20.
    expect(calc('=SUMPRODUCT((B1:B5>20)*1, A1:A5)')).toBe(80);
  });
});
