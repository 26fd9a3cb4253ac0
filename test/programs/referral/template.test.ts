/**
 * The referral template computes what the rules give from its sheets
 * (SPEC §6, §12): inserted through dist/Code.js into the in-memory
 * spreadsheet and recomputed by the formula evaluator after each edit a
 * manager makes. Every expected value is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { cellInfo, recalculate, sheetCells } from '../../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../../dev/memory';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function workbook(locale: 'en_US' | 'ru_RU') {
  const ss = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet: ss });
  expect(addon.call('insertReferralTemplate')).toMatchObject({ ok: true });
  const recalc = () => recalculate(ss, addon);
  recalc();
  return { ss, recalc };
}

/** The Credit column (G) of the Referrals sheet, row 2 down to the last referral. */
function credits(ss: Spreadsheet, sheet: string): unknown[] {
  return sheetCells(ss, sheet)
    .slice(1)
    .filter((row) => row[0].value !== '')
    .map((row) => row[6].value);
}

/** The schedule the Referral schedule sheet spills from A5. */
function schedule(ss: Spreadsheet, sheet: string): unknown[][] {
  return sheetCells(ss, sheet)
    .slice(4)
    .map((row) => row.slice(0, 3).map((c) => c.value))
    .filter((row) => row[0] !== '');
}

const set = (ss: Spreadsheet, sheet: string, a1: string, rows: unknown[][]) => ss.getSheetByName(sheet)!.getRange(a1).setValues(rows);

/** The message of the error a formula cell shows. */
function errorAt(ss: Spreadsheet, sheet: string, row: number, col: number): string | undefined {
  const info = cellInfo(ss, sheet, row, col);
  expect(info.status).toBe('error');
  return info.error;
}

describe('the referral template in English', () => {
  it('computes the SPEC §6 example, and the schedule follows the referrer, the credits applied and a referral added below', () => {
    const { ss, recalc } = workbook('en_US');
    // Optima: 1,000, 400, 2,500 not installed, 3,000 capped at 1,000. Xi Clinics (own 2,400): 1,800; 2,600 not
    // installed; Rho Pharmacy installed but already a customer: no credit.
    expect(credits(ss, 'Referrals')).toEqual([1000, 400, 0, 1000, 1800, 0, 0]);
    expect(ss.getSheetByName('Referral schedule')!.getRange('A1:B2').getValues()).toEqual([
      ['Referrer', 'Optima Accounting'],
      ['Credits already applied', 0],
    ]);
    expect(schedule(ss, 'Referral schedule')).toEqual([
      [1, 1000, 0],
      [2, 400, 600],
      [3, 1000, 0],
    ]);

    set(ss, 'Referral schedule', 'B2', [[1]]);
    recalc();
    expect(schedule(ss, 'Referral schedule')).toEqual([
      [2, 400, 600],
      [3, 1000, 0],
    ]);

    // Xi Clinics: own 2,400; its one credit, 1,800.
    set(ss, 'Referral schedule', 'B1:B2', [['Xi Clinics'], [0]]);
    recalc();
    expect(schedule(ss, 'Referral schedule')).toEqual([[1, 1800, 600]]);

    // A new referral of Xi Clinics under the samples: 3,000, installed, a new customer → 2,400 (its own contract).
    set(ss, 'Referrals', 'A9:F9', [['Xi Clinics', 2400, 'Sigma Foods', 3000, true, false]]);
    recalc();
    expect(credits(ss, 'Referrals')).toEqual([1000, 400, 0, 1000, 1800, 0, 0, 2400]);
    expect(schedule(ss, 'Referral schedule')).toEqual([
      [1, 1800, 600],
      [2, 2400, 0],
    ]);

    // Rho Pharmacy was not a customer after all: its 900 now counts, in row order (before Sigma Foods).
    set(ss, 'Referrals', 'F8', [[false]]);
    recalc();
    expect(credits(ss, 'Referrals')).toEqual([1000, 400, 0, 1000, 1800, 0, 900, 2400]);
    expect(schedule(ss, 'Referral schedule')).toEqual([
      [1, 1800, 600],
      [2, 900, 1500],
      [3, 2400, 0],
    ]);

    // An unknown referrer is an error, never an empty schedule.
    set(ss, 'Referral schedule', 'B1', [['Nobody']]);
    recalc();
    expect(errorAt(ss, 'Referral schedule', 5, 1)).toBe("Did not find value 'Nobody' in VLOOKUP evaluation.");
  });

  it('holds the seed rule on its rules sheet, and editing one rules cell recomputes every dependent row', () => {
    const { ss, recalc } = workbook('en_US');
    expect(ss.getSheetByName('Rules: referral')!.getRange('A1:B2').getValues()).toEqual([
      ['Credit share', 'Cap'],
      [1, 'own contract'],
    ]);
    set(ss, 'Referral schedule', 'B1', [['Xi Clinics']]);
    set(ss, 'Referrals', 'A9:F9', [['Xi Clinics', 2400, 'Sigma Foods', 3000, true, false]]);

    // 50%, still capped at the own contract: 500, 200, 0, 1,500 → 1,000; Xi: 900, 0, 0, 1,500.
    set(ss, 'Rules: referral', 'A2', [['50%']]);
    recalc();
    expect(credits(ss, 'Referrals')).toEqual([500, 200, 0, 1000, 900, 0, 0, 1500]);
    expect(schedule(ss, 'Referral schedule')).toEqual([
      [1, 900, 1500],
      [2, 1500, 900],
    ]);

    // A cap of 1,000 whatever the own contract: Nu Hotels 1,000; Sigma Foods 1,500 → 1,000.
    set(ss, 'Rules: referral', 'B2', [[1000]]);
    recalc();
    expect(credits(ss, 'Referrals')).toEqual([500, 200, 0, 1000, 900, 0, 0, 1000]);
    expect(schedule(ss, 'Referral schedule')).toEqual([
      [1, 900, 1500],
      [2, 1000, 1400],
    ]);

    // The whole referred contract with no cap: Nu Hotels' 3,000 on Optima's 1,000 contract pays contracts 3, 4
    // and 5 in full (SPEC §12.4: the rest of a larger credit goes to the next contract).
    set(ss, 'Rules: referral', 'A2:B2', [[1, 'none']]);
    set(ss, 'Referral schedule', 'B1', [['Optima Accounting']]);
    recalc();
    expect(credits(ss, 'Referrals')).toEqual([1000, 400, 0, 3000, 1800, 0, 0, 3000]);
    expect(schedule(ss, 'Referral schedule')).toEqual([
      [1, 1000, 0],
      [2, 400, 600],
      [3, 1000, 0],
      [4, 1000, 0],
      [5, 1000, 0],
    ]);
  });

  it('names the rules cell a formula cannot read, in every formula that passes it', () => {
    const { ss, recalc } = workbook('en_US');
    set(ss, 'Rules: referral', 'B2', [['lots']]);
    recalc();
    const message = `rules, 'Rules: referral'!B2 (Cap): "lots" is not a cap: use own contract, none or an amount`;
    expect(errorAt(ss, 'Referrals', 2, 7)).toBe(`REFERRAL_CREDIT: ${message}`);
    expect(errorAt(ss, 'Referral schedule', 5, 1)).toBe(`REFERRAL_SCHEDULE: ${message}`);

    set(ss, 'Rules: referral', 'A2:B3', [
      ['50%', 'none'],
      ['', 800],
    ]);
    recalc();
    expect(errorAt(ss, 'Referrals', 2, 7)).toBe(
      "REFERRAL_CREDIT: rules, 'Rules: referral'!B3 (Cap): 800 is in a second rule row, but the referral rules are one row: keep one row under the headers",
    );
  });
});

describe('the referral template in Russian', () => {
  it('computes the same credits, reads Russian rules words, and names a bad cell in Russian', () => {
    const { ss, recalc } = workbook('ru_RU');
    expect(ss.getSheetByName('Рекомендации')!.getRange('A1:G1').getValues()).toEqual([
      [
        'Рекомендатель',
        'Годовой договор рекомендателя',
        'Рекомендованный клиент',
        'Годовой договор клиента',
        'Установлено',
        'Уже был клиентом',
        'Скидка за рекомендацию',
      ],
    ]);
    expect(ss.getSheetByName('Правила: рекомендации')!.getRange('A1:B2').getValues()).toEqual([
      ['Доля от договора нового клиента', 'Предел скидки'],
      [1, 'договор рекомендателя'],
    ]);
    expect(credits(ss, 'Рекомендации')).toEqual([1000, 400, 0, 1000, 1800, 0, 0]);
    expect(schedule(ss, 'График скидок')).toEqual([
      [1, 1000, 0],
      [2, 400, 600],
      [3, 1000, 0],
    ]);

    // Half, without a cap, typed as a Russian manager types it.
    set(ss, 'Правила: рекомендации', 'A2:B2', [['50%', 'без предела']]);
    set(ss, 'График скидок', 'B2', [[1]]);
    recalc();
    expect(credits(ss, 'Рекомендации')).toEqual([500, 200, 0, 1500, 900, 0, 0]);
    // Credits 500, 200, 1,500 on a 1,000 contract: 500, 200, 1,000, 500; contract 1 already paid.
    expect(schedule(ss, 'График скидок')).toEqual([
      [2, 200, 800],
      [3, 1000, 0],
      [4, 500, 500],
    ]);

    set(ss, 'Правила: рекомендации', 'A2', [['-10%']]);
    recalc();
    expect(errorAt(ss, 'Рекомендации', 2, 7)).toBe(
      "REFERRAL_CREDIT: rules, 'Правила: рекомендации'!A2 (Доля от договора нового клиента): -0.1 — отрицательная доля",
    );
  });
});
