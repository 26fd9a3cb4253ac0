import { describe, expect, it } from 'vitest';
import { callArguments, cellName, parseReference, referenceFits } from '../../src/kernel/functions/formulaRefs';

/** The cell at (row, col), 0-based, of a reference written as `text`; undefined when it is no plain reference. */
function cellAt(text: string, row: number, col = 0): string | undefined {
  const ref = parseReference(text);
  return ref && cellName(ref, row, col);
}

describe('callArguments: the arguments of one call, as written', () => {
  it('splits a top-level call at its commas, trimming each argument', () => {
    expect(callArguments('=GROWTH_PCT(B2:B, C2:C)', 'GROWTH_PCT')).toEqual(['B2:B', 'C2:C']);
    expect(callArguments('=PARTNER_TIER(D2:D,E2:E,  F2:F ,G2:G,H2:H)', 'PARTNER_TIER')).toEqual(['D2:D', 'E2:E', 'F2:F', 'G2:G', 'H2:H']);
    expect(callArguments('=REWARD_CATALOG()', 'REWARD_CATALOG')).toEqual([]);
    // skipped arguments stay in their place
    expect(callArguments('=DEAL_STATUS(Deals!A1:L, , , $K$1)', 'DEAL_STATUS')).toEqual(['Deals!A1:L', '', '', '$K$1']);
  });

  it('finds the call nested in another function, by name in any case', () => {
    expect(callArguments('=IFERROR(GROWTH_PCT(B2:B, C2:C), "")', 'GROWTH_PCT')).toEqual(['B2:B', 'C2:C']);
    expect(callArguments('=ARRAYFORMULA(IF(A2:A="", "", growth_pct(B2:B, C2:C)))', 'GROWTH_PCT')).toEqual(['B2:B', 'C2:C']);
    expect(callArguments('=1 + Growth_Pct (B2:B, C2:C)', 'GROWTH_PCT')).toEqual(['B2:B', 'C2:C']);
  });

  it('does not split inside strings, quoted sheet names, nested calls or array literals', () => {
    expect(callArguments('=F("a, b", \'Q1, Q2\'!B2:B, SUM(1, 2), {1, 2; 3, 4})', 'F')).toEqual(['"a, b"', "'Q1, Q2'!B2:B", 'SUM(1, 2)', '{1, 2; 3, 4}']);
    // "" inside a string and '' inside a sheet name are escaped quotes, not ends
    expect(callArguments('=F("say ""hi"", then", \'Jan\'\'s, Feb\'!D2:D20)', 'F')).toEqual(['"say ""hi"", then"', "'Jan''s, Feb'!D2:D20"]);
    // a parenthesis or the function's name inside a string or a sheet name is text
    expect(callArguments('=F("G(1)", \'G(\'!A1)', 'G')).toBeUndefined();
    expect(callArguments('=F("G(1)", \'G(\'!A1)', 'F')).toEqual(['"G(1)"', "'G('!A1"]);
  });

  it('reads ; as the separator where the locale writes it, a comma then being a decimal mark', () => {
    expect(callArguments('=GROWTH_PCT(B2:B; C2:C)', 'GROWTH_PCT')).toEqual(['B2:B', 'C2:C']);
    expect(callArguments('=CONTEST_TOP(A2:A; B2:B; C2:C; D2:D; "Gamma"; 2,5)', 'CONTEST_TOP')).toEqual(['A2:A', 'B2:B', 'C2:C', 'D2:D', '"Gamma"', '2,5']);
    // an array literal's ; separates its rows, not the call's arguments
    expect(callArguments('=F({1, 2; 3, 4}, B2:B)', 'F')).toEqual(['{1, 2; 3, 4}', 'B2:B']);
  });

  it('gives nothing when the call is absent, written twice, or the formula is not well formed', () => {
    expect(callArguments('=SUM(B2:B)', 'GROWTH_PCT')).toBeUndefined();
    // a longer name that contains the wanted one is another function
    expect(callArguments('=MY_GROWTH_PCT(B2:B, C2:C)', 'GROWTH_PCT')).toBeUndefined();
    expect(callArguments('=GROWTH_PCT(B2:B, C2:C) + GROWTH_PCT(D2:D, E2:E)', 'GROWTH_PCT')).toBeUndefined();
    expect(callArguments('=GROWTH_PCT(B2:B, C2:C', 'GROWTH_PCT')).toBeUndefined();
    expect(callArguments('=GROWTH_PCT("B2:B, C2:C)', 'GROWTH_PCT')).toBeUndefined();
    expect(callArguments('GROWTH_PCT(B2:B, C2:C)', 'GROWTH_PCT')).toBeUndefined();
    expect(callArguments('', 'GROWTH_PCT')).toBeUndefined();
  });
});

describe('parseReference and cellName: a plain A1 reference and its cells', () => {
  it('maps an open-ended column range: row 3 of B2:B is B4', () => {
    expect(parseReference('B2:B')).toEqual({ sheet: '', row: 2, col: 2, rows: undefined, cols: 1 });
    expect(cellAt('B2:B', 2)).toBe('B4');
    expect(cellAt('B2:B', 0)).toBe('B2');
  });

  it('reads absolute and lower-case references, and writes the cell plainly in capitals', () => {
    expect(cellAt('$B$2:$B', 2)).toBe('B4');
    expect(cellAt('$B2:B$20', 18)).toBe('B20');
    expect(cellAt('b2:b', 2)).toBe('B4');
    expect(cellAt('$h$1', 0)).toBe('H1');
  });

  it('keeps the sheet as written: quoted names with spaces and apostrophes, plain names', () => {
    expect(cellAt("'Other sheet'!D2:D20", 3)).toBe("'Other sheet'!D5");
    expect(cellAt("'Jan''s data'!D2:D20", 0)).toBe("'Jan''s data'!D2");
    expect(cellAt('Other!B:B', 4)).toBe('Other!B5');
    expect(cellAt('Партнёры!A2:A', 1)).toBe('Партнёры!A3');
    expect(cellAt("'Правила: партнёры'!A1:L6", 2, 1)).toBe("'Правила: партнёры'!B3");
  });

  it('maps whole columns, whole rows, boxes and multi-column ranges', () => {
    // whole columns start at row 1: the header of Activity!A:D is row 1, its 4th row is row 4
    expect(cellAt('Activity!A:D', 3, 2)).toBe('Activity!C4');
    expect(cellAt('A1:I', 4, 2)).toBe('C5');
    expect(cellAt('2:5', 1, 27)).toBe('AB3');
    expect(cellAt('B2:D4', 2, 2)).toBe('D4');
    // written backwards, a box is the same box
    expect(cellAt('D4:B2', 0, 0)).toBe('B2');
    expect(cellAt('Z2:AB', 0, 2)).toBe('AB2');
  });

  it('sizes references: one cell, a box, open ends', () => {
    expect(parseReference('B7')).toEqual({ sheet: '', row: 7, col: 2, rows: 1, cols: 1 });
    expect(parseReference('B2:D20')).toMatchObject({ rows: 19, cols: 3 });
    expect(parseReference('B:D')).toEqual({ sheet: '', row: 1, col: 2, rows: undefined, cols: 3 });
    expect(parseReference('2:5')).toEqual({ sheet: '', row: 2, col: 1, rows: 4, cols: undefined });
  });

  it('refuses literals, expressions, named ranges and malformed references', () => {
    for (const text of [
      '5',
      '"B2:B"',
      'TRUE',
      'Sales',
      'Sales2026',
      'B',
      'B2:B*1',
      'ARRAYFORMULA(B2:B)',
      '{B2:B}',
      '(B2:B)',
      '-B2:B',
      'B2:C3:D4',
      'B0',
      'A$',
      '$$1',
      'AAAA1',
      "''!A1",
      "'Other sheet'D2",
      'Other sheet!D2',
      'B2:',
      ':B2',
      '',
    ]) {
      expect(parseReference(text), text).toBeUndefined();
    }
  });
});

describe('referenceFits: whether a reference can be the argument Sheets passed', () => {
  const grid = (rows: number, cols: number) => Array.from({ length: rows }, () => new Array(cols).fill(''));

  it('takes any height for an open end, and the exact size for a box', () => {
    expect(referenceFits(parseReference('B2:B')!, grid(7, 1))).toBe(true);
    expect(referenceFits(parseReference('B2:B')!, grid(7, 2))).toBe(false);
    expect(referenceFits(parseReference('D2:D20')!, grid(19, 1))).toBe(true);
    expect(referenceFits(parseReference('D2:D20')!, grid(18, 1))).toBe(false);
    expect(referenceFits(parseReference('2:5')!, grid(4, 26))).toBe(true);
  });

  it('takes one value, or a grid of one cell, for a range that can be one cell', () => {
    expect(referenceFits(parseReference('H1')!, 'abc')).toBe(true);
    expect(referenceFits(parseReference('H1')!, grid(1, 1))).toBe(true);
    // B2:B on a sheet whose last row is 2 is one cell, which Sheets passes as one value
    expect(referenceFits(parseReference('B2:B')!, 'abc')).toBe(true);
    expect(referenceFits(parseReference('H1:H2')!, 'abc')).toBe(false);
    expect(referenceFits(parseReference('B2:C')!, 'abc')).toBe(false);
  });
});
