/**
 * The bonus template (SPEC §4, §12.3) in the in-memory spreadsheet, its formulas evaluated by the
 * preview's evaluator with dist/Code.js: the Statement follows its one Client cell (the access date
 * looked up, an unknown client #N/A), rows added below count, and editing one cell of the rules sheet
 * recomputes every row that depends on it. Expected values worked out by hand from the template's
 * sample data (test/helpers/redeemDialog.ts explains it) and SPEC §4.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { type CellInfo, recalculate, sheetCells } from '../../dev/formulas';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { midnight } from '../helpers/days';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LANGS = {
  en: {
    locale: 'en_US',
    sheets: { clients: 'Clients', activity: 'Activity', redemptions: 'Redemptions', rewards: 'Rewards', statement: 'Statement', rules: 'Rules: bonus' },
    alpha: 'Alpha Build',
    beta: 'Beta Logistics',
    renewal: 'renewal',
    success: 'success_story',
    feedback: 'feedback_manager',
    balance: 'balance',
  },
  ru: {
    locale: 'ru_RU',
    sheets: { clients: 'Клиенты', activity: 'Активность', redemptions: 'Списания', rewards: 'Награды', statement: 'Выписка', rules: 'Правила: бонусы' },
    alpha: 'Альфа-Строй',
    beta: 'Бета Логистик',
    renewal: 'пролонгация',
    success: 'история_успеха',
    feedback: 'отзыв_о_менеджере',
    balance: 'остаток',
  },
} as const;

/** A Date cell as its ISO day in Moscow (UTC+3); other values as they are. */
const iso = (value: unknown) => (value instanceof Date ? new Date(value.getTime() + 3 * 3_600_000).toISOString().slice(0, 10) : value);

describe.each(Object.entries(LANGS))('the bonus template in %s', (_lang, L) => {
  let spreadsheet: Spreadsheet;
  let addon: Addon;
  beforeEach(() => {
    spreadsheet = createSpreadsheet({ locale: L.locale, timeZone: 'Europe/Moscow' });
    addon = loadAddon({ spreadsheet });
    expect(addon.call('insertBonusTemplate')).toMatchObject({ ok: true });
    recalculate(spreadsheet, addon);
  });

  const sheet = (name: keyof typeof L.sheets) => spreadsheet.getSheetByName(L.sheets[name])!;
  const cells = (name: keyof typeof L.sheets): CellInfo[][] => sheetCells(spreadsheet, L.sheets[name]);
  const set = (name: keyof typeof L.sheets, a1: string, value: unknown) => {
    sheet(name).getRange(a1).setValue(value);
    recalculate(spreadsheet, addon);
  };
  /** Appends a row under the last row of column A. */
  const append = (name: keyof typeof L.sheets, row: unknown[]) => {
    const column = sheet(name).getRange('A1:A').getValues();
    let last = column.length;
    while (last > 1 && column[last - 1][0] === '') last--;
    sheet(name)
      .getRange(last + 1, 1, 1, row.length)
      .setValues([row]);
    recalculate(spreadsheet, addon);
  };
  /** The Clients sheet's Points earned and Balance per client (columns C and D). */
  const clients = () =>
    cells('clients')
      .slice(1)
      .filter((row) => row[0].value !== '')
      .map((row) => [row[0].value, row[2].value, row[3].value]);
  /** The statement's rows under its header (row 5), as values, dates as ISO days. */
  const statement = () =>
    cells('statement')
      .slice(5)
      .map((row) => row.slice(0, 5).map((c) => iso(c.value)))
      .filter((row) => row.some((v) => v !== ''));
  /** The sheet row of a rule on the rules sheet, by its code. */
  const ruleRow = (code: string) => cells('rules').findIndex((row) => row[0].value === code) + 1;
  /** Every formula cell of the template: its status and message. */
  const formulaCells = () => Object.keys(L.sheets).flatMap((name) => cells(name as keyof typeof L.sheets).flatMap((row) => row.filter((c) => c.formula)));

  it('the Statement follows its one Client cell: access date, milestones, actions, redemptions, balance', () => {
    expect(iso(cells('statement')[1][1].value)).toBe('2026-01-10');
    expect(statement().at(-1)).toEqual([L.balance, '', '', '', 35]);
    set('statement', 'B1', L.beta);
    // Beta Logistics, access 31.01.2026 (deadlines 14.02, 28.02, 30.04, 31.07, 31.10), as of 30.04.2026.
    expect(iso(cells('statement')[1][1].value)).toBe('2026-01-31');
    const rows = statement();
    expect(rows.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['M_EMPLOYEES_3', '2026-02-03', '2026-02-14', 5], // employees 12
      ['M_PROGRAM_SET', '2026-02-10', '2026-02-14', 5],
      ['M_ASSIGNED_1', '2026-02-12', '2026-02-14', 5], // assigned 6
      ['M_ASSIGNED_3', '2026-02-12', '2026-02-28', 5],
      ['M_COMMISSION', '', '2026-02-28', 0],
      ['M_ASSIGNED_10PCT', '2026-02-12', '2026-04-30', 5], // 6 / 12 = 50%
      ['M_COMPLETED_25PCT', '', '2026-04-30', 0],
      ['M_PROTOCOL_1', '', '2026-04-30', 0],
      ['M_MINTRUD', '', '2026-04-30', 0],
      ['M_ASSIGNED_30PCT', '2026-02-12', '2026-07-31', 5],
      ['M_COMPLETED_50PCT', '', '2026-07-31', 0],
      ['M_PROTOCOL_2', '', '2026-07-31', 0],
      ['M_ASSIGNED_50PCT', '2026-02-12', '2026-10-31', 5],
      ['M_COMPLETED_75PCT', '', '2026-10-31', 0],
      ['M_PROTOCOL_3', '', '2026-10-31', 0],
      [L.success, '2026-03-20', '', 20],
      [L.renewal, '2026-04-15', '', 10],
      ['OZON_2000', '2026-03-25', '', -60],
      [L.balance, '', '', 5], // 35 + 20 + 10 − 60
    ]);
  });

  it('an unknown client is #N/A in the access date and the statement, never a statement of zeros; an empty one is empty', () => {
    set('statement', 'B1', 'Nobody Ltd');
    const form = cells('statement');
    expect([form[1][1].value, form[1][1].status]).toEqual(['#N/A', 'error']);
    expect([form[5][0].value, form[5][0].status]).toEqual(['#N/A', 'error']);
    expect(statement()).toEqual([['#N/A', '', '', '', '']]);
    set('statement', 'B1', '');
    expect(cells('statement')[1][1].value).toBe('');
    expect(statement()).toEqual([]);
    // MATCH, like the functions, ignores case
    set('statement', 'B1', L.beta.toUpperCase());
    expect(statement().at(-1)).toEqual([L.balance, '', '', '', 5]);
  });

  it('rows added below count: an activity row, a redemption, a client', () => {
    set('statement', 'B1', L.beta);
    append('activity', [midnight('2026-04-20'), L.beta, L.feedback, 1]);
    append('redemptions', [midnight('2026-04-21'), L.beta, 'ACT_9', 60, 1, "'r-new", 'manager@example.com']);
    append('clients', ['Epsilon', midnight('2026-04-01')]);
    append('activity', [midnight('2026-04-05'), 'Epsilon', L.renewal, 2]);
    // Beta: 65 + feedback_manager 5 = 70, spent 60 + 60 → −50; Epsilon: 2 renewals = 20
    expect(clients()).toEqual([
      [L.alpha, 35, 35],
      [L.beta, 70, -50],
      [expect.any(String), 0, 0],
      [expect.any(String), 0, 0],
      [expect.any(String), 0, 0],
      ['Epsilon', 20, 20],
    ]);
    expect(statement().slice(-5)).toEqual([
      [L.renewal, expect.any(String), '2026-04-15', '', 10],
      [L.feedback, expect.any(String), '2026-04-20', '', 5],
      ['OZON_2000', expect.any(String), '2026-03-25', '', -60],
      ['ACT_9', expect.any(String), '2026-04-21', '', -60],
      [L.balance, '', '', '', -50],
    ]);
  });

  it('editing one rules cell recomputes every dependent row: points, balances, statement, catalog', () => {
    // The renewal earns 15 instead of 10: Alpha 40 / 40, Beta 70 / 10; the statement (Alpha) shows it.
    set('rules', `D${ruleRow(L.renewal)}`, 15);
    expect(clients().slice(0, 2)).toEqual([
      [L.alpha, 40, 40],
      [L.beta, 70, 10],
    ]);
    expect(statement().slice(-2)).toEqual([
      [L.renewal, expect.any(String), '2026-04-01', '', 15],
      [L.balance, '', '', '', 40],
    ]);
    // M_ASSIGNED_3 within 14 days instead of 1 month: Alpha's assigned 3 (05.02) misses 24.01 → 35; Beta's (12.02) makes 14.02.
    set('rules', `E${ruleRow('M_ASSIGNED_3')}`, _lang === 'ru' ? '14 дн.' : '14 days');
    expect(clients().slice(0, 2)).toEqual([
      [L.alpha, 35, 35],
      [L.beta, 70, 10],
    ]);
    expect(statement()[3]).toEqual(['M_ASSIGNED_3', expect.any(String), '2026-02-05', '2026-01-24', 0]);
    // OZON_2000 costs 50: the Rewards sheet shows it (the ledger's 60 already spent stays 60).
    set('rules', `D${ruleRow('OZON_2000')}`, 50);
    expect(cells('rewards').find((row) => row[0].value === 'OZON_2000')?.[2].value).toBe(50);
    expect(formulaCells().every((c) => c.status === 'ok')).toBe(true);
  });

  it('a rules cell the reader refuses makes every formula an error naming that cell', () => {
    const row = ruleRow('M_ASSIGNED_3');
    set('rules', `E${row}`, '2 weeks');
    const formulas = formulaCells().filter((c) => !/^=IF\(/.test(c.formula)); // the access-date lookup reads no rules
    expect(formulas.length).toBe(4); // points, balance, catalog, statement
    for (const cell of formulas) {
      expect(cell.status).toBe('error');
      expect(cell.error).toContain(`rules, '${L.sheets.rules}'!E${row} (${_lang === 'ru' ? 'Срок' : 'Window'}): `);
    }
  });

  it("the Rewards sheet shows the rules sheet's catalog, and says where to edit it", () => {
    const rewards = cells('rewards');
    expect(rewards.slice(1, 11).map((row) => [row[0].value, row[2].value])).toEqual([
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
    expect(rewards[0][4].value).toMatch(_lang === 'ru' ? /^Каталог/ : /^Edit the catalog/);
    expect(rewards[1][4].value).toBe(L.sheets.rules);
  });
});
