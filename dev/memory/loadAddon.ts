/**
 * loadAddon: the add-on's real bundle (dist/Code.js) loaded against an
 * in-memory spreadsheet (bundle.ts), behind the Addon facade (addon.ts) whose
 * calls run its top-level functions as Apps Script would: one execution per
 * call, simple triggers with their event, concurrent executions through the
 * scheduler, custom-function sessions for the formula evaluator.
 *
 * Arguments are rebuilt in the execution's realm (arrays, Dates) and results
 * brought back into the Node realm, like test/helpers/bundle.ts does.
 */
import type { Addon, RunOptions, Settled, TriggerOptions } from './addon';
import { type LoadOptions, loadBundle, toNodeError } from './bundle';
import { bookOf } from './host';
import type { LockState } from './lockState';
import { nodeRealm } from './realm';
import type { Execution, UserInfo } from './runtime';
import { Scheduler } from './scheduler';
import { type Globals, createGlobals } from './services';
import { spreadsheetView } from './spreadsheet';

export { REPO_ROOT } from './bundle';

export function loadAddon(options: LoadOptions): Addon {
  const book = bookOf(options.spreadsheet);
  let user: UserInfo = { email: options.user ?? 'manager@example.com', locale: options.userLocale ?? book.locale.split(/[_-]/)[0] };
  const { runtime, loadContext, functions, customFunctions, loadCounts, open, lookup } = loadBundle(options, book, user);
  const scheduler = new Scheduler(options.interleave);
  runtime.beforeCall = () => scheduler.maybeInterleave();

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
        exec.realm.object(
          authMode === 'NONE'
            ? [['authMode', authMode]]
            : [
                ['authMode', authMode],
                ['source', spreadsheetView(exec, book)],
              ],
        ),
      ];
      return run(o, name, event, undefined, authMode);
    },
    callAsync: (name, ...args) => scheduler.enqueue((track) => run({}, name, args, track)),
    callAsyncAs: (o, name, ...args) => scheduler.enqueue((track) => run(o, name, args, track)),
    callConcurrently: (calls) =>
      Promise.all(
        calls.map((c) =>
          scheduler
            .enqueue((track) => run({ user: c.user, locale: c.locale }, c.name, c.args ?? [], track))
            .then(
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
