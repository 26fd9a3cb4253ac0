/**
 * The spreadsheet's data, with no Apps Script surface: a Book of SheetData.
 * The service objects (spreadsheet.ts, sheet.ts, range.ts) are views over it,
 * one set per execution; the formula evaluator reads and writes it directly.
 *
 * Rows and columns are 1-based everywhere. Per-cell data other than the
 * value lives in maps keyed by `cellKey(row, col)`.
 */
import { parseFormula } from '../formulas/parse';
import { LockState } from './lockState';
import { type CellValue, isBlank } from './values';

/**
 * A cell's key: column-major so that the keys of the first 63 columns stay
 * small integers (V8 Smis), which keeps maps of 100,000 cells fast.
 */
const ROW_SPAN = 2 ** 24;
export const cellKey = (row: number, col: number): number => col * ROW_SPAN + row;
export const keyRow = (key: number): number => key % ROW_SPAN;
export const keyCol = (key: number): number => Math.floor(key / ROW_SPAN);

/** A data-validation rule as stored (views turn it into a DataValidation). */
export interface ValidationRule {
  readonly criteria: string;
  /**
   * VALUE_IN_LIST: [values: string[], showDropdown]; VALUE_IN_RANGE: [RangeRef, showDropdown];
   * CHECKBOX: [] or [checked] or [checked, unchecked]; others: the builder's arguments.
   */
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

/** A range remembered by position (a validation's source range). */
export interface RangeRef {
  readonly sheetId: number;
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

/** Per-cell attributes other than the value and the formula. */
export type Attr =
  | 'numberFormat'
  | 'validation'
  | 'note'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontColor'
  | 'fontSize'
  | 'fontFamily'
  | 'background'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap';

/** What the formula evaluator last made of a formula cell. */
export interface FormulaResult {
  status: 'ok' | 'error' | 'unevaluated';
  /** The error shown on hover (`#ERROR!`, `#REF!`). */
  error?: string;
  /** The size of the spilled result, the formula cell included. */
  spill?: { numRows: number; numCols: number };
}

export class SheetData {
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  /** rows[r - 1][c - 1]; missing rows and cells are empty. */
  private rows: CellValue[][] = [];
  readonly formulas = new Map<number, string>();
  readonly results = new Map<number, FormulaResult>();
  /** Cells filled by another cell's spilled result → the formula cell's key. */
  readonly spillOwner = new Map<number, number>();
  readonly attrs = new Map<Attr, Map<number, unknown>>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  private lastRowCache: number | undefined;
  private lastColCache: number | undefined;

  constructor(
    readonly book: Book,
    readonly id: number,
    public name: string,
  ) {}

  value(row: number, col: number): CellValue {
    const r = this.rows[row - 1];
    const v = r === undefined ? undefined : r[col - 1];
    return v === undefined ? '' : v;
  }

  /** Stores a value without touching the formula (the evaluator's writes go through here). */
  putValue(row: number, col: number, value: CellValue): void {
    let r = this.rows[row - 1];
    if (r === undefined) {
      if (isBlank(value)) return;
      r = this.rows[row - 1] = [];
    }
    while (r.length < col - 1) r.push('');
    r[col - 1] = value;
    this.touched();
  }

  /** A value written by a script or a user: it replaces any formula and is no longer part of a spill. */
  writeValue(row: number, col: number, value: CellValue): void {
    const key = cellKey(row, col);
    if (this.formulas.has(key)) this.dropFormula(key);
    this.spillOwner.delete(key);
    this.putValue(row, col, value);
    // putValue skips a blank written into a row never filled: the formula dropped still changed the sheet.
    this.touched();
  }

  writeFormula(row: number, col: number, formula: string): void {
    const key = cellKey(row, col);
    if (this.formulas.has(key)) this.dropFormula(key);
    this.spillOwner.delete(key);
    this.formulas.set(key, formula);
    // Sheets evaluates on entry: a formula it cannot parse (`=+7 (495) 000-00-00`, typed as a phone number)
    // shows #ERROR! at once, and getValue returns that text. Others wait for the evaluator ('' until then).
    const parsed = parseFormula(formula);
    if (parsed.kind === 'syntax') {
      this.results.set(key, { status: 'error', error: parsed.error });
      this.putValue(row, col, '#ERROR!');
    } else {
      this.results.set(key, { status: 'unevaluated' });
      this.putValue(row, col, '');
    }
    // The last row/column and the book's version change even when the row held nothing before.
    this.touched();
  }

  /** Removes a formula and what it spilled. */
  private dropFormula(key: number): void {
    this.formulas.delete(key);
    this.clearSpill(key);
    this.results.delete(key);
  }

  /** Empties the cells a formula spilled into (not the formula cell itself). */
  clearSpill(anchor: number): void {
    for (const [cell, owner] of this.spillOwner) {
      if (owner !== anchor) continue;
      this.spillOwner.delete(cell);
      this.putValue(keyRow(cell), keyCol(cell), '');
    }
    const result = this.results.get(anchor);
    if (result) delete result.spill;
  }

  formula(row: number, col: number): string {
    return this.formulas.get(cellKey(row, col)) ?? '';
  }

  attr<T>(name: Attr, row: number, col: number): T | undefined {
    return this.attrs.get(name)?.get(cellKey(row, col)) as T | undefined;
  }

  setAttr(name: Attr, row: number, col: number, value: unknown): void {
    let map = this.attrs.get(name);
    if (!map) this.attrs.set(name, (map = new Map()));
    if (value === undefined || value === null) map.delete(cellKey(row, col));
    else map.set(cellKey(row, col), value);
    this.book.version += 1;
  }

  /** Whether a cell holds a value or a formula (an empty-string result of a spill does not count). */
  hasContent(row: number, col: number): boolean {
    return !isBlank(this.value(row, col)) || this.formulas.has(cellKey(row, col));
  }

  /** The last row holding a value or a formula; 0 on an empty sheet. */
  lastRow(): number {
    if (this.lastRowCache !== undefined) return this.lastRowCache;
    let last = 0;
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row?.some((v) => !isBlank(v))) {
        last = r;
        break;
      }
    }
    for (const key of this.formulas.keys()) last = Math.max(last, keyRow(key));
    this.lastRowCache = last;
    return last;
  }

  /** The last column holding a value or a formula; 0 on an empty sheet. */
  lastColumn(): number {
    if (this.lastColCache !== undefined) return this.lastColCache;
    let last = 0;
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (let c = row.length; c > last; c--) {
        if (!isBlank(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    for (const key of this.formulas.keys()) last = Math.max(last, keyCol(key));
    this.lastColCache = last;
    return last;
  }

  /** Inserts `count` empty rows before `row` (the grid grows). */
  insertRows(row: number, count: number): void {
    if (row - 1 < this.rows.length) this.rows = this.rows.slice(0, row - 1).concat(new Array<CellValue[]>(count), this.rows.slice(row - 1));
    this.shiftKeys((r, c) => (r >= row ? [r + count, c] : [r, c]));
    this.maxRows += count;
    this.touched();
  }

  /** Deletes rows `row` … `row + count − 1` with everything in them. */
  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
    this.shiftKeys((r, c) => (r < row ? [r, c] : r < row + count ? null : [r - count, c]));
    this.maxRows -= count;
    this.touched();
  }

  /** Inserts `count` empty columns before `col`. */
  insertColumns(col: number, count: number): void {
    for (const r of this.rows) if (r !== undefined && r.length >= col) r.splice(col - 1, 0, ...Array<CellValue>(count).fill(''));
    this.shiftKeys((r, c) => (c >= col ? [r, c + count] : [r, c]));
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c >= col ? c + count : c, w);
    this.maxCols += count;
    this.touched();
  }

  private shiftKeys(move: (row: number, col: number) => [number, number] | null): void {
    const remap = <V>(map: Map<number, V>, mapValue?: (v: V) => V | null) => {
      const entries = [...map];
      map.clear();
      for (const [key, v] of entries) {
        const to = move(keyRow(key), keyCol(key));
        if (!to) continue;
        const value = mapValue ? mapValue(v) : v;
        if (value !== null) map.set(cellKey(to[0], to[1]), value);
      }
    };
    remap(this.formulas);
    remap(this.results);
    remap(this.spillOwner, (anchor) => {
      const to = move(keyRow(anchor), keyCol(anchor));
      return to ? cellKey(to[0], to[1]) : null;
    });
    for (const map of this.attrs.values()) remap(map);
  }

  /** Removes values and formulas (and with `formats`, every attribute but validations and notes). */
  clear(options: { contents: boolean; formats: boolean }): void {
    if (options.contents) {
      this.rows = [];
      this.formulas.clear();
      this.results.clear();
      this.spillOwner.clear();
    }
    if (options.formats) {
      for (const [name, map] of this.attrs) if (name !== 'validation' && name !== 'note') map.clear();
    }
    this.touched();
  }

  private touched(): void {
    this.lastRowCache = undefined;
    this.lastColCache = undefined;
    this.book.version += 1;
  }
}

/** Recalculates the book's formulas when a read needs fresh values (set by the formula evaluator). */
export type Calculator = (book: Book) => void;

export class Book {
  readonly sheets: SheetData[] = [];
  activeSheet: SheetData | undefined;
  readonly documentProperties = new Map<string, string>();
  readonly documentLock: LockState;
  /** Bumped by every change; the evaluator compares it to know whether its values are current. */
  version = 0;
  calculatedVersion = -1;
  calculator: Calculator | undefined;
  calculating = false;
  private nextSheetId = 0;

  constructor(
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {
    this.documentLock = new LockState('document', `document ${id}`);
  }

  addSheet(name: string, index = this.sheets.length): SheetData {
    const sheet = new SheetData(this, this.nextSheetId, name);
    // Sheets gives the first sheet id 0 and later ones large random-looking numbers.
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7_919;
    this.sheets.splice(index, 0, sheet);
    this.version += 1;
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, i - 1)];
    this.version += 1;
  }

  /** Sheet names are unique regardless of case, and found regardless of case. */
  sheetByName(name: string): SheetData | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  active(): SheetData {
    if (!this.activeSheet || !this.sheets.includes(this.activeSheet)) this.activeSheet = this.sheets[0];
    return this.activeSheet;
  }

  /** Runs the calculator when something changed since the last calculation (reads call this first). */
  ensureCalculated(): void {
    if (!this.calculator || this.calculating || this.calculatedVersion === this.version) return;
    this.calculating = true;
    try {
      this.calculator(this);
    } finally {
      this.calculating = false;
      this.calculatedVersion = this.version;
    }
  }
}
