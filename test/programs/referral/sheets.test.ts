/**
 * The referral program's sheet reader and What if… source (SPEC §13): the
 * Referrals sheet of the inserted template, read by src code running
 * against the in-memory spreadsheet as Apps Script would run it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpreadsheet, hostServices, loadAddon } from '../../../dev/memory';
import { contextOf } from '../../../src/kernel/functions/context';
import { Refused } from '../../../src/kernel/sheets/refusal';
import { ANACONDA_PROGRAM, NO_CAP } from '../../../src/programs/referral/rules/seed';
import { readReferrals } from '../../../src/programs/referral/sheets';
import { referralWhatIf } from '../../../src/programs/referral/whatIf';

function spreadsheet(locale: 'en_US' | 'ru_RU') {
  const ss = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  expect(loadAddon({ spreadsheet: ss }).call('insertReferralTemplate')).toMatchObject({ ok: true });
  const host = hostServices(ss);
  vi.stubGlobal('SpreadsheetApp', host.SpreadsheetApp);
  vi.stubGlobal('Session', host.Session);
  return ss;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const ctx = (locale: string) => contextOf({ locale, timeZone: 'Europe/Moscow' });

describe('reading the Referrals sheet', () => {
  it("reads every referral as REFERRAL_CREDIT reads the template's columns", () => {
    spreadsheet('en_US');
    const referrals = readReferrals('en', ctx('en_US'));
    expect(referrals).toHaveLength(7);
    expect(referrals[0]).toEqual({
      referrer: 'Optima Accounting',
      referred: 'Kappa Payroll',
      own: 1000,
      referredContract: 1000,
      installed: true,
      newCustomer: true,
    });
    expect(referrals.map((r) => [r.installed, r.newCustomer])).toEqual([
      [true, true],
      [true, true],
      [false, true],
      [true, true],
      [true, true],
      [false, true],
      [true, false], // Rho Pharmacy: already a customer
    ]);
  });

  it('skips a row without an own contract (the formula leaves it empty) and refuses a cell it cannot read, naming it', () => {
    const ss = spreadsheet('ru_RU');
    const sheet = ss.getSheetByName('Рекомендации')!;
    sheet.getRange('A9:F10').setValues([
      ['Кси Клиники', '', 'Сигма', 500, true, false],
      ['Кси Клиники', 2400, 'Тау', 'много', true, false],
    ]);
    expect(() => readReferrals('ru', ctx('ru_RU'))).toThrow(Refused);
    expect(() => readReferrals('ru', ctx('ru_RU'))).toThrow(
      'Лист «Рекомендации», строка 10, столбец «Годовой договор клиента»: «много» — не число. Исправьте ячейку и повторите.',
    );
    sheet.getRange('D10').setValue(700);
    const referrals = readReferrals('ru', ctx('ru_RU'));
    expect(referrals).toHaveLength(8);
    expect(referrals[7]).toMatchObject({ referrer: 'Кси Клиники', referred: 'Тау', own: 2400, referredContract: 700 });
  });

  it('counts every company as a new customer on a sheet without the Already a customer column (an older template)', () => {
    const ss = spreadsheet('en_US');
    // No "Already a customer" header: the column is not the template's (Rho Pharmacy's checkbox is ignored).
    ss.getSheetByName('Referrals')!.getRange('F1').setValue('');
    expect(readReferrals('en', ctx('en_US')).every((r) => r.newCustomer)).toBe(true);
  });
});

describe('the What if… source', () => {
  it('reads the Referrals sheet and compares: 50% with no cap', () => {
    spreadsheet('en_US');
    const call = { lang: 'en' as const, ctx: ctx('en_US'), today: 0 };
    const data = referralWhatIf.readData(call);
    const result = referralWhatIf.program.compare(data, ANACONDA_PROGRAM, { creditShare: 0.5, cap: NO_CAP }, 'en', 0);
    // Seed: 1,000 + 400 + 1,000 + 1,800 = 4,200; 50%, no cap: 500 + 200 + 1,500 + 900 = 3,100.
    expect(result.totals[0]).toMatchObject({ before: '4,200', after: '3,100' });
    expect(result.changed).toHaveLength(4);
    expect(referralWhatIf.program.table.key).toBe('referral');
  });
});
