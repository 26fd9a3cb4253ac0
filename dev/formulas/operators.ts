/**
 * The operators on single values, as Sheets computes them (its messages name
 * the operator's function: ADD, MINUS, DIVIDE, EQ…). An error operand is the
 * result, the left one first. Arithmetic reads blanks as 0, TRUE as 1 and
 * numeric text as its number (values.ts toNumber); `&` reads everything as
 * text; comparisons follow values.ts compareValues. A date plus or minus a
 * number stays a date; a date minus a date is a number of days.
 */
import { isDate } from '../memory/values';
import type { BinaryOp } from './parse';
import { FormulaError, type Scalar, type Settings, compareValues, dateOf, toNumber, toText } from './values';

export const OPERATOR_NAMES: Record<BinaryOp | 'neg' | 'pos' | 'percent', string> = {
  '+': 'ADD',
  '-': 'MINUS',
  '*': 'MULTIPLY',
  '/': 'DIVIDE',
  '^': 'POW',
  '&': 'CONCAT',
  '=': 'EQ',
  '<>': 'NE',
  '<': 'LT',
  '>': 'GT',
  '<=': 'LTE',
  '>=': 'GTE',
  neg: 'UMINUS',
  pos: 'UPLUS',
  percent: 'UNARY_PERCENT',
};

function finite(n: number, name: string): number | FormulaError {
  return Number.isFinite(n) ? n : new FormulaError('#NUM!', `${name} produced a result that is not a finite number.`);
}

export function binaryOp(op: BinaryOp, a: Scalar, b: Scalar, s: Settings): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  const name = OPERATOR_NAMES[op];
  if (op === '&') return toText(a, s) + toText(b, s);
  if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
    const c = compareValues(a, b, s);
    return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
  }
  const x = toNumber(a, s, name, 1);
  if (x instanceof FormulaError) return x;
  const y = toNumber(b, s, name, 2);
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
    case '-': {
      const n = op === '+' ? x + y : x - y;
      // A date moved by days is a date; the days between two dates are a number.
      const dated = op === '+' ? isDate(a) !== isDate(b) : isDate(a) && !isDate(b);
      return dated && Number.isFinite(n) ? dateOf(n, s.timeZone) : finite(n, name);
    }
    case '*':
      return finite(x * y, name);
    case '/':
      if (y === 0) return new FormulaError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
      return finite(x / y, name);
    case '^':
      if (x === 0 && y < 0) return new FormulaError('#DIV/0!', 'Function POW parameter 1 cannot be zero when parameter 2 is negative.');
      if (x < 0 && !Number.isInteger(y)) return new FormulaError('#NUM!', 'Function POW parameter 1 cannot be negative when parameter 2 is not an integer.');
      return finite(x ** y, name);
  }
}

export function unaryOp(op: 'neg' | 'pos' | 'percent', a: Scalar, s: Settings): Scalar {
  if (a instanceof FormulaError) return a;
  // Unary plus leaves its operand as it is (`=+"abc"` is "abc").
  if (op === 'pos') return a;
  const x = toNumber(a, s, OPERATOR_NAMES[op], 1);
  if (x instanceof FormulaError) return x;
  return op === 'neg' ? 0 - x : x / 100;
}
