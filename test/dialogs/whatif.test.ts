/**
 * What if… through the bundle, as Apps Script runs it, on the in-memory spreadsheet.
 * - dist/Code.js (the programs of src/app/whatIf/sources.ts): the menu item, the dialog, the
 *   answers of a spreadsheet without a rules sheet, and a program listed once its template is in.
 * - The test bundle (test/helpers/whatIfBundle.ts: the same build with the made-up stars program
 *   registered): the four top-level functions end to end. The server's cases in detail:
 *   test/app/whatIfCompare.test.ts and whatIfApply.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { insertStars, whatIfTestBundle } from '../helpers/whatIfBundle';
import { MEMBER_ROWS, SEED_GRID, edited } from '../helpers/whatIfServer';

const writes = (addon: Addon) =>
  Object.fromEntries(Object.entries(addon.counts()).filter(([name]) => /^(Range\.(set|clear|insert)|Sheet\.(appendRow|insert))/.test(name)));

describe('What if… in dist/Code.js', () => {
  it('opens as a 900×640 modal in the user language, self-contained', () => {
    for (const [locale, title] of [
      ['en_US', 'What if…'],
      ['ru_RU', 'Что если…'],
    ]) {
      const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale }) });
      addon.call('showWhatIfDialog');
      const dialog = addon.runtime.ui.lastDialog!;
      expect(dialog).toMatchObject({ kind: 'modal', title, width: 900, height: 640 });
      expect(dialog.content).toContain('google.script.run');
      expect(dialog.content).not.toMatch(/<script[^>]+src=/);
    }
  });

  it('in a spreadsheet without a rules sheet names the sheets to insert, and refuses every call writing nothing', () => {
    const spreadsheet = createSpreadsheet({ locale: 'ru_RU' });
    const addon = loadAddon({ spreadsheet });
    const answer = addon.call('getWhatIfPrograms') as { ok: boolean; lang: string; message: string };
    expect(answer).toMatchObject({ ok: false, lang: 'ru' });
    expect(answer.message).toMatch(/^В этой таблице нет листа с правилами программы \(.*«Правила: уровни».*\)\. Вставьте шаблон программы/);
    const unknown = { ok: false, message: '«stars» — не программа, которую может сравнить «Что если…». Откройте окно заново.' };
    expect(addon.call('getWhatIfTable', 'stars')).toEqual(unknown);
    expect(addon.call('compareWhatIf', { program: 'stars', cells: [['Tier']], token: '' })).toEqual(unknown);
    expect(addon.call('applyWhatIf', { program: 'stars', cells: [['Tier']], token: '', requestId: 'r-1' })).toEqual(unknown);
    expect(writes(addon)).toEqual({});
  });

  it.each([
    ['insertLevelsTemplate', 'levels', 'Rules: levels'],
    ['insertReferralTemplate', 'referral', 'Rules: referral'],
    ['insertBonusTemplate', 'bonus', 'Rules: bonus'],
    ['insertPartnerTemplate', 'tiers', 'Rules: partners'],
  ])('after %s lists its program, and only the programs whose rules sheet is in', (insert, key, sheet) => {
    const spreadsheet = createSpreadsheet({ locale: 'en_US' });
    const addon = loadAddon({ spreadsheet });
    expect(addon.call(insert)).toMatchObject({ ok: true });
    const answer = addon.call('getWhatIfPrograms') as { ok: boolean; programs: { key: string; sheet: string }[] };
    expect(answer.ok).toBe(true);
    expect(answer.programs.map((p) => [p.key, p.sheet])).toEqual([[key, sheet]]);
  });
});

describe('What if… through the top-level functions, with a program registered (test bundle)', () => {
  let codePath: string;
  beforeAll(async () => {
    codePath = await whatIfTestBundle();
  }, 60_000);

  function workbook() {
    const spreadsheet = createSpreadsheet({ locale: 'en_US' });
    insertStars(spreadsheet, 'en', MEMBER_ROWS);
    return { spreadsheet, addon: loadAddon({ spreadsheet, codePath, htmlDir: 'dist' }) };
  }

  it('lists the program, gives its table, compares writing nothing, applies in one write, answers a repeat without writing', () => {
    const { spreadsheet, addon } = workbook();
    expect(addon.call('getWhatIfPrograms')).toEqual({ ok: true, lang: 'en', programs: [{ key: 'stars', label: 'Stars (test)', sheet: 'Rules: stars' }] });
    const table = addon.call('getWhatIfTable', 'stars');
    expect(table.cells).toEqual(SEED_GRID);
    const cells = edited(SEED_GRID, 3, 1, '450');
    addon.resetCounts();
    const compared = addon.call('compareWhatIf', { program: 'stars', cells, token: table.token });
    expect(compared).toMatchObject({ ok: true, rows: 6, changedCount: 1, changed: [{ name: 'Cleo', before: 'Silver', after: 'Gold' }], stale: false });
    expect(writes(addon)).toEqual({});
    const request = { program: 'stars', cells, token: table.token, requestId: 'bundle-1' };
    addon.resetCounts();
    const applied = addon.call('applyWhatIf', request);
    expect(applied).toMatchObject({ ok: true, sheet: 'Rules: stars' });
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(spreadsheet.getSheetByName('Rules: stars')!.getRange('B4').getValue()).toBe(450);
    addon.resetCounts();
    expect(addon.call('applyWhatIf', request)).toEqual(applied);
    expect(writes(addon)).toEqual({});
  });

  it('refuses a stale table and shows a refused cell, writing nothing', () => {
    const { spreadsheet, addon } = workbook();
    const table = addon.call('getWhatIfTable', 'stars');
    expect(addon.call('compareWhatIf', { program: 'stars', cells: edited(SEED_GRID, 2, 1, 'abc'), token: table.token })).toEqual({
      ok: false,
      table: 'edited',
      row: 2,
      column: 1,
      message: 'Min points: "abc" is not a number.',
    });
    spreadsheet.getSheetByName('Rules: stars')!.getRange('B3').setValue(150);
    addon.resetCounts();
    expect(addon.call('applyWhatIf', { program: 'stars', cells: edited(SEED_GRID, 3, 1, '450'), token: table.token, requestId: 'bundle-2' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The "Rules: stars" sheet changed after this table was read from it, so nothing was written\./),
    });
    expect(writes(addon)).toEqual({});
  });
});
