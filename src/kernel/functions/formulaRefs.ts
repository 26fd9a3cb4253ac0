/**
 * Reading a formula's text just enough to tell which sheet cell an argument
 * came from (SPEC §2.3): the arguments of one function's call, as written,
 * and a plain A1 reference among them.
 *
 * Pure text work, no services. Anything this cannot read with certainty — a
 * call written twice, an argument that is an expression, a named range —
 * gives `undefined`, and the error message then says "row N of the range".
 */

/** Letters, digits, `_` and `.`: what a function name (or an unquoted sheet name) is made of. */
function isNamePart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_.]/u.test(ch);
}

/** The index just past a quoted text starting at `i` (`"…"` with `""`, or `'…'` with `''`); -1 when it is not closed. */
function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] !== quote) continue;
    if (text[j + 1] === quote) j++;
    else return j + 1;
  }
  return -1;
}

/**
 * The arguments of the one call of function `name` in `formula`, each trimmed,
 * in order: `=IFERROR(GROWTH_PCT(B2:B, C2:C), "")` gives `['B2:B', 'C2:C']` for
 * GROWTH_PCT. The call may be nested anywhere; names match case-insensitively.
 * Undefined when the formula does not call the function, calls it more than
 * once (which call failed is then unknown), or is not well formed.
 *
 * Arguments are separated by `,`; where a locale writes `;` between arguments
 * (comma-decimal locales in the Sheets UI) a `;` at the call's top level is the
 * separator and a `,` there is a decimal mark. Text in `"…"`, sheet names in
 * `'…'`, and everything inside nested `(…)` and `{…}` is never split.
 */
export function callArguments(formula: string, name: string): string[] | undefined {
  if (!formula.startsWith('=')) return undefined;
  const wanted = name.toUpperCase();
  let open = -1;
  for (let i = 1; i < formula.length; ) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i);
      if (i < 0) return undefined;
    } else if (isNamePart(ch)) {
      let end = i;
      while (isNamePart(formula[end])) end++;
      let next = end;
      while (formula[next] === ' ') next++;
      if (formula[next] === '(' && formula.slice(i, end).toUpperCase() === wanted) {
        if (open >= 0) return undefined;
        open = next;
      }
      i = end;
    } else i++;
  }
  return open < 0 ? undefined : splitArguments(formula, open + 1);
}

/** The top-level arguments from `start` (just past the call's `(`) to its `)`. */
function splitArguments(formula: string, start: number): string[] | undefined {
  const commas: number[] = [];
  const semicolons: number[] = [];
  let depth = 0;
  let end = -1;
  for (let i = start; i < formula.length && end < 0; ) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i);
      if (i < 0) return undefined;
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      if (depth === 0) {
        if (ch === '}') return undefined;
        end = i;
      }
      depth--;
    } else if (depth === 0 && ch === ',') commas.push(i);
    else if (depth === 0 && ch === ';') semicolons.push(i);
    i++;
  }
  if (end < 0) return undefined;
  if (formula.slice(start, end).trim() === '') return [];
  const cuts = semicolons.length > 0 ? semicolons : commas;
  const args: string[] = [];
  let from = start;
  for (const cut of [...cuts, end]) {
    args.push(formula.slice(from, cut).trim());
    from = cut + 1;
  }
  return args;
}

/**
 * A plain A1 reference: its first cell (1-based) and its size, `undefined`
 * where it runs to the end of the sheet (`B2:B`, `B:B`, `2:5`).
 */
export interface Reference {
  /** The sheet as written, with its `!` (`'Other sheet'!`, `Deals!`); '' for the calling cell's own sheet. */
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number | undefined;
  readonly cols: number | undefined;
}

/** Sheets' limits: 18,278 columns (ZZZ), and fewer than 10 million rows. */
const MAX_COLUMNS = 18278;
const MAX_ROWS = 10_000_000;
const CORNER = /^\$?([A-Za-z]{1,3})?(\$?)([0-9]+)?$/;

interface Corner {
  row: number | undefined;
  col: number | undefined;
}

function corner(text: string): Corner | undefined {
  const m = CORNER.exec(text);
  // A `$` before nothing (`A$`, `$$1`) or a corner with neither part is no reference.
  if (!m || (!m[1] && !m[3]) || (m[2] && !m[3]) || text.includes('$$')) return undefined;
  const col = m[1] ? columnNumber(m[1]) : undefined;
  const row = m[3] ? Number(m[3]) : undefined;
  if ((row !== undefined && (row < 1 || row > MAX_ROWS)) || (col !== undefined && col > MAX_COLUMNS)) return undefined;
  return { row, col };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Splits `'Other sheet'!D2:D20` into the sheet as written (with `!`) and the area; undefined when the sheet part is malformed. */
function splitSheet(text: string): { sheet: string; area: string } | undefined {
  if (text.startsWith("'")) {
    const end = skipQuoted(text, 0);
    if (end < 3 || text[end] !== '!') return undefined;
    return { sheet: text.slice(0, end + 1), area: text.slice(end + 1) };
  }
  const bang = text.indexOf('!');
  if (bang < 0) return { sheet: '', area: text };
  const name = text.slice(0, bang);
  if (!/^[\p{L}\p{N}_.]+$/u.test(name)) return undefined;
  return { sheet: `${name}!`, area: text.slice(bang + 1) };
}

/**
 * Reads a plain A1 reference — `B7`, `B2:B20`, `$B$2:$B`, `B2:B`, `B:B`,
 * `2:5`, lower case too, optionally after a sheet (`Other!B:B`,
 * `'Sheet ''A'''!D2:D20`). Anything else (an expression, a named range, a
 * literal) is undefined.
 */
export function parseReference(text: string): Reference | undefined {
  const parts = splitSheet(text.trim());
  if (!parts) return undefined;
  const [first, second, extra] = parts.area.split(':');
  if (extra !== undefined) return undefined;
  const a = corner(first);
  if (!a) return undefined;
  const { sheet } = parts;
  if (second === undefined) return a.row !== undefined && a.col !== undefined ? { sheet, row: a.row, col: a.col, rows: 1, cols: 1 } : undefined;
  const b = corner(second);
  if (!b) return undefined;
  const span = (x: number, y: number) => Math.abs(x - y) + 1;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    return { sheet, row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: span(a.row, b.row), cols: span(a.col, b.col) };
  }
  if (a.col !== undefined && b.col !== undefined && b.row === undefined) {
    // B2:B (rows 2 to the end), B:D (whole columns)
    return { sheet, row: a.row ?? 1, col: Math.min(a.col, b.col), rows: undefined, cols: span(a.col, b.col) };
  }
  if (a.row !== undefined && b.row !== undefined && b.col === undefined) {
    // 2:5 (whole rows), B2:5 (columns B to the end)
    return { sheet, row: Math.min(a.row, b.row), col: a.col ?? 1, rows: span(a.row, b.row), cols: undefined };
  }
  return undefined;
}

/**
 * Whether a reference can be the argument Sheets passed as `value`: a grid of
 * the reference's size (an open end takes any size), or one value for a
 * range of one cell (Sheets passes `B2:B` of a sheet with two rows as one
 * value). A mismatch means the formula read is not the one that ran.
 */
export function referenceFits(ref: Reference, value: unknown): boolean {
  if (!Array.isArray(value)) return (ref.rows ?? 1) === 1 && (ref.cols ?? 1) === 1;
  const rows = value.length;
  const cols = rows === 0 ? 0 : Array.isArray(value[0]) ? value[0].length : 1;
  return (ref.rows === undefined || ref.rows === rows) && (ref.cols === undefined || ref.cols === cols);
}

/** The sheet cell at (row, col), 0-based, of a reference: `B4`, `'Other sheet'!D5`. */
export function cellName(ref: Reference, row: number, col: number): string {
  return `${ref.sheet}${columnLetters(ref.col + col)}${ref.row + row}`;
}
