import type { Notation } from './locale';
import { parseNumberText } from './numbers';

/*
 * What a number or Date cell holds, NaN when it holds none: the one reading
 * of such cells, used by the per-cell readers of the custom functions
 * (functions/readers.ts, which turn NaN into an error naming the cell) and by
 * the fast range readers of big logs (days.ts, the bonus log), which test
 * `x !== x` instead of catching an error per row.
 */

const NAN = Number.NaN;
/** Date.prototype.getTime reads the time of a Date of any realm (a vm context, the Apps Script runtime), and throws for anything else. */
const getTime = Date.prototype.getTime;

/** A number cell, or text holding a number in the locale's notation (`1 250`, `-60`, `150 000 руб.`: SPEC §2.4); NaN otherwise. */
export function numberOf(cell: unknown, notation: Notation): number {
  if (typeof cell === 'number') return cell - cell === 0 ? cell : NAN;
  if (typeof cell === 'string') return parseNumberText(cell, notation) ?? NAN;
  return NAN;
}

/** The instant (ms since the epoch) a Date cell holds; NaN for an invalid Date and for anything that is not a Date. */
export function timeOf(cell: unknown): number {
  if (typeof cell !== 'object' || cell === null) return NAN;
  try {
    return getTime.call(cell as Date);
  } catch {
    return NAN;
  }
}
