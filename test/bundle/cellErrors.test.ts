/**
 * Errors name the sheet cell (SPEC §2.3): dist/Code.js in the in-memory
 * spreadsheet, where the formula evaluator makes each formula's cell the
 * active range of its call, as Sheets does.
 */
import { describe, expect, it } from 'vitest';
import { cellInfo, recalculate } from '../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { column } from '../helpers/bundle';

const TIERS_EN = 'use White, Bronze, Silver, Gold, Trusted';

/** A contest sheet: B2:B previous amounts with "n/a" in B4 (row 3 of B2:B), C2:C current ones. */
function contest(locale: string) {
  const ss = createSpreadsheet({ locale, sheets: ['Contest'] });
  const sheet = ss.getSheetByName('Contest')!;
  sheet.getRange('A1:C5').setValues([
    ['Partner', 'Previous', 'Current'],
    ['Alpha', 100, 150],
    ['Beta', 200, 220],
    ['Gamma', 'n/a', 300],
    ['Delta', 400, 500],
  ]);
  return { ss, sheet, addon: loadAddon({ spreadsheet: ss }) };
}

/** The error a formula cell shows after recalculation. */
function errorIn(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: string, a1: string): string | undefined {
  const range = ss.getSheetByName(sheet)!.getRange(a1);
  const info = cellInfo(ss, sheet, range.getRow(), range.getColumn());
  expect(info.value).toBe('#ERROR!');
  return info.error;
}

describe('an error names the sheet cell of a plain range argument', () => {
  it('GROWTH_PCT over B2:B: the bad value of row 3 of the range is B4, in English and Russian', () => {
    for (const [locale, expected] of [
      ['en_US', 'GROWTH_PCT: previous, B4: "n/a" is not a number'],
      ['ru_RU', 'GROWTH_PCT: previous, B4: «n/a» — не число'],
    ]) {
      const { ss, sheet, addon } = contest(locale);
      sheet.getRange('E2').setFormula('=GROWTH_PCT(B2:B, C2:C)');
      recalculate(ss, addon);
      expect(errorIn(ss, 'Contest', 'E2')).toBe(expected);
    }
  });

  it("GROWTH_PCT over 'Other sheet'!D2:D20 names the cell on that sheet, as the formula writes it", () => {
    const ss = createSpreadsheet({ sheets: ['Report', 'Other sheet'] });
    const other = ss.getSheetByName('Other sheet')!;
    other.getRange('D2:E5').setValues([
      [100, 110],
      [200, 220],
      [300, 330],
      ['n/a', 440],
    ]);
    ss.getSheetByName('Report')!.getRange('A2').setFormula("=GROWTH_PCT('Other sheet'!D2:D20, 'Other sheet'!E2:E20)");
    recalculate(ss, loadAddon({ spreadsheet: ss }));
    expect(errorIn(ss, 'Report', 'A2')).toBe(`GROWTH_PCT: previous, 'Other sheet'!D5: "n/a" is not a number`);
  });

  it('names the one cell a value broadcast over every row comes from', () => {
    const { ss, sheet, addon } = contest('en_US');
    sheet.getRange('B4').setValue(300);
    sheet.getRange('H1').setValue('lots');
    sheet.getRange('E2').setFormula('=GROWTH_PCT(B2:B, $H$1)');
    recalculate(ss, addon);
    expect(errorIn(ss, 'Contest', 'E2')).toBe('GROWTH_PCT: current, H1: "lots" is not a number');
  });

  it('DEAL_STATUS names the cell of a bad deal and keeps its column header', () => {
    for (const [locale, expected] of [
      ['en_US', `DEAL_STATUS: deals, Deals!C3 (Tier): "Platinum" is not a partner tier; ${TIERS_EN}`],
      [
        'ru_RU',
        'DEAL_STATUS: deals, Deals!C3 (Tier): «Platinum» — неизвестный статус партнёра; допустимы Белый, Бронзовый, Серебряный, Золотой, Доверенный (White, Bronze, Silver, Gold, Trusted)',
      ],
    ]) {
      const ss = createSpreadsheet({ locale, sheets: ['Report', 'Deals'] });
      ss.getSheetByName('Deals')!
        .getRange('A1:E3')
        .setValues([
          ['Registered on', 'Partner', 'Tier', 'Customer', 'Products'],
          [new Date('2026-01-10T00:00:00+03:00'), 'Alpha', 'Silver', 'Romashka', 'DLP'],
          [new Date('2026-01-12T00:00:00+03:00'), 'Beta', 'Platinum', 'Lotus', 'DLP'],
        ]);
      ss.getSheetByName('Report')!.getRange('A1').setFormula('=DEAL_STATUS(Deals!A:E)');
      recalculate(ss, loadAddon({ spreadsheet: ss }));
      expect(errorIn(ss, 'Report', 'A1')).toBe(expected);
    }
  });

  it('BONUS_POINTS names the log cell of an unknown code, with its column', () => {
    for (const [locale, expected] of [
      // (the list of codes that follows is the log reader's, tested in bonus.test.ts)
      ['en_US', /^BONUS_POINTS: activity, Activity!C4 \(Code\): "lunch" is not a known code; metrics: /],
      ['ru_RU', /^BONUS_POINTS: activity, Activity!C4 \(Код\): «lunch» — неизвестный код; показатели: /],
    ] as const) {
      const ss = createSpreadsheet({ locale, sheets: ['Clients', 'Activity'] });
      ss.getSheetByName('Activity')!
        .getRange('A1:D4')
        .setValues([
          ['Date', 'Client', 'Code', 'Value'],
          [new Date('2026-01-15T00:00:00+03:00'), 'Acme', 'employees', 20],
          [new Date('2026-01-20T00:00:00+03:00'), 'Acme', 'assigned', 1],
          [new Date('2026-01-21T00:00:00+03:00'), 'Acme', 'lunch', 1],
        ]);
      const clients = ss.getSheetByName('Clients')!;
      clients.getRange('A1:B2').setValues([
        ['Client', 'Access opened'],
        ['Acme', new Date('2026-01-10T00:00:00+03:00')],
      ]);
      clients.getRange('C2').setFormula('=BONUS_POINTS(A2:A, B2:B, Activity!A:D)');
      recalculate(ss, loadAddon({ spreadsheet: ss }));
      expect(errorIn(ss, 'Clients', 'C2')).toMatch(expected);
    }
  });
});

describe('where the cell cannot be known, an error says "row N of the range"', () => {
  /** Calls GROWTH_PCT as the cell E2 holding `formula` would, with B2:B4 and C2:C4 as arguments. */
  function callFrom(locale: string, formula: string): string {
    const { sheet, addon } = contest(locale);
    sheet.getRange('E2').setFormula(formula);
    const session = addon.customFunctionSession();
    try {
      const args = [sheet.getRange('B2:B5').getValues(), sheet.getRange('C2:C5').getValues()];
      const result = session.call('GROWTH_PCT', args, { sheet: addon.book.sheetByName('Contest')!, row: 2, col: 5 });
      if (!('error' in result)) throw new Error(`${formula} did not fail`);
      return result.error;
    } finally {
      session.end();
    }
  }

  it('when the argument is an expression, or the call is written twice (the evaluator cannot run these; Sheets can)', () => {
    expect(callFrom('en_US', '=GROWTH_PCT(B2:B*1, C2:C)')).toBe('GROWTH_PCT: previous, row 3 of the range: "n/a" is not a number');
    expect(callFrom('en_US', '=GROWTH_PCT(ARRAYFORMULA(B2:B), C2:C)')).toBe('GROWTH_PCT: previous, row 3 of the range: "n/a" is not a number');
    expect(callFrom('ru_RU', '=GROWTH_PCT({B2:B5}; C2:C)')).toBe('GROWTH_PCT: previous, строка 3 диапазона: «n/a» — не число');
    expect(callFrom('en_US', '=GROWTH_PCT(B2:B, C2:C) + GROWTH_PCT(B2:B, C2:C)')).toBe('GROWTH_PCT: previous, row 3 of the range: "n/a" is not a number');
  });

  it('but a plain range inside IFERROR or ARRAYFORMULA still names the cell', () => {
    expect(callFrom('en_US', '=IFERROR(GROWTH_PCT(B2:B, C2:C), "")')).toBe('GROWTH_PCT: previous, B4: "n/a" is not a number');
    expect(callFrom('ru_RU', '=ARRAYFORMULA(IF(A2:A = ""; ""; GROWTH_PCT(B2:B; C2:C)))')).toBe('GROWTH_PCT: previous, B4: «n/a» — не число');
  });

  it('when the function is called with no calling cell: no active range, and nothing read on success', () => {
    const { addon } = contest('en_US');
    addon.resetCounts();
    expect(addon.call('GROWTH_PCT', column(100, 200), column(150, 220))).toEqual([[0.5], [0.1]]);
    expect(addon.counts()['SpreadsheetApp.getActiveRange']).toBeUndefined();
    expect(addon.error('GROWTH_PCT', column(100, 200, 'n/a'), column(1, 2, 3))).toBe('GROWTH_PCT: previous, row 3 of the range: "n/a" is not a number');
    // the error path reads the active range once; there is none, so no formula is read
    expect(addon.counts()['SpreadsheetApp.getActiveRange']).toBe(1);
    expect(addon.counts()['Range.getFormula']).toBeUndefined();
  });
});
