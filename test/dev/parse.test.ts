import { describe, expect, it } from 'vitest';
import { PARSE_ERROR, parseFormula } from '../../dev/formulas/parse';

const call = (formula: string) => {
  const parsed = parseFormula(formula);
  if (parsed.kind !== 'call') throw new Error(`${formula}: ${JSON.stringify(parsed)}`);
  return parsed.call;
};

describe('parseFormula', () => {
  it('reads every kind of argument', () => {
    expect(call('=FN(A2:D5, D2:D, B1, $B$1, A:A, Deals!A1:H, \'Партнёры\'!A2:A, 12, -3.5, 1e3, 50%, "say ""hi""", TRUE, false, )')).toEqual({
      name: 'FN',
      args: [
        { kind: 'ref', area: { startRow: 2, startCol: 1, endRow: 5, endCol: 4 }, text: 'A2:D5' },
        { kind: 'ref', area: { startRow: 2, startCol: 4, endRow: null, endCol: 4 }, text: 'D2:D' },
        { kind: 'ref', area: { startRow: 1, startCol: 2, endRow: 1, endCol: 2 }, text: 'B1' },
        { kind: 'ref', area: { startRow: 1, startCol: 2, endRow: 1, endCol: 2 }, text: '$B$1' },
        { kind: 'ref', area: { startRow: 1, startCol: 1, endRow: null, endCol: 1 }, text: 'A:A' },
        { kind: 'ref', sheet: 'Deals', area: { startRow: 1, startCol: 1, endRow: null, endCol: 8 }, text: 'Deals!A1:H' },
        { kind: 'ref', sheet: 'Партнёры', area: { startRow: 2, startCol: 1, endRow: null, endCol: 1 }, text: "'Партнёры'!A2:A" },
        { kind: 'number', value: 12 },
        { kind: 'number', value: -3.5 },
        { kind: 'number', value: 1000 },
        { kind: 'number', value: 0.5 },
        { kind: 'string', value: 'say "hi"' },
        { kind: 'boolean', value: true },
        { kind: 'boolean', value: false },
        { kind: 'empty' },
      ],
    });
  });

  it('upper-cases the name and allows spaces and no arguments', () => {
    expect(call('= level_check ( A1 ,B1 )')).toEqual({
      name: 'LEVEL_CHECK',
      args: [
        { kind: 'ref', area: { startRow: 1, startCol: 1, endRow: 1, endCol: 1 }, text: 'A1' },
        { kind: 'ref', area: { startRow: 1, startCol: 2, endRow: 1, endCol: 2 }, text: 'B1' },
      ],
    });
    expect(call('=REWARD_CATALOG()')).toEqual({ name: 'REWARD_CATALOG', args: [] });
    expect(call('=FN(,)')).toEqual({ name: 'FN', args: [{ kind: 'empty' }, { kind: 'empty' }] });
  });

  it('reads quoted sheet names with a doubled quote and Unicode names without quotes', () => {
    expect(call("=FN('It''s'!B2)").args[0]).toMatchObject({ kind: 'ref', sheet: "It's" });
    expect(call('=FN(Партнёры!B2:B)').args[0]).toMatchObject({ kind: 'ref', sheet: 'Партнёры' });
  });

  it('parses operators, nested calls, array literals and names as expressions, not as one simple call', () => {
    for (const formula of ['=A1+1', '=SUM(A1:A3)+1', '=FN(IFERROR(A1, 0))', '=FN(A1*2)', '=FN({1,2})', '=FN(myRange)']) {
      expect(parseFormula(formula).kind, formula).toBe('expr');
    }
    expect(parseFormula('plain text')).toMatchObject({ kind: 'unsupported', reason: 'not a formula' });
  });

  it('reports bad syntax as a parse error', () => {
    for (const bad of ['=FN(A1', '=FN(A1))', '=FN("open)', "=FN('Deals!A1)", '=', '=FN(A1;B1)', "=FN('Deals'A1)"]) {
      expect(parseFormula(bad), bad).toEqual({ kind: 'syntax', error: PARSE_ERROR });
    }
  });

  it('reports two operands with no operator between them as a parse error (Sheets has no intersection operator)', () => {
    // A phone number typed with a leading + is read as a formula: 7 followed by (495) cannot be parsed.
    for (const bad of ['=+7 (495) 000-00-00', '=A1 B1', '=FN(1 2)', '="a" "b"', '=SUM(A1) (2)', '=50% 3']) {
      expect(parseFormula(bad), bad).toEqual({ kind: 'syntax', error: PARSE_ERROR });
    }
    // …while calls with spaces, row ranges, quoted sheets, signs and operators stay well formed.
    expect(call("=FN( 'Rules: partners'!A1:L6 , 1:1 )").args).toHaveLength(2);
    for (const good of ['=-x', '=+5+5', '=SUM (1:1)', '=A1 & " " & B1', '=50%*2', '=FN({1,2;3,4})', "='It''s'!B2*2", '=-7-(495)']) {
      expect(parseFormula(good).kind, good).not.toBe('syntax');
    }
  });
});
