/**
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
import { beforeEach, describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { BONUS_ACTIVITY, BONUS_CLIENTS, BONUS_REDEMPTIONS } from '../../src/programs/bonus/template';
import { COURSON_PROGRAM } from '../../src/programs/bonus/rules/seed';
import { ok, refused, requestIds } from '../helpers/dialogs';
import { midnight } from '../helpers/days';

type Lang = 'en' | 'ru';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today in Europe/Moscow, ISO; and the Date a day cell holds there (local midnight, UTC+3). */
const todayIso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

function workbook(locale: 'en_US' | 'ru_RU' = 'en_US', options: { userLocale?: string; interleave?: { probability: number; seed?: number } } = {}) {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet, userLocale: options.userLocale, interleave: options.interleave });
  expect(addon.call('insertBonusTemplate')).toMatchObject({ ok: true });
  return { spreadsheet, addon, lang: (locale === 'ru_RU' ? 'ru' : 'en') as Lang };
}

function sheet(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang) {
  const found = spreadsheet.getSheetByName(template.name[lang]);
  if (!found) throw new Error(`no ${template.name[lang]} sheet`);
  return found;
}

/** The whole Redemptions sheet, every cell. */
function ledger(spreadsheet: Spreadsheet, lang: Lang = 'en'): unknown[][] {
  return sheet(spreadsheet, BONUS_REDEMPTIONS, lang).getDataRange().getValues();
}

/** Appends rows under the last row of a sheet (test set-up, through the host's own handle). */
function addRows(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang, rows: unknown[][]) {
  const target = sheet(spreadsheet, template, lang);
  // The Clients sheet has a report-date side cell in row 2: find the last row of column A instead of getLastRow.
  const columnA = target.getRange(1, 1, Math.max(target.getLastRow(), 1), 1).getValues();
  let last = columnA.length;
  while (last > 1 && columnA[last - 1][0] === '') last--;
  target.getRange(last + 1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Granite Plant earns 200 points: 20.04.2026 success_story × 10. */
function giveGranite200(spreadsheet: Spreadsheet, lang: Lang = 'en') {
  addRows(spreadsheet, BONUS_ACTIVITY, lang, [[midnight('2026-04-20'), lang === 'ru' ? 'Гранит-Завод' : 'Granite Plant', 'success_story', 10]]);
}

const id = requestIds('test');

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
      ['ACT_9', 60], ['ACT_11', 70], ['ACT_15', 80],
      ['DISC_9', 60], ['DISC_11', 70], ['DISC_15', 80],
      ['TP_9', 60], ['TP_11', 70], ['TP_15', 80],
      ['OZON_2000', 60],
    ]);
    expect(state.catalog[9].name).toBe('OZON gift certificate for 2,000 roubles');
  });

  it('speaks Russian to a Russian user, with the sheet\'s own client names', () => {
    const { addon } = workbook('ru_RU');
    const state = ok(addon.call('getRedeemState'));
    expect(state.lang).toBe('ru');
    expect(state.clients[0]).toMatchObject({ name: 'Альфа-Строй', earned: 35, spent: 0, balance: 35 });
    expect(state.clients[1]).toMatchObject({ name: 'Бета Логистик', earned: 65, spent: 60, balance: 5 });
    expect(state.catalog[9]).toEqual({ code: 'OZON_2000', name: 'подарочный сертификат OZON на 2000 рублей', points: 60 });
  });

  it('follows the user\'s language, not the spreadsheet\'s', () => {
    const { addon } = workbook('en_US');
    const state = ok(addon.callAs({ locale: 'ru' }, 'getRedeemState'));
    expect(state.lang).toBe('ru');
    expect(state.clients[0].name).toBe('Alpha Build');
    expect(state.catalog[0].name).toBe(COURSON_PROGRAM.rewards[0].name.ru);
  });

  it('reads each sheet with one getValues and writes nothing', () => {
    const { addon } = workbook();
    addon.resetCounts();
    ok(addon.call('getRedeemState'));
    const counts = addon.counts();
    expect(counts['Range.getValues']).toBe(3);
    expect(Object.keys(counts).filter((k) => /set|append|insert|delete|clear/i.test(k))).toEqual([]);
  });

  it('refuses, in the user\'s language, when the template is not there', () => {
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
    expect(byName['Epsilon'].problem).toBe('Epsilon has no access date (Clients sheet, row 7), so its points cannot be computed. Enter the date first.');
    expect(byName['Zeta'].problem).toBe('The access date of Zeta (Clients sheet, row 8) is not a date: "soon". Correct it first.');
    expect(byName['Alpha Build'].problem).toBe('Alpha Build is listed more than once on the Clients sheet (rows 2, 9). Keep one row per client first.');
    expect(state.clients).toHaveLength(7);
  });
});

/** The Clients sheet's report-date cell: F2, beside the table (A–D) after one empty column. */
function setReportDate(spreadsheet: Spreadsheet, value: unknown, lang: Lang = 'en') {
  sheet(spreadsheet, BONUS_CLIENTS, lang).getRange('F2').setValue(value);
}

describe('getRedeemState: the Clients sheet\'s report date beside today', () => {
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
    expect(addon.counts()['Range.getValues']).toBe(3);
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

  it('shows as of the report date exactly what the Clients sheet\'s own columns show', () => {
    const { spreadsheet, addon } = workbook('en_US');
    setReportDate(spreadsheet, midnight('2026-03-31'));
    recalculate(spreadsheet, addon);
    const cells = sheetCells(spreadsheet, 'Clients');
    const earnedAt = cells[0].findIndex((c) => c.value === 'Points earned');
    const balanceAt = cells[0].findIndex((c) => c.value === 'Balance');
    const state = ok(addon.call('getRedeemState'));
    const fromSheet = state.clients.map((c: any, i: number) => [c.name, cells[i + 1][earnedAt].value, cells[i + 1][balanceAt].value]);
    expect(state.clients.map((c: any) => [c.name, c.atReportDate.earned, c.atReportDate.balance])).toEqual(fromSheet);
    expect(fromSheet.slice(0, 2)).toEqual([['Alpha Build', 25, 25], ['Beta Logistics', 55, -5]]);
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

  it('says, in the user\'s language, when the report-date cell holds something that is not a date', () => {
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

  it('lists every reward by code, name and price (SPEC §4 catalog), in the user\'s language', () => {
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
    const ru = ok(addon.callAs({ locale: 'ru' }, 'getRedeemState')).catalog;
    expect(ru[0]).toEqual({ code: 'ACT_9', name: '9% дополнительных бесплатных активаций к каждой программе внутреннего обучения', points: 60 });
    expect(ru[8]).toEqual({ code: 'TP_15', name: 'скидка 15% от суммы договора с учебным центром «ТехноПрогресс»', points: 80 });
  });
});

describe('redeemPoints: success', () => {
  let spreadsheet: Spreadsheet;
  let addon: Addon;
  beforeEach(() => {
    ({ spreadsheet, addon } = workbook('en_US'));
    giveGranite200(spreadsheet);
  });

  it('appends one row (date, client, reward, points, quantity, request id, user) and returns the new balance', () => {
    const before = ledger(spreadsheet);
    const result = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'r-1' }));
    // 200 earned − 1 × 60 = 140
    expect(result).toEqual({
      ok: true,
      client: 'Granite Plant',
      reward: 'OZON_2000',
      quantity: 1,
      points: 60,
      earned: 200,
      spent: 60,
      balance: 140,
      requestId: 'r-1',
      date: todayIso,
      repeated: false,
      message: 'Redeemed 1 × OZON_2000 (60 points) for Granite Plant. Balance: 140 points.',
    });
    expect(ledger(spreadsheet)).toEqual([...before, [midnight(todayIso), 'Granite Plant', 'OZON_2000', 60, 1, 'r-1', 'manager@example.com']]);
  });

  it('takes price × quantity, and records the user who redeemed', () => {
    const result = ok(addon.callAs({ user: 'anna@example.com' }, 'redeemPoints', { client: 'Granite Plant', reward: 'ACT_11', quantity: 2, requestId: 'r-2' }));
    // 2 × 70 = 140; 200 − 140 = 60
    expect(result).toMatchObject({ points: 140, quantity: 2, earned: 200, spent: 140, balance: 60 });
    expect(ledger(spreadsheet).at(-1)).toEqual([midnight(todayIso), 'Granite Plant', 'ACT_11', 140, 2, 'r-2', 'anna@example.com']);
  });

  it('spends down to exactly zero, then says how many points are missing', () => {
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_15', quantity: 1, requestId: id() })); // 200 − 80 = 120
    const last = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 2, requestId: id() })); // 120 − 120 = 0
    expect(last).toMatchObject({ spent: 200, balance: 0 });
    const before = ledger(spreadsheet);
    expect(refused(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'TP_9', quantity: 1, requestId: id() }))).toBe(
      'Granite Plant has 0 points, but 1 × TP_9 costs 60 points: 60 points missing. Nothing was written.',
    );
    expect(ledger(spreadsheet)).toEqual(before);
  });

  it('matches the client as the core does (trimmed, any case) and writes the sheet\'s spelling; takes a reward by its name', () => {
    const result = ok(addon.call('redeemPoints', { client: '  GRANITE plant ', reward: 'OZON gift certificate for 2,000 roubles', quantity: 1, requestId: id() }));
    expect(result).toMatchObject({ client: 'Granite Plant', reward: 'OZON_2000', balance: 140 });
    expect(ledger(spreadsheet).at(-1)!.slice(1, 4)).toEqual(['Granite Plant', 'OZON_2000', 60]);
  });

  it('accepts the quantity as text holding a whole number', () => {
    expect(ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: '3', requestId: id() }))).toMatchObject({ points: 180, balance: 20 });
  });

  it('counts the new row in the Clients sheet\'s Balance formula', () => {
    recalculate(spreadsheet, addon);
    const balanceOf = () => {
      const cells = sheetCells(spreadsheet, 'Clients');
      const col = cells[0].findIndex((c) => c.value === 'Balance');
      return cells.find((row) => row[0].value === 'Granite Plant')![col].value;
    };
    // The formula counts activity up to the report date 30.04.2026: the 20.04 row is in → 200.
    expect(balanceOf()).toBe(200);
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'DISC_15', quantity: 1, requestId: id() }));
    recalculate(spreadsheet, addon);
    expect(balanceOf()).toBe(120); // 200 − 80
  });

  it('says it in Russian to a Russian user', () => {
    const ru = workbook('ru_RU');
    giveGranite200(ru.spreadsheet, 'ru');
    const result = ok(ru.addon.call('redeemPoints', { client: 'Гранит-Завод', reward: 'TP_11', quantity: 1, requestId: id() }));
    expect(result.message).toBe('Списано 1 × TP_11 (70 баллов) у клиента «Гранит-Завод». Остаток: 130 баллов.');
    expect(ledger(ru.spreadsheet, 'ru').at(-1)!.slice(1, 5)).toEqual(['Гранит-Завод', 'TP_11', 70, 1]);
  });

  it('writes a client name, request id or user that starts with = + - @ as text, never as a formula', () => {
    addRows(spreadsheet, BONUS_CLIENTS, 'en', [["'=1+2", midnight('2026-01-10')]]);
    addRows(spreadsheet, BONUS_ACTIVITY, 'en', [[midnight('2026-04-20'), "'=1+2", 'success_story', 5]]);
    const state = ok(addon.call('getRedeemState'));
    expect(state.clients.at(-1)).toMatchObject({ name: '=1+2', earned: 100, spent: 0, balance: 100 }); // 20 × 5
    ok(addon.callAs({ user: '@mallory' }, 'redeemPoints', { client: '=1+2', reward: 'OZON_2000', quantity: 1, requestId: '-42' }));
    const redemptions = sheet(spreadsheet, BONUS_REDEMPTIONS, 'en');
    const row = redemptions.getLastRow();
    expect(redemptions.getRange(row, 1, 1, 7).getFormulas()[0].every((f) => f === '')).toBe(true);
    expect(redemptions.getRange(row, 2, 1, 6).getValues()[0]).toEqual(['=1+2', 'OZON_2000', 60, 1, '-42', '@mallory']);
    // and the balance reads the row back under the same name: 100 − 60
    expect(ok(addon.call('getRedeemState')).clients.at(-1).balance).toBe(40);
  });
});

describe('redeemPoints: refusals write nothing', () => {
  let spreadsheet: Spreadsheet;
  let addon: Addon;
  beforeEach(() => {
    ({ spreadsheet, addon } = workbook('en_US'));
    giveGranite200(spreadsheet);
  });

  /** Runs the call and checks that it refused and that the whole Redemptions sheet is unchanged and no write was made. */
  function refusal(request: unknown, user?: { user?: string; locale?: string }): string {
    const before = ledger(spreadsheet);
    addon.resetCounts();
    const message = refused(user ? addon.callAs(user, 'redeemPoints', request) : addon.call('redeemPoints', request));
    expect(ledger(spreadsheet)).toEqual(before);
    expect(Object.keys(addon.counts()).filter((k) => /^Range\.set|appendRow|insert|delete|clear/i.test(k))).toEqual([]);
    return message;
  }

  it('an unknown client', () => {
    expect(refusal({ client: 'Nobody Ltd', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'There is no client "Nobody Ltd" on the Clients sheet. Pick a client from the list; nothing was written.',
    );
    expect(refusal({ client: '', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe('Pick a client. Nothing was written.');
    expect(refusal({ client: 42, reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe('Pick a client. Nothing was written.');
  });

  it('an unknown reward', () => {
    expect(refusal({ client: 'Granite Plant', reward: 'GOLD_BAR', quantity: 1, requestId: id() })).toBe(
      '"GOLD_BAR" is not a reward in the catalog. Pick a reward from the list; nothing was written.',
    );
    expect(refusal({ client: 'Granite Plant', reward: '', quantity: 1, requestId: id() })).toBe('Pick a reward. Nothing was written.');
  });

  it.each([[0], [-1], [1.5], [Number.NaN], ['two'], [''], [null], [undefined], [1e21], ['1,5']])('a quantity that is not a whole number ≥ 1: %s', (quantity) => {
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity, requestId: id() })).toMatch(/^The quantity( \(.*\))? must be a whole number of 1 or more\. Nothing was written\.$/);
  });

  it('a balance too small, saying how many points are missing', () => {
    // Alpha Build: 35 − 60 → 25 missing
    expect(refusal({ client: 'Alpha Build', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'Alpha Build has 35 points, but 1 × OZON_2000 costs 60 points: 25 points missing. Nothing was written.',
    );
    // Beta Logistics: 5 − 2 × 80 = 5 − 160 → 155 missing
    expect(refusal({ client: 'Beta Logistics', reward: 'ACT_15', quantity: 2, requestId: id() })).toBe(
      'Beta Logistics has 5 points, but 2 × ACT_15 costs 160 points: 155 points missing. Nothing was written.',
    );
    // Granite Plant: 200 − 3 × 70 = 200 − 210 → 10 missing
    expect(refusal({ client: 'Granite Plant', reward: 'ACT_11', quantity: 3, requestId: id() })).toBe(
      'Granite Plant has 200 points, but 3 × ACT_11 costs 210 points: 10 points missing. Nothing was written.',
    );
  });

  it('a balance too small, in Russian', () => {
    expect(refusal({ client: 'Alpha Build', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
      'У клиента «Alpha Build» 35 баллов, а 1 × OZON_2000 стоит 60 баллов: не хватает 25 баллов. Ничего не записано.',
    );
    // Beta Logistics: 5 − 60 → 55 missing
    expect(refusal({ client: 'Beta Logistics', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
      'У клиента «Beta Logistics» 5 баллов, а 1 × OZON_2000 стоит 60 баллов: не хватает 55 баллов. Ничего не записано.',
    );
  });

  it('the lock not obtained in time', () => {
    const release = addon.holdLock('document');
    try {
      expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
        'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.',
      );
      expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
        'Таблицу сейчас изменяет кто-то другой. Повторите через минуту; ничего не записано.',
      );
    } finally {
      release();
    }
    // once free, the same redemption goes through
    expect(ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).balance).toBe(140);
  });

  it('a client whose points cannot be computed', () => {
    addRows(spreadsheet, BONUS_CLIENTS, 'en', [['Epsilon', '']]);
    expect(refusal({ client: 'Epsilon', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'Epsilon has no access date (Clients sheet, row 7), so its points cannot be computed. Enter the date first.',
    );
  });

  it('a cell of the ledger or the log that cannot be read', () => {
    addRows(spreadsheet, BONUS_REDEMPTIONS, 'en', [['yesterday', 'Granite Plant', 'OZON_2000', 60, 1, 'x', 'y']]);
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'The "Redemptions" sheet, row 3, column Date: "yesterday" is not a date (use a date cell, 2026-01-31 or 31.01.2026). Correct the cell; nothing was written.',
    );
    // to a Russian user: the sheet as it is named, the column as the template heads it in Russian
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() }, { locale: 'ru' })).toBe(
      'Лист «Redemptions», строка 3, столбец «Дата»: «yesterday» — не дата (нужна ячейка с датой, 2026-01-31 или 31.01.2026). Исправьте ячейку; ничего не записано.',
    );
  });

  it('names the column of the bad cell, also past the Date column', () => {
    addRows(spreadsheet, BONUS_REDEMPTIONS, 'en', [[midnight('2026-04-01'), 'Granite Plant', 'OZON_2000', 'sixty', 1, 'x', 'y']]);
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toBe(
      'The "Redemptions" sheet, row 3, column Points: "sixty" is not a number of points. Correct the cell; nothing was written.',
    );
  });

  it('an unknown code in the activity log', () => {
    addRows(spreadsheet, BONUS_ACTIVITY, 'en', [[midnight('2026-04-21'), 'Granite Plant', 'lunch', 1]]);
    expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: id() })).toMatch(
      /^The "Activity" sheet, row 13, column Code: "lunch" is not a known code; metrics: employees, .*Correct the cell; nothing was written\.$/,
    );
  });

  it('a request without a usable request id', () => {
    for (const requestId of [undefined, '', '   ', 7, 'x'.repeat(101)]) {
      expect(refusal({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId })).toBe(
        'The request has no valid request id. Reopen the dialog and try again; nothing was written.',
      );
    }
    expect(refusal(null)).toBe('The request has no valid request id. Reopen the dialog and try again; nothing was written.');
  });
});

describe('redeemPoints: a repeated request id', () => {
  it('writes nothing the second time and returns the first result', () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    const first = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_9', quantity: 2, requestId: 'same' })); // 200 − 120 = 80
    const after = ledger(spreadsheet);
    addon.resetCounts();
    const second = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_9', quantity: 2, requestId: 'same' }));
    expect(addon.counts()['Range.setValues'] ?? 0).toBe(0);
    expect(ledger(spreadsheet)).toEqual(after);
    expect(second).toEqual({
      ...first,
      repeated: true,
      message: 'Redeemed 2 × ACT_9 (120 points) for Granite Plant (already recorded: nothing new was written). Balance: 80 points.',
    });
  });

  it('still returns the balance right after its own row once later redemptions were made', () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'a' })); // 200 − 60 = 140
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_15', quantity: 1, requestId: 'c' })); // 140 − 80 = 60
    const rows = ledger(spreadsheet).length;
    // a retry of "a" — even one whose request was garbled in transit — gets a's result: 60 points, balance 140
    const again = ok(addon.call('redeemPoints', { client: 'Alpha Build', reward: 'TP_15', quantity: 9, requestId: 'a' }));
    expect(again).toMatchObject({ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, points: 60, earned: 200, spent: 60, balance: 140, repeated: true, date: todayIso });
    expect(ledger(spreadsheet)).toHaveLength(rows);
  });

  it('a double click (two concurrent calls with one id) writes one row', async () => {
    // An interleaving in which the second call starts between the first one's read and write
    // (without the document lock, both find no row with this id and both write).
    const { spreadsheet, addon } = workbook('en_US', { interleave: { probability: 0.2, seed: 2 } });
    giveGranite200(spreadsheet);
    const before = ledger(spreadsheet).length;
    const request = { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'double' };
    const results = await addon.callConcurrently([
      { name: 'redeemPoints', args: [request] },
      { name: 'redeemPoints', args: [request] },
    ]);
    expect(results.map((r) => r.ok && r.value.ok)).toEqual([true, true]);
    expect(results.map((r) => r.ok && r.value.balance)).toEqual([140, 140]);
    expect(results.map((r) => r.ok && r.value.repeated).sort()).toEqual([false, true]);
    expect(ledger(spreadsheet)).toHaveLength(before + 1);
    expect(addon.interleaved).toBe(1);
  });
});

describe('redeemPoints under load', () => {
  // Interleavings under which a redemption without the document lock overspends (checked by hand: 9 and 4
  // successes): executions are suspended between their read of the ledger and their write.
  it.each([
    { probability: 0.1, seed: 1 },
    { probability: 0.3, seed: 1 },
  ])('100 concurrent attempts against a balance that covers exactly 3 record exactly 3 (interleave %o)', async (interleave) => {
    const { spreadsheet, addon } = workbook('en_US', { interleave });
    giveGranite200(spreadsheet); // 200 points: 3 × 60 = 180 fits, a 4th (240) does not; 20 remain
    const before = ledger(spreadsheet);
    const results = await addon.callConcurrently(
      Array.from({ length: 100 }, (_, i) => ({
        name: 'redeemPoints',
        args: [{ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: `load-${i}` }],
        user: `manager${i}@example.com`,
      })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const values = results.map((r) => (r.ok ? r.value : undefined));
    const done = values.filter((v) => v.ok);
    expect(done).toHaveLength(3);
    expect(done.map((v) => v.balance).sort((a, b) => b - a)).toEqual([140, 80, 20]);
    const refusals = values.filter((v) => !v.ok).map((v) => v.message);
    expect(refusals).toHaveLength(97);
    // every late caller saw the balance left by the first three: 20, so 40 missing
    expect(new Set(refusals)).toEqual(new Set(['Granite Plant has 20 points, but 1 × OZON_2000 costs 60 points: 40 points missing. Nothing was written.']));
    const after = ledger(spreadsheet);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    expect(added).toHaveLength(3);
    expect(new Set(added.map((row) => row[5])).size).toBe(3);
    expect(added.every((row) => row[1] === 'Granite Plant' && row[3] === 60)).toBe(true);
    expect(ok(addon.call('getRedeemState')).clients.find((c: any) => c.name === 'Granite Plant')).toMatchObject({ name: 'Granite Plant', earned: 200, spent: 180, balance: 20 });
    // the executions did overlap, callers had to wait for the lock, and none left it held
    expect(addon.interleaved).toBeGreaterThan(0);
    expect(addon.retried).toBeGreaterThan(0);
    expect(addon.lockStats().leaked).toBe(0);
  });

  it('one redemption against a 100,000-row ledger makes a constant few reads and exactly one write', () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    const redemptions = sheet(spreadsheet, BONUS_REDEMPTIONS, 'en');
    const day = midnight('2026-03-01');
    // 100,000 rows for 1,000 archived clients (none of them on the Clients sheet), replacing the sample row
    const rows = Array.from({ length: 100_000 }, (_, i) => [day, `Archive client ${i % 1000}`, 'OZON_2000', 60, 1, `old-${i}`, 'archive@example.com']);
    redemptions.insertRowsAfter(redemptions.getMaxRows(), 100_500 - redemptions.getMaxRows());
    redemptions.getRange(2, 1, rows.length, 7).setValues(rows);
    addon.resetCounts();
    const result = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'big' }));
    expect(result.balance).toBe(140);
    const counts = addon.counts();
    expect(counts['Range.getValues']).toBeLessThanOrEqual(4);
    expect(counts['Range.setValues']).toBe(1);
    expect(counts['Range.setValue'] ?? 0).toBe(0);
    expect(counts['Sheet.appendRow'] ?? 0).toBe(0);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total, JSON.stringify(counts)).toBeLessThanOrEqual(40);
    expect(redemptions.getRange(100_002, 1, 1, 7).getValues()[0]).toEqual([midnight(todayIso), 'Granite Plant', 'OZON_2000', 60, 1, 'big', 'manager@example.com']);
  });
});

describe('redeemPoints on a full sheet', () => {
  it('adds rows when the ledger has reached the sheet\'s last row, and still writes one setValues', () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    const redemptions = sheet(spreadsheet, BONUS_REDEMPTIONS, 'en');
    const max = redemptions.getMaxRows(); // 1000: a new sheet's rows
    const rows = Array.from({ length: max - 1 }, (_, i) => [midnight('2026-03-01'), 'Archive', 'OZON_2000', 60, 1, `old-${i}`, 'a@example.com']);
    redemptions.getRange(2, 1, rows.length, 7).setValues(rows);
    addon.resetCounts();
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'past-the-end' }));
    expect(addon.counts()['Range.setValues']).toBe(1);
    expect(redemptions.getMaxRows()).toBeGreaterThan(max);
    expect(redemptions.getRange(max + 1, 1, 1, 7).getValues()[0]).toEqual([midnight(todayIso), 'Granite Plant', 'OZON_2000', 60, 1, 'past-the-end', 'manager@example.com']);
  });
});

describe('the Redeem points sidebar', () => {
  it('opens from the menu as a 300-px sidebar in the user\'s language, self-contained', () => {
    for (const [locale, title] of [['en_US', 'Redeem points'], ['ru_RU', 'Списание баллов']] as const) {
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
