/**
 * The Redeem points dialog (SPEC §4, §9.1) through dist/Code.js on the in-memory spreadsheet:
 * what it shows (getRedeemState: balances as of today and as of the Clients sheet's report date,
 * the catalog) and the sidebar. Set-up and the sample worked out by hand:
 * test/helpers/redeemDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { BONUS_CLIENTS } from '../../src/programs/bonus/template';
import { COURSON_PROGRAM } from '../../src/programs/bonus/rules/seed';
import { ok, refused } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { type Lang, type Spreadsheet, addRows, sheet, todayIso, workbook } from '../helpers/redeemDialog';

describe('getRedeemState', () => {
  it('lists every client of the Clients sheet with earned / spent / balance as of today, and the catalog, in English', () => {
    const { addon } = workbook('en_US');
    const state = ok(addon.call('getRedeemState'));
    expect(state.lang).toBe('en');
    expect(state.today).toBe(todayIso);
    // Every sample row is dated on or before the template's report date, 30.04.2026: the same figures on both days.
    const same = (earned: number, spent: number) => ({ earned, spent, balance: earned - spent, atReportDate: { earned, spent, balance: earned - spent } });
    expect(state.reportDate).toBe('2026-04-30');
    expect(state.clients).toEqual([
      { name: 'Alpha Build', ...same(35, 0) },
      { name: 'Beta Logistics', ...same(65, 60) },
      { name: 'Vector Energy', ...same(0, 0) },
      { name: 'Granite Plant', ...same(0, 0) },
      { name: 'Delta Med', ...same(0, 0) },
    ]);
    // SPEC §4 catalog: 10 rewards, prices 60/70/80 ×3 and OZON_2000 60.
    expect(state.catalog.map((r: any) => [r.code, r.points])).toEqual([
      ['ACT_9', 60],
      ['ACT_11', 70],
      ['ACT_15', 80],
      ['DISC_9', 60],
      ['DISC_11', 70],
      ['DISC_15', 80],
      ['TP_9', 60],
      ['TP_11', 70],
      ['TP_15', 80],
      ['OZON_2000', 60],
    ]);
    expect(state.catalog[9].name).toBe('OZON gift certificate for 2,000 roubles');
  });

  it("speaks Russian to a Russian user, with the sheet's own client names", () => {
    const { addon } = workbook('ru_RU');
    const state = ok(addon.call('getRedeemState'));
    expect(state.lang).toBe('ru');
    expect(state.clients[0]).toMatchObject({ name: 'Альфа-Строй', earned: 35, spent: 0, balance: 35 });
    expect(state.clients[1]).toMatchObject({ name: 'Бета Логистик', earned: 65, spent: 60, balance: 5 });
    expect(state.catalog[9]).toEqual({ code: 'OZON_2000', name: 'подарочный сертификат OZON на 2000 рублей', points: 60 });
  });

  it("follows the user's language, not the spreadsheet's", () => {
    const { addon } = workbook('en_US');
    const state = ok(addon.callAs({ locale: 'ru' }, 'getRedeemState'));
    expect(state.lang).toBe('ru');
    expect(state.clients[0].name).toBe('Alpha Build');
    // SPEC §12: the catalog comes from the rules sheet, whose names are the vendor's own, as written (here in English).
    expect(state.catalog[0].name).toBe(COURSON_PROGRAM.rewards[0].name.en);
  });

  it('reads each sheet with one getValues and writes nothing', () => {
    const { addon } = workbook();
    addon.resetCounts();
    ok(addon.call('getRedeemState'));
    const counts = addon.counts();
    // Clients, Activity, Redemptions and (SPEC §12) the rules sheet.
    expect(counts['Range.getValues']).toBe(4);
    expect(Object.keys(counts).filter((k) => /set|append|insert|delete|clear/i.test(k))).toEqual([]);
  });

  it("refuses, in the user's language, when the template is not there", () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'ru_RU' }) });
    expect(refused(addon.call('getRedeemState'))).toMatch(/^Нет листа «Списания»/);
  });

  it('flags a client whose access date is missing or not a date, and a client listed twice', () => {
    const { spreadsheet, addon } = workbook();
    addRows(spreadsheet, BONUS_CLIENTS, 'en', [
      ['Epsilon', ''],
      ['Zeta', 'soon'],
      ['alpha build', midnight('2026-02-01')],
    ]);
    const state = ok(addon.call('getRedeemState'));
    const byName = Object.fromEntries(state.clients.map((c: any) => [c.name, c]));
    expect(byName.Epsilon.problem).toBe('Epsilon has no access date (Clients sheet, row 7), so its points cannot be computed. Enter the date first.');
    expect(byName.Zeta.problem).toBe('The access date of Zeta (Clients sheet, row 8) is not a date: "soon". Correct it first.');
    expect(byName['Alpha Build'].problem).toBe('Alpha Build is listed more than once on the Clients sheet (rows 2, 9). Keep one row per client first.');
    expect(state.clients).toHaveLength(7);
  });
});

/** The Clients sheet's report-date cell: F2, beside the table (A–D) after one empty column. */
function setReportDate(spreadsheet: Spreadsheet, value: unknown, lang: Lang = 'en') {
  sheet(spreadsheet, BONUS_CLIENTS, lang).getRange('F2').setValue(value);
}

describe("getRedeemState: the Clients sheet's report date beside today", () => {
  /*
   * With the report date moved back to 31.03.2026, worked out by hand from the sample log (SPEC §4):
   * - Alpha Build: the SPEC example without the renewal of 01.04 (after the report date): 35 − 10 = 25 earned.
   * - Beta Logistics: M_EMPLOYEES_3, M_PROGRAM_SET, M_ASSIGNED_1 15 + M_ASSIGNED_3 5 + the three share milestones
   *   (6/12 = 50 % on 12.02) 15 + success_story (20.03) 20 = 55; the renewal (15.04) not yet → 55 earned.
   * Spent is the whole ledger, as the sheet's Balance column (BONUS_BALANCE) counts it: Beta's 60 → balance −5.
   * Today (after 15.04.2026) the figures stay 35 / 0 / 35 and 65 / 60 / 5.
   */
  it('gives each client its figures as of the report date too, read in the same getValues as the clients', () => {
    const { spreadsheet, addon } = workbook('en_US');
    setReportDate(spreadsheet, midnight('2026-03-31'));
    addon.resetCounts();
    const state = ok(addon.call('getRedeemState'));
    expect(addon.counts()['Range.getValues']).toBe(4); // the report date comes with the clients; the rules sheet is the fourth
    expect(state.today).toBe(todayIso);
    expect(state.reportDate).toBe('2026-03-31');
    expect(state).not.toHaveProperty('reportDateProblem');
    expect(state.clients[0]).toEqual({ name: 'Alpha Build', earned: 35, spent: 0, balance: 35, atReportDate: { earned: 25, spent: 0, balance: 25 } });
    expect(state.clients[1]).toEqual({ name: 'Beta Logistics', earned: 65, spent: 60, balance: 5, atReportDate: { earned: 55, spent: 60, balance: -5 } });
    expect(state.clients[2].atReportDate).toEqual({ earned: 0, spent: 0, balance: 0 });
  });

  it('finds the report date under its label when the manager moved it (one more column before it)', () => {
    const { spreadsheet, addon } = workbook('en_US');
    setReportDate(spreadsheet, midnight('2026-03-31'));
    const clients = spreadsheet.getSheetByName('Clients')!;
    // Report date: F1/F2 → G1/G2; a note column takes its place. The sheet's formulas are not consulted here.
    clients.insertColumnsAfter(5, 1);
    const state = ok(addon.call('getRedeemState'));
    expect(state.reportDate).toBe('2026-03-31');
    expect(state.clients[0].atReportDate).toEqual({ earned: 25, spent: 0, balance: 25 });
  });

  it("shows as of the report date exactly what the Clients sheet's own columns show", () => {
    const { spreadsheet, addon } = workbook('en_US');
    setReportDate(spreadsheet, midnight('2026-03-31'));
    recalculate(spreadsheet, addon);
    const cells = sheetCells(spreadsheet, 'Clients');
    const earnedAt = cells[0].findIndex((c) => c.value === 'Points earned');
    const balanceAt = cells[0].findIndex((c) => c.value === 'Balance');
    const state = ok(addon.call('getRedeemState'));
    const fromSheet = state.clients.map((c: any, i: number) => [c.name, cells[i + 1][earnedAt].value, cells[i + 1][balanceAt].value]);
    expect(state.clients.map((c: any) => [c.name, c.atReportDate.earned, c.atReportDate.balance])).toEqual(fromSheet);
    expect(fromSheet.slice(0, 2)).toEqual([
      ['Alpha Build', 25, 25],
      ['Beta Logistics', 55, -5],
    ]);
  });

  it('reads a report date typed as text, in a Russian spreadsheet', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    setReportDate(spreadsheet, "'31.03.2026", 'ru');
    const state = ok(addon.call('getRedeemState'));
    expect(state.reportDate).toBe('2026-03-31');
    expect(state.clients[0]).toMatchObject({ name: 'Альфа-Строй', atReportDate: { earned: 25, spent: 0, balance: 25 } });
  });

  it('shows only today when the report-date cell is empty or gone', () => {
    const { spreadsheet, addon } = workbook('en_US');
    setReportDate(spreadsheet, '');
    const empty = ok(addon.call('getRedeemState'));
    expect(empty).not.toHaveProperty('reportDate');
    expect(empty).not.toHaveProperty('reportDateProblem');
    expect(empty.clients[0]).toEqual({ name: 'Alpha Build', earned: 35, spent: 0, balance: 35 });
    // The label too: no column F at all.
    sheet(spreadsheet, BONUS_CLIENTS, 'en').getRange('F1:F2').clearContent();
    const gone = ok(addon.call('getRedeemState'));
    expect(gone).not.toHaveProperty('reportDate');
    expect(gone.clients[1]).toEqual({ name: 'Beta Logistics', earned: 65, spent: 60, balance: 5 });
  });

  it("says, in the user's language, when the report-date cell holds something that is not a date", () => {
    const { spreadsheet, addon } = workbook('en_US');
    setReportDate(spreadsheet, 'soon');
    const state = ok(addon.call('getRedeemState'));
    expect(state).not.toHaveProperty('reportDate');
    expect(state.reportDateProblem).toBe(
      'The report date on the "Clients" sheet (F2) is not a date: "soon". The figures below are as of today only; correct the cell to see them as of the report date too.',
    );
    expect(state.clients[0]).toEqual({ name: 'Alpha Build', earned: 35, spent: 0, balance: 35 });
    expect(ok(addon.callAs({ locale: 'ru' }, 'getRedeemState')).reportDateProblem).toBe(
      'Дата отчёта на листе «Clients» (F2) не дата: «soon». Баллы ниже показаны только на сегодня; исправьте ячейку, чтобы видеть их и на дату отчёта.',
    );
  });

  it('gives the report date even when it is today (the dialog then shows one column)', () => {
    const { spreadsheet, addon } = workbook('en_US');
    setReportDate(spreadsheet, midnight(todayIso));
    const state = ok(addon.call('getRedeemState'));
    expect(state.reportDate).toBe(todayIso);
    expect(state.clients[1]).toEqual({ name: 'Beta Logistics', earned: 65, spent: 60, balance: 5, atReportDate: { earned: 65, spent: 60, balance: 5 } });
  });

  it('lists every reward by code, name and price (SPEC §4 catalog), as the rules sheet writes them', () => {
    const { addon } = workbook('en_US');
    expect(ok(addon.call('getRedeemState')).catalog).toEqual([
      { code: 'ACT_9', name: '9% extra free activations for each internal-training program', points: 60 },
      { code: 'ACT_11', name: '11% extra free activations for each internal-training program', points: 70 },
      { code: 'ACT_15', name: '15% extra free activations for each internal-training program', points: 80 },
      { code: 'DISC_9', name: '9% discount on the next internal training contract', points: 60 },
      { code: 'DISC_11', name: '11% discount on the next internal training contract', points: 70 },
      { code: 'DISC_15', name: '15% discount on the next internal training contract', points: 80 },
      { code: 'TP_9', name: '9% discount on a contract with the TechnoProgress training centre', points: 60 },
      { code: 'TP_11', name: '11% discount on a contract with the TechnoProgress training centre', points: 70 },
      { code: 'TP_15', name: '15% discount on a contract with the TechnoProgress training centre', points: 80 },
      { code: 'OZON_2000', name: 'OZON gift certificate for 2,000 roubles', points: 60 },
    ]);
    // SPEC §12: names in a rules table are the vendor's own: a Russian user sees the English sheet's names…
    expect(ok(addon.callAs({ locale: 'ru' }, 'getRedeemState')).catalog[0].name).toBe('9% extra free activations for each internal-training program');
    // …and a template inserted in Russian holds the seed's Russian names.
    const ru = ok(workbook('ru_RU').addon.call('getRedeemState')).catalog;
    expect(ru[0]).toEqual({ code: 'ACT_9', name: '9% дополнительных бесплатных активаций к каждой программе внутреннего обучения', points: 60 });
    expect(ru[8]).toEqual({ code: 'TP_15', name: 'скидка 15% от суммы договора с учебным центром «ТехноПрогресс»', points: 80 });
  });
});

describe('the Redeem points sidebar', () => {
  it("opens from the menu as a 300-px sidebar in the user's language, self-contained", () => {
    for (const [locale, title] of [
      ['en_US', 'Redeem points'],
      ['ru_RU', 'Списание баллов'],
    ] as const) {
      const { addon } = workbook(locale);
      addon.call('showRedeemDialog');
      const dialog = addon.ui.lastDialog!;
      expect(dialog).toMatchObject({ kind: 'sidebar', title, width: 300 });
      expect(dialog.content).toContain('google.script.run');
      expect(dialog.content).not.toMatch(/<script[^>]+src=/);
      // nothing from elsewhere but Google's add-on CSS
      const urls = [...dialog.content.matchAll(/(?:href|src)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
      expect(urls).toEqual(['https://ssl.gstatic.com/docs/script/css/add-ons1.css']);
      expect(dialog.content).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
