/**
 * The bundle's entry: esbuild wraps this module in an IIFE under the global
 * `IncentiveDesk`; the generated top-level functions of dist/Code.js call
 * `IncentiveDesk.run`. Nothing here may call an Apps Script service at load.
 */
import { type Lang, t } from './kernel/i18n';
import { callingFormula } from './kernel/sheets/callingCell';
import { UnknownTimeZone } from './kernel/values/zone';
import type { Output } from './kernel/functions/cells';
import { callContext } from './kernel/sheets/spreadsheet';
import { callError } from './kernel/functions/errors';
import { ENTRY_POINTS } from './app/entryPoints';
import { CUSTOM_FUNCTIONS, referenceMetadata } from './app/registry';

const byName = new Map(CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn]));

/** Runs a custom function on arguments as Sheets passes them. Every error it throws starts with the function's name. */
export function run(name: string, args: readonly unknown[]): Output {
  const fn = byName.get(name);
  if (!fn) throw new Error(`${name}: no such function`);
  let lang: Lang = 'en';
  try {
    const ctx = callContext();
    lang = ctx.lang;
    // The calling cell's formula is read only if the call fails, to name the sheet cell (SPEC §2.3).
    return fn.run(args, ctx, callingFormula);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith(`${name}: `)) throw error;
    // The spreadsheet's setting, not the add-on, is at fault: say so, as any other error of the call.
    if (error instanceof UnknownTimeZone) throw callError(name, error.text, lang);
    throw callError(name, t`internal error: ${message}`, lang);
  }
}

/** Function and rules-table metadata for the build's stub and documentation generators. */
export const { functions, rulesTables, words } = referenceMetadata();

const entries = new Map(ENTRY_POINTS.map((ep) => [ep.name, ep]));

/** Runs a trigger, menu item or dialog server function by name. */
export function entry(name: string, args: readonly unknown[]): unknown {
  const ep = entries.get(name);
  if (!ep) throw new Error(`${name}: no such entry point`);
  // What google.script.run hands the stub, unchecked: each server call reads its request as untrusted input.
  return (ep.run as (...args: readonly unknown[]) => unknown)(...args);
}

/** Entry-point metadata for the build's stub generator. */
export const entryPoints = ENTRY_POINTS.map(({ run: _run, ...doc }) => doc);

/** Every language's catalog, for the build: each dialog page gets the entries it uses. */
export { CATALOGS as catalogs } from './kernel/i18n';
