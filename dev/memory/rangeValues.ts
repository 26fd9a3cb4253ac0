/**
 * The values and formulas of a Range (range.ts): a cell holds a value or a
 * formula; writing a value removes the formula and setting a formula replaces
 * the value; getValues on a formula cell returns the value the formula
 * evaluator computed for it ('' until then), as Sheets does. Written strings
 * are read as Sheets reads typed text (values.ts), in the cell's number
 * format, and a write that a data validation rule refuses changes nothing.
 * The base of the Range class chain:
 * RangeValues → RangeValidation → RangeFormats → MemoryRange.
 */
import { type Rect, formatArea } from './a1';
import { checkGrid, signatureError } from './args';
import { displayValue } from './display';
import { MESSAGES, ServiceError } from './errors';
import { shiftFormula } from './formulaText';
import { type RangeRef, type SheetData, type ValidationRule, cellKey } from './model';
import type { Execution } from './runtime';
import { violates } from './validation';
import { type CellValue, type Written, checkCellText, copyValue, interpretWritten } from './values';

export interface OpenEnds {
  rows: boolean;
  cols: boolean;
}

export class RangeValues {
  constructor(
    readonly exec: Execution,
    readonly sheet: SheetData,
    readonly rect: Rect,
    readonly open?: OpenEnds,
  ) {}

  toRef(): RangeRef {
    return { sheetId: this.sheet.id, ...this.rect };
  }

  protected each(fn: (row: number, col: number, i: number, j: number) => void): void {
    const { row, col, numRows, numCols } = this.rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numCols; j++) fn(row + i, col + j, i, j);
  }

  protected grid<T>(fn: (row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this.rect;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) line[j] = fn(row + i, col + j);
      out[i] = line;
    }
    return out;
  }

  protected fresh(): void {
    this.sheet.book.ensureCalculated();
  }

  // ---- values and formulas ----

  getValues(): CellValue[][] {
    this.fresh();
    return this.grid((r, c) => copyValue(this.sheet.value(r, c)));
  }

  getValue(): CellValue {
    this.fresh();
    return copyValue(this.sheet.value(this.rect.row, this.rect.col));
  }

  getDisplayValues(): string[][] {
    this.fresh();
    const { locale, timeZone } = this.sheet.book;
    return this.grid((r, c) => displayValue(this.sheet.value(r, c), this.sheet.attr<string>('numberFormat', r, c), locale, timeZone));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  isBlank(): boolean {
    let blank = true;
    this.each((r, c) => {
      if (this.sheet.hasContent(r, c)) blank = false;
    });
    return blank;
  }

  setValues(values: unknown): this {
    const data = checkGrid(values, this.rect.numRows, this.rect.numCols, 'SpreadsheetApp.Range.setValues');
    this.write((_r, _c, i, j) => this.interpret(data[i][j], _r, _c));
    return this;
  }

  /** Sets every cell of the range to one value. */
  setValue(value: unknown): this {
    if (Array.isArray(value)) throw signatureError([value], 'SpreadsheetApp.Range.setValue');
    this.write((r, c) => this.interpret(value, r, c));
    return this;
  }

  getFormulas(): string[][] {
    return this.grid((r, c) => this.sheet.formula(r, c));
  }

  getFormula(): string {
    return this.sheet.formula(this.rect.row, this.rect.col);
  }

  setFormulas(formulas: unknown): this {
    const data = checkGrid(formulas, this.rect.numRows, this.rect.numCols, 'SpreadsheetApp.Range.setFormulas');
    for (const row of data) for (const f of row) if (typeof f !== 'string') throw signatureError([formulas], 'SpreadsheetApp.Range.setFormulas');
    this.write((r, c, i, j) => this.formulaCell(data[i][j] as string, r, c));
    return this;
  }

  /** Sets the formula on every cell, its relative references moved for each cell as Sheets does. */
  setFormula(formula: unknown): this {
    if (typeof formula !== 'string') throw signatureError([formula], 'SpreadsheetApp.Range.setFormula');
    this.write((r, c, i, j) => this.formulaCell(shiftFormula(formula, i, j), r, c));
    return this;
  }

  private formulaCell(formula: string, row: number, col: number): Written {
    if (formula === '') return { value: '' };
    checkCellText(formula);
    if (!formula.startsWith('=')) return this.interpret(formula, row, col);
    return { formula };
  }

  private interpret(value: unknown, row: number, col: number): Written {
    const { locale, timeZone } = this.sheet.book;
    return interpretWritten(value, locale, this.sheet.attr<string>('numberFormat', row, col), timeZone);
  }

  /** Computes every cell's new content first, checks validation, then writes: a refused write changes nothing. */
  private write(content: (row: number, col: number, i: number, j: number) => Written): void {
    const { row, col, numRows, numCols } = this.rect;
    const cells: Written[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: Written[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) line[j] = content(row + i, col + j, i, j);
      cells[i] = line;
    }
    const rules = this.sheet.attrs.get('validation');
    if (rules && rules.size > 0) {
      this.each((r, c, i, j) => {
        const rule = rules.get(cellKey(r, c)) as ValidationRule | undefined;
        const w = cells[i][j];
        if (rule && 'value' in w && violates(rule, w.value, this.sheet.book)) {
          throw new ServiceError(MESSAGES.validation(formatArea({ row: r, col: c, numRows: 1, numCols: 1 })));
        }
      });
    }
    this.each((r, c, i, j) => {
      const w = cells[i][j];
      if ('formula' in w) this.sheet.writeFormula(r, c, w.formula);
      else this.sheet.writeValue(r, c, w.value);
    });
  }

  clearContent(): this {
    this.each((r, c) => this.sheet.writeValue(r, c, ''));
    return this;
  }

  clearFormat(): this {
    for (const [name, map] of this.sheet.attrs) {
      if (name === 'validation' || name === 'note') continue;
      this.each((r, c) => map.delete(cellKey(r, c)));
    }
    return this;
  }

  /** Contents and formats (validations and notes stay, as with Sheet.clear). */
  clear(): this {
    this.clearContent();
    return this.clearFormat();
  }
}
