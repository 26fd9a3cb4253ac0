import { InputError } from '../errors';
import { isEmpty, isRange } from './cells';
import type { CallContext } from './context';
import { type CustomFunction, type Param, range } from './define';
import type { Reader } from './readers';
import { type RulesTable, readRulesTable } from './rulesTable';

/*
 * A family whose other arguments are read in the light of its rules table
 * (SPEC §12): a tier name in a deal table is one of the vendor's tiers, a
 * log code one of its milestones. The kernel reads a call's arguments in
 * order, and `rules` comes last; `wrap` reads the table first, once per call,
 * and the readers of the other arguments (`reader`) use it. The `rules`
 * parameter then answers with the table already read, so it is read once.
 *
 * When the table cannot be read, the readers of the other arguments get no
 * table (`current()` is undefined; `reader` falls back to the seed's) and the
 * kernel's own reading of `rules` reports the error at its cell, as for any
 * argument. A range reader that runs before `rules` should not report errors
 * that depend on the table then: see `current()`.
 */

/** Read as the kernel reads an optional range argument: an empty cell, or one empty cell of a range, is omitted (SPEC §2.10). */
function omittedIfEmpty(value: unknown): unknown {
  if (isEmpty(value)) return undefined;
  if (isRange(value) && value.length === 1) {
    const row = value[0];
    const cells = Array.isArray(row) ? row : [row];
    if (cells.length === 1 && isEmpty(cells[0])) return undefined;
  }
  return value;
}

export interface RulesFirst<P> {
  /** The optional last parameter `rules`. */
  param(description: string): Param<P, 'range'>;
  /** A reader whose reading depends on the call's table (tier names among the vendor's tiers); the seed's table outside a wrapped call. */
  reader<T>(type: string, of: (program: P) => Reader<T>): Reader<T>;
  /** The running call's table; undefined when it cannot be read (the call then fails at `rules`). */
  current(): P | undefined;
  /** `fn` with its table (its last argument) read before its other arguments. */
  wrap(fn: CustomFunction): CustomFunction;
}

export function rulesFirst<P>(spec: RulesTable<P>): RulesFirst<P> {
  /** The running call: what it was given as `rules`, and the table read from it (undefined when that failed). */
  let call: { given: unknown; program: P | undefined } | undefined;
  return {
    param: (description) =>
      range(
        'rules',
        description,
        'Array<Array<string|number|boolean>>',
        (value, ctx: CallContext) => (call?.program !== undefined && value === call.given ? call.program : readRulesTable(spec, value, ctx)),
        { optional: true },
      ),
    reader<T>(type: string, of: (program: P) => Reader<T>): Reader<T> {
      let program: P | undefined;
      let reader: Reader<T> | undefined;
      return {
        type,
        read(cell, ctx) {
          const now = call?.program ?? spec.seed;
          if (now !== program || !reader) {
            program = now;
            reader = of(now);
          }
          return reader.read(cell, ctx);
        },
      };
    },
    current: () => (call ? call.program : spec.seed),
    wrap(fn) {
      const index = fn.params.length - 1;
      return {
        ...fn,
        run(args, ctx, formula) {
          const given = omittedIfEmpty(args[index]);
          let program: P | undefined;
          try {
            program = readRulesTable(spec, given, ctx);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            program = undefined;
          }
          const outer = call;
          call = { given, program };
          try {
            return fn.run(args, ctx, formula);
          } finally {
            call = outer;
          }
        },
      };
    },
  };
}
