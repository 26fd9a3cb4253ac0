/**
 * Session, Logger and console for one execution: the user is the execution's
 * (concurrent callers may be different users), the script's time zone is the
 * manifest's; log lines go to the runtime's `logs`.
 */
import { createHash } from 'node:crypto';
import { format } from 'node:util';
import { MESSAGES, ServiceError } from './errors';
import { type Execution, expose } from './runtime';

/**
 * The scope getActiveUser/getEffectiveUser need ("Authorization: Scripts that
 * use this method require authorization with … userinfo.email",
 * developers.google.com/apps-script/reference/base/session).
 */
export const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

class MemoryUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

class MemorySession {
  constructor(private readonly exec: Execution) {}

  /**
   * Without the scope in a manifest that lists its scopes, the call itself
   * throws: "Exception: You do not have permission to call
   * Session.getActiveUser. Required permissions:
   * https://www.googleapis.com/auth/userinfo.email", as reported in
   * github.com/hijonathan/google-scripts/issues/14,
   * github.com/Elijas/auto-youtube-subscription-playlist-2/issues/121 and
   * github.com/enuchi/React-Google-Apps-Script/issues/147. With it, the
   * e-mail is "" where Google withholds it: "the user's email address is not
   * available in any context that allows a script to run without that user's
   * authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom
   * function" (Session reference) — here a custom function and any execution
   * not in AuthMode.FULL.
   */
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.user('Session.getActiveUser');
  }

  /** For an add-on the effective user is the user who runs it; the same scope and rules. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.user('Session.getEffectiveUser');
  }

  private user(method: string): GoogleAppsScript.Base.User {
    if (!this.exec.runtime.granted(EMAIL_SCOPE)) throw new ServiceError(MESSAGES.missingScope(method, [EMAIL_SCOPE]));
    const email = this.exec.authMode === 'FULL' ? this.exec.user.email : '';
    return expose(new MemoryUser(email), 'User', this.exec) as unknown as GoogleAppsScript.Base.User;
  }

  getActiveUserLocale(): string {
    return this.exec.user.locale;
  }

  getScriptTimeZone(): string {
    return this.exec.runtime.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`key:${this.exec.user.email}`).digest('base64url').slice(0, 43);
  }
}

export function session(exec: Execution): GoogleAppsScript.Base.Session {
  return expose(new MemorySession(exec), 'Session', exec) as unknown as GoogleAppsScript.Base.Session;
}

class MemoryLogger {
  private readonly lines: string[] = [];

  constructor(private readonly exec: Execution) {}

  log(data: unknown, ...values: unknown[]): this {
    // Logger.log("a %s", x) formats like Java's String.format; Node's format covers %s/%d.
    const line = typeof data === 'string' && values.length > 0 ? format(data, ...values) : String(data);
    this.lines.push(line);
    this.exec.runtime.log(line);
    return this;
  }

  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this.lines.length = 0;
  }
}

export function logger(exec: Execution): GoogleAppsScript.Base.Logger {
  return expose(new MemoryLogger(exec), 'Logger', exec) as unknown as GoogleAppsScript.Base.Logger;
}

/** A console whose lines go to the runtime's logs (and to the terminal with `echo`). Not counted: console is no service. */
export function memoryConsole(exec: Execution): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const write =
    (level: string) =>
    (...args: unknown[]) =>
      exec.runtime.log(`${level === 'log' ? '' : `[${level}] `}${format(...args)}`);
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
}
