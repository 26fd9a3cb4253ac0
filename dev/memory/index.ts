/**
 * The in-memory Apps Script runtime: a development tool that runs the add-on's
 * real bundle (dist/Code.js) against a spreadsheet held in memory. Never
 * imported by src/main.ts, so never bundled.
 */
export { columnLetters, columnNumber, formatArea, parseA1, parseArea, quoteSheetName } from './a1';
export type { A1Ref, Area, Rect } from './a1';
export { MESSAGES, ServiceError } from './errors';
export { bookOf, createSpreadsheet, hostRuntime, hostServices } from './host';
export type { HostServices, SpreadsheetOptions } from './host';
export { REPO_ROOT, loadAddon } from './loadAddon';
export type { Addon, CallingCell, CustomFunctionSession, RunOptions, Settled, TriggerOptions } from './addon';
export type { LoadOptions, Manifest } from './bundle';
export { Book, SheetData, cellKey, keyCol, keyRow } from './model';
export type { FormulaResult, ValidationRule } from './model';
export { Execution, Runtime } from './runtime';
export type { UserInfo } from './runtime';
export type { InterleaveOptions } from './scheduler';
export { createGlobals } from './services';
export type { Globals } from './services';
export type { DialogRecord, MenuEntry, MenuRecord, MessageRecord, UiRecorder } from './ui';
export { EMAIL_SCOPE } from './session';
export { formatDate } from './utilities';
export type { CellValue } from './values';
