/**
 * The Sheets functions the in-memory runtime evaluates, by upper-case name.
 * A function Sheets has but this list lacks leaves its formula unevaluated
 * (evaluate.ts); a name Sheets does not know is #NAME?.
 */
import type { Builtin } from '../context';
import { ARRAYS } from './arrays';
import { DATES } from './dates';
import { LOGIC } from './logic';
import { LOOKUP } from './lookup';
import { MATH } from './math';
import { TEXT } from './text';

export const BUILTINS: Readonly<Record<string, Builtin>> = { ...LOGIC, ...MATH, ...LOOKUP, ...ARRAYS, ...DATES, ...TEXT };
