/**
 * Loads the add-on's real bundle (dist/Code.js) against an in-memory
 * spreadsheet and calls its top-level functions as Apps Script would.
 *
 * Every call is one execution (runtime.ts): with the default isolation
 * `execution`, each gets a fresh vm context in which Code.js is run again as
 * a classic script, so — as in Apps Script — nothing an execution leaves in
 * global variables survives into the next one (the compiled script is
 * reused; a context costs about a millisecond). With isolation `shared` all
 * calls run in the one context made at load time.
 *
 * Arguments are rebuilt in the execution's realm (arrays, Dates) and results
 * brought back into the Node realm, like test/helpers/bundle.ts does.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { bookOf } from './host';
import type { LockState } from './lockState';
import type { Book, SheetData } from './model';
import { type Realm, contextRealm, nodeRealm } from './realm';
import { type Execution, type ExecutionKind, Runtime, type UserInfo } from './runtime';
import { type InterleaveOptions, Scheduler } from './scheduler';
import { GLOBAL_NAMES, type Globals, createGlobals } from './services';
import { spreadsheetView } from './spreadsheet';
import type { UiRecorder } from './ui';

/** The repository's root (dev/memory → ../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface LoadOptions {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | Book;
  /** The bundle; relative paths are from the repository root. Default `dist/Code.js`. */
  codePath?: string;
  /** Where HtmlService reads `<name>.html`; default the bundle's folder. */
  htmlDir?: string;
  /** The user every call runs as unless told otherwise. */
  user?: string;
  /** Session.getActiveUserLocale(); default the language of the spreadsheet's locale (`ru_RU` → `ru`). */
  userLocale?: string;
  /** Session.getScriptTimeZone(); default the manifest's. */
  scriptTimeZone?: string;
  /**
   * The project manifest (appsscript.json) as an object, or its path (relative
   * paths from the repository root). Default: the one next to the bundle, else
   * the repository's. Its `timeZone` is the script's, and its `oauthScopes`
   * the scopes granted: a service call needing another one fails as on Google
   * (no `oauthScopes` at all: Apps Script infers them, nothing fails).
   */
  manifest?: Manifest | string;
  /** `execution` (default): a fresh context per execution, as Apps Script; `shared`: one context for all. */
  isolation?: 'execution' | 'shared';
  /** How `callAsync` executions overlap (scheduler.ts); default probability 0.3, seed 1. */
  interleave?: Partial<InterleaveOptions>;
  /** Print Logger and console output as well as recording it. */
  echo?: boolean;
  /** What a queued execution does when it meets a lock held by a suspended one (lock.ts); default `wait`. */
  contention?: 'wait' | 'fail';
}

/** The fields of appsscript.json the runtime reads. */
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  [field: string]: unknown;
}

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

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function manifestOf(given: LoadOptions['manifest'], codePath: string): Manifest | undefined {
  if (typeof given === 'object') return given;
  if (typeof given === 'string') {
    const path = isAbsolute(given) ? given : join(REPO_ROOT, given);
    const read = readJson(path);
    if (!read) throw new Error(`no manifest at ${path}`);
    return read as Manifest;
  }
  return (readJson(join(dirname(codePath), 'appsscript.json')) ?? readJson(join(REPO_ROOT, 'appsscript.json'))) as Manifest | undefined;
}

function toNodeError(error: unknown): unknown {
  if (Object.prototype.toString.call(error) !== '[object Error]' || error instanceof Error) return error;
  const e = error as Error;
  const copy = Object.assign(new Error(e.message), { cause: error });
  copy.name = e.name;
  if (e.stack) copy.stack = e.stack;
  return copy;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function loadAddon(options: LoadOptions): Addon {
  const book = bookOf(options.spreadsheet);
  const codePath = isAbsolute(options.codePath ?? '') ? options.codePath! : join(REPO_ROOT, options.codePath ?? 'dist/Code.js');
  const code = readFileSync(codePath, 'utf8');
  const script = new vm.Script(code, { filename: 'Code.js' });
  const htmlDir = options.htmlDir ? (isAbsolute(options.htmlDir) ? options.htmlDir : join(REPO_ROOT, options.htmlDir)) : dirname(codePath);
  const manifest = manifestOf(options.manifest, codePath);
  const runtime = new Runtime(book, {
    scriptTimeZone: options.scriptTimeZone ?? (typeof manifest?.timeZone === 'string' ? manifest.timeZone : undefined),
    htmlDir,
    echo: options.echo,
    contention: options.contention,
    oauthScopes: Array.isArray(manifest?.oauthScopes) ? manifest.oauthScopes.map(String) : undefined,
  });
  const isolation = options.isolation ?? 'execution';
  const scheduler = new Scheduler(options.interleave);
  runtime.beforeCall = () => scheduler.maybeInterleave();
  let user: UserInfo = { email: options.user ?? 'manager@example.com', locale: options.userLocale ?? book.locale.split(/[_-]/)[0] };

  // Load once: the context for introspection (and for every call with isolation `shared`).
  const loadContext = vm.createContext({});
  const loadRealm = contextRealm(loadContext);
  const loadExec = runtime.begin('server', user, loadRealm);
  Object.assign(loadContext, createGlobals(loadExec));
  const before = runtime.counter.counts();
  script.runInContext(loadContext);
  const loadCounts: Record<string, number> = {};
  for (const [name, n] of Object.entries(runtime.counter.counts())) if (n !== (before[name] ?? 0)) loadCounts[name] = n - (before[name] ?? 0);
  runtime.end(loadExec);

  const injected = new Set<string>(GLOBAL_NAMES);
  const functions = Object.getOwnPropertyNames(loadContext).filter(
    (name) => !injected.has(name) && typeof (loadContext as Record<string, unknown>)[name] === 'function',
  );
  const documented = new Set([...code.matchAll(/@customfunction\s*\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]));
  const customFunctions = functions.filter((name) => documented.has(name));

  /** Opens an execution: its context (fresh, or the shared one with this execution's globals) and a closer. */
  function open(
    kind: ExecutionKind,
    who: UserInfo,
    counted: boolean,
    authMode: Execution['authMode'] = 'FULL',
  ): { exec: Execution; context: vm.Context; close(): void } {
    if (isolation === 'shared') {
      const exec = runtime.begin(kind, who, loadRealm, counted);
      exec.authMode = authMode;
      const saved = GLOBAL_NAMES.map((n) => (loadContext as Record<string, unknown>)[n]);
      Object.assign(loadContext, createGlobals(exec));
      return {
        exec,
        context: loadContext,
        close() {
          runtime.end(exec);
          GLOBAL_NAMES.forEach((n, i) => ((loadContext as Record<string, unknown>)[n] = saved[i]));
        },
      };
    }
    const context = vm.createContext({});
    const realm: Realm = contextRealm(context);
    const exec = runtime.begin(kind, who, realm, counted);
    exec.authMode = authMode;
    Object.assign(context, createGlobals(exec));
    try {
      script.runInContext(context);
    } catch (error) {
      runtime.end(exec);
      throw toNodeError(error);
    }
    return { exec, context, close: () => runtime.end(exec) };
  }

  function lookup(context: vm.Context, name: string): (...args: unknown[]) => unknown {
    const own = IDENTIFIER.test(name) && Object.prototype.hasOwnProperty.call(context, name);
    const fn = own ? (context as Record<string, unknown>)[name] : undefined;
    if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of ${codePath}`);
    return fn as (...args: unknown[]) => unknown;
  }

  function who(o: RunOptions = {}): UserInfo {
    return { email: o.user ?? user.email, locale: o.locale ?? user.locale };
  }

  /** One execution of a top-level function; `track` (from the scheduler) makes it retriable. */
  function run(
    o: RunOptions,
    name: string,
    args: readonly unknown[] | ((exec: Execution) => readonly unknown[]),
    track?: (e: Execution) => void,
    authMode?: TriggerOptions['authMode'],
  ): any {
    const { exec, context, close } = open('server', who(o), true, authMode);
    if (track) {
      exec.retriable = true;
      track(exec);
    }
    try {
      const fn = lookup(context, name);
      const given = typeof args === 'function' ? args(exec) : args;
      return nodeRealm.adopt(fn(...exec.realm.adopt([...given])));
    } catch (error) {
      throw toNodeError(error);
    } finally {
      close();
    }
  }

  function runBody<T>(body: (globals: Globals, execution: Execution) => T, o: RunOptions = {}, track?: (e: Execution) => void): T {
    const exec = runtime.begin('server', who(o), nodeRealm);
    if (track) {
      exec.retriable = true;
      track(exec);
    }
    try {
      return body(createGlobals(exec), exec);
    } finally {
      runtime.end(exec);
    }
  }

  const addon: Addon = {
    runtime,
    book,
    spreadsheet: options.spreadsheet,
    context: loadContext,
    functions,
    customFunctions,
    loadCounts,
    get user() {
      return user;
    },
    set user(value: UserInfo) {
      user = { ...value };
    },
    ui: runtime.ui,
    logs: runtime.logs,
    has: (name) => functions.includes(name),
    call: (name, ...args) => run({}, name, args),
    error(name, ...args) {
      try {
        run({}, name, args);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`${name} did not throw`);
    },
    callAs: (o, name, ...args) => run(o, name, args),
    callTrigger(name, o = {}) {
      const authMode = o.authMode ?? 'FULL';
      const event = (exec: Execution) => [
        exec.realm.object(authMode === 'NONE' ? [['authMode', authMode]] : [['authMode', authMode], ['source', spreadsheetView(exec, book)]]),
      ];
      return run(o, name, event, undefined, authMode);
    },
    callAsync: (name, ...args) => scheduler.enqueue((track) => run({}, name, args, track)),
    callAsyncAs: (o, name, ...args) => scheduler.enqueue((track) => run(o, name, args, track)),
    callConcurrently: (calls) =>
      Promise.all(
        calls.map((c) =>
          scheduler.enqueue((track) => run({ user: c.user, locale: c.locale }, c.name, c.args ?? [], track)).then(
            (value): Settled => ({ ok: true, value }),
            (error: unknown): Settled => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
          ),
        ),
      ),
    runExecution: (body, o) => runBody(body, o),
    runExecutionAsync: (body, o) => scheduler.enqueue((track) => runBody(body, o, track)),
    holdLock(kind = 'document', email = 'someone-else@example.com') {
      const exec = runtime.begin('host', { email, locale: user.locale }, nodeRealm);
      const state: LockState = kind === 'document' ? book.documentLock : kind === 'script' ? runtime.scriptLock : runtime.userLock(email);
      if (state.holder !== null) throw new Error(`the ${kind} lock is already held by ${state.holder.label}`);
      state.holder = exec;
      exec.heldLocks.add(state);
      return () => {
        if (state.holder === exec) state.holder = null;
        exec.heldLocks.delete(state);
        runtime.end(exec);
      };
    },
    interleave: (o) => scheduler.configure(o),
    get interleaved() {
      return scheduler.interleaved;
    },
    get retried() {
      return scheduler.retried;
    },
    customFunctionSession() {
      // Custom functions run anonymously (no active user's email) and are not counted.
      const { exec, context, close } = open('custom-function', { email: '', locale: user.locale }, false);
      return {
        call(name, args, cell) {
          exec.callingCell = cell ?? null;
          try {
            const fn = lookup(context, name);
            // Returned as made in the execution's realm: the evaluator copies every cell out anyway.
            return { value: fn(...exec.realm.adopt([...args])) };
          } catch (error) {
            return { error: Object.prototype.toString.call(error) === '[object Error]' ? (error as Error).message : String(error) };
          } finally {
            exec.callingCell = null;
          }
        },
        end: close,
      };
    },
    counts: () => runtime.counter.counts(),
    resetCounts: () => runtime.counter.resetCounts(),
    lockStats() {
      const states = runtime.locks();
      return {
        contended: states.reduce((s, l) => s + l.contended, 0),
        leaked: states.reduce((s, l) => s + l.leaked, 0),
      };
    },
  };
  return addon;
}

