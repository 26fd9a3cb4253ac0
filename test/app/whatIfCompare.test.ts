/**
 * What if… (SPEC §13), the server module in Node on the in-memory spreadsheet: the program list,
 * the rules table as an editable grid, and Compare, which reads the rules sheet, the edited grid
 * and the data and writes nothing. The stars program and its members: test/helpers/whatIfServer.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../dev/memory';
import { recalculate } from '../../dev/formulas';
import { whatIfServer } from '../../src/app/whatIf/server';
import { CellError } from '../../src/kernel/errors';
import { bi } from '../helpers/texts';
import { starsWhatIf } from '../helpers/whatIfStars';
import { SEED_GRID, edited, starsWorkbook } from '../helpers/whatIfServer';

describe('getWhatIfPrograms', () => {
  it('lists the programs whose rules sheet is in the spreadsheet, in the user language', () => {
    const { server } = starsWorkbook();
    expect(server.getWhatIfPrograms()).toEqual({ ok: true, lang: 'en', programs: [{ key: 'stars', label: 'Stars (test)', sheet: 'Rules: stars' }] });
    const ru = starsWorkbook({ locale: 'ru_RU' });
    expect(ru.server.getWhatIfPrograms()).toEqual({ ok: true, lang: 'ru', programs: [{ key: 'stars', label: 'Звёзды (тест)', sheet: 'Правила: звёзды' }] });
  });

  it('says which sheets it looks for when none is there, and that there is no program yet when none is registered', () => {
    const { spreadsheet, server } = starsWorkbook();
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Rules: stars')!);
    expect(server.getWhatIfPrograms()).toEqual({
      ok: false,
      lang: 'en',
      message: `No program's rules sheet is in this spreadsheet ("Rules: stars"). Insert a program template from the add-on menu (Insert template), then open What if… again.`,
    });
    expect(whatIfServer([]).getWhatIfPrograms()).toEqual({
      ok: false,
      lang: 'en',
      message: 'What if… has no program to compare in this version of the add-on.',
    });
  });
});

describe('getWhatIfTable', () => {
  it("gives the rules sheet's cells as the cell editor shows them, with what the grid needs per column", () => {
    const { server } = starsWorkbook();
    const table = server.getWhatIfTable('stars') as any;
    expect(table).toMatchObject({ ok: true, lang: 'en', program: 'stars', label: 'Stars (test)', sheet: 'Rules: stars', formulas: [] });
    expect(table.cells).toEqual(SEED_GRID);
    expect(table.columns).toEqual([
      { kind: 'text', choices: [], known: true, required: true },
      { kind: 'number', choices: [], known: true, required: true },
      { kind: 'percent', choices: [], known: true, required: false },
      { kind: 'checkbox', choices: [], known: true, required: false },
      { kind: 'choice', choices: ['none', 'email', 'phone'], known: true, required: false },
    ]);
    expect(typeof table.token).toBe('string');
  });

  it('in a Russian spreadsheet: its headers and words, decimal commas, and an unknown header as plain text', () => {
    const { server, rules } = starsWorkbook({ locale: 'ru_RU' });
    rules.getRange('C3').setValue(0.125);
    rules.getRange('B4').setValue(1500.5);
    const table = server.getWhatIfTable('stars') as any;
    expect(table.cells).toEqual([
      ['Звезда', 'Баллы от', 'Бонус', 'Действует', 'Поддержка'],
      ['Bronze', '0', '0%', 'TRUE', 'нет'],
      ['Silver', '100', '12,5%', 'TRUE', 'почта'],
      ['Gold', '1500,5', '10%', 'TRUE', 'телефон'],
    ]);
    expect(table.columns[4].choices).toEqual(['нет', 'почта', 'телефон']);
    rules.getRange('E1').setValue('Заметки');
    expect((server.getWhatIfTable('stars') as any).columns[4]).toEqual({ kind: 'text', choices: [], known: false, required: false });
  });

  it('marks formula cells, and refuses an unknown program or a missing sheet', () => {
    const { server, rules, spreadsheet } = starsWorkbook();
    rules.getRange('B4').setFormula('=B3*5');
    recalculate(spreadsheet, loadAddon({ spreadsheet }));
    const table = server.getWhatIfTable('stars') as any;
    expect(table.cells[3][1]).toBe('500');
    expect(table.formulas).toEqual([{ row: 3, column: 1 }]);
    expect(server.getWhatIfTable('tiers')).toEqual({ ok: false, message: '"tiers" is not a program What if… can compare. Reopen the dialog.' });
    spreadsheet.deleteSheet(rules);
    expect(server.getWhatIfTable('stars')).toEqual({
      ok: false,
      message: 'There is no "Rules: stars" sheet any more. Insert the program\'s template from the add-on menu, then open What if… again.',
    });
  });
});

describe('compareWhatIf', () => {
  it('computes every row under both tables and writes nothing: Gold from 450 moves Cleo (480) up', () => {
    const { server, host, writes, table } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    const before = table();
    host.resetCounts();
    const result = server.compareWhatIf({ program: 'stars', cells: edited(SEED_GRID, 3, 1, '450'), token });
    expect(result).toEqual({
      ok: true,
      rows: 6,
      changedCount: 1,
      changed: [{ name: 'Cleo', before: 'Silver', after: 'Gold' }],
      more: 0,
      // bonus before: 120×5% + 480×5% + 500×10% + 1000×10% = 6 + 24 + 50 + 100 = 180; after: Cleo 480×10% = 48 → 204
      totals: [
        { label: 'Members with a star', before: '6', after: '6' },
        { label: 'Bonus points', before: '180', after: '204' },
      ],
      chart: {
        title: 'Members per star',
        buckets: [
          { label: 'Bronze', before: 2, after: 2 },
          { label: 'Silver', before: 2, after: 1 },
          { label: 'Gold', before: 2, after: 3 },
        ],
      },
      stale: false,
    });
    expect(writes()).toEqual({});
    // the rules sheet read in one range (values, formulas, formats), the data sheet in one getValues
    expect(host.counts()['Range.getValues']).toBe(2);
    expect(table()).toEqual(before);
  });

  it('an unedited table changes nothing; typed values read as the sheet will hold them', () => {
    const { server } = starsWorkbook();
    const { token, cells } = server.getWhatIfTable('stars') as any;
    expect(server.compareWhatIf({ program: 'stars', cells, token })).toMatchObject({
      changedCount: 0,
      changed: [],
      totals: [
        { before: '6', after: '6' },
        { before: '180', after: '180' },
      ],
    });
    // Silver inactive (FALSE): Boris and Cleo fall to Bronze (no bonus); Gold's bonus 12.5% instead of 10%.
    const grid = edited(edited(SEED_GRID, 2, 3, 'FALSE'), 3, 2, '12.5%');
    const result = server.compareWhatIf({ program: 'stars', cells: grid, token }) as any;
    expect(result.changed).toEqual([
      { name: 'Boris', before: 'Silver', after: 'Bronze' },
      { name: 'Cleo', before: 'Silver', after: 'Bronze' },
    ]);
    // after: Dan 500×12.5% + Eve 1000×12.5% = 62.5 + 125 = 187.5
    expect(result.totals[1]).toEqual({ label: 'Bonus points', before: '180', after: '187.5' });
  });

  it('sends the first 100 changed rows in sheet order and counts the rest', () => {
    const members = Array.from({ length: 250 }, (_, i): [string, number] => [`M${String(i + 1).padStart(3, '0')}`, 450 + (i % 50)]);
    const { server } = starsWorkbook({ members });
    const { token } = server.getWhatIfTable('stars') as any;
    const result = server.compareWhatIf({ program: 'stars', cells: edited(SEED_GRID, 3, 1, '450'), token }) as any;
    expect(result.rows).toBe(250);
    expect(result.changedCount).toBe(250);
    expect(result.changed).toHaveLength(100);
    expect(result.changed[0]).toEqual({ name: 'M001', before: 'Silver', after: 'Gold' });
    expect(result.changed[99].name).toBe('M100');
    expect(result.more).toBe(150);
  });

  it('compares with the sheet as it is now, and says when it changed since the grid was read', () => {
    const { server, rules } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    rules.getRange('B3').setValue(130); // Silver from 130 on the sheet: Boris (120) is Bronze now
    const result = server.compareWhatIf({ program: 'stars', cells: SEED_GRID, token }) as any;
    expect(result.stale).toBe(true);
    expect(result.changed).toEqual([{ name: 'Boris', before: 'Bronze', after: 'Silver' }]);
  });

  it('names the rules sheet cell when the sheet itself holds a bad value', () => {
    const { server, rules } = starsWorkbook();
    rules.getRange('B3').setValue('lots');
    const { token, cells } = server.getWhatIfTable('stars') as any;
    expect(server.compareWhatIf({ program: 'stars', cells, token })).toEqual({
      ok: false,
      table: 'sheet',
      row: 2,
      column: 1,
      message:
        'The "Rules: stars" sheet, cell B3 (Min points): "lots" is not a number. Correct the sheet: What if… compares the edited table with the rules the sheet holds now.',
    });
  });

  it('refuses a data sheet it cannot read, or a malformed request, writing nothing', () => {
    const { server, spreadsheet, writes, host } = starsWorkbook();
    const { token } = server.getWhatIfTable('stars') as any;
    spreadsheet.getSheetByName('Members')!.getRange('B3').setValue('many');
    host.resetCounts();
    expect(server.compareWhatIf({ program: 'stars', cells: SEED_GRID, token })).toEqual({
      ok: false,
      message: 'The "Members" sheet, row 3, column Points: "many" is not a number. Correct the cell; nothing was written.',
    });
    const badGrid = 'The edited table did not arrive whole (or is larger than 1,000 rows). Reopen the dialog and try again; nothing was written.';
    for (const cells of [undefined, 'Star', [], [['Star', 1]], [[...SEED_GRID[0], 'extra']], Array.from({ length: 1001 }, () => ['x'])]) {
      expect(server.compareWhatIf({ program: 'stars', cells, token } as any)).toEqual({ ok: false, message: badGrid });
    }
    expect(server.compareWhatIf({ program: 'stars', cells: SEED_GRID } as any)).toEqual({ ok: false, message: badGrid });
    expect(server.compareWhatIf({ program: 'nope', cells: SEED_GRID, token })).toEqual({
      ok: false,
      message: '"nope" is not a program What if… can compare. Reopen the dialog.',
    });
    expect(server.compareWhatIf(null as any)).toMatchObject({ ok: false });
    expect(writes()).toEqual({});
  });

  it("refuses, in the user's words, data the program cannot compute under a table", () => {
    starsWorkbook({ locale: 'ru_RU' });
    const broken = whatIfServer([
      {
        ...starsWhatIf,
        program: {
          ...starsWhatIf.program,
          compare: () => {
            throw new CellError(bi('is no code of the table', 'не код из таблицы'), 3, 2, 'visits');
          },
        },
      },
    ]);
    const { token, cells } = broken.getWhatIfTable('stars') as any;
    expect(broken.compareWhatIf({ program: 'stars', cells, token })).toEqual({
      ok: false,
      message: 'По этим правилам данные не посчитать: «visits» — не код из таблицы.',
    });
  });

  it('works on its own source list: the same calls with another list of programs see only those', () => {
    const { server } = starsWorkbook();
    expect(whatIfServer([starsWhatIf]).getWhatIfTable('stars')).toEqual(server.getWhatIfTable('stars'));
    expect(whatIfServer([]).getWhatIfTable('stars')).toMatchObject({ ok: false });
  });
});
