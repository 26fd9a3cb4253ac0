/**
 * Session, Logger and console for one execution: the user is the execution's
 * (concurrent callers may be different users), the script's time zone is the
 * manifest's; log lines go to the runtime's `logs`.
 */
import { createHash } from 'node:crypto';
import { format } from 'node:util';
import { type Execution, expose } from './runtime';

class MemoryUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

class MemorySession {
  constructor(private readonly exec: Execution) {}

  getActiveUser(): GoogleAppsScript.Base.User {
    return expose(new MemoryUser(this.exec.user.email), 'User', this.exec) as unknown as GoogleAppsScript.Base.User;
  }

  /** For an add-on the effective user is the user who runs it. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return expose(new MemoryUser(this.exec.user.email), 'User', this.exec) as unknown as GoogleAppsScript.Base.User;
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
  const write = (level: string) => (...args: unknown[]) => exec.runtime.log(`${level === 'log' ? '' : `[${level}] `}${format(...args)}`);
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
}
