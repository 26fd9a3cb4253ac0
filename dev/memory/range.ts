/**
 * Range: a rectangle of one sheet, seen from one execution. Its jobs are split
 * along a chain of classes, one file each: values and formulas
 * (rangeValues.ts) → data validations and checkboxes (rangeValidation.ts) →
 * number formats and formatting (rangeFormats.ts) → here, the geometry and the
 * views that Sheet, Spreadsheet and Range hand out.
 *
 * Import the Range from this file only: rangeValues.ts imports validation.ts,
 * which imports this file, so a module that loaded rangeValues.ts first would
 * see a class of the chain extend one not yet defined.
 */
import { formatArea } from './a1';
import { integers } from './args';
import { MESSAGES, ServiceError } from './errors';
import type { RangeRef, SheetData } from './model';
import type { OpenEnds } from './rangeValues';
import { RangeFormats } from './rangeFormats';
import { type Execution, expose } from './runtime';
import { sheetView } from './sheet';

export type { OpenEnds } from './rangeValues';

export class MemoryRange extends RangeFormats {
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
    return rangeView(
      this.exec,
      this.sheet,
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
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
