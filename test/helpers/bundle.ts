import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const CODE_PATH = join(__dirname, '../../dist/Code.js');

export interface SpreadsheetStub {
  timeZone?: string;
  locale?: string;
}

export interface Bundle {
  context: vm.Context;
  /** Calls a top-level function of dist/Code.js as Sheets does: arguments rebuilt inside the script's realm. */
  call(name: string, ...args: unknown[]): any;
  /** Like `call`, but returns the thrown error's message (and fails when nothing is thrown). */
  error(name: string, ...args: unknown[]): string;
  /** Service calls made so far, by method name. */
  serviceCalls: Record<string, number>;
}

/**
 * Loads dist/Code.js as Apps Script does: one classic script in a fresh
 * context. With `spreadsheet`, a stub SpreadsheetApp reports that locale and
 * time zone; without it the context has no Apps Script services at all.
 */
export function loadBundle(spreadsheet?: SpreadsheetStub): Bundle {
  const serviceCalls: Record<string, number> = {};
  /** Counts one call of `name` and gives what the stub returns. */
  const count = <T>(name: string, result: T): T => {
    serviceCalls[name] = (serviceCalls[name] ?? 0) + 1;
    return result;
  };
  const globals: Record<string, unknown> = {};
  if (spreadsheet) {
    const active = {
      getSpreadsheetTimeZone: () => count('getSpreadsheetTimeZone', spreadsheet.timeZone ?? 'Europe/Moscow'),
      getSpreadsheetLocale: () => count('getSpreadsheetLocale', spreadsheet.locale ?? 'en_US'),
    };
    globals.SpreadsheetApp = { getActive: () => count('getActive', active) };
  }
  const context = vm.createContext(globals);
  vm.runInContext(readFileSync(CODE_PATH, 'utf8'), context, { filename: 'Code.js' });
  const intoRealm = vm.runInContext(
    `(function intoRealm(v) {
       if (Array.isArray(v)) return v.map(intoRealm);
       if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
       return v;
     })`,
    context,
  ) as (v: unknown) => unknown;
  const call = (name: string, ...args: unknown[]) => {
    // `name` is a top-level function's name, or an expression that evaluates to a function.
    const fn = vm.runInContext(name, context) as (...a: unknown[]) => unknown;
    return outOfRealm(fn(...args.map(intoRealm)));
  };
  return {
    context,
    serviceCalls,
    call,
    error(name, ...args) {
      try {
        call(name, ...args);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`${name} did not throw`);
    },
  };
}

/** Results back in the test's realm, so that toEqual compares plain arrays and Dates. */
function outOfRealm(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(outOfRealm);
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
  return v;
}

/** A column range as Sheets passes it: [[a], [b], …]. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** The instant of an ISO text with an explicit offset, e.g. midnight in Tokyo: `at('2026-01-31T00:00+09:00')`. */
export function at(iso: string): Date {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`bad test date ${iso}`);
  return d;
}
