/**
 * Parses Sheets formulas into an expression tree (see ast below), with Sheets'
 * operator precedence, lowest first (Google follows the spreadsheet standard
 * here: `-2^2` is 4, `2^3^2` is 64):
 *
 *   comparison  = <> < > <= >=
 *   &           concatenation
 *   + -
 *   * /
 *   ^
 *   - +         unary signs
 *   %           postfix percent
 *
 * Operands: numbers (`12`, `1e3`, `.5`), strings (`"say ""hi"""`), TRUE and
 * FALSE, error values (`#N/A`), references (lex.ts), array literals
 * (`{1, 2; 3, 4}`, elements may be expressions and ranges), calls with empty
 * arguments (`FN(a, , c)`), parentheses, and other words (named ranges, which
 * the in-memory spreadsheet does not have: they evaluate to #NAME?).
 *
 * Text Sheets cannot parse — an unclosed bracket or string, two operands with
 * no operator between them (`+7 (495) 000-00-00` typed as a phone number),
 * `;` between arguments — is a `syntax` error. Text that does not start with
 * `=` is no formula.
 *
 * For a formula that is one call with plain arguments (references, numbers,
 * strings, booleans, empty), `call` also gives the call in its simple form.
 */
import type { Area } from '../memory/a1';
import { type ErrorCode, Lexer, type Token } from './lex';

export type BinaryOp = '=' | '<>' | '<' | '>' | '<=' | '>=' | '&' | '+' | '-' | '*' | '/' | '^';

export type Expr =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; code: ErrorCode }
  | { type: 'ref'; sheet?: string; area: Area; text: string }
  | { type: 'name'; name: string }
  /** An argument left empty: `FN(a, , c)`. */
  | { type: 'empty' }
  | { type: 'array'; rows: Expr[][] }
  | { type: 'unary'; op: '-' | '+'; operand: Expr }
  | { type: 'percent'; operand: Expr }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  /** `id` numbers the calls of one formula in reading order (the evaluator's cache of custom-function calls uses it). */
  | { type: 'call'; name: string; args: Expr[]; id: number };

export type Arg =
  | { kind: 'ref'; sheet?: string; area: Area; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'empty' };

export interface Call {
  /** The function's name, upper-cased as Sheets shows it. */
  name: string;
  args: Arg[];
}

export type Parsed =
  | { kind: 'call'; call: Call; expr: Expr }
  | { kind: 'expr'; expr: Expr }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'syntax'; error: string };

export const PARSE_ERROR = 'Formula parse error.';

const COMPARISONS = ['=', '<>', '<', '>', '<=', '>='];

export function parseFormula(formula: string): Parsed {
  if (!formula.startsWith('=')) return { kind: 'unsupported', reason: 'not a formula' };
  let expr: Expr;
  try {
    expr = new Parser(formula.slice(1)).formula();
  } catch (error) {
    if (error instanceof SyntaxError) return { kind: 'syntax', error: PARSE_ERROR };
    throw error;
  }
  const call = simpleCall(expr);
  return call ? { kind: 'call', call, expr } : { kind: 'expr', expr };
}

/** Every reference in an expression (what the formula may read). */
export function refsOf(expr: Expr, out: Extract<Expr, { type: 'ref' }>[] = []): Extract<Expr, { type: 'ref' }>[] {
  if (expr.type === 'ref') out.push(expr);
  else if (expr.type === 'unary' || expr.type === 'percent') refsOf(expr.operand, out);
  else if (expr.type === 'binary') {
    refsOf(expr.left, out);
    refsOf(expr.right, out);
  } else if (expr.type === 'call') for (const a of expr.args) refsOf(a, out);
  else if (expr.type === 'array') for (const row of expr.rows) for (const e of row) refsOf(e, out);
  return out;
}

/** The names of the functions an expression calls. */
export function functionsOf(expr: Expr, out = new Set<string>()): Set<string> {
  if (expr.type === 'call') {
    out.add(expr.name);
    for (const a of expr.args) functionsOf(a, out);
  } else if (expr.type === 'unary' || expr.type === 'percent') functionsOf(expr.operand, out);
  else if (expr.type === 'binary') {
    functionsOf(expr.left, out);
    functionsOf(expr.right, out);
  } else if (expr.type === 'array') for (const row of expr.rows) for (const e of row) functionsOf(e, out);
  return out;
}

/** The number a literal (with signs and percent signs) stands for, if it is one. */
function literalNumber(expr: Expr): number | undefined {
  if (expr.type === 'number') return expr.value;
  if (expr.type === 'unary') {
    const n = literalNumber(expr.operand);
    return n === undefined ? undefined : expr.op === '-' ? -n : n;
  }
  if (expr.type === 'percent') {
    const n = literalNumber(expr.operand);
    return n === undefined ? undefined : n / 100;
  }
  return undefined;
}

function simpleCall(expr: Expr): Call | undefined {
  if (expr.type !== 'call') return undefined;
  const args: Arg[] = [];
  for (const arg of expr.args) {
    const n = literalNumber(arg);
    if (n !== undefined) args.push({ kind: 'number', value: n });
    else if (arg.type === 'ref')
      args.push(arg.sheet === undefined ? { kind: 'ref', area: arg.area, text: arg.text } : { kind: 'ref', sheet: arg.sheet, area: arg.area, text: arg.text });
    else if (arg.type === 'string' || arg.type === 'boolean') args.push({ kind: arg.type, value: arg.value } as Arg);
    else if (arg.type === 'empty') args.push({ kind: 'empty' });
    else return undefined;
  }
  return { name: expr.name, args };
}

class Parser {
  private readonly lexer: Lexer;
  private token: Token;
  private calls = 0;

  constructor(text: string) {
    this.lexer = new Lexer(text);
    this.token = this.lexer.next();
  }

  formula(): Expr {
    if (this.token.kind === 'end') throw new SyntaxError('empty formula');
    const expr = this.comparison();
    if (!this.atEnd()) throw new SyntaxError('two operands with no operator between them');
    return expr;
  }

  private atEnd(): boolean {
    return this.token.kind === 'end';
  }

  private advance(): Token {
    const t = this.token;
    this.token = this.lexer.next();
    return t;
  }

  private isOp(...ops: string[]): string | undefined {
    return this.token.kind === 'op' && ops.includes(this.token.op) ? this.token.op : undefined;
  }

  private expectOp(op: string): void {
    if (!this.isOp(op)) throw new SyntaxError(`expected ${op}`);
    this.advance();
  }

  private binary(next: () => Expr, ops: string[]): Expr {
    let left = next();
    for (let op = this.isOp(...ops); op; op = this.isOp(...ops)) {
      this.advance();
      left = { type: 'binary', op: op as BinaryOp, left, right: next() };
    }
    return left;
  }

  private comparison = (): Expr => this.binary(this.concat, COMPARISONS);
  private concat = (): Expr => this.binary(this.additive, ['&']);
  private additive = (): Expr => this.binary(this.multiplicative, ['+', '-']);
  private multiplicative = (): Expr => this.binary(this.power, ['*', '/']);
  private power = (): Expr => this.binary(this.unary, ['^']);

  private unary = (): Expr => {
    const op = this.isOp('-', '+');
    if (!op) return this.postfix();
    this.advance();
    return { type: 'unary', op: op as '-' | '+', operand: this.unary() };
  };

  private postfix(): Expr {
    let expr = this.primary();
    while (this.isOp('%')) {
      this.advance();
      expr = { type: 'percent', operand: expr };
    }
    return expr;
  }

  private primary(): Expr {
    const t = this.advance();
    switch (t.kind) {
      case 'number':
      case 'string':
        return { type: t.kind, value: t.value } as Expr;
      case 'error':
        return { type: 'error', code: t.code };
      case 'ref':
        return t.sheet === undefined ? { type: 'ref', area: t.area, text: t.text } : { type: 'ref', sheet: t.sheet, area: t.area, text: t.text };
      case 'word': {
        const upper = t.text.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { type: 'boolean', value: upper === 'TRUE' };
        return { type: 'name', name: t.text };
      }
      case 'function':
        return this.call(t.name);
      case 'op':
        if (t.op === '(') {
          const inner = this.comparison();
          this.expectOp(')');
          return inner;
        }
        if (t.op === '{') return this.arrayLiteral();
        throw new SyntaxError(`unexpected ${t.op}`);
      default:
        throw new SyntaxError('unexpected end of formula');
    }
  }

  /** The arguments after the name, `(` to `)`; an argument may be left empty. */
  private call(name: string): Expr {
    const id = this.calls++;
    this.expectOp('(');
    const args: Expr[] = [];
    if (this.isOp(')')) {
      this.advance();
      return { type: 'call', name, args, id };
    }
    for (;;) {
      args.push(this.isOp(',', ')') ? { type: 'empty' } : this.comparison());
      const sep = this.isOp(',', ')');
      if (!sep) throw new SyntaxError('expected , or )');
      this.advance();
      if (sep === ')') return { type: 'call', name, args, id };
    }
  }

  /** `{a, b; c, d}` after the `{`: `,` separates columns, `;` rows. */
  private arrayLiteral(): Expr {
    const rows: Expr[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.comparison());
      const sep = this.isOp(',', ';', '}');
      if (!sep) throw new SyntaxError('expected , ; or }');
      this.advance();
      if (sep === '}') return { type: 'array', rows };
      if (sep === ';') rows.push([]);
    }
  }
}
