/**
 * The Redeem points dialog under the template's rules sheet (SPEC §9.1, §12.3): its catalog, prices and
 * earned points come from that sheet as the formulas read it; a sheet the reader refuses refuses the
 * call, naming the cell; without a rules sheet, the seed's program. Set-up and the sample worked out by
 * hand: test/helpers/redeemDialog.ts (Alpha Build 35 earned, Beta Logistics 65 earned and 60 spent).
 */
import { bi } from '../helpers/texts';
import { describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import { ok, refused } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { type Spreadsheet, addRows, id, ledger, todayIso, workbook } from '../helpers/redeemDialog';

const RULES = bi('Rules: bonus', 'Правила: бонусы');

function rulesSheet(spreadsheet: Spreadsheet, lang: 'en' | 'ru' = 'en') {
  return spreadsheet.getSheetByName(RULES[lang])!;
}
/** The sheet row of a rule, by its code. */
function ruleRow(spreadsheet: Spreadsheet, code: string, lang: 'en' | 'ru' = 'en'): number {
  const codes = rulesSheet(spreadsheet, lang).getRange('A1:A').getValues();
  const at = codes.findIndex((row) => row[0] === code);
  if (at < 0) throw new Error(`no rule ${code}`);
  return at + 1;
}

describe('the redeem dialog reads the rules sheet', () => {
  it('takes its catalog, prices and earned points from it, as the Clients sheet does', () => {
    const { spreadsheet, addon } = workbook('en_US');
    const rules = rulesSheet(spreadsheet);
    rules.getRange(`D${ruleRow(spreadsheet, 'OZON_2000')}`).setValue(30); // OZON_2000 costs 30
    rules.getRange(`D${ruleRow(spreadsheet, 'renewal')}`).setValue(40); // a renewal earns 40
    // a reward of the vendor's own, at the end of the table
    rules.getRange(rules.getLastRow() + 1, 1, 1, 4).setValues([['MUG', 'reward', 'Coffee mug', 20]]);

    const state = ok(addon.call('getRedeemState'));
    expect(state.catalog).toHaveLength(11);
    expect(state.catalog.find((r: any) => r.code === 'OZON_2000').points).toBe(30);
    expect(state.catalog.at(-1)).toEqual({ code: 'MUG', name: 'Coffee mug', points: 20 });
    // Alpha: 25 from milestones + a renewal at 40 = 65; Beta: 35 + 20 + 40 = 95, 60 spent → 35
    expect(state.clients[0]).toMatchObject({ name: 'Alpha Build', earned: 65, spent: 0, balance: 65 });
    expect(state.clients[1]).toMatchObject({ name: 'Beta Logistics', earned: 95, spent: 60, balance: 35 });
    // the Clients sheet, under the same rules sheet, shows the same (as of its report date, after every sample row)
    recalculate(spreadsheet, addon);
    const clients = sheetCells(spreadsheet, 'Clients');
    expect(clients.slice(1, 3).map((row) => [row[2].value, row[3].value])).toEqual([
      [65, 65],
      [95, 35],
    ]);

    // 2 × OZON_2000 at 30 = 60 ≤ 65; then the mug (20) is more than the 5 left
    const redeemed = ok(addon.call('redeemPoints', { client: 'Alpha Build', reward: 'OZON_2000', quantity: 2, requestId: 'r-ozon' }));
    expect(redeemed).toMatchObject({ points: 60, earned: 65, spent: 60, balance: 5 });
    expect(ledger(spreadsheet).at(-1)).toEqual([midnight(todayIso), 'Alpha Build', 'OZON_2000', 60, 2, 'r-ozon', 'manager@example.com']);
    expect(refused(addon.call('redeemPoints', { client: 'Alpha Build', reward: 'coffee mug', quantity: 1, requestId: id() }))).toBe(
      'Alpha Build has 5 points, but 1 × MUG costs 20 points: 15 points missing. Nothing was written.',
    );
    expect(ok(addon.call('redeemPoints', { client: 'Beta Logistics', reward: 'MUG', quantity: 1, requestId: 'r-mug' }))).toMatchObject({
      points: 20,
      balance: 15,
    });
  });

  it('refuses, naming the rules cell, when the rules sheet cannot be read; nothing is written', () => {
    const { spreadsheet, addon } = workbook('en_US');
    const row = ruleRow(spreadsheet, 'M_ASSIGNED_3');
    rulesSheet(spreadsheet).getRange(`E${row}`).setValue('2 weeks');
    const message = `The "Rules: bonus" sheet, cell E${row} (Window): "2 weeks" is not a window: write a whole number of days or months, such as 14 days or 3 months. The points and the catalog follow that sheet: correct the cell first; nothing was written.`;
    expect(refused(addon.call('getRedeemState'))).toBe(message);
    const before = ledger(spreadsheet);
    expect(refused(addon.call('redeemPoints', { client: 'Alpha Build', reward: 'OZON_2000', quantity: 1, requestId: id() }))).toBe(message);
    expect(ledger(spreadsheet)).toEqual(before);
    // a table-wide problem: no Points column
    rulesSheet(spreadsheet).getRange('D1').setValue('');
    expect(refused(addon.call('getRedeemState'))).toBe(
      'The "Rules: bonus" sheet has no "Points" column (headers are read from its first row). The points and the catalog follow that sheet: correct it first; nothing was written.',
    );
  });

  it('in Russian, with the Russian rules sheet', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    const row = ruleRow(spreadsheet, 'пролонгация', 'ru');
    rulesSheet(spreadsheet, 'ru').getRange(`B${row}`).setValue('бонус');
    expect(refused(addon.call('getRedeemState'))).toBe(
      `Лист «Правила: бонусы», ячейка B${row} (Вид): «бонус» — не вид правила: укажите этап, действие или награда. Баллы и каталог считаются по этому листу: сначала исправьте ячейку; ничего не записано.`,
    );
    rulesSheet(spreadsheet, 'ru').getRange(`B${row}`).setValue('действие');
    rulesSheet(spreadsheet, 'ru').getRange(`D${row}`).setValue(40);
    expect(ok(addon.call('getRedeemState')).clients[0]).toMatchObject({ name: 'Альфа-Строй', earned: 65 });
  });

  it('refuses, naming the Activity cell, when the rules sheet no longer knows a log code', () => {
    const { spreadsheet, addon } = workbook('en_US');
    rulesSheet(spreadsheet).deleteRow(ruleRow(spreadsheet, 'success_story'));
    // Beta Logistics' success story (Activity row 10) is no code of the program any more
    expect(refused(addon.call('getRedeemState'))).toMatch(/^The "Activity" sheet, row 10, column Code: "success_story" is not a known code; metrics: /);
  });

  it("uses the seed's program when the spreadsheet has no rules sheet", () => {
    const { spreadsheet, addon } = workbook('en_US');
    spreadsheet.deleteSheet(rulesSheet(spreadsheet));
    addRows(spreadsheet, { name: bi('Activity', 'Активность') }, 'en', [[midnight('2026-04-20'), 'Granite Plant', 'пролонгация', 1]]);
    const state = ok(addon.call('getRedeemState'));
    expect(state.catalog).toHaveLength(10);
    expect(state.catalog[2]).toEqual({ code: 'ACT_15', name: '15% extra free activations for each internal-training program', points: 80 });
    expect(state.clients[3]).toMatchObject({ name: 'Granite Plant', earned: 10 });
  });
});
