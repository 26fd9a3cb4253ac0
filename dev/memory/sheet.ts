/**
 * Sheet: one tab, seen from one execution. A new sheet has 1000 rows and 26
 * columns, like Sheets'; ranges must lie inside them (appendRow and
 * insertRows… grow the grid). getRange('A2:D') runs to the last row of the
 * grid, as in Apps Script.
 */
import { type Area, columnLetters, parseA1 } from './a1';
import { integers, signatureError } from './args';
import { MESSAGES, ServiceError } from './errors';
import type { SheetData, ValidationRule } from './model';
import { cellKey } from './model';
import { rangeView } from './range';
import { type Execution, expose } from './runtime';
import { spreadsheetView } from './spreadsheet';
import { violates } from './validation';
import { type Written, interpretWritten } from './values';

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export class MemorySheet {
  constructor(
    readonly exec: Execution,
    readonly sheet: SheetData,
  ) {}

  getName(): string {
    return this.sheet.name;
  }

  setName(name: unknown): this {
    if (typeof name !== 'string' || name.trim() === '') throw signatureError([name], 'SpreadsheetApp.Sheet.setName');
    const other = this.sheet.book.sheetByName(name);
    if (other && other !== this.sheet) throw new ServiceError(MESSAGES.sheetExists(name));
    this.sheet.name = name;
    this.sheet.book.version += 1;
    return this;
  }

  getSheetId(): number {
    return this.sheet.id;
  }

  getSheetName(): string {
    return this.sheet.name;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.sheet.book.sheets.indexOf(this.sheet) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetView(this.exec, this.sheet.book);
  }

  activate(): this {
    this.sheet.book.activeSheet = this.sheet;
    return this;
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(...args: unknown[]): GoogleAppsScript.Spreadsheet.Range {
    if (typeof args[0] === 'string' && args.length === 1) return rangeOfA1(this.exec, this.sheet, args[0]);
    if (args.length < 2 || args.length > 4) throw signatureError(args, 'SpreadsheetApp.Sheet.getRange');
    const [row, col, numRows = 1, numCols = 1] = integers(args, 'SpreadsheetApp.Sheet.getRange');
    return rangeView(this.exec, this.sheet, row, col, numRows, numCols);
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    this.sheet.book.ensureCalculated();
    return rangeView(this.exec, this.sheet, 1, 1, Math.max(1, this.sheet.lastRow()), Math.max(1, this.sheet.lastColumn()));
  }

  getLastRow(): number {
    this.sheet.book.ensureCalculated();
    return this.sheet.lastRow();
  }

  getLastColumn(): number {
    this.sheet.book.ensureCalculated();
    return this.sheet.lastColumn();
  }

  getMaxRows(): number {
    return this.sheet.maxRows;
  }

  getMaxColumns(): number {
    return this.sheet.maxCols;
  }

  /** Writes one row below the last row with content, growing the grid when needed; strings are read as typed input. */
  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents)) throw signatureError([rowContents], 'SpreadsheetApp.Sheet.appendRow');
    this.sheet.book.ensureCalculated();
    const row = this.sheet.lastRow() + 1;
    const { book } = this.sheet;
    const cells: Written[] = rowContents.map((v, j) => interpretWritten(v, book.locale, this.sheet.attr<string>('numberFormat', row, j + 1), book.timeZone));
    const rules = this.sheet.attrs.get('validation');
    cells.forEach((w, j) => {
      const rule = rules?.get(cellKey(row, j + 1)) as ValidationRule | undefined;
      if (rule && 'value' in w && violates(rule, w.value, book)) throw new ServiceError(MESSAGES.validation(`${columnLetters(j + 1)}${row}`));
    });
    if (row > this.sheet.maxRows) this.sheet.maxRows = row;
    if (cells.length > this.sheet.maxCols) this.sheet.maxCols = cells.length;
    cells.forEach((w, j) => {
      if ('formula' in w) this.sheet.writeFormula(row, j + 1, w.formula);
      else this.sheet.writeValue(row, j + 1, w.value);
    });
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    integers([afterPosition, howMany], 'SpreadsheetApp.Sheet.insertRowsAfter');
    this.checkRow(afterPosition);
    this.sheet.insertRows(afterPosition + 1, checkCount(howMany));
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    integers([beforePosition, howMany], 'SpreadsheetApp.Sheet.insertRowsBefore');
    this.checkRow(beforePosition);
    this.sheet.insertRows(beforePosition, checkCount(howMany));
    return this;
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    integers([rowPosition, howMany], 'SpreadsheetApp.Sheet.deleteRows');
    this.checkRow(rowPosition);
    if (rowPosition + howMany - 1 > this.sheet.maxRows) throw new ServiceError(MESSAGES.outsideSheet);
    if (howMany >= this.sheet.maxRows) throw new ServiceError("You can't delete all the rows on the sheet.");
    this.sheet.deleteRows(rowPosition, checkCount(howMany));
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    integers([afterPosition, howMany], 'SpreadsheetApp.Sheet.insertColumnsAfter');
    this.checkColumn(afterPosition);
    this.sheet.insertColumns(afterPosition + 1, checkCount(howMany));
    return this;
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    integers([beforePosition, howMany], 'SpreadsheetApp.Sheet.insertColumnsBefore');
    this.checkColumn(beforePosition);
    this.sheet.insertColumns(beforePosition, checkCount(howMany));
    return this;
  }

  private checkRow(row: number): void {
    if (row < 1 || row > this.sheet.maxRows) throw new ServiceError(MESSAGES.outsideSheet);
  }

  private checkColumn(col: number): void {
    if (col < 1 || col > this.sheet.maxCols) throw new ServiceError(MESSAGES.outsideSheet);
  }

  setFrozenRows(rows: number): void {
    integers([rows], 'SpreadsheetApp.Sheet.setFrozenRows');
    if (rows < 0 || rows > this.sheet.maxRows) throw new ServiceError(MESSAGES.outsideSheet);
    this.sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.sheet.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    integers([columns], 'SpreadsheetApp.Sheet.setFrozenColumns');
    if (columns < 0 || columns > this.sheet.maxCols) throw new ServiceError(MESSAGES.outsideSheet);
    this.sheet.frozenCols = columns;
  }

  getFrozenColumns(): number {
    return this.sheet.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    integers([columnPosition, width], 'SpreadsheetApp.Sheet.setColumnWidth');
    this.checkColumn(columnPosition);
    this.sheet.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    integers([startColumn, numColumns, width], 'SpreadsheetApp.Sheet.setColumnWidths');
    this.checkColumn(startColumn);
    this.checkColumn(startColumn + numColumns - 1);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.sheet.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Fits columns to their longest displayed text (an estimate: 7 px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    integers([startColumn, numColumns], 'SpreadsheetApp.Sheet.autoResizeColumns');
    this.checkColumn(startColumn);
    this.checkColumn(startColumn + numColumns - 1);
    const last = this.sheet.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= last; r++) longest = Math.max(longest, String(this.sheet.value(r, c)).length);
      this.sheet.columnWidths.set(c, Math.max(20, Math.min(1000, longest * 7 + 12)));
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  setRowHeight(rowPosition: number, height: number): this {
    integers([rowPosition, height], 'SpreadsheetApp.Sheet.setRowHeight');
    this.checkRow(rowPosition);
    this.sheet.rowHeights.set(rowPosition, height);
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this.sheet.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setTabColor(color: string | null): this {
    this.sheet.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.sheet.tabColor;
  }

  /** Clears contents and formats (data validations and notes stay). */
  clear(): this {
    this.sheet.clear({ contents: true, formats: true });
    return this;
  }

  clearContents(): this {
    this.sheet.clear({ contents: true, formats: false });
    return this;
  }

  clearFormats(): this {
    this.sheet.clear({ contents: false, formats: true });
    return this;
  }

  isSheetHidden(): boolean {
    return false;
  }
}

function checkCount(howMany: number): number {
  if (howMany < 1) throw new ServiceError(MESSAGES.rowsAtLeastOne);
  return howMany;
}

/** The Range an A1 text names: on its named sheet, else on `sheet`. Open ends run to the grid's last row or column. */
export function rangeOfA1(exec: Execution, sheet: SheetData, a1: string): GoogleAppsScript.Spreadsheet.Range {
  const ref = parseA1(a1);
  if (!ref) throw new ServiceError(MESSAGES.rangeNotFound);
  let target = sheet;
  if (ref.sheet !== undefined) {
    const named = sheet.book.sheetByName(ref.sheet);
    if (!named) throw new ServiceError(MESSAGES.rangeNotFound);
    target = named;
  }
  return areaRange(exec, target, ref.area);
}

function areaRange(exec: Execution, sheet: SheetData, area: Area): GoogleAppsScript.Spreadsheet.Range {
  const endRow = area.endRow ?? sheet.maxRows;
  const endCol = area.endCol ?? sheet.maxCols;
  if (area.startRow > sheet.maxRows || area.startCol > sheet.maxCols) throw new ServiceError(MESSAGES.outsideSheet);
  const open = { rows: area.endRow === null, cols: area.endCol === null };
  return rangeView(
    exec,
    sheet,
    area.startRow,
    area.startCol,
    endRow - area.startRow + 1,
    endCol - area.startCol + 1,
    open.rows || open.cols ? open : undefined,
  );
}

export function sheetView(exec: Execution, sheet: SheetData): GoogleAppsScript.Spreadsheet.Sheet {
  return expose(new MemorySheet(exec, sheet), 'Sheet', exec) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
}
