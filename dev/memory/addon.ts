/**
 * The Addon facade's contract: what loadAddon (loadAddon.ts) hands a test or
 * the preview, with the options of its calls. Kept apart from the code so that
 * a reader of a test finds every method of the facade, documented, in one
 * place.
 */
import type vm from 'node:vm';
import type { Book, SheetData } from './model';
import type { Execution, Runtime, UserInfo } from './runtime';
import type { InterleaveOptions } from './scheduler';
import type { Globals } from './services';
import type { UiRecorder } from './ui';

export interface RunOptions {
  user?: string;
  locale?: string;
}

export interface TriggerOptions extends RunOptions {
  /** Default FULL; an add-on's onOpen runs in NONE until the add-on is used in the document. */
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
}

export type Settled = { ok: true; value: any } | { ok: false; error: string };

/** The cell a formula is in: while its custom function runs, the active range. */
export interface CallingCell {
  sheet: SheetData;
  row: number;
  col: number;
}

/** A session of custom-function calls (one execution; used by the formula evaluator). */
export interface CustomFunctionSession {
  /**
   * The result as the function returned it, in the execution's realm (arrays and Dates of that realm), or the error's message.
   * With `cell`, that cell is the active range during the call (SpreadsheetApp.getActiveRange() returns it), as in Sheets.
   */
  call(name: string, args: readonly unknown[], cell?: CallingCell): { value: unknown } | { error: string };
  end(): void;
}

export interface Addon {
  readonly runtime: Runtime;
  readonly book: Book;
  /** The spreadsheet as given to loadAddon. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | Book;
  /** The context the bundle was loaded into at load time. */
  readonly context: vm.Context;
  /** Every top-level function of the bundle. */
  readonly functions: readonly string[];
  /** The top-level functions documented `@customfunction`: what a formula may call. */
  readonly customFunctions: readonly string[];
  /** Service calls the bundle's top-level code made while loading (Apps Script allows none in AuthMode.NONE). */
  readonly loadCounts: Record<string, number>;
  /** The default user of calls (email and locale); assign to change. */
  user: UserInfo;
  readonly ui: UiRecorder;
  readonly logs: string[];
  has(name: string): boolean;
  /** Calls a top-level function in a new execution and returns its result (errors are rethrown as Node-realm Errors). */
  call(name: string, ...args: unknown[]): any;
  /** Like call, but returns the thrown error's message and fails when nothing is thrown. */
  error(name: string, ...args: unknown[]): string;
  /** call with a user and locale of its own. */
  callAs(options: RunOptions, name: string, ...args: unknown[]): any;
  /**
   * Runs a simple trigger (onOpen, onInstall) with its event object
   * `{ authMode, source? }`: in AuthMode.NONE the services that need
   * authorisation refuse (runtime.ts), and the event has no `source`.
   */
  callTrigger(name: string, options?: TriggerOptions): any;
  /** Queues the call as a concurrent execution (scheduler.ts). */
  callAsync(name: string, ...args: unknown[]): Promise<any>;
  callAsyncAs(options: RunOptions, name: string, ...args: unknown[]): Promise<any>;
  /** Queues many calls at once and waits for all: each result or error message. */
  callConcurrently(calls: ReadonlyArray<{ name: string; args?: readonly unknown[]; user?: string; locale?: string }>): Promise<Settled[]>;
  /**
   * Runs test code as an execution of this add-on, with the services in the
   * Node realm. (A queued body may run more than once: up to the point where it
   * waited for a lock, see lock.ts.)
   */
  runExecution<T>(body: (globals: Globals, execution: Execution) => T, options?: RunOptions): T;
  runExecutionAsync<T>(body: (globals: Globals, execution: Execution) => T, options?: RunOptions): Promise<T>;
  /** Makes another execution hold a lock until the returned function is called. */
  holdLock(kind?: 'document' | 'script' | 'user', user?: string): () => void;
  /** Changes how concurrent executions interleave. */
  interleave(options: Partial<InterleaveOptions>): void;
  /** Executions started inside another one so far. */
  readonly interleaved: number;
  /** Attempts run again because the execution had to wait for a lock (lock.ts). */
  readonly retried: number;
  customFunctionSession(): CustomFunctionSession;
  counts(): Record<string, number>;
  resetCounts(): void;
  /** Lock statistics: attempts that found a lock taken, and locks left held at an execution's end. */
  lockStats(): { contended: number; leaked: number };
}
