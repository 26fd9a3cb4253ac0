import { describe, expect, it } from 'vitest';
import { recalculate } from '../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { TODAY, midnight, ruDay } from '../helpers/days';

/*
 * Menu: Set report dates to today (SPEC §2.9). Expected cells are worked out
 * by hand from the templates' layout: the report date sits under its label in
 * row 1 of a table sheet, and beside its label in column A of the Statement.
 */

function workbook(locale: 'en_US' | 'ru_RU', inserts: string[]) {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet });
  for (const name of inserts) expect(addon.call(name)).toMatchObject({ ok: true });
  return { spreadsheet, addon };
}

/** The cell under (table) or beside (form) a label. */
function reportCell(sheet: GoogleAppsScript.Spreadsheet.Sheet, label: string, form = false): unknown {
  const values = sheet.getDataRange().getValues();
  if (form) return values.find((row) => row[0] === label)![1];
  const col = values[0].indexOf(label);
  expect(col, label).toBeGreaterThanOrEqual(0);
  return values[1][col];
}

describe('Set report dates to today', () => {
  it('writes today into every template sheet that has a report date, one write per sheet under the lock, and says where in a toast', () => {
    const { spreadsheet, addon } = workbook('en_US', ['insertBonusTemplate', 'insertPartnerTemplate', 'insertGrowthTemplate']);
    addon.resetCounts();
    const before = Date.now();
    const result = addon.call('setReportDatesToday');
    expect(result).toMatchObject({ ok: true, day: TODAY, sheets: ['Clients', 'Statement', 'Deals', 'Pilots', 'Leads'] });
    const today = midnight(TODAY);
    for (const name of ['Clients', 'Deals', 'Pilots']) expect(reportCell(spreadsheet.getSheetByName(name)!, 'Report date')).toEqual(today);
    expect(reportCell(spreadsheet.getSheetByName('Statement')!, 'Report date', true)).toEqual(today);
    // The Leads sheet's report date is a date and time: the current minute.
    const leads = reportCell(spreadsheet.getSheetByName('Leads')!, 'Report date') as Date;
    expect(leads.getTime() % 60_000).toBe(0);
    expect(leads.getTime()).toBeGreaterThan(before - 60_000);
    expect(leads.getTime()).toBeLessThanOrEqual(Date.now());
    const counts = addon.counts();
    expect(counts['Range.setValue'] ?? 0).toBe(5);
    expect(counts['Range.setValues'] ?? 0).toBe(0);
    expect(counts['LockService.getDocumentLock']).toBe(1);
    const toast = addon.runtime.ui.messages.find((m) => m.kind === 'toast')!;
    expect(toast.message).toBe(`Report date set to ${TODAY} on 5 sheets: Clients, Statement, Deals, Pilots, Leads.`);
  });

  it('recomputes the formulas that read the report date', () => {
    const { spreadsheet, addon } = workbook('en_US', ['insertPartnerTemplate']);
    recalculate(spreadsheet, addon);
    const deals = spreadsheet.getSheetByName('Deals')!;
    const statusCol = deals.getRange(1, 1, 1, deals.getLastColumn()).getValues()[0].indexOf('Status');
    const status = () =>
      deals
        .getRange(2, statusCol + 1, 7, 1)
        .getValues()
        .map((r) => r[0]);
    // Row 2 (Vega, Romashka, Silver, registered 2026-09-01, updated 2026-11-20) is active on the template's 2026-11-30;
    // a report date later than EDATE(2026-09-01, 6) = 2027-03-01 makes it expired.
    expect(status()[0]).toBe('active');
    addon.call('setReportDatesToday');
    recalculate(spreadsheet, addon);
    const expected = TODAY > '2027-03-01' ? 'expired' : TODAY > '2026-12-04' ? 'stale' : 'active';
    expect(status()[0]).toBe(expected);
  });

  it('finds a report date whose label was moved, in Russian, and says so in Russian', () => {
    const { spreadsheet, addon } = workbook('ru_RU', ['insertPartnerTemplate']);
    const pilots = spreadsheet.getSheetByName('Пилоты')!;
    // The manager inserted a column into the table: the label and its date move one column right.
    pilots.insertColumnsAfter(1, 1);
    const result = addon.call('setReportDatesToday');
    expect(result).toMatchObject({ ok: true, sheets: ['Сделки', 'Пилоты'] });
    expect(reportCell(pilots, 'Дата отчёта')).toEqual(midnight(TODAY));
    const toast = addon.runtime.ui.messages.find((m) => m.kind === 'toast')!;
    expect(toast.message).toBe(`Дата отчёта ${ruDay(TODAY)} записана на 2 листах: Сделки, Пилоты.`);
  });

  it('tells the user when no template sheet is there, writing nothing', () => {
    const { addon } = workbook('en_US', []);
    addon.resetCounts();
    expect(addon.call('setReportDatesToday')).toMatchObject({ ok: false });
    expect(addon.counts()['Range.setValue'] ?? 0).toBe(0);
    expect(addon.runtime.ui.messages.at(-1)).toMatchObject({ kind: 'alert' });
    expect(addon.runtime.ui.messages.at(-1)!.message).toMatch(/No sheet of an Incentive Desk template/);
  });
});
