/**
 * Set-up shared by the Growth contest dialog's tests (test/dialogs/contest*.test.ts): the
 * workbook with the growth template, Invoices and Contest log rows written by hand, and the
 * dialog's record call. What follows is what those tests rely on.
 *
 * The Growth contest dialog's server functions (SPEC §8, §9.3), through
 * dist/Code.js on the in-memory spreadsheet with the growth template inserted.
 *
 * The template's sample, worked out by hand (growth = (B − A) / A, SPEC §8):
 * - Cloud Accounting: 20 000 → 28 000: 8 000 / 20 000 = +40%, 2 subscriptions → place 1.
 * - Ural Service: 300.30 → 330.33: 30.03 / 300.30 = +10%, 3 subscriptions;
 *   Smart Office: 100.10 → 110.11: 10.01 / 100.10 = +10%, 3 subscriptions → both place 2 ("2 ="), next place would be 4.
 * - North IT: 15 000 → 30 000 = +100%, but the log records it as September's winner: it receives
 *   the leads during October, so it is left out of October's contest.
 * - Volga Soft: no September invoice → no growth, not ranked.
 * September against August (the sample's August rows): North IT 10 000 → 15 000 = +50% (place 1, the log's
 * winner), Cloud Accounting 16 000 → 20 000 = +25% (2), Ural Service 286 → 300.30 = +5% (3), Smart Office
 * 100.10 → 100.10 = 0% (4).
 * The Contest log: A Reporting month | B Place | C Partner | D Growth | E Subscriptions | F Result | G Leads to |
 * H From | I Cancels row | J Recorded by | K Recorded at | L Request ID. Its sample row 2: September, North IT,
 * winner, leads to North IT from 2026-10-01.
 * The spreadsheet's zone is Europe/Moscow (UTC+3 all year) unless a test says otherwise.
 */
import { expect } from 'vitest';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { CONTEST_LOG, INVOICES } from '../../src/programs/growth/template';
import { refused, requestIds } from './dialogs';

export type Lang = 'en' | 'ru';
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function workbook(locale: 'en_US' | 'ru_RU' = 'en_US', timeZone = 'Europe/Moscow') {
  const spreadsheet = createSpreadsheet({ locale, timeZone });
  const addon = loadAddon({ spreadsheet });
  expect(addon.call('insertGrowthTemplate')).toMatchObject({ ok: true });
  return { spreadsheet, addon, lang: (locale === 'ru_RU' ? 'ru' : 'en') as Lang };
}

export function sheet(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang) {
  const found = spreadsheet.getSheetByName(template.name[lang]);
  if (!found) throw new Error(`no ${template.name[lang]} sheet`);
  return found;
}

/** The whole Contest log sheet, every cell. */
export const logOf = (spreadsheet: Spreadsheet, lang: Lang = 'en') => sheet(spreadsheet, CONTEST_LOG, lang).getDataRange().getValues();
/** The log's rows under the header. */
export const logRows = (spreadsheet: Spreadsheet, lang: Lang = 'en') => logOf(spreadsheet, lang).slice(1);

/** Replaces the rows under a table's header (test set-up, through the host's own handle). */
export function replaceRows(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang, rows: unknown[][], width: number) {
  const target = sheet(spreadsheet, template, lang);
  target.getRange(2, 1, Math.max(target.getLastRow(), 2), width).clearContent();
  if (rows.length) target.getRange(2, 1, rows.length, width).setValues(rows);
}
export const setInvoices = (spreadsheet: Spreadsheet, rows: unknown[][], lang: Lang = 'en') => replaceRows(spreadsheet, INVOICES, lang, rows, 4);
/** Log rows in the template's column order (above), shorter rows padded with empty cells. */
export const setLog = (spreadsheet: Spreadsheet, rows: unknown[][], lang: Lang = 'en') =>
  replaceRows(
    spreadsheet,
    CONTEST_LOG,
    lang,
    rows.map((row) => [...row, ...Array(12).fill('')].slice(0, 12)),
    12,
  );
/** A row typed into the log by hand: month, place, partner, growth, subscriptions, result; then Leads to, From, Cancels row, user, time. */
export const logRow = (
  month: Date,
  place: number | '',
  partner: string,
  result: string,
  more: { leadsTo?: string; from?: Date; cancels?: number; user?: string; at?: Date; growth?: number; subscriptions?: number } = {},
) => [
  month,
  place,
  partner,
  more.growth ?? '',
  more.subscriptions ?? '',
  result,
  more.leadsTo ?? '',
  more.from ?? '',
  more.cancels ?? '',
  more.user ?? 'm@example.com',
  more.at ?? new Date(),
];

export const id = requestIds('contest-test');
export const record = (addon: Addon, month: string, partner: string, action: 'winner' | 'declined', requestId = id()) =>
  addon.call('recordContestResult', { month, partner, action, requestId });
/** A decline or a handling breach of the partner receiving the leads, from a day (`YYYY-MM-DD`). */
export const pass = (addon: Addon, month: string, partner: string, action: 'declined' | 'breach', from: string, requestId = id()) =>
  addon.call('recordContestResult', { month, partner, action, from, requestId });
/** Cancels the record in a row of the Contest log. */
export const cancel = (addon: Addon, month: string, row: number, requestId = id()) =>
  addon.call('recordContestResult', { month, action: 'cancel', row, requestId });

/** The writes a call made to the spreadsheet, by service method. */
export function writes(addon: Addon): Record<string, number> {
  return Object.fromEntries(
    Object.entries(addon.counts()).filter(([name]) => /^(Range|Sheet|Spreadsheet)\.(set|append|insert|delete|clear|copy|move|sort)/.test(name)),
  );
}

/** Runs a call that must refuse: the whole log is unchanged and nothing at all was written. */
export function refusesWritingNothing(spreadsheet: Spreadsheet, addon: Addon, run: () => unknown, lang: Lang = 'en'): string {
  const before = logOf(spreadsheet, lang);
  addon.resetCounts();
  const message = refused(run());
  expect(writes(addon)).toEqual({});
  expect(logOf(spreadsheet, lang)).toEqual(before);
  return message;
}
