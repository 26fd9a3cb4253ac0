/**
 * Executions and the service-call choke point.
 *
 * Apps Script runs every server call (a menu item, a `google.script.run`
 * call, a custom-function recalculation) as a separate *execution*: its own
 * globals, its own user, its own locks. Here an Execution is the same idea:
 * every service object handed to the add-on is a view bound to one
 * execution, made in that execution's realm, and every method call on it goes
 * through `Runtime.enter`, which
 * - counts it as `Class.method` (unless the execution is not counted: the
 *   formula evaluator's),
 * - refuses what a custom function may not do (writes, UI),
 * - and lets the scheduler start another pending execution there
 *   (see scheduler.ts), which is how concurrent callers are interleaved.
 */
import { Counter } from './counters';
import { MESSAGES, ServiceError } from './errors';
import { LockState } from './lockState';
import type { Book, SheetData } from './model';
import type { Realm } from './realm';
import { UiRecorder } from './ui';

/** `server`: a call from a dialog, menu or test; `custom-function`: a formula; `host`: the test's or the preview's own handle. */
export type ExecutionKind = 'server' | 'custom-function' | 'host';

export interface UserInfo {
  email: string;
  /** What Session.getActiveUserLocale() returns, e.g. `en` or `ru`. */
  locale: string;
}

export class Execution {
  readonly heldLocks = new Set<LockState>();
  ended = false;
  /** Whether it changed anything yet (sheets, properties, cache, UI): a retried execution must not have. */
  wrote = false;
  /** Run by the scheduler, which can run it again later (see lock.ts). */
  retriable = false;
  /** A lock it asked for while another suspended execution held it: the scheduler reruns it once the lock is free. */
  waitFor: LockState | null = null;
  /** How many times it was refused a lock. */
  refusals = 0;
  /** How the execution was authorised: a simple onOpen trigger of an add-on may run in AuthMode.NONE. */
  authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL';
  /**
   * The cell whose formula is being computed, while a custom function runs:
   * in Sheets it is then the active range (and its sheet the active sheet).
   * No user selection is modelled, so elsewhere there is no active range.
   */
  callingCell: { sheet: SheetData; row: number; col: number } | null = null;

  constructor(
    readonly runtime: Runtime,
    readonly id: number,
    readonly kind: ExecutionKind,
    readonly user: UserInfo,
    readonly realm: Realm,
    readonly counted: boolean,
  ) {}

  get label(): string {
    return `${this.kind} execution #${this.id} (${this.user.email})`;
  }
}

export interface RuntimeOptions {
  /**
   * What a queued execution does when it asks, with a timeout, for a lock a
   * suspended execution holds: `wait` (default) — it is run again once the
   * lock is free, as if it had waited; `fail` — the wait times out at once.
   */
  contention?: 'wait' | 'fail';
  /** Session.getScriptTimeZone(); default: the manifest's. */
  scriptTimeZone?: string;
  /** Where HtmlService finds `<name>.html`; default `dist`. */
  htmlDir?: string;
  /** Also print Logger and console output. */
  echo?: boolean;
  /**
   * The manifest's `oauthScopes`: the scopes the user granted. Undefined (no
   * list in the manifest) means Apps Script inferred them from the code, so
   * every call is authorised; with a list, a call whose scope is missing
   * fails as on Google (session.ts).
   */
  oauthScopes?: readonly string[];
}

/** One add-on installation's state over one spreadsheet: counts, UI, script and user properties, locks. */
export class Runtime {
  readonly counter = new Counter();
  readonly ui = new UiRecorder();
  readonly scriptProperties = new Map<string, string>();
  readonly scriptLock = new LockState('script', 'script');
  readonly logs: string[] = [];
  readonly scriptTimeZone: string;
  readonly htmlDir: string;
  readonly echo: boolean;
  readonly contention: 'wait' | 'fail';
  /** The scopes granted (RuntimeOptions.oauthScopes); undefined: all that the code needs. */
  readonly oauthScopes: ReadonlySet<string> | undefined;
  /** Called before every service call of a server execution; the scheduler interleaves executions here. */
  beforeCall: ((exec: Execution, name: string) => void) | undefined;
  private readonly userProps = new Map<string, Map<string, string>>();
  private readonly userLocks = new Map<string, LockState>();
  private nextId = 1;

  constructor(
    readonly book: Book,
    options: RuntimeOptions = {},
  ) {
    this.scriptTimeZone = options.scriptTimeZone ?? 'Europe/Moscow';
    this.htmlDir = options.htmlDir ?? 'dist';
    this.echo = options.echo ?? false;
    this.contention = options.contention ?? 'wait';
    this.oauthScopes = options.oauthScopes ? new Set(options.oauthScopes) : undefined;
  }

  /** Whether the manifest grants a scope (always, when it lists none). */
  granted(scope: string): boolean {
    return this.oauthScopes === undefined || this.oauthScopes.has(scope);
  }

  begin(kind: ExecutionKind, user: UserInfo, realm: Realm, counted = true): Execution {
    return new Execution(this, this.nextId++, kind, user, realm, counted);
  }

  /** Ends an execution: like Apps Script, any lock it still holds is released (and counted as leaked). */
  end(exec: Execution): void {
    for (const lock of exec.heldLocks) {
      if (lock.holder === exec) {
        lock.holder = null;
        lock.leaked += 1;
      }
    }
    exec.heldLocks.clear();
    exec.ended = true;
  }

  userLock(email: string): LockState {
    let lock = this.userLocks.get(email);
    if (!lock) this.userLocks.set(email, (lock = new LockState('user', `user ${email}`)));
    return lock;
  }

  /** Every lock of this installation: the document's, the script's, and each user's. */
  locks(): LockState[] {
    return [this.book.documentLock, this.scriptLock, ...this.userLocks.values()];
  }

  userProperties(email: string): Map<string, string> {
    let props = this.userProps.get(email);
    if (!props) this.userProps.set(email, (props = new Map()));
    return props;
  }

  log(line: string): void {
    this.logs.push(line);
    if (this.echo) console.log(line);
  }

  /** Every service call passes here before it runs. */
  enter(exec: Execution, cls: string, method: string): void {
    const name = `${cls}.${method}`;
    if (exec.counted) this.counter.add(name);
    if (exec.kind === 'custom-function') checkCustomFunction(cls, method);
    if (exec.authMode === 'NONE') checkAuthNone(cls, method);
    if (!exec.wrote && isWrite(cls, method)) exec.wrote = true;
    if (exec.kind === 'server' && this.beforeCall) this.beforeCall(exec, name);
  }
}

/** Whether a call changes something another execution (or the user) could see. */
export function isWrite(cls: string, method: string): boolean {
  switch (cls) {
    case 'Spreadsheet':
    case 'Sheet':
    case 'Range':
      return !/^(get|is|has|offset)/.test(method);
    case 'Properties':
      return /^(set|delete)/.test(method);
    case 'Cache':
      return /^(put|remove)/.test(method);
    case 'Ui':
      return /^(show|alert|prompt)/.test(method);
    case 'Menu':
      return method === 'addToUi';
    default:
      return false;
  }
}

/**
 * In AuthMode.NONE (an add-on's onOpen before the user enabled it in this
 * document) a script may build menus and use services that need no
 * authorisation, but not open the document, properties, locks, caches or
 * dialogs.
 */
function checkAuthNone(cls: string, method: string): void {
  const allowed =
    (cls === 'SpreadsheetApp' && (method === 'getUi' || method === 'newDataValidation')) ||
    (cls === 'Ui' && (method === 'createAddonMenu' || method === 'createMenu')) ||
    cls === 'Menu' ||
    cls === 'Session' ||
    cls === 'User' ||
    cls === 'Utilities' ||
    cls === 'Logger' ||
    cls === 'ScriptApp' ||
    cls === 'HtmlService' ||
    cls === 'HtmlOutput' ||
    cls === 'HtmlTemplate';
  if (!allowed) throw new ServiceError(`${MESSAGES.noPermission(`${cls}.${method}`)} in AuthMode.NONE`);
}

/** Custom functions may read the spreadsheet but not change it, and may not open UI (as in Sheets). */
function checkCustomFunction(cls: string, method: string): void {
  if (cls === 'Ui' || cls === 'Menu' || (cls === 'SpreadsheetApp' && method === 'getUi')) {
    throw new ServiceError('Cannot call SpreadsheetApp.getUi() from this context.');
  }
  if ((cls === 'Spreadsheet' || cls === 'Sheet' || cls === 'Range') && !/^(get|is|has|offset)/.test(method)) {
    throw new ServiceError(MESSAGES.noPermission(method));
  }
}

const targets = new WeakMap<object, object>();

/** Names that look like an Apps Script method: a call to one the fake lacks says so instead of "is not a function". */
const METHOD_LIKE =
  /^(get|set|insert|delete|clear|add|remove|create|new|copy|show|hide|is|has|auto|protect|sort|activate|merge|apply|move|expand|find|open|try|wait|release|update|append|check|uncheck|trim|break|collapse|shift|randomize|flush)([A-Z0-9]|$)/;

/**
 * The object the add-on sees: every method call goes through `Runtime.enter`,
 * results are adopted into the execution's realm, service errors become
 * errors of that realm, and a method that returns its own object returns the
 * view (so chained calls are counted too).
 */
export function expose<T extends object>(target: T, cls: string, exec: Execution): T {
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      const v = Reflect.get(t, prop) as unknown;
      if (typeof prop !== 'string' || prop === 'constructor') return v;
      if (typeof v === 'function') {
        return (...args: unknown[]) => {
          exec.runtime.enter(exec, cls, prop);
          let result: unknown;
          try {
            result = (v as (...a: unknown[]) => unknown).apply(t, args);
          } catch (error) {
            if (error instanceof ServiceError) throw exec.realm.error(error.message);
            throw error;
          }
          return result === t ? proxy : exec.realm.adopt(result);
        };
      }
      if (v === undefined && !(prop in t) && METHOD_LIKE.test(prop)) {
        return () => {
          throw exec.realm.error(`${cls}.${prop} is not implemented by the in-memory spreadsheet (dev/memory)`);
        };
      }
      return v;
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The object behind a view (or the object itself). */
export function unwrap<T>(value: T): T {
  return (value !== null && typeof value === 'object' && (targets.get(value) as T | undefined)) || value;
}
