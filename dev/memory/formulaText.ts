/**
 * Moves the relative references of a formula, as Sheets does when one
 * formula is set on a range of several cells (`=FN(A2)` set on B2:B4 gives
 * `=FN(A3)` in B3): `A2` moves, `$A$2` does not, `$A2` moves only its row.
 * Text in double quotes and quoted sheet names are left alone.
 */
import { columnLetters, columnNumber } from './a1';

const REF = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(])/y;
const COLUMN_ONLY = /(\$?)([A-Za-z]{1,3})(?![0-9A-Za-z_(!])/y;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (!/[A-Za-z0-9_.]/.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const col = m[1] ? m[2] : columnLetters(columnNumber(m[2]) + cols);
        const row = m[3] ? m[4] : String(Number(m[4]) + rows);
        out += `${m[1]}${col}${m[3]}${row}`;
        i = REF.lastIndex;
        continue;
      }
      // The column-only end of an open range (`D2:D`), right after a colon.
      if (prev === ':') {
        COLUMN_ONLY.lastIndex = i;
        const c = COLUMN_ONLY.exec(formula);
        if (c) {
          out += c[1] ? c[0] : columnLetters(columnNumber(c[2]) + cols);
          i = COLUMN_ONLY.lastIndex;
          continue;
        }
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}
