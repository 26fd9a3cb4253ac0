import { describe, expect, it } from 'vitest';
import { areaRect, columnLetters, columnNumber, formatArea, parseA1, parseArea, quoteSheetName } from '../../dev/memory/a1';

describe('A1 notation', () => {
  it('converts column letters both ways', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 18278].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'ZZZ']);
    expect(['A', 'z', 'AA', 'ZZ', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 702, 703]);
  });

  it('reads cells, with or without $', () => {
    expect(parseArea('B3')).toEqual({ startRow: 3, startCol: 2, endRow: 3, endCol: 2 });
    expect(parseArea('$B$3')).toEqual({ startRow: 3, startCol: 2, endRow: 3, endCol: 2 });
    expect(parseArea('$b3')).toEqual({ startRow: 3, startCol: 2, endRow: 3, endCol: 2 });
  });

  it('reads boxes, in either corner order', () => {
    expect(parseArea('A2:D5')).toEqual({ startRow: 2, startCol: 1, endRow: 5, endCol: 4 });
    expect(parseArea('D5:A2')).toEqual({ startRow: 2, startCol: 1, endRow: 5, endCol: 4 });
  });

  it('reads open-ended ranges, whole columns and whole rows', () => {
    // A2:D — rows 2 to the end; A:C — every row; 2:4 — every column.
    expect(parseArea('A2:D')).toEqual({ startRow: 2, startCol: 1, endRow: null, endCol: 4 });
    expect(parseArea('D2:D')).toEqual({ startRow: 2, startCol: 4, endRow: null, endCol: 4 });
    expect(parseArea('A:A')).toEqual({ startRow: 1, startCol: 1, endRow: null, endCol: 1 });
    expect(parseArea('A:C')).toEqual({ startRow: 1, startCol: 1, endRow: null, endCol: 3 });
    expect(parseArea('2:4')).toEqual({ startRow: 2, startCol: 1, endRow: 4, endCol: null });
  });

  it('refuses what is not A1 notation', () => {
    for (const bad of ['', 'A', '1', 'A0', 'A1:', ':B2', 'A1:B2:C3', 'AAAA1', '1A', 'A1B', '$$A1', 'A$', 'A1:2B', 'Z:3', 'B']) {
      expect(parseArea(bad), bad).toBeNull();
    }
  });

  it('reads sheet names: plain, Unicode and quoted with doubled quotes', () => {
    expect(parseA1('Deals!A1:H')).toEqual({ sheet: 'Deals', area: { startRow: 1, startCol: 1, endRow: null, endCol: 8 } });
    expect(parseA1("'Партнёры'!A2:A")).toEqual({ sheet: 'Партнёры', area: { startRow: 2, startCol: 1, endRow: null, endCol: 1 } });
    expect(parseA1('Партнёры!B2')?.sheet).toBe('Партнёры');
    expect(parseA1("'It''s a sheet'!B1")).toEqual({ sheet: "It's a sheet", area: { startRow: 1, startCol: 2, endRow: 1, endCol: 2 } });
    expect(parseA1("'Sheet!1'!C3")?.sheet).toBe('Sheet!1');
    expect(parseA1('C3')).toEqual({ area: { startRow: 3, startCol: 3, endRow: 3, endCol: 3 } });
  });

  it('refuses broken sheet prefixes', () => {
    for (const bad of ["'Deals!A1", "'Deals'A1", "''!A1", 'My Sheet!A1', '!A1', 'Deals!']) expect(parseA1(bad), bad).toBeNull();
  });

  it('gives open ends a size from the sheet', () => {
    // D2:D on a sheet whose last row is 7 → D2:D7, 6 rows.
    expect(areaRect(parseArea('D2:D')!, 7, 10)).toEqual({ row: 2, col: 4, numRows: 6, numCols: 1 });
    // An open range starting below the last row still has its first row.
    expect(areaRect(parseArea('D9:D')!, 7, 10)).toEqual({ row: 9, col: 4, numRows: 1, numCols: 1 });
  });

  it('writes A1 notation back', () => {
    expect(formatArea({ row: 3, col: 2, numRows: 1, numCols: 1 })).toBe('B3');
    expect(formatArea({ row: 2, col: 1, numRows: 4, numCols: 4 })).toBe('A2:D5');
    expect(formatArea({ row: 2, col: 1, numRows: 999, numCols: 4 }, { rows: true, cols: false })).toBe('A2:D');
    expect(formatArea({ row: 1, col: 1, numRows: 1000, numCols: 1 }, { rows: true, cols: false })).toBe('A:A');
    expect(formatArea({ row: 2, col: 1, numRows: 3, numCols: 26 }, { rows: false, cols: true })).toBe('2:4');
  });

  it('quotes sheet names that need it', () => {
    expect(quoteSheetName('Deals')).toBe('Deals');
    expect(quoteSheetName('Партнёры')).toBe("'Партнёры'");
    expect(quoteSheetName('My deals')).toBe("'My deals'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    // A name that reads as a cell must be quoted.
    expect(quoteSheetName('A1')).toBe("'A1'");
  });
});
