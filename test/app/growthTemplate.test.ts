/**
 * The growth template's formulas as the preview computes them (SPEC §9.3, §12.5): the Contest sheet
 * takes previous, current and subscriptions of its report month from the Invoices sheet, and the
 * partners that received that month's leads from the Contest log, so that it shows the dialog's
 * podium; it stays right when the report month changes, when invoice rows are added below, and when
 * the log changes. Every formula passes the 'Rules: leads' sheet: editing one of its cells recomputes
 * every Leads row. Expected values worked out by hand (test/helpers/contestDialog.ts has the sample's
 * arithmetic).
 */
import { describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { midnight } from '../helpers/days';
import { ok } from '../helpers/dialogs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function workbook(locale: 'en_US' | 'ru_RU' = 'en_US') {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet });
  expect(addon.call('insertGrowthTemplate')).toMatchObject({ ok: true });
  const recalc = () => {
    const report = recalculate(spreadsheet, addon);
    return report;
  };
  recalc();
  return { spreadsheet, addon, recalc };
}

/** Columns A–F of the Contest sheet under the header, down to the last partner. */
function contest(spreadsheet: Spreadsheet, name = 'Contest'): unknown[][] {
  const rows = sheetCells(spreadsheet, name)
    .slice(1)
    .map((row) => row.slice(0, 6).map((c) => c.value));
  while (rows.length && rows[rows.length - 1][0] === '') rows.pop();
  return rows;
}
/** The receivers block (J) and the podium (L–O) under their headers. */
function block(spreadsheet: Spreadsheet, from: number, width: number, name = 'Contest'): unknown[][] {
  return sheetCells(spreadsheet, name)
    .slice(1)
    .map((row) => row.slice(from, from + width).map((c) => c.value))
    .filter((row) => row.some((v) => v !== ''));
}
const receivers = (spreadsheet: Spreadsheet, name?: string) => block(spreadsheet, 9, 1, name).map((r) => r[0]);
const podium = (spreadsheet: Spreadsheet, name?: string) => block(spreadsheet, 11, 4, name);
/** The dialog's podium for a month, as place | partner | growth | subscriptions. */
const dialogPodium = (addon: ReturnType<typeof loadAddon>, month: string) =>
  ok(addon.call('getContest', month)).podium.map((r: any) => [r.place, r.partner, r.growth, r.subscriptions]);
const sla = (spreadsheet: Spreadsheet, name = 'Leads') =>
  sheetCells(spreadsheet, name)
    .slice(1, 6)
    .map((row) => row[6].value);

describe("the Contest sheet computes its report month's contest from the Invoices sheet", () => {
  it('shows October against September, North IT (September’s winner in the log) left out: the dialog’s podium', () => {
    const { spreadsheet, addon } = workbook();
    expect(
      sheetCells(spreadsheet, 'Contest')[0]
        .map((c) => c.value)
        .slice(0, 15),
    ).toEqual([
      'Partner',
      'Invoice, month before',
      'Invoice, report month',
      'Subscriptions',
      'Growth',
      'Place',
      '',
      'Report month',
      '',
      'Got the leads that month',
      '',
      'Place',
      'Partner',
      'Growth',
      'Subscriptions',
    ]);
    expect(contest(spreadsheet)).toEqual([
      ['Cloud Accounting', 20000, 28000, 2, 0.4, 1],
      ['Ural Service', 300.3, 330.33, 3, 0.1, 2],
      ['Smart Office', 100.1, 110.11, 3, 0.1, 2],
      ['North IT', 15000, 30000, 1, 1, ''], // +100%, but it receives October's leads
      ['Volga Soft', '', 12000, 4, '', ''], // no September invoice
    ]);
    expect(receivers(spreadsheet)).toEqual(['North IT']);
    const top = [
      [1, 'Cloud Accounting', 0.4, 2],
      [2, 'Ural Service', 0.1, 3],
      [2, 'Smart Office', 0.1, 3],
    ];
    expect(podium(spreadsheet)).toEqual(top);
    expect(dialogPodium(addon, '2026-10')).toEqual(top);
  });

  it('recomputes everything when the report month changes to September (against the August rows)', () => {
    const { spreadsheet, addon, recalc } = workbook();
    spreadsheet.getSheetByName('Contest')!.getRange('H2').setValue(midnight('2026-09-01'));
    recalc();
    // August → September: North IT 10,000 → 15,000 = +50%; Cloud Accounting 16,000 → 20,000 = +25%;
    // Ural Service 286 → 300.30 = +5%; Smart Office 100.10 → 100.10 = 0%. Nobody received August's leads.
    expect(contest(spreadsheet)).toEqual([
      ['Cloud Accounting', 16000, 20000, 1, 0.25, 2],
      ['Ural Service', 286, 300.3, 0, 0.05, 3],
      ['Smart Office', 100.1, 100.1, 1, 0, 4],
      ['North IT', 10000, 15000, 0, 0.5, 1],
    ]);
    expect(receivers(spreadsheet)).toEqual([]);
    const top = [
      [1, 'North IT', 0.5, 0],
      [2, 'Cloud Accounting', 0.25, 1],
      [3, 'Ural Service', 0.05, 0],
    ];
    expect(podium(spreadsheet)).toEqual(top);
    expect(dialogPodium(addon, '2026-09')).toEqual(top);
    // Any day of the month is that month: 17 September reads the same.
    spreadsheet.getSheetByName('Contest')!.getRange('H2').setValue(midnight('2026-09-17'));
    recalc();
    expect(podium(spreadsheet)).toEqual(top);
  });

  it('takes in invoice rows added below: a second October row of a partner, and a new partner', () => {
    const { spreadsheet, addon, recalc } = workbook();
    spreadsheet
      .getSheetByName('Invoices')!
      .getRange('A15:D17')
      .setValues([
        ['Smart Office', midnight('2026-10-25'), 40.04, 1], // October: 110.11 + 40.04 = 150.15, 3 + 1 subscriptions
        ['Nova', midnight('2026-09-10'), 1000, 0],
        ['Nova', midnight('2026-10-10'), 1600, 0], // +60%
      ]);
    recalc();
    // Smart Office: (150.15 − 100.10) / 100.10 = +50% exactly; Nova +60% first; Cloud Accounting +40% third.
    expect(contest(spreadsheet)).toEqual([
      ['Cloud Accounting', 20000, 28000, 2, 0.4, 3],
      ['Ural Service', 300.3, 330.33, 3, 0.1, 4],
      ['Smart Office', 100.1, 150.15, 4, 0.5, 2],
      ['North IT', 15000, 30000, 1, 1, ''],
      ['Volga Soft', '', 12000, 4, '', ''],
      ['Nova', 1000, 1600, 0, 0.6, 1],
    ]);
    const top = [
      [1, 'Nova', 0.6, 0],
      [2, 'Smart Office', 0.5, 4],
      [3, 'Cloud Accounting', 0.4, 2],
    ];
    expect(podium(spreadsheet)).toEqual(top);
    expect(dialogPodium(addon, '2026-10')).toEqual(top);
  });

  it('follows the Contest log: a breach that switched September’s leads leaves both partners out of October, a cancellation brings one back', () => {
    const { spreadsheet, addon, recalc } = workbook();
    // September's winner North IT breaks the rules: from 21 October the leads go to place 2, Cloud Accounting.
    ok(addon.call('recordContestResult', { month: '2026-09', partner: 'North IT', action: 'breach', from: '2026-10-21', requestId: 'b-1' }));
    recalc();
    expect(receivers(spreadsheet)).toEqual(['North IT', 'Cloud Accounting']);
    // Ural Service and Smart Office (+10%, 3 subscriptions each) share place 1.
    const shared = [
      [1, 'Ural Service', 0.1, 3],
      [1, 'Smart Office', 0.1, 3],
    ];
    expect(podium(spreadsheet)).toEqual(shared);
    expect(contest(spreadsheet).map((r) => r[5])).toEqual(['', 1, 1, '', '']);
    expect(dialogPodium(addon, '2026-10')).toEqual(shared);
    // The breach was a mistake: row 3 is cancelled (row 4 names it).
    ok(addon.call('recordContestResult', { month: '2026-09', action: 'cancel', row: 3, requestId: 'c-1' }));
    recalc();
    expect(receivers(spreadsheet)).toEqual(['North IT']);
    expect(podium(spreadsheet)).toEqual(dialogPodium(addon, '2026-10'));
    expect(podium(spreadsheet)[0]).toEqual([1, 'Cloud Accounting', 0.4, 2]);
  });

  it('in Russian: the same numbers on the Russian sheets', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    expect(contest(spreadsheet, 'Конкурс').map((r) => [r[0], r[4], r[5]])).toEqual([
      ['Облачная бухгалтерия', 0.4, 1],
      ['Урал Сервис', 0.1, 2],
      ['Умный офис', 0.1, 2],
      ['Северный ИТ', 1, ''],
      ['Волга Софт', '', ''],
    ]);
    expect(receivers(spreadsheet, 'Конкурс')).toEqual(['Северный ИТ']);
    expect(podium(spreadsheet, 'Конкурс')).toEqual(dialogPodium(addon, '2026-10'));
  });
});

describe("the 'Rules: leads' sheet: every formula passes it", () => {
  it('holds the seed table; editing one rules cell recomputes every Leads row', () => {
    const { spreadsheet, recalc } = workbook();
    const rules = spreadsheet.getSheetByName('Rules: leads')!;
    expect(rules.getRange('A1:B4').getValues()).toEqual([
      ['Step', 'Within hours'],
      ['first contact', 1],
      ['follow-up 3d', 72],
      ['follow-up 14d', 336],
    ]);
    // As of 01.11.2026 09:00 (the sample, SPEC §8 rule).
    expect(sla(spreadsheet)).toEqual(['ok', 'late: first contact; overdue: follow-up 14d', 'overdue: follow-up 3d', 'on track', 'overdue: first contact']);
    // First contact within 2 hours: L-1002's contact after 1 h 40 min is now in time.
    rules.getRange('B2').setValue(2);
    recalc();
    expect(sla(spreadsheet)).toEqual(['ok', 'overdue: follow-up 14d', 'overdue: follow-up 3d', 'on track', 'overdue: first contact']);
    // The steps' names are the vendor's own.
    rules.getRange('A2:A4').setValues([['call'], ['demo'], ['check-in']]);
    recalc();
    expect(sla(spreadsheet)).toEqual(['ok', 'overdue: check-in', 'overdue: demo', 'on track', 'overdue: call']);
    // Two steps only: the third step time typed in row 2 (L-1001) is now an error naming its cell.
    rules.getRange('A4:B4').clearContent();
    recalc();
    const leads = sheetCells(spreadsheet, 'Leads');
    expect(leads[1][6]).toMatchObject({ value: '#ERROR!' });
    expect(leads[1][6].error).toMatch(/^LEAD_SLA: follow_up_2, F2: .* is given, but the rules table has only 2 steps: leave it empty$/);
  });

  it('a rules cell that cannot be read is an error in every formula, naming the cell on the rules sheet', () => {
    const { spreadsheet, recalc } = workbook();
    spreadsheet.getSheetByName('Rules: leads')!.getRange('B3').setValue('three days');
    recalc();
    const message = (sheet: string, row: number, col: number) => sheetCells(spreadsheet, sheet)[row][col].error;
    const where = `rules, 'Rules: leads'!B3 (Within hours): "three days" is not a number`;
    expect(message('Leads', 1, 6)).toBe(`LEAD_SLA: ${where}`);
    expect(message('Contest', 1, 4)).toBe(`GROWTH_PCT: ${where}`);
    expect(message('Contest', 1, 5)).toBe(`GROWTH_RANK: ${where}`);
    expect(message('Contest', 1, 11)).toBe(`CONTEST_TOP: ${where}`);
  });

  it('is in Russian in a Russian workbook, read the same', () => {
    const { spreadsheet, recalc } = workbook('ru_RU');
    const rules = spreadsheet.getSheetByName('Правила: лиды')!;
    expect(rules.getRange('A1:B2').getValues()).toEqual([
      ['Шаг', 'Срок, часов'],
      ['первый контакт', 1],
    ]);
    expect(sla(spreadsheet, 'Лиды')[1]).toBe('опоздание: первый контакт; просрочен: повторный контакт 14 дней');
    rules.getRange('B2').setValue(2);
    recalc();
    expect(sla(spreadsheet, 'Лиды')[1]).toBe('просрочен: повторный контакт 14 дней');
  });
});
