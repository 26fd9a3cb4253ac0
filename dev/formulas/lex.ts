/**
 * The tokens of a Sheets formula (the text after `=`), in the en_US syntax
 * Apps Script reads and writes: `,` between arguments and array columns, `;`
 * between array rows, `.` as the decimal mark.
 *
 * A reference is one token, sheet name included: `B1`, `$B$1`, `A2:D5`,
 * `D2:D`, `A:C`, `2:4`, `Deals!A1:H`, `'Rules: partners'!A1:L6`. A word that
 * looks like a cell but is followed by `(` is a function (`LOG10(`). Anything
 * the lexer cannot read is a SyntaxError, which the parser reports as Sheets
 * does: `#ERROR!` with "Formula parse error.".
 */
import { type Area, parseArea } from '../memory/a1';

export const ERROR_CODES = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#ERROR!', '#NULL!'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'error'; code: ErrorCode }
  | { kind: 'ref'; sheet?: string; area: Area; text: string }
  /** A function name: the word before `(` (spaces between allowed), upper-cased. */
  | { kind: 'function'; name: string }
  /** Any other word: TRUE, FALSE, or a name (Sheets' named ranges, not modelled). */
  | { kind: 'word'; text: string }
  | { kind: 'op'; op: string }
  | { kind: 'end' };

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[\p{L}_][\p{L}\p{N}_.]*/u;
/** A sheet name without quotes, before `!`. */
const SHEET_WORD = /^[\p{L}\p{N}_.]+(?=!)/u;
const CORNER = String.raw`(?:\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+)`;
const AREA = new RegExp(`^${CORNER}(?::${CORNER})?`);
/** What may not directly follow a reference (it would make it a longer word). */
const WORD_CHAR = /[\p{L}\p{N}_.$]/u;
const OPERATORS = ['<=', '>=', '<>', '=', '<', '>', '+', '-', '*', '/', '^', '&', '%', '(', ')', '{', '}', ',', ';'];

export class Lexer {
  private i = 0;

  constructor(private readonly text: string) {}

  /** The next token, or a SyntaxError for text Sheets cannot parse. */
  next(): Token {
    this.skipSpaces();
    if (this.i >= this.text.length) return { kind: 'end' };
    const rest = this.text.slice(this.i);
    const ch = rest[0];
    if (ch === '"') return { kind: 'string', value: this.quoted('"') };
    if (ch === "'") {
      const start = this.i;
      const sheet = this.quoted("'");
      if (this.text[this.i] !== '!') throw new SyntaxError('a quoted sheet name must be followed by !');
      this.i += 1;
      return this.areaAfterSheet(sheet, start);
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => rest.toUpperCase().startsWith(c));
      if (!code) throw new SyntaxError(`not an error value: ${rest}`);
      this.i += code.length;
      return { kind: 'error', code };
    }
    const sheetWord = SHEET_WORD.exec(rest);
    if (sheetWord) {
      const start = this.i;
      this.i += sheetWord[0].length + 1;
      return this.areaAfterSheet(sheetWord[0], start);
    }
    const ref = this.plainRef(rest);
    if (ref) return ref;
    const num = NUMBER.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { kind: 'number', value: Number(num[0]) };
    }
    const word = WORD.exec(rest);
    if (word) {
      this.i += word[0].length;
      if (/^\s*\(/.test(this.text.slice(this.i))) return { kind: 'function', name: word[0].toUpperCase() };
      return { kind: 'word', text: word[0] };
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      this.i += op.length;
      return { kind: 'op', op };
    }
    throw new SyntaxError(`unexpected ${ch}`);
  }

  private skipSpaces(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i += 1;
  }

  /** A string or quoted sheet name from its opening quote; a doubled quote is a quote. */
  private quoted(quote: string): string {
    let value = '';
    this.i += 1;
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined) throw new SyntaxError('unterminated quote');
      this.i += 1;
      if (ch !== quote) value += ch;
      else if (this.text[this.i] === quote) {
        value += quote;
        this.i += 1;
      } else return value;
    }
  }

  private areaAfterSheet(sheet: string, start: number): Token {
    const m = AREA.exec(this.text.slice(this.i));
    const area = m && this.endsWord(this.i + m[0].length) ? parseArea(m[0]) : null;
    if (!m || !area) throw new SyntaxError(`not a reference after ${sheet}!`);
    this.i += m[0].length;
    return { kind: 'ref', sheet, area, text: this.text.slice(start, this.i) };
  }

  /** A reference with no sheet name, when the text at the cursor is one (not a longer word or a function). */
  private plainRef(rest: string): Token | null {
    const m = AREA.exec(rest);
    if (!m) return null;
    const end = this.i + m[0].length;
    if (!this.endsWord(end) || /^\s*\(/.test(this.text.slice(end))) return null;
    // A lone column (`A`) or number (`5`) is not a reference; a cell or any `x:y` is.
    if (!m[0].includes(':') && !/\d$/.test(m[0])) return null;
    if (!m[0].includes(':') && /^\$?\d+$/.test(m[0])) return null;
    const area = parseArea(m[0]);
    if (!area) return null;
    this.i = end;
    return { kind: 'ref', area, text: m[0] };
  }

  private endsWord(at: number): boolean {
    const next = this.text[at];
    return next === undefined || !WORD_CHAR.test(next);
  }
}
