/**
 * Set-up for the What if… server tests: the server module (src/app/whatIf/server.ts) run in Node
 * against an in-memory spreadsheet, its Apps Script globals those of a host execution
 * (dev/memory hostServices), with the made-up stars program of whatIfStars.ts as its only source.
 *
 * The Members sheet (points) and the stars each member has under the seed table
 * (Bronze 0, Silver 100 at 5%, Gold 500 at 10%):
 *   Ann 50 → Bronze · Boris 120 → Silver · Cleo 480 → Silver · Dan 500 → Gold · Eve 1000 → Gold · Fay 0 → Bronze
 */
import { afterEach, expect, vi } from 'vitest';
import { createSpreadsheet, hostServices } from '../../dev/memory';
import { insertTemplate } from '../../src/kernel/sheets/insertTemplate';
import { whatIfServer } from '../../src/app/whatIf/server';
import { MEMBERS, STARS_TABLE, STARS_TEMPLATE, starsWhatIf } from './whatIfStars';

export type Lang = 'en' | 'ru';

export const MEMBER_ROWS: [string, number][] = [
  ['Ann', 50],
  ['Boris', 120],
  ['Cleo', 480],
  ['Dan', 500],
  ['Eve', 1000],
  ['Fay', 0],
];

/** The seed table as the grid shows it (English sheet). */
export const SEED_GRID = [
  ['Star', 'Min points', 'Bonus', 'Active', 'Support'],
  ['Bronze', '0', '0%', 'TRUE', 'none'],
  ['Silver', '100', '5%', 'TRUE', 'email'],
  ['Gold', '500', '10%', 'TRUE', 'phone'],
];

const GLOBALS = ['SpreadsheetApp', 'LockService', 'Session', 'Utilities', 'PropertiesService', 'CacheService', 'HtmlService'] as const;

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A spreadsheet with the stars program's rules sheet and Members sheet; the server over the stars source. */
export function starsWorkbook(options: { locale?: 'en_US' | 'ru_RU'; members?: [string, number][] } = {}) {
  const locale = options.locale ?? 'en_US';
  const lang: Lang = locale === 'ru_RU' ? 'ru' : 'en';
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const host = hostServices(spreadsheet, 'manager@example.com');
  for (const name of GLOBALS) vi.stubGlobal(name, host[name]);
  expect(insertTemplate(STARS_TEMPLATE, lang)).toMatchObject({ ok: true });
  const members = spreadsheet.getSheetByName(MEMBERS.name[lang])!;
  const rows = options.members ?? MEMBER_ROWS;
  if (rows.length > members.getMaxRows() - 1) members.insertRowsAfter(members.getMaxRows(), rows.length);
  if (rows.length) members.getRange(2, 1, rows.length, 2).setValues(rows);
  const rules = spreadsheet.getSheetByName(STARS_TABLE.sheetName[lang])!;
  const server = whatIfServer([starsWhatIf]);
  host.resetCounts();
  return {
    spreadsheet,
    host,
    server,
    rules,
    lang,
    /** The rules sheet's table, every cell as stored. */
    table: () => rules.getDataRange().getValues(),
    /** Service calls that change the spreadsheet, since the last resetCounts. */
    writes: () =>
      Object.fromEntries(Object.entries(host.counts()).filter(([name]) => /^(Range\.(set|clear|insert)|Sheet\.(appendRow|insert|delete))/.test(name))),
  };
}

/** The grid with one cell changed (row 0 = the headers). */
export function edited(grid: string[][], row: number, column: number, text: string): string[][] {
  return grid.map((line, r) => line.map((cell, c) => (r === row && c === column ? text : cell)));
}
