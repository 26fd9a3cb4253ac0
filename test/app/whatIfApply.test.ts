/**
 * What if… Apply (SPEC §13, §9), the server module in Node on the in-memory spreadsheet: one
 * setValues under the document lock, values typed as the columns read them and text kept as
 * text, a stale table refused, a repeated request answered as the first without writing.
 */
import { describe, expect, it } from 'vitest';
import { hostServices } from '../../dev/memory';
import { SEED_GRID, edited, starsWorkbook } from '../helpers/whatIfServer';

const APPLIED = { ok: true, sheet: 'Rules: stars', message: 'The edited rules are written to the "Rules: stars" sheet; the formulas that read it recompute.' };
const STALE =
  'The "Rules: stars" sheet changed after this table was read from it, so nothing was written. Reload the table to see the sheet as it is now, then make your change again.';

describe('applyWhatIf', () => {
  it('writes the edited table in ONE setValues, and the sheet then reads as the edited table compared', () => {
    const { server, host, writes, table } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    const grid = edited(SEED_GRID, 3, 1, '450');
    const compared = server.compareWhatIf({ program: 'stars', cells: grid, token }) as any;
    host.resetCounts();
    expect(server.applyWhatIf({ program: 'stars', cells: grid, token, requestId: 'apply-1' })).toEqual(APPLIED);
    expect(writes()).toEqual({ 'Range.setValues': 1 });
    expect(table()).toEqual([
      ['Star', 'Min points', 'Bonus', 'Active', 'Support'],
      ['Bronze', 0, 0, true, 'none'],
      ['Silver', 100, 0.05, true, 'email'],
      ['Gold', 450, 0.1, true, 'phone'],
    ]);
    // Compared again from the sheet: nothing changes, and "before" is what the first comparison called "after".
    const now = server.getWhatIfTable('stars') as any;
    expect(now.token).not.toBe(token);
    const again = server.compareWhatIf({ program: 'stars', cells: now.cells, token: now.token }) as any;
    expect(again.changedCount).toBe(0);
    expect(again.totals).toEqual(compared.totals.map((t: any) => ({ ...t, before: t.after })));
  });

  it('writes numbers and booleans as values, words and names as the text typed (never a number, a date or a formula)', () => {
    const { server, table, writes, host } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    const grid = [
      ...edited(edited(edited(SEED_GRID, 2, 2, '7.5%'), 2, 3, 'FALSE'), 2, 4, 'phone'),
      ['2024', '2 000', '15%', 'yes', 'email'],
      ['=1+1', '3000', '', '', ''],
      ['3/4', '4000', '', '', ''],
    ];
    host.resetCounts();
    expect(server.applyWhatIf({ program: 'stars', cells: grid, token, requestId: 'apply-2' })).toEqual(APPLIED);
    expect(writes()).toEqual({ 'Range.setValues': 1 });
    expect(table().slice(2)).toEqual([
      // "phone" is read as support level 2, but it is a word: it stays the word
      ['Silver', 100, 0.075, false, 'phone'],
      ['Gold', 500, 0.1, true, 'phone'],
      ['2024', 2000, 0.15, true, 'email'],
      ['=1+1', 3000, '', '', ''],
      ['3/4', 4000, '', '', ''],
    ]);
    expect(host.SpreadsheetApp.getActive().getSheetByName('Rules: stars')!.getRange('A6').getFormula()).toBe('');
  });

  it('refuses a table changed on the sheet since the dialog read it, writing nothing', () => {
    const { server, rules, writes, host, table } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    rules.getRange('B3').setValue(150); // someone edits Silver meanwhile
    const before = table();
    host.resetCounts();
    expect(server.applyWhatIf({ program: 'stars', cells: edited(SEED_GRID, 3, 1, '450'), token, requestId: 'apply-3' })).toEqual({ ok: false, message: STALE });
    expect(writes()).toEqual({});
    expect(table()).toEqual(before);
  });

  it('answers a repeated request as the first time and writes nothing, also once its token is out of date', () => {
    const { server, writes, host } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    const request = { program: 'stars', cells: edited(SEED_GRID, 3, 1, '450'), token, requestId: 'apply-4' };
    const first = server.applyWhatIf(request);
    host.resetCounts();
    expect(server.applyWhatIf(request)).toEqual(first);
    expect(writes()).toEqual({});
    // A later edit on the sheet is no repeat: the old table is refused.
    request.cells = edited(SEED_GRID, 3, 1, '400');
    expect(server.applyWhatIf(request)).toEqual({ ok: false, message: STALE });
    expect(writes()).toEqual({});
  });

  it('clears the rows removed from the grid, and keeps the formula of a cell left alone', () => {
    const { server, rules, writes, host } = starsWorkbook();
    rules.getRange('D4').setFormula('=TRUE');
    const { token, cells } = server.getWhatIfTable('stars') as any;
    host.resetCounts();
    // Silver removed: Gold moves up a row; its formula cell is no longer "left alone" there and is written as its value.
    const grid = [cells[0], cells[1], edited(cells, 3, 1, '400')[3]];
    expect(server.applyWhatIf({ program: 'stars', cells: grid, token, requestId: 'apply-5' })).toEqual(APPLIED);
    expect(writes()).toEqual({ 'Range.setValues': 1 });
    expect(rules.getRange(1, 1, 4, 2).getValues()).toEqual([
      ['Star', 'Min points'],
      ['Bronze', 0],
      ['Gold', 400],
      ['', ''],
    ]);
    const kept = starsWorkbook();
    kept.rules.getRange('D4').setFormula('=TRUE');
    const read = kept.server.getWhatIfTable('stars') as any;
    expect(kept.server.applyWhatIf({ program: 'stars', cells: edited(read.cells, 3, 1, '400'), token: read.token, requestId: 'apply-6' })).toEqual(APPLIED);
    expect(kept.rules.getRange('D4').getFormula()).toBe('=TRUE');
    expect(kept.rules.getRange('B4').getValue()).toBe(400);
  });

  it('refuses, writing nothing, without a request id or while another change holds the lock', () => {
    const { server, spreadsheet, writes } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    const cells = edited(SEED_GRID, 3, 1, '450');
    expect(server.applyWhatIf({ program: 'stars', cells, token } as any)).toEqual({
      ok: false,
      message: 'The request has no valid request id. Reopen the dialog and try again; nothing was written.',
    });
    const other = hostServices(spreadsheet, 'other@example.com');
    expect(other.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(server.applyWhatIf({ program: 'stars', cells, token, requestId: 'apply-7' })).toEqual({
      ok: false,
      message: 'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.',
    });
    other.end();
    expect(writes()).toEqual({});
  });
});

describe('a table the readers refuse: the message beside its cell, nothing written', () => {
  const cases: [string, string[][], { row: number | null; column: number | null; message: string }][] = [
    [
      'a missing column',
      edited(SEED_GRID, 0, 1, ''),
      { row: null, column: null, message: 'The table has no "Min points" column (headers are read from its first row).' },
    ],
    [
      'an unknown header',
      edited(SEED_GRID, 0, 1, 'Min pointz'),
      { row: 0, column: 1, message: '"Min pointz" is not a column of the stars table; its columns: Star, Min points, Bonus, Active, Support.' },
    ],
    ['a value that is no number', edited(SEED_GRID, 2, 1, 'abc'), { row: 2, column: 1, message: 'Min points: "abc" is not a number.' }],
    ['a share above 100%', edited(SEED_GRID, 2, 2, '150%'), { row: 2, column: 2, message: 'Bonus: "150%" is above 100%.' }],
    [
      'a word the column does not know',
      edited(SEED_GRID, 1, 4, 'fax'),
      { row: 1, column: 4, message: 'Support: "fax" is not a support level (none, email, phone).' },
    ],
    ['a duplicate name', edited(SEED_GRID, 3, 0, 'silver'), { row: 3, column: 0, message: 'Star: "silver" is the name of another star too.' }],
    // typed as a number, the cell is the number the sheet will hold
    [
      'thresholds that fall down the table',
      edited(SEED_GRID, 3, 1, '50'),
      { row: 3, column: 1, message: 'Min points: 50 is less than the star above it (100).' },
    ],
    ['a first star above 0', edited(SEED_GRID, 1, 1, '10'), { row: 1, column: 1, message: 'Min points: 10 is not 0, but the first star starts at 0.' }],
    ['no rule left', [SEED_GRID[0]], { row: null, column: null, message: 'The table has no stars: add a row per star.' }],
  ];

  for (const [what, cells, problem] of cases) {
    it(what, () => {
      const { server, writes, table } = starsWorkbook();
      const { token } = server.getWhatIfTable('stars') as any;
      const before = table();
      const refused = { ok: false, table: 'edited', ...problem };
      expect(server.compareWhatIf({ program: 'stars', cells, token })).toEqual(refused);
      expect(server.applyWhatIf({ program: 'stars', cells, token, requestId: `bad-${what}` })).toEqual(refused);
      expect(writes()).toEqual({});
      expect(table()).toEqual(before);
    });
  }

  it('in Russian, with the Russian headers', () => {
    const { server } = starsWorkbook({ locale: 'ru_RU' });
    const { token, cells } = server.getWhatIfTable('stars') as any;
    expect(server.compareWhatIf({ program: 'stars', cells: edited(cells, 2, 1, 'много'), token })).toEqual({
      ok: false,
      table: 'edited',
      row: 2,
      column: 1,
      message: 'Баллы от: «много» — не число.',
    });
    expect(server.compareWhatIf({ program: 'stars', cells: edited(cells, 0, 1, ''), token })).toMatchObject({
      message: 'В таблице нет столбца «Баллы от» (заголовки читаются из первой строки).',
    });
    // a decimal comma in a Russian spreadsheet: 7,5% is 0.075
    expect(server.applyWhatIf({ program: 'stars', cells: edited(cells, 2, 2, '7,5%'), token, requestId: 'ru-1' })).toMatchObject({ ok: true });
    expect(server.getWhatIfTable('stars')).toMatchObject({ cells: edited(cells, 2, 2, '7,5%') });
  });
});
