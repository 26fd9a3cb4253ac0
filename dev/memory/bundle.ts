/**
 * Loading a bundle: reads the add-on's real bundle (dist/Code.js) and its
 * manifest, compiles it once, runs it in a load context to learn its
 * top-level functions (and the service calls its top-level code makes), and
 * opens executions for the Addon facade (loadAddon.ts).
 *
 * Every call is one execution (runtime.ts): with the default isolation
 * `execution`, each gets a fresh vm context in which Code.js is run again as
 * a classic script, so — as in Apps Script — nothing an execution leaves in
 * global variables survives into the next one (the compiled script is
 * reused; a context costs about a millisecond). With isolation `shared` all
 * calls run in the one context made at load time.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { Book } from './model';
import { type Realm, contextRealm } from './realm';
import { type Execution, type ExecutionKind, Runtime, type UserInfo } from './runtime';
import type { InterleaveOptions } from './scheduler';
import { GLOBAL_NAMES, createGlobals } from './services';

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

/** An execution opened in its context (fresh, or the shared one with this execution's globals), and its closer. */
export interface OpenExecution {
  exec: Execution;
  context: vm.Context;
  close(): void;
}

/** A bundle loaded against a spreadsheet: its runtime, what loading it learned, and how to open executions. */
export interface Bundle {
  readonly codePath: string;
  readonly runtime: Runtime;
  /** The context the bundle was loaded into at load time. */
  readonly loadContext: vm.Context;
  readonly functions: readonly string[];
  readonly customFunctions: readonly string[];
  readonly loadCounts: Record<string, number>;
  open(kind: ExecutionKind, who: UserInfo, counted: boolean, authMode?: Execution['authMode']): OpenExecution;
  /** The bundle's top-level function `name` in a context, or an error naming the bundle. */
  lookup(context: vm.Context, name: string): (...args: unknown[]) => unknown;
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

/** An error thrown in an execution's realm, as an Error of the Node realm (the original as its cause). */
export function toNodeError(error: unknown): unknown {
  if (Object.prototype.toString.call(error) !== '[object Error]' || error instanceof Error) return error;
  const e = error as Error;
  const copy = Object.assign(new Error(e.message), { cause: error });
  copy.name = e.name;
  if (e.stack) copy.stack = e.stack;
  return copy;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Loads the bundle of `options` against `book`; its top-level code runs as `user`. */
export function loadBundle(options: LoadOptions, book: Book, user: UserInfo): Bundle {
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

  function open(kind: ExecutionKind, who: UserInfo, counted: boolean, authMode: Execution['authMode'] = 'FULL'): OpenExecution {
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
          GLOBAL_NAMES.forEach((n, i) => {
            (loadContext as Record<string, unknown>)[n] = saved[i];
          });
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
    const own = IDENTIFIER.test(name) && Object.hasOwn(context, name);
    const fn = own ? (context as Record<string, unknown>)[name] : undefined;
    if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of ${codePath}`);
    return fn as (...args: unknown[]) => unknown;
  }

  return { codePath, runtime, loadContext, functions, customFunctions, loadCounts, open, lookup };
}
