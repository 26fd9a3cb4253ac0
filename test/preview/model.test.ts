import { describe, expect, it } from 'vitest';
import { bookOf, createSpreadsheet, loadAddon } from '../../dev/memory';
import { autoRecalculate } from '../../dev/formulas';

// A fix in dev/memory/model.ts found by the preview: a formula written into a row that held
// nothing before neither moved the last row nor told the evaluator that the sheet had changed.
describe('a formula typed into an empty row of the in-memory spreadsheet', () => {
  it('extends the last row and is evaluated on the next read', () => {
    const ss = createSpreadsheet({ sheets: ['Contest'] });
    const sheet = ss.getSheetByName('Contest')!;
    sheet.getRange('A1:B2').setValues([
      ['Previous', 'Current'],
      [20000, 28000],
    ]);
    const addon = loadAddon({ spreadsheet: ss });
    autoRecalculate(addon);
    expect(sheet.getLastRow()).toBe(2);
    const before = bookOf(ss).version;
    sheet.getRange('C5').setFormula('=GROWTH_PCT(A2, B2)');
    expect(bookOf(ss).version).toBeGreaterThan(before);
    expect(sheet.getLastRow()).toBe(5);
    // (28,000 − 20,000) / 20,000 = 0.4
    expect(sheet.getRange('C5').getValue()).toBe(0.4);
    sheet.getRange('C5').setValue('');
    expect(sheet.getLastRow()).toBe(2);
  });
});
