/**
 * The test's (or the preview server's) own handle on an in-memory
 * spreadsheet: `createSpreadsheet` returns a Spreadsheet in the Node realm to
 * fill with data, and `hostServices` the other services as seen by a "host"
 * execution that never ends on its own (so it can hold a lock on purpose).
 */
import { Book } from './model';
import { nodeRealm } from './realm';
import { type Execution, Runtime, type RuntimeOptions, unwrap } from './runtime';
import { type Globals, createGlobals } from './services';
import type { MemorySpreadsheet } from './spreadsheet';
import { spreadsheetView } from './spreadsheet';

export interface SpreadsheetOptions {
  /** `en_US` (default), `ru_RU`… */
  locale?: string;
  /** The spreadsheet's time zone; default Europe/Moscow. */
  timeZone?: string;
  name?: string;
  id?: string;
  /** Names of the sheets to start with; default one sheet, `Sheet1` (`Лист1` in Russian). */
  sheets?: string[];
  runtime?: RuntimeOptions;
}

const hosts = new WeakMap<Book, Runtime>();
let nextBook = 1;

export function createSpreadsheet(options: SpreadsheetOptions = {}): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const locale = options.locale ?? 'en_US';
  const book = new Book(options.id ?? `memory-spreadsheet-${nextBook++}`, options.name ?? 'Untitled spreadsheet', locale, options.timeZone ?? 'Europe/Moscow');
  const names = options.sheets && options.sheets.length > 0 ? options.sheets : [/^ru/i.test(locale) ? 'Лист1' : 'Sheet1'];
  for (const name of names) book.addSheet(name);
  book.activeSheet = book.sheets[0];
  const runtime = new Runtime(book, options.runtime);
  hosts.set(book, runtime);
  return spreadsheetView(hostExecution(runtime), book);
}

function hostExecution(runtime: Runtime, email = 'owner@example.com'): Execution {
  return runtime.begin('host', { email, locale: runtime.book.locale.split(/[_-]/)[0] }, nodeRealm);
}

/** The Book behind a Spreadsheet view (from createSpreadsheet, or one the add-on got), or the Book itself. */
export function bookOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | Book): Book {
  if (spreadsheet instanceof Book) return spreadsheet;
  const target = unwrap(spreadsheet) as unknown as MemorySpreadsheet;
  if (!target || !(target.book instanceof Book)) throw new TypeError('not an in-memory spreadsheet');
  return target.book;
}

/** The host runtime of a spreadsheet made by createSpreadsheet (one is made for a bare Book). */
export function hostRuntime(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | Book): Runtime {
  const book = bookOf(spreadsheet);
  let runtime = hosts.get(book);
  if (!runtime) hosts.set(book, (runtime = new Runtime(book)));
  return runtime;
}

export interface HostServices extends Globals {
  readonly execution: Execution;
  /** Service calls made through the host handles (this one, and the Spreadsheet from createSpreadsheet). */
  counts(): Record<string, number>;
  resetCounts(): void;
  /** Ends the host execution: releases any lock it still holds. */
  end(): void;
}

/** Services in the Node realm for a new host execution (its own locks), e.g. to hold the document lock while the add-on runs. */
export function hostServices(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | Book, user = 'owner@example.com'): HostServices {
  const runtime = hostRuntime(spreadsheet);
  const execution = hostExecution(runtime, user);
  return {
    ...createGlobals(execution),
    execution,
    counts: () => runtime.counter.counts(),
    resetCounts: () => runtime.counter.resetCounts(),
    end: () => runtime.end(execution),
  };
}
