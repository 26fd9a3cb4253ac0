import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpreadsheet, hostServices, loadAddon } from '../../../dev/memory';
import { contextOf } from '../../../src/kernel/functions/context';
import { readRulesTable, seedTable } from '../../../src/kernel/functions/rulesTable';
import { refusing } from '../../../src/kernel/sheets/refusal';
import { HOSTED, PARTICIPATED } from '../../../src/programs/levels/rules/program';
import { LEVELS_TABLE } from '../../../src/programs/levels/rules/table';
import { levelsWhatIf } from '../../../src/programs/levels/whatIf';

/*
 * The levels program's one sheet reader, as What if… uses it: the Partner
 * levels sheet of the inserted template, read from the in-memory spreadsheet
 * by the source code itself (its Apps Script services stubbed with the fake's).
 */

function workbook(locale: 'en_US' | 'ru_RU') {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  expect(loadAddon({ spreadsheet }).call('insertLevelsTemplate')).toMatchObject({ ok: true });
  vi.stubGlobal('SpreadsheetApp', hostServices(spreadsheet).SpreadsheetApp);
  const lang = locale === 'ru_RU' ? ('ru' as const) : ('en' as const);
  const call = { lang, ctx: contextOf({ locale, timeZone: 'Europe/Moscow' }), today: 0 };
  return { spreadsheet, call };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('levelsWhatIf.readData', () => {
  it("reads every partner of the template's sheet with the discount's inputs", () => {
    const { call } = workbook('en_US');
    const data = levelsWhatIf.readData(call);
    expect(data.partners.map((p) => [p.partner, p.row, p.level])).toEqual([
      ['Atlas CRM', 2, 'SaaS'],
      ['Boreas Retail', 3, 'Retail'],
      ['Cetus Consulting', 4, 'Competency'],
      ['Draco Solutions', 5, 'Competency'],
      ['Eridanus Cloud', 6, 'SaaS'],
      ['Fornax Group', 7, 'Competency'],
    ]);
    expect(data.partners[0].inputs).toEqual({ reviewsShare: 0.8, planMet: true, certifiedStaff: 3, events: HOSTED });
    expect(data.partners[5].inputs.events).toBe(PARTICIPATED | HOSTED);
  });

  it('reads a Russian sheet, and compares it under an edited table in Russian', () => {
    const { call } = workbook('ru_RU');
    const data = levelsWhatIf.readData(call);
    expect(data.partners[0]).toMatchObject({ partner: 'Атлас CRM', inputs: { events: HOSTED } });
    const program = levelsWhatIf.program;
    const before = readRulesTable(LEVELS_TABLE, seedTable(LEVELS_TABLE, 'ru'), call.ctx);
    const cells = seedTable(LEVELS_TABLE, 'ru');
    cells[1][1] = 0.15; // Retail base 10% → 15%: Boreas 15 + 10 + 1 = 26%
    const after = readRulesTable(LEVELS_TABLE, cells, call.ctx);
    expect(program.compare(data, before, after, 'ru', call.today).changed).toEqual([{ name: 'Борей Ритейл', before: '21,0%', after: '26,0%' }]);
  });

  it('skips a row without a level, and refuses a cell LEVEL_DISCOUNT could not read, naming it', () => {
    const { spreadsheet, call } = workbook('en_US');
    const sheet = spreadsheet.getSheetByName('Partner levels')!;
    sheet.getRange('A8:B8').setValues([['Gemini Labs', '']]);
    sheet.getRange('A9:C9').setValues([['Hydra Soft', 'Retail', 'lots']]);
    const result = refusing(() => levelsWhatIf.readData(call));
    expect(result).toEqual({
      ok: false,
      message:
        'The "Partner levels" sheet, row 9, column Reviews, share of sales (for the discount): "lots" is not a share (use a fraction or a percentage like 75%). Correct the cell; nothing was written.',
    });
    sheet.getRange('C9').setValue(0.5);
    expect(levelsWhatIf.readData(call).partners.map((p) => p.partner)).toEqual([
      'Atlas CRM',
      'Boreas Retail',
      'Cetus Consulting',
      'Draco Solutions',
      'Eridanus Cloud',
      'Fornax Group',
      'Hydra Soft',
    ]);
  });

  it('refuses without the sheet', () => {
    const spreadsheet = createSpreadsheet();
    vi.stubGlobal('SpreadsheetApp', hostServices(spreadsheet).SpreadsheetApp);
    const result = refusing(() => levelsWhatIf.readData({ lang: 'en', ctx: contextOf({ locale: 'en_US', timeZone: 'UTC' }), today: 0 }));
    expect(result).toEqual({ ok: false, message: 'There is no "Partner levels" sheet. Insert the template from the add-on menu first.' });
  });
});
