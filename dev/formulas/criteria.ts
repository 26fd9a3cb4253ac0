/**
 * The criteria of SUMIF(S) and COUNTIF(S), as Google documents them
 * (https://support.google.com/docs/answer/3093583, /3093480):
 * - a number, date or boolean matches cells equal to it;
 * - text may start with an operator `=`, `<>`, `<`, `>`, `<=`, `>=`; what
 *   follows is compared as a number when it reads as one (or as a date:
 *   `"<"&DATE(1969,7,20)` is `"<25404"`), else as text, case-insensitively;
 * - text compared for equality may hold wildcards: `?` one character, `*`
 *   any run, `~?` `~*` `~~` the character itself;
 * - `""` matches empty cells, `"="` only blank cells, `"<>"` cells that are
 *   not empty; `"<>x"` matches empty cells too.
 * Numbers only match numbers (and dates), text only text.
 */
import { isDate } from '../memory/values';
import { typedValue } from '../memory/typed';
import { FormulaError, type Scalar, type Settings, compareValues, serialOf } from './values';

export type Test = (cell: Scalar) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;

/** A wildcard pattern as a regular expression, case-insensitive. */
export function wildcard(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length && '*?~'.includes(pattern[i + 1])) {
      source += `\\${pattern[++i]}`;
    } else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

const isEmpty = (v: Scalar) => v === null || v === '';

function holds(op: string, c: number): boolean {
  switch (op) {
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '>=':
      return c >= 0;
    case '<>':
      return c !== 0;
    default:
      return c === 0;
  }
}

export function criterion(given: Scalar, s: Settings): Test | FormulaError {
  if (given instanceof FormulaError) return given;
  const numeric = (cell: Scalar): number | undefined => (typeof cell === 'number' ? cell : isDate(cell) ? serialOf(cell, s.timeZone) : undefined);
  if (given === null) return isEmpty;
  if (typeof given === 'number' || isDate(given)) {
    const n = numeric(given)!;
    return (cell) => {
      const x = numeric(cell);
      return x !== undefined && compareValues(x, n, s) === 0;
    };
  }
  if (typeof given === 'boolean') return (cell) => cell === given;
  const [, op = '', operand] = OPERATOR.exec(given)!;
  if (operand === '') {
    if (op === '') return isEmpty;
    if (op === '=') return (cell) => cell === null;
    if (op === '<>') return (cell) => !isEmpty(cell);
  }
  const typed = operand.trim() === '' ? undefined : typedValue(operand.trim(), { locale: s.locale, timeZone: s.timeZone });
  if (typeof typed === 'number' || isDate(typed)) {
    const n = typeof typed === 'number' ? typed : serialOf(typed, s.timeZone);
    return (cell) => {
      const x = numeric(cell);
      if (x === undefined) return op === '<>';
      return holds(op, compareValues(x, n, s));
    };
  }
  if (typeof typed === 'boolean') return (cell) => (typeof cell === 'boolean' ? holds(op, compareValues(cell, typed, s)) : op === '<>');
  if (op === '' || op === '=' || op === '<>') {
    const re = wildcard(operand);
    const matches = (cell: Scalar) => typeof cell === 'string' && re.test(cell);
    return op === '<>' ? (cell) => !matches(cell) : matches;
  }
  return (cell) => typeof cell === 'string' && holds(op, compareValues(cell, operand, s));
}
