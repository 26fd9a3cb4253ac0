/**
 * Ties each dialog server call to its ServerApi signature (src/app/api.ts),
 * which the dialogs call through google.script.run: the function an entry
 * point runs, and its parameter names (the generated top-level function's
 * parameters), cannot drift from what the dialogs send and expect.
 */
import type { EntryPoint } from '../kernel/sheets/entry';
import type { ServerApi } from './api';

/** A type-only mark: an entry point made by serverCall for ServerApi[K]. */
declare const serves: unique symbol;

export type ServerEntry<K extends keyof ServerApi> = EntryPoint & { readonly name: K; readonly [serves]: K };

/** One name per parameter of the API function, so the top-level function passes every argument on. */
type ParamNames<F> = F extends (...args: infer A) => unknown ? { readonly [I in keyof A]: string } : never;

/** The entry point of the dialog server call `name`: `run` must be a ServerApi[name], `params` name each of its arguments. */
export function serverCall<K extends keyof ServerApi>(entry: {
  name: K;
  params: ParamNames<ServerApi[K]>;
  description: string;
  run: ServerApi[K];
}): ServerEntry<K> {
  return entry as unknown as ServerEntry<K>;
}

type Names<L> = L extends readonly [infer H, ...infer T] ? (H extends { name: infer N } ? N : never) | Names<T> : never;
type Served<L> = L extends readonly [infer H, ...infer T] ? (H extends ServerEntry<infer K> ? K : never) | Served<T> : never;
type Repeated<L> = L extends readonly [infer H, ...infer T] ? (H extends { name: infer N } ? (N extends Names<T> ? N : never) : never) | Repeated<T> : never;

/**
 * What a complete list of entry points satisfies: a list of known length in
 * which every ServerApi function is served by exactly one serverCall and no
 * name comes twice. A list that fails names the culprits in the compiler's
 * message (`unserved: "getFoo"`, `repeated: "onOpen"`).
 */
export type Complete<L extends readonly unknown[]> = number extends L['length']
  ? { spreadOnlyListsOfKnownLength: L }
  : [Exclude<keyof ServerApi, Served<L>>] extends [never]
    ? [Repeated<L>] extends [never]
      ? unknown
      : { repeated: Repeated<L> }
    : { unserved: Exclude<keyof ServerApi, Served<L>> };

/** The list as it is, once the compiler has found it complete (pass it `[…] as const`). */
export function completeEntryPoints<const L extends readonly EntryPoint[]>(list: L & Complete<L>): readonly EntryPoint[] {
  return list;
}
