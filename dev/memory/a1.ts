/**
 * A1 notation as Sheets writes it: `B3`, `$B$3`, `A2:D5`, open-ended `A2:D`
 * (rows 2 to the end), whole columns `A:C`, whole rows `2:4`, each optionally
 * after a sheet name: `Deals!A1:H`, `'Партнёры'!A2:A`, `'It''s'!B1`.
 */

/** A rectangle of cells, 1-based, always at least one cell. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/**
 * An area before it meets a sheet: the end row or column is `null` when the
 * area runs to the end of the sheet (`A2:D`, `A:A`, `2:2`).
 */
export interface Area {
  startRow: number;
  startCol: number;
  endRow: number | null;
  endCol: number | null;
}

export interface A1Ref {
  /** The sheet name with quotes removed, when the notation names one. */
  sheet?: string;
  area: Area;
}

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A → 1, Z → 26, AA → 27 (case-insensitive). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Sheets' limits: 18,278 columns (ZZZ), and far fewer than 10 million rows. */
export const MAX_COLUMNS = 18278;
export const MAX_ROWS = 10_000_000;

interface Corner {
  row: number | null;
  col: number | null;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parseCorner(text: string): Corner | null {
  if (text === '' || text === '$') return null;
  const m = CORNER.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  // "$" may only precede a part that is present: "$$1" or "A$" are not cells.
  if (/\$\$|\$$/.test(text)) return null;
  const col = m[1] ? columnNumber(m[1]) : null;
  const row = m[2] ? Number(m[2]) : null;
  if (row !== null && (row < 1 || row > MAX_ROWS)) return null;
  if (col !== null && col > MAX_COLUMNS) return null;
  return { row, col };
}

/** Parses the area part of A1 notation (no sheet name). Returns null when it is not A1 notation. */
export function parseArea(text: string): Area | null {
  const parts = text.trim().split(':');
  if (parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  if (!a) return null;
  if (parts.length === 1) {
    if (a.row === null || a.col === null) return null;
    return { startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parseCorner(parts[1]);
  if (!b) return null;
  // A1:B2 — a box; A2:D — rows to the end; A:D — whole columns; 2:4 — whole rows; A2:4 — columns to the end.
  if (a.row !== null && a.col !== null && b.row !== null && b.col !== null) {
    return {
      startRow: Math.min(a.row, b.row),
      startCol: Math.min(a.col, b.col),
      endRow: Math.max(a.row, b.row),
      endCol: Math.max(a.col, b.col),
    };
  }
  if (a.col !== null && b.col !== null && b.row === null) {
    const startRow = a.row ?? 1;
    return { startRow, startCol: Math.min(a.col, b.col), endRow: null, endCol: Math.max(a.col, b.col) };
  }
  if (a.col === null && b.col === null && a.row !== null && b.row !== null) {
    return { startRow: Math.min(a.row, b.row), startCol: 1, endRow: Math.max(a.row, b.row), endCol: null };
  }
  if (a.row !== null && a.col !== null && b.row !== null && b.col === null) {
    return { startRow: Math.min(a.row, b.row), startCol: a.col, endRow: Math.max(a.row, b.row), endCol: null };
  }
  return null;
}

/**
 * Splits `Sheet!A1` into the sheet name and the area. A quoted name may hold
 * anything (a doubled quote is a quote); an unquoted one letters, digits,
 * underscores and dots.
 */
export function parseA1(text: string): A1Ref | null {
  const t = text.trim();
  let sheet: string | undefined;
  let rest = t;
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    for (;;) {
      if (i >= t.length) return null;
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i += 1;
    }
    if (t[i + 1] !== '!' || name === '') return null;
    sheet = name;
    rest = t.slice(i + 2);
  } else {
    const bang = t.lastIndexOf('!');
    if (bang >= 0) {
      const name = t.slice(0, bang);
      if (!/^[\p{L}\p{N}_.]+$/u.test(name)) return null;
      sheet = name;
      rest = t.slice(bang + 1);
    }
  }
  const area = parseArea(rest);
  if (!area) return null;
  return sheet === undefined ? { area } : { sheet, area };
}

/** The rectangle an area covers on a sheet whose open ends stop at `lastRow` / `lastCol`. */
export function areaRect(area: Area, lastRow: number, lastCol: number): Rect {
  const endRow = area.endRow ?? Math.max(lastRow, area.startRow);
  const endCol = area.endCol ?? Math.max(lastCol, area.startCol);
  return { row: area.startRow, col: area.startCol, numRows: endRow - area.startRow + 1, numCols: endCol - area.startCol + 1 };
}

/** `B3`, `A2:D5`; with `open`, an area that runs to the sheet's end keeps its open form (`A2:D`, `A:A`). */
export function formatArea(rect: Rect, open?: { rows: boolean; cols: boolean }): string {
  const endRow = rect.row + rect.numRows - 1;
  const endCol = rect.col + rect.numCols - 1;
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (open?.rows && !open.cols) return rect.row === 1 ? `${columnLetters(rect.col)}:${columnLetters(endCol)}` : `${start}:${columnLetters(endCol)}`;
  if (open?.cols && !open.rows) return rect.col === 1 ? `${rect.row}:${endRow}` : `${start}:${endRow}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetters(endCol)}${endRow}`;
}

/** A sheet name as it must appear before `!`: quoted unless it is a plain word that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^R[0-9]*C[0-9]*$/i.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}
