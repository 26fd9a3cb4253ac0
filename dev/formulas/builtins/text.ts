/**
 * LEN, TRIM, LOWER, UPPER, CONCATENATE. Numbers read as text as Sheets
 * writes them (up to 15 significant digits), dates as their serial numbers.
 *   LEN   https://support.google.com/docs/answer/3094081
 *   TRIM  https://support.google.com/docs/answer/3094140 (leading, trailing
 *         and repeated spaces)
 *   LOWER https://support.google.com/docs/answer/3094063, UPPER /3094219
 */
import { type Builtin, ALL } from '../context';
import { asMatrix } from '../matrix';
import { FormulaError, type Scalar, toText } from '../values';

function textFn(fn: (text: string) => Scalar): Builtin {
  return { min: 1, max: 1, scalar: ALL, fn: ([v], ctx) => fn(toText(v as Scalar, ctx)) };
}

export const TEXT: Record<string, Builtin> = {
  LEN: textFn((t) => t.length),
  TRIM: textFn((t) => t.replace(/ {2,}/g, ' ').replace(/^ | $/g, '')),
  LOWER: textFn((t) => t.toLowerCase()),
  UPPER: textFn((t) => t.toUpperCase()),
  CONCATENATE: {
    min: 1,
    max: Infinity,
    fn: (args, ctx) => {
      let out = '';
      for (const arg of args) {
        for (const x of asMatrix(arg).values()) {
          if (x instanceof FormulaError) return x;
          out += toText(x, ctx);
        }
      }
      return out;
    },
  },
};
