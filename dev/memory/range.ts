/**
 * Range: a rectangle of one sheet, seen from one execution. A cell holds a
 * value or a formula: writing a value removes the formula and setting a
 * formula replaces the value; getValues on a formula cell returns the value
 * the formula evaluator computed for it ('' until then), as Sheets does.
 */
import { type Rect, formatArea } from './a1';
import { checkGrid, integers, signatureError } from './args';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './display';
import { MESSAGES, ServiceError } from './errors';
import { shiftFormula } from './formulaText';
import { type Attr, type RangeRef, type SheetData, type ValidationRule, cellKey } from './model';
import { type Execution, expose } from './runtime';
import { sheetView } from './sheet';
import { ruleOf, validationView, violates } from './validation';
import { type CellValue, type Written, checkCellText, copyValue, interpretWritten } from './values';

export interface OpenEnds {
  rows: boolean;
  cols: boolean;
}

const STYLE_DEFAULTS: Partial<Record<Attr, unknown>> = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  note: '',
};

export class MemoryRange {
  constructor(
    readonly exec: Execution,
    readonly sheet: SheetData,
    readonly rect: Rect,
    readonly open?: OpenEnds,
  ) {}

  toRef(): RangeRef {
    return { sheetId: this.sheet.id, ...this.rect };
  }

  private each(fn: (row: number, col: number, i: number, j: number) => void): void {
    const { row, col, numRows, numCols } = this.rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numCols; j++) fn(row + i, col + j, i, j);
  }

  private grid<T>(fn: (row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this.rect;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) line[j] = fn(row + i, col + j);
      out[i] = line;
    }
    return out;
  }

  private fresh(): void {
    this.sheet.book.ensureCalculated();
  }

  // ---- geometry ----

  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numCols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getA1Notation(): string {
    return formatArea(this.rect, this.open);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetView(this.exec, this.sheet);
  }
  getGridId(): number {
    return this.sheet.id;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GoogleAppsScript.Spreadsheet.Range {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    integers(args, 'SpreadsheetApp.Range.offset');
    return rangeView(this.exec, this.sheet, this.rect.row + rowOffset, this.rect.col + columnOffset, numRows ?? this.rect.numRows, numColumns ?? this.rect.numCols);
  }

  getCell(row: number, column: number): GoogleAppsScript.Spreadsheet.Range {
    integers([row, column], 'SpreadsheetApp.Range.getCell');
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) throw new ServiceError(MESSAGES.outsideSheet);
    return rangeView(this.exec, this.sheet, this.rect.row + row - 1, this.rect.col + column - 1, 1, 1);
  }

  activate(): this {
    this.sheet.book.activeSheet = this.sheet;
    return this;
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

  // ---- number formats ----

  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.sheet.attr<string>('numberFormat', r, c) ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    return this.sheet.attr<string>('numberFormat', this.rect.row, this.rect.col) ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormat(numberFormat: unknown): this {
    if (typeof numberFormat !== 'string') throw signatureError([numberFormat], 'SpreadsheetApp.Range.setNumberFormat');
    this.each((r, c) => this.sheet.setAttr('numberFormat', r, c, numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: unknown): this {
    const data = checkGrid(numberFormats, this.rect.numRows, this.rect.numCols, 'SpreadsheetApp.Range.setNumberFormats');
    for (const row of data) for (const f of row) if (typeof f !== 'string') throw signatureError([numberFormats], 'SpreadsheetApp.Range.setNumberFormats');
    this.each((r, c, i, j) => this.sheet.setAttr('numberFormat', r, c, data[i][j]));
    return this;
  }

  // ---- data validation ----

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.grid((r, c) => {
      const rule = this.sheet.attr<ValidationRule>('validation', r, c);
      return rule ? validationView(this.exec, rule) : null;
    });
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = this.sheet.attr<ValidationRule>('validation', this.rect.row, this.rect.col);
    return rule ? validationView(this.exec, rule) : null;
  }

  setDataValidation(rule: unknown): this {
    const stored = ruleOf(rule);
    this.each((r, c) => this.sheet.setAttr('validation', r, c, stored));
    return this;
  }

  setDataValidations(rules: unknown): this {
    const data = checkGrid(rules, this.rect.numRows, this.rect.numCols, 'SpreadsheetApp.Range.setDataValidations');
    const stored = data.map((row) => row.map(ruleOf));
    this.each((r, c, i, j) => this.sheet.setAttr('validation', r, c, stored[i][j]));
    return this;
  }

  clearDataValidations(): this {
    this.each((r, c) => this.sheet.setAttr('validation', r, c, null));
    return this;
  }

  /** Checkbox validation on every cell, and every cell set to unchecked (FALSE, or the given unchecked value). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const rule: ValidationRule = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: '' };
    const unchecked: CellValue = values.length === 0 ? false : values.length === 2 ? (values[1] as CellValue) : '';
    this.each((r, c) => {
      this.sheet.setAttr('validation', r, c, rule);
      this.sheet.writeValue(r, c, unchecked);
    });
    return this;
  }

  removeCheckboxes(): this {
    this.each((r, c) => {
      if (this.sheet.attr<ValidationRule>('validation', r, c)?.criteria !== 'CHECKBOX') return;
      this.sheet.setAttr('validation', r, c, null);
      this.sheet.writeValue(r, c, '');
    });
    return this;
  }

  private checkboxValue(r: number, c: number, checked: boolean): CellValue | undefined {
    const rule = this.sheet.attr<ValidationRule>('validation', r, c);
    if (rule?.criteria !== 'CHECKBOX') return undefined;
    if (rule.values.length === 0) return checked;
    return checked ? (rule.values[0] as CellValue) : ((rule.values[1] as CellValue | undefined) ?? '');
  }

  check(): this {
    this.each((r, c) => {
      const v = this.checkboxValue(r, c, true);
      if (v !== undefined) this.sheet.writeValue(r, c, v);
    });
    return this;
  }

  uncheck(): this {
    this.each((r, c) => {
      const v = this.checkboxValue(r, c, false);
      if (v !== undefined) this.sheet.writeValue(r, c, v);
    });
    return this;
  }

  /** true when every cell is a checked checkbox, false when every one is unchecked, null otherwise. */
  isChecked(): boolean | null {
    this.fresh();
    const states = new Set<string>();
    this.each((r, c) => {
      const checked = this.checkboxValue(r, c, true);
      if (checked === undefined) states.add('none');
      else states.add(String(this.sheet.value(r, c)) === String(checked) ? 'on' : 'off');
    });
    if (states.size !== 1 || states.has('none')) return null;
    return states.has('on');
  }

  // ---- formatting (stored; getters return what was set) ----

  private setStyle(attr: Attr, value: unknown): this {
    this.each((r, c) => this.sheet.setAttr(attr, r, c, value));
    return this;
  }

  private setStyles(attr: Attr, values: unknown, method: string): this {
    const data = checkGrid(values, this.rect.numRows, this.rect.numCols, `SpreadsheetApp.Range.${method}`);
    this.each((r, c, i, j) => this.sheet.setAttr(attr, r, c, data[i][j]));
    return this;
  }

  private style<T>(attr: Attr): T {
    return (this.sheet.attr<T>(attr, this.rect.row, this.rect.col) ?? STYLE_DEFAULTS[attr]) as T;
  }

  private styles<T>(attr: Attr): T[][] {
    return this.grid((r, c) => (this.sheet.attr<T>(attr, r, c) ?? STYLE_DEFAULTS[attr]) as T);
  }

  setFontWeight(fontWeight: string | null): this {
    return this.setStyle('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown): this {
    return this.setStyles('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontWeight(): string {
    return this.style('fontWeight');
  }
  getFontWeights(): string[][] {
    return this.styles('fontWeight');
  }
  setFontStyle(fontStyle: string | null): this {
    return this.setStyle('fontStyle', fontStyle);
  }
  getFontStyle(): string {
    return this.style('fontStyle');
  }
  setFontColor(color: string | null): this {
    return this.setStyle('fontColor', color);
  }
  getFontColor(): string {
    return this.style('fontColor');
  }
  setFontSize(size: number): this {
    return this.setStyle('fontSize', size);
  }
  getFontSize(): number {
    return this.style('fontSize');
  }
  setFontFamily(family: string | null): this {
    return this.setStyle('fontFamily', family);
  }
  getFontFamily(): string {
    return this.style('fontFamily');
  }
  setBackground(color: string | null): this {
    return this.setStyle('background', color);
  }
  setBackgrounds(colors: unknown): this {
    return this.setStyles('background', colors, 'setBackgrounds');
  }
  getBackground(): string {
    return this.style('background');
  }
  getBackgrounds(): string[][] {
    return this.styles('background');
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setStyle('horizontalAlignment', alignment);
  }
  getHorizontalAlignment(): string {
    return this.style('horizontalAlignment');
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setStyle('verticalAlignment', alignment);
  }
  getVerticalAlignment(): string {
    return this.style('verticalAlignment');
  }
  setWrap(wrap: boolean): this {
    return this.setStyle('wrap', !!wrap);
  }
  getWrap(): boolean {
    return this.style('wrap');
  }
  setNote(note: string | null): this {
    return this.setStyle('note', note === null || note === '' ? null : String(note));
  }
  setNotes(notes: unknown): this {
    return this.setStyles('note', notes, 'setNotes');
  }
  getNote(): string {
    return this.style('note');
  }
  getNotes(): string[][] {
    return this.styles('note');
  }
  clearNote(): this {
    return this.setStyle('note', null);
  }
}

/** A Range view; the rectangle must lie inside the sheet's grid. */
export function rangeView(
  exec: Execution,
  sheet: SheetData,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  open?: OpenEnds,
): GoogleAppsScript.Spreadsheet.Range {
  if (row < 1) throw new ServiceError(MESSAGES.rowTooSmall);
  if (col < 1) throw new ServiceError(MESSAGES.columnTooSmall);
  if (numRows < 1) throw new ServiceError(MESSAGES.rowsAtLeastOne);
  if (numCols < 1) throw new ServiceError(MESSAGES.columnsAtLeastOne);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) throw new ServiceError(MESSAGES.outsideSheet);
  return expose(new MemoryRange(exec, sheet, { row, col, numRows, numCols }, open), 'Range', exec) as unknown as GoogleAppsScript.Spreadsheet.Range;
}

/** The Range a stored RangeRef names, or null when its sheet is gone. */
export function rangeFromRef(exec: Execution, ref: RangeRef): GoogleAppsScript.Spreadsheet.Range | null {
  const sheet = exec.runtime.book.sheetById(ref.sheetId);
  return sheet ? rangeView(exec, sheet, ref.row, ref.col, ref.numRows, ref.numCols) : null;
}
