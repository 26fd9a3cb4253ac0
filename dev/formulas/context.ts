/**
 * What evaluating one formula knows: its cell, the spreadsheet's settings,
 * whether it is inside ARRAYFORMULA, and the shape of a built-in function.
 */
import type { Rect } from '../memory/a1';
import type { Book, SheetData } from '../memory/model';
import { intersect } from './matrix';
import type { Expr } from './parse';
import { type FormulaError, Matrix, type Settings, type Value } from './values';

export interface Context extends Settings {
  book: Book;
  /** The formula's cell. */
  sheet: SheetData;
  row: number;
  col: number;
  /** What the formula spilled last time (its own cell at least): reading it is a circular reference. */
  output: Rect;
  /** Inside ARRAYFORMULA (or an argument Sheets evaluates as an array, such as FILTER's conditions). */
  array: boolean;
  /** Calls the add-on's custom function of a call node with these argument values (cached by the caller). */
  callCustom(call: Extract<Expr, { type: 'call' }>, args: unknown[]): Value;
  isCustom(name: string): boolean;
}

/** An argument not yet evaluated: lazy functions (IF, IFERROR…) evaluate only what they need. */
export type Thunk = () => Value;

export interface Builtin {
  min: number;
  /** Most arguments (Infinity: repeatable). */
  max: number;
  /**
   * Whether parameter i takes one value: inside ARRAYFORMULA the function is
   * applied to each element of an array given there; outside, a range given
   * there gives the cell in the formula's row or column.
   */
  scalar?: (i: number) => boolean;
  /** Evaluate every argument as an array even outside ARRAYFORMULA (FILTER, SUMPRODUCT). */
  arrays?: boolean;
  /** Whether the function sees error values given as single values (IFERROR, ISERROR…); else they are its result. */
  takesErrors?: boolean;
  fn?: (args: Value[], ctx: Context) => Value;
  /** For functions that evaluate only some of their arguments. */
  lazy?: (args: (Thunk | undefined)[], ctx: Context) => Value;
  /** For functions of a reference rather than its values (ROW): each argument's area, `undefined` for one that is no reference. */
  reference?: (areas: (Rect | FormulaError | undefined)[], ctx: Context) => Value;
}

export const ALL = (): boolean => true;
export const NONE = (): boolean => false;
export const only =
  (...indexes: number[]) =>
  (i: number): boolean =>
    indexes.includes(i);

/** A value where one value is needed: inside ARRAYFORMULA as it is (to be lifted), outside a range's cell in the formula's row or column. */
export function scalarize(v: Value, ctx: Context): Value {
  return ctx.array || !(v instanceof Matrix) ? v : intersect(v, ctx);
}
