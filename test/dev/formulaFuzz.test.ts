/**
 * Whatever a user types after `=`, parsing gives a tree or Sheets' parse
 * error, and recalculation gives every formula cell a value or an error —
 * never an exception, NaN or undefined in a cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../dev/formulas';
import { testBook } from './formulaSheet';

const PIECES = [
  'A1',
  'B2:B',
  'A:A',
  '2:2',
  "'S'!A1",
  'S!B1:C2',
  '1',
  '0',
  '-',
  '+',
  '*',
  '/',
  '^',
  '&',
  '%',
  '=',
  '<>',
  '<',
  '>=',
  '(',
  ')',
  '{',
  '}',
  ',',
  ';',
  ' ',
  '"x"',
  '""',
  'TRUE',
  '#N/A',
  'x',
  'SUM(',
  'IF(',
  'FILTER(',
  'INDEX(',
  'VLOOKUP(',
  'SUMIFS(',
  'ARRAYFORMULA(',
  'DATE(',
  'EDATE(',
  'UNIQUE(',
  'SORT(',
  'MATCH(',
  'IFERROR(',
  'DOUBLE(',
  'BLOCK()',
  'TYPES(',
];
const formula = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((parts) => `=${parts.join('')}`);

describe('formulas of any shape', () => {
  it('parse to a tree or to a parse error', () => {
    fc.assert(
      fc.property(formula, (text) => {
        const parsed = parseFormula(text);
        expect(['call', 'expr', 'syntax']).toContain(parsed.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('evaluate to values or errors in every cell', () => {
    fc.assert(
      fc.property(fc.array(formula, { minLength: 1, maxLength: 4 }), (texts) => {
        const book = testBook({
          S: [
            [1, 'a', new Date('2026-01-01T00:00:00Z')],
            [2, '', true],
          ],
        });
        book.put('S!E1', [texts]);
        book.recalc();
        texts.forEach((_, i) => {
          const shown = book.shown(`S!${String.fromCharCode(69 + i)}1`);
          expect(shown.status).toBeDefined();
          const values = Array.isArray(shown.value) ? (shown.value as unknown[][]).flat() : [shown.value];
          for (const v of values) {
            expect(v === undefined || v === null || (typeof v === 'number' && !Number.isFinite(v))).toBe(false);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
