/**
 * Spreadsheet and SpreadsheetApp, seen from one execution.
 */
import { integers, signatureError } from './args';
import { MESSAGES, ServiceError } from './errors';
import type { Book } from './model';
import { type Execution, expose, unwrap } from './runtime';
import { rangeView } from './range';
import { type MemorySheet, rangeOfA1, sheetView } from './sheet';
import { uiView } from './ui';
import { DATA_VALIDATION_CRITERIA, builderView } from './validation';

export class MemorySpreadsheet {
  constructor(
    readonly exec: Execution,
    readonly book: Book,
  ) {}

  getId(): string {
    return this.book.id;
  }

  getName(): string {
    return this.book.name;
  }

  rename(newName: string): void {
    this.book.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }

  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return this.book.sheets.map((s) => sheetView(this.exec, s));
  }

  getNumSheets(): number {
    return this.book.sheets.length;
  }

  /** Sheet names match regardless of case, as in Sheets; null when there is none. */
  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    if (typeof name !== 'string') throw signatureError([name], 'SpreadsheetApp.Spreadsheet.getSheetByName');
    const sheet = this.book.sheetByName(name);
    return sheet ? sheetView(this.exec, sheet) : null;
  }

  getSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
    const sheet = this.book.sheetById(id);
    return sheet ? sheetView(this.exec, sheet) : null;
  }

  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index): the new sheet becomes the active one. */
  insertSheet(...args: unknown[]): GoogleAppsScript.Spreadsheet.Sheet {
    let name: string | undefined;
    let index = this.book.sheets.length;
    if (typeof args[0] === 'string') {
      name = args[0];
      if (args[1] !== undefined && typeof args[1] !== 'object') index = integers([args[1]], 'SpreadsheetApp.Spreadsheet.insertSheet')[0];
    } else if (args[0] !== undefined) {
      index = integers([args[0]], 'SpreadsheetApp.Spreadsheet.insertSheet')[0];
    }
    if (index < 0 || index > this.book.sheets.length) throw new ServiceError(MESSAGES.outsideSheet);
    if (name === undefined) name = this.defaultSheetName();
    if (name.trim() === '') throw signatureError(args, 'SpreadsheetApp.Spreadsheet.insertSheet');
    if (this.book.sheetByName(name)) throw new ServiceError(MESSAGES.sheetExists(name));
    const sheet = this.book.addSheet(name, index);
    this.book.activeSheet = sheet;
    return sheetView(this.exec, sheet);
  }

  private defaultSheetName(): string {
    const base = /^ru/i.test(this.book.locale) ? 'Лист' : 'Sheet';
    let n = this.book.sheets.length + 1;
    while (this.book.sheetByName(`${base}${n}`)) n += 1;
    return `${base}${n}`;
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const target = unwrap(sheet) as unknown as MemorySheet;
    if (!target?.sheet || !this.book.sheets.includes(target.sheet)) throw signatureError([sheet], 'SpreadsheetApp.Spreadsheet.deleteSheet');
    if (this.book.sheets.length === 1) throw new ServiceError(MESSAGES.lastSheet);
    this.book.removeSheet(target.sheet);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetView(this.exec, activeSheetOf(this.exec));
  }

  /** Inside a custom function the calling cell; otherwise null (no user selection is modelled). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    return activeRangeOf(this.exec);
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const target = unwrap(sheet) as unknown as MemorySheet;
    if (!target?.sheet || !this.book.sheets.includes(target.sheet)) throw signatureError([sheet], 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    this.book.activeSheet = target.sheet;
    return sheetView(this.exec, target.sheet);
  }

  getSpreadsheetLocale(): string {
    return this.book.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string' || locale === '') throw signatureError([locale], 'SpreadsheetApp.Spreadsheet.setSpreadsheetLocale');
    this.book.locale = locale;
    this.book.version += 1;
  }

  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (typeof timezone !== 'string' || timezone === '') throw signatureError([timezone], 'SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone');
    this.book.timeZone = timezone;
    this.book.version += 1;
  }

  /** `Sheet!A1:B2`, or without a sheet name a range of the active sheet. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    if (typeof a1Notation !== 'string') throw signatureError([a1Notation], 'SpreadsheetApp.Spreadsheet.getRange');
    return rangeOfA1(this.exec, this.book.active(), a1Notation);
  }

  /** A toast is recorded with the UI messages. */
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this.exec.runtime.ui.messages.push({ kind: 'toast', title: String(title), message: String(msg), buttons: String(timeoutSeconds) });
  }
}

/** The active sheet: the calling cell's while a custom function runs, as in Sheets. */
function activeSheetOf(exec: Execution) {
  const calling = exec.callingCell;
  return calling && exec.runtime.book.sheets.includes(calling.sheet) ? calling.sheet : exec.runtime.book.active();
}

function activeRangeOf(exec: Execution): GoogleAppsScript.Spreadsheet.Range | null {
  const calling = exec.callingCell;
  if (!calling || !exec.runtime.book.sheets.includes(calling.sheet)) return null;
  return rangeView(exec, calling.sheet, calling.row, calling.col, 1, 1);
}

export function spreadsheetView(exec: Execution, book: Book): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return expose(new MemorySpreadsheet(exec, book), 'Spreadsheet', exec) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

class MemorySpreadsheetApp {
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

  constructor(private readonly exec: Execution) {}

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetView(this.exec, this.exec.runtime.book);
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetView(this.exec, this.exec.runtime.book);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetView(this.exec, activeSheetOf(this.exec));
  }

  /** Inside a custom function the calling cell; otherwise null (no user selection is modelled). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    return activeRangeOf(this.exec);
  }

  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (id !== this.exec.runtime.book.id) throw new ServiceError(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return spreadsheetView(this.exec, this.exec.runtime.book);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return uiView(this.exec);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return builderView(this.exec);
  }

  /** Applies pending changes: here, recalculates formulas when a calculator is attached. */
  flush(): void {
    this.exec.runtime.book.ensureCalculated();
  }
}

export function spreadsheetApp(exec: Execution): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return expose(new MemorySpreadsheetApp(exec), 'SpreadsheetApp', exec) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
