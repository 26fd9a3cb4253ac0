/**
 * Set-up shared by the Redeem points dialog's tests (test/dialogs/redeem*.test.ts): the workbook
 * with the bonus template, rows added by hand, and the ledger. What follows is what those tests
 * rely on.
 *
 * The Redeem points dialog's server functions (SPEC §9.1), through dist/Code.js
 * on the in-memory spreadsheet with the bonus template inserted.
 *
 * "Today" is the real current day in the spreadsheet's zone (Europe/Moscow,
 * UTC+3 all year). Every expected balance below holds for any today on or
 * after 2026-04-20 (the last activity row any test adds), so the tests do not
 * depend on the exact day; the day itself is only compared where it is written.
 *
 * The template's sample data, worked out by hand from SPEC §4 as of any day
 * after 2026-04-15 (no milestone is reached after that, and every window that
 * matters has closed or was met):
 * - Alpha Build (access 10.01.2026): the SPEC §4 example, 35 earned, nothing spent → balance 35.
 * - Beta Logistics (access 31.01.2026): employees 12 on 03.02, program_sets 2 on 10.02, assigned 6 on 12.02:
 *   M_EMPLOYEES_3, M_PROGRAM_SET, M_ASSIGNED_1 (all ≤ 14.02) 15, M_ASSIGNED_3 (≤ 28.02) 5, 6/12 = 50 % ≥ 10/30/50 %
 *   (≤ 30.04, 31.07, 31.10) 15; success_story 20 + renewal 10 → 65 earned; OZON_2000 60 spent → balance 5.
 * - Vector Energy, Granite Plant, Delta Med: no activity, no redemptions → 0.
 * Tests that need a client who can afford rewards add one action row for Granite Plant:
 * 20.04.2026 success_story × 10 = 20 × 10 = 200 points (actions have no window).
 */
import { expect } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { BONUS_ACTIVITY, BONUS_REDEMPTIONS } from '../../src/programs/bonus/template';
import { requestIds } from './dialogs';
import { midnight } from './days';

export type Lang = 'en' | 'ru';
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today in Europe/Moscow, ISO; and the Date a day cell holds there (local midnight, UTC+3). */
export const todayIso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export function workbook(locale: 'en_US' | 'ru_RU' = 'en_US', options: { userLocale?: string; interleave?: { probability: number; seed?: number } } = {}) {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet, userLocale: options.userLocale, interleave: options.interleave });
  expect(addon.call('insertBonusTemplate')).toMatchObject({ ok: true });
  return { spreadsheet, addon, lang: (locale === 'ru_RU' ? 'ru' : 'en') as Lang };
}

export function sheet(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang) {
  const found = spreadsheet.getSheetByName(template.name[lang]);
  if (!found) throw new Error(`no ${template.name[lang]} sheet`);
  return found;
}

/** The whole Redemptions sheet, every cell. */
export function ledger(spreadsheet: Spreadsheet, lang: Lang = 'en'): unknown[][] {
  return sheet(spreadsheet, BONUS_REDEMPTIONS, lang).getDataRange().getValues();
}

/** Appends rows under the last row of a sheet (test set-up, through the host's own handle). */
export function addRows(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang, rows: unknown[][]) {
  const target = sheet(spreadsheet, template, lang);
  // The Clients sheet has a report-date side cell in row 2: find the last row of column A instead of getLastRow.
  const columnA = target.getRange(1, 1, Math.max(target.getLastRow(), 1), 1).getValues();
  let last = columnA.length;
  while (last > 1 && columnA[last - 1][0] === '') last--;
  target.getRange(last + 1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Granite Plant earns 200 points: 20.04.2026 success_story × 10. */
export function giveGranite200(spreadsheet: Spreadsheet, lang: Lang = 'en') {
  addRows(spreadsheet, BONUS_ACTIVITY, lang, [[midnight('2026-04-20'), lang === 'ru' ? 'Гранит-Завод' : 'Granite Plant', 'success_story', 10]]);
}

export const id = requestIds('test');
