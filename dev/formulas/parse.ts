/**
 * Parses the formulas the in-memory runtime evaluates: one call of a function
 * over plain arguments, `=FN(arg, …)`, where an argument is
 * - a reference: a cell `B1` / `$B$1`, a range `A2:D5`, an open-ended range
 *   `D2:D`, whole columns `A:C`, each optionally on another sheet:
 *   `Deals!A1:H`, `'Партнёры'!A2:A`;
 * - a number `12`, `-3.5`, `1e3`, `50%`; a string `"text"` (`""` is a quote);
 *   `TRUE` / `FALSE`; or nothing (`FN(A1,,B1)`).
 * Anything else — operators, nested calls, array literals — is valid in
 * Sheets but not evaluated here: `unsupported`. Text that Sheets could not
 * parse at all (an unclosed bracket or string) is a `syntax` error.
 */
import { type Area, parseArea } from '../memory/a1';

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

export type Parsed = { kind: 'call'; call: Call } | { kind: 'unsupported'; reason: string; name?: string } | { kind: 'syntax'; error: string };

export const PARSE_ERROR = 'Formula parse error.';

class Unsupported extends Error {}

/** Whether the text is well formed: strings and quoted names closed, brackets balanced. */
function lexicallyValid(text: string): boolean {
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return false;
        if (text[j] === ch) {
          if (text[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      i = j;
    } else if (ch === '(' || ch === '{') stack.push(ch === '(' ? ')' : '}');
    else if (ch === ')' || ch === '}') {
      if (stack.pop() !== ch) return false;
    }
  }
  return stack.length === 0;
}

const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const NAME = /^[\p{L}_$\\][\p{L}\p{N}_.$!:\\]*/u;

/**
 * Whether two operands meet with no operator between them, which Sheets
 * cannot parse (it has no intersection operator): `+7 (495) 000-00-00` typed
 * as a phone number (`7` then `(495)`), `A1 B1`, `'Deals'A1`. A name followed
 * by `(` is a call, spaces between allowed. Assumes lexicallyValid.
 */
function operandsMeet(text: string): boolean {
  let afterOperand = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    let starts = false;
    let ends = false;
    let length = 1;
    if (ch === '"' || ch === "'") {
      length = 1;
      while (!(rest[length] === ch && rest[length + 1] !== ch)) length += rest[length] === ch ? 2 : 1;
      length += 1;
      // A quoted sheet name takes its `!A1:B2`.
      if (ch === "'" && rest[length] === '!') length += 1 + (/^[\p{L}\p{N}_.$:]*/u.exec(rest.slice(length + 1))?.[0].length ?? 0);
      starts = ends = true;
    } else if (NUMBER.test(rest)) {
      length = NUMBER.exec(rest)![0].length;
      starts = ends = true;
    } else if (NAME.test(rest)) {
      length = NAME.exec(rest)![0].length;
      const call = /^\s*\(/.exec(rest.slice(length));
      starts = true;
      if (call) length += call[0].length;
      else ends = true;
    } else if (ch === '(' || ch === '{') starts = true;
    else if (ch === ')' || ch === '}' || ch === '%') ends = true;
    if (afterOperand && starts) return true;
    afterOperand = ends;
    i += length;
  }
  return false;
}

export function parseFormula(formula: string): Parsed {
  if (!formula.startsWith('=')) return { kind: 'unsupported', reason: 'not a formula' };
  const body = formula.slice(1);
  if (body.trim() === '' || !lexicallyValid(body) || operandsMeet(body)) return { kind: 'syntax', error: PARSE_ERROR };
  const head = /^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(body);
  if (!head) return { kind: 'unsupported', reason: 'only a call of one function is evaluated' };
  const name = head[1].toUpperCase();
  const p = new Parser(body, head[0].length);
  try {
    const args = p.args();
    p.skipSpaces();
    if (!p.atEnd()) throw new Unsupported('operators after the call are not evaluated');
    return { kind: 'call', call: { name, args } };
  } catch (error) {
    if (error instanceof Unsupported) return { kind: 'unsupported', reason: error.message, name };
    return { kind: 'syntax', error: PARSE_ERROR };
  }
}

class Parser {
  constructor(
    private readonly text: string,
    private i: number,
  ) {}

  atEnd(): boolean {
    return this.i >= this.text.length;
  }

  skipSpaces(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i += 1;
  }

  private peek(): string {
    return this.text[this.i] ?? '';
  }

  /** The arguments after `(`, up to and including `)`. */
  args(): Arg[] {
    const out: Arg[] = [];
    this.skipSpaces();
    if (this.peek() === ')') {
      this.i += 1;
      return out;
    }
    for (;;) {
      out.push(this.arg());
      this.skipSpaces();
      const ch = this.peek();
      this.i += 1;
      if (ch === ')') return out;
      if (ch !== ',') throw ch === ';' ? new SyntaxError('";" separates arguments only in the UI of some locales') : new Unsupported('operators inside arguments are not evaluated');
    }
  }

  private arg(): Arg {
    this.skipSpaces();
    const ch = this.peek();
    if (ch === ',' || ch === ')') return { kind: 'empty' };
    if (ch === '"') return { kind: 'string', value: this.string() };
    if (ch === '{') throw new Unsupported('array literals are not evaluated');
    const num = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?(%)?(?![\w.:!$])/.exec(this.text.slice(this.i));
    if (num) {
      this.i += num[0].length;
      const value = Number(num[0].replace('%', ''));
      return { kind: 'number', value: num[3] ? value / 100 : value };
    }
    const bool = /^(TRUE|FALSE)(?![\w.!:(])/i.exec(this.text.slice(this.i));
    if (bool) {
      this.i += bool[0].length;
      return { kind: 'boolean', value: bool[1].toUpperCase() === 'TRUE' };
    }
    return this.ref();
  }

  private string(): string {
    let value = '';
    this.i += 1;
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined) throw new SyntaxError('unterminated string');
      if (ch === '"') {
        if (this.text[this.i + 1] === '"') {
          value += '"';
          this.i += 2;
          continue;
        }
        this.i += 1;
        return value;
      }
      value += ch;
      this.i += 1;
    }
  }

  private ref(): Arg {
    const start = this.i;
    let sheet: string | undefined;
    if (this.peek() === "'") {
      let name = '';
      this.i += 1;
      for (;;) {
        const ch = this.text[this.i];
        if (ch === undefined) throw new SyntaxError('unterminated sheet name');
        if (ch === "'") {
          if (this.text[this.i + 1] === "'") {
            name += "'";
            this.i += 2;
            continue;
          }
          this.i += 1;
          break;
        }
        name += ch;
        this.i += 1;
      }
      if (this.peek() !== '!') throw new SyntaxError('a quoted sheet name must be followed by !');
      this.i += 1;
      sheet = name;
    } else {
      const word = /^[\p{L}\p{N}_.]+(?=!)/u.exec(this.text.slice(this.i));
      if (word) {
        sheet = word[0];
        this.i += word[0].length + 1;
      }
    }
    const areaText = /^[$A-Za-z0-9:]+/.exec(this.text.slice(this.i));
    if (!areaText) throw new Unsupported('only references, numbers, strings and TRUE/FALSE are evaluated as arguments');
    this.i += areaText[0].length;
    this.skipSpaces();
    if (this.peek() === '(') throw new Unsupported('nested function calls are not evaluated');
    const area = parseArea(areaText[0]);
    if (!area) throw new Unsupported(`not a reference: ${areaText[0]}`);
    const text = this.text.slice(start, this.i).trim();
    return sheet === undefined ? { kind: 'ref', area, text } : { kind: 'ref', sheet, area, text };
  }
}
