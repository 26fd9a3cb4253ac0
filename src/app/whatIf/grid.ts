import { isDate } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type RulesTable, readRulesTable } from '../../kernel/functions/rulesTable';
import { CellError, InputError } from '../../kernel/errors';
import type { Text } from '../../kernel/i18n';
import { asText } from '../../kernel/sheets/table';
import { parseNumberText } from '../../kernel/values/numbers';
import { type RulesSheet, cellText, columnFor, isPlainText } from './rulesSheet';

/*
 * The edited grid of What if…: checked as it arrives (untrusted input), read
 * by the rules table's own readers exactly as a formula reads the sheet, and
 * turned into the one block Apply writes. A cell the manager left as read
 * stands for the sheet's own value (its formula, on Apply), so a table
 * compared or applied without edits is the sheet's table to the last digit.
 */

/** Apps Script's limit for one cell. */
const MAX_CELL = 50_000;
/** More rules than any program has, and few enough to write in one call. */
export const MAX_ROWS = 1_000;

/** The grid as sent, when it is one: rows of text cells, at most MAX_ROWS rows of at most `width` cells (shorter rows are padded). */
export function gridOf(value: unknown, width: number): string[][] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ROWS) return undefined;
  const grid: string[][] = [];
  for (const row of value) {
    if (!Array.isArray(row) || row.length > width) return undefined;
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = c < row.length ? row[c] : '';
      if (typeof cell !== 'string' || cell.length > MAX_CELL) return undefined;
      cells.push(cell);
    }
    grid.push(cells);
  }
  return grid;
}

/** Whether the grid's cell still shows what the sheet's cell holds (the sheet is read at least as long as the grid). */
function leftAlone(sheet: RulesSheet, grid: readonly string[][], r: number, c: number, ctx: CallContext): boolean {
  return grid[r][c] === cellText(sheet.values[r]?.[c] ?? '', sheet.formats[r]?.[c], ctx);
}

/**
 * The edited table as the readers get it: what the sheet will hold once the
 * block is written (a cell left alone is the sheet's value, an edited one its
 * typed value), so that Compare computes what the formulas will after Apply.
 */
export function editedCells(sheet: RulesSheet, block: readonly CellWrite[][]): unknown[][] {
  return block.map((line, r) => line.map((cell, c) => ('formula' in cell.stored ? (sheet.values[r]?.[c] ?? '') : cell.stored.value)));
}

/** Why a table is refused, and the cell (row 0 = the header row) when the readers name one. */
export interface TableProblem {
  text: Text;
  /** The cell's value, as the message shows it (undefined for a message about the table). */
  cell?: unknown;
  header?: Text;
  row: number | null;
  column: number | null;
}

/** Reads a table with the program's own reader, as the formulas read the rules sheet; what it refuses, as a problem. */
export function readTable<P>(spec: RulesTable<P>, cells: unknown[][], ctx: CallContext): { program: P } | { problem: TableProblem } {
  try {
    return { program: readRulesTable(spec, cells, ctx) };
  } catch (error) {
    if (error instanceof CellError) {
      return { problem: { text: error.text, cell: error.cell, header: error.header, row: error.item ?? null, column: error.column } };
    }
    if (error instanceof InputError) return { problem: { text: error.text, row: error.item ?? null, column: null } };
    throw error;
  }
}

/** A cell of the block Apply writes: the value sent to setValues, and what the sheet then holds. */
export interface CellWrite {
  write: unknown;
  stored: { formula: string } | { value: unknown };
}

/**
 * The block Apply writes over the rules sheet's table, from A1: the grid's
 * rows, and empty cells over any rows of the sheet below them (rows removed
 * in the grid). A cell left alone is written back as it was (its formula,
 * its value); an edited one as the column reads it: numbers and booleans
 * as values, anything else as the text typed, which stays text (asText).
 */
export function cellsToWrite(spec: RulesTable<unknown>, sheet: RulesSheet, grid: readonly string[][], ctx: CallContext): CellWrite[][] {
  const rows = Math.max(grid.length, sheet.rows);
  const columns = grid[0].map((header) => columnFor(spec, header));
  const block: CellWrite[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellWrite[] = [];
    for (let c = 0; c < sheet.width; c++) {
      const format = sheet.formats[r]?.[c];
      if (r >= grid.length) line.push({ write: '', stored: { value: '' } });
      else if (leftAlone(sheet, grid, r, c, ctx)) {
        const formula = sheet.formulas[r]?.[c] ?? '';
        const value = sheet.values[r]?.[c] ?? '';
        line.push(formula ? { write: formula, stored: { formula } } : { write: unchanged(value, format), stored: { value } });
      } else line.push(typed(grid[r][c], r === 0 ? undefined : columns[c], format, ctx));
    }
    block.push(line);
  }
  return block;
}

function textCell(text: string, format: string | undefined): CellWrite {
  return { write: isPlainText(format) ? text : asText(text), stored: { value: text } };
}

function unchanged(value: unknown, format: string | undefined): unknown {
  return typeof value === 'string' ? textCell(value, format).write : value;
}

function typed(text: string, column: ReturnType<typeof columnFor>, format: string | undefined, ctx: CallContext): CellWrite {
  if (text.trim() === '') return { write: '', stored: { value: '' } };
  if (!column) return textCell(text, format);
  let value: unknown;
  try {
    value = column.reader.read(text, ctx);
  } catch {
    return textCell(text, format);
  }
  if (typeof value === 'boolean') return { write: value, stored: { value } };
  // A number read from a number typed (`150 000`, `30%`), not from a word a reader maps to one.
  if (typeof value === 'number' && isNumberText(text, ctx)) return { write: value, stored: { value } };
  return textCell(text, format);
}

function isNumberText(text: string, ctx: CallContext): boolean {
  const t = text.trim();
  return parseNumberText(t.endsWith('%') ? t.slice(0, -1) : t, ctx) !== undefined;
}

/** Whether the sheet already holds the block (the same request applied before, or no change at all). */
export function holdsBlock(sheet: RulesSheet, block: readonly CellWrite[][]): boolean {
  return block.every((line, r) =>
    line.every((cell, c) => {
      const formula = sheet.formulas[r]?.[c] ?? '';
      if ('formula' in cell.stored) return formula === cell.stored.formula;
      const value = sheet.values[r]?.[c] ?? '';
      const wanted = cell.stored.value;
      return formula === '' && (isDate(value) && isDate(wanted) ? value.getTime() === wanted.getTime() : value === wanted);
    }),
  );
}
