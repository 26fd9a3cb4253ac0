/**
 * Referral credits through dist/Code.js (SPEC §6, §12.4): the SPEC examples
 * as they now read, the new arguments (applied, new_customer, rules) in
 * English and Russian spreadsheets. Expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { column, loadBundle } from '../helpers/bundle';

const en = loadBundle({ locale: 'en_US', timeZone: 'Europe/Moscow' });
const ru = loadBundle({ locale: 'ru_RU', timeZone: 'Europe/Moscow' });

// SPEC §6: own 1,000; referrals 1,000 (installed), 400 (installed), 2,500 (not installed), 3,000 (installed).
const REFERRED = column(1000, 400, 2500, 3000);
const INSTALLED = column(true, true, false, true);
const HALF_NO_CAP = [
  ['Credit share', 'Cap'],
  ['50%', 'none'],
];

describe('REFERRAL_CREDIT', () => {
  it('gives no credit for a company that already was a customer; empty or omitted is a new customer', () => {
    expect(en.call('REFERRAL_CREDIT', 1000, 400, true, false)).toBe(0);
    expect(en.call('REFERRAL_CREDIT', 1000, 400, true, true)).toBe(400);
    expect(en.call('REFERRAL_CREDIT', 1000, 400, true)).toBe(400);
    expect(en.call('REFERRAL_CREDIT', column(1000, 1000, 1000, 1000, 1000), 400, true, column('', false, 'no', 'yes', true))).toEqual([
      [400],
      [0],
      [0],
      [400],
      [400],
    ]);
    expect(ru.call('REFERRAL_CREDIT', column(1000, 1000), column(3000, 3000), column('да', 'да'), column('нет', ''))).toEqual([[0], [1000]]);
  });

  it('refuses a new_customer it cannot read, naming the row, in each language', () => {
    expect(en.error('REFERRAL_CREDIT', column(1000, 1000), 400, true, column(true, 'maybe'))).toMatch(
      /^REFERRAL_CREDIT: new_customer, row 2 of the range: "maybe" /,
    );
    expect(ru.error('REFERRAL_CREDIT', column(1000, 1000), 400, true, column(true, 'может быть'))).toMatch(
      /^REFERRAL_CREDIT: new_customer, строка 2 диапазона: «может быть» — /,
    );
  });

  it('takes a rules table as its last argument: 50% with no cap, in English and Russian headers', () => {
    // Half of 1,000, 400, nothing (not installed), and 3,000 — above the own 1,000, with no cap.
    const half = [[500], [200], [0], [1500]];
    expect(en.call('REFERRAL_CREDIT', column(1000, 1000, 1000, 1000), REFERRED, INSTALLED, '', HALF_NO_CAP)).toEqual(half);
    const russian = [
      ['Предел скидки', 'Доля от договора нового клиента'],
      ['без предела', '50%'],
    ];
    expect(ru.call('REFERRAL_CREDIT', column(1000, 1000, 1000, 1000), REFERRED, INSTALLED, '', russian)).toEqual(half);
    // An empty rules argument is the seed's rule.
    expect(en.call('REFERRAL_CREDIT', 1000, 3000, true, '', '')).toBe(1000);
  });

  it('names the rules cell it cannot read, in each language', () => {
    const table = [
      ['Credit share', 'Cap'],
      ['50%', 'lots'],
    ];
    expect(en.error('REFERRAL_CREDIT', 1000, 3000, true, '', table)).toBe(
      'REFERRAL_CREDIT: rules, row 2 of the range (Cap): "lots" is not a cap: use own contract, none or an amount',
    );
    expect(ru.error('REFERRAL_CREDIT', 1000, 3000, true, '', table)).toBe(
      'REFERRAL_CREDIT: rules, строка 2 диапазона (Cap): «lots» — не предел скидки: укажите «договор рекомендателя», «без предела» или сумму',
    );
    // A bad table is an error even where no row needs it.
    expect(
      en.error('REFERRAL_CREDIT', '', 3000, true, '', [
        ['Credit share', 'Bonus'],
        ['50%', 1],
      ]),
    ).toBe('REFERRAL_CREDIT: rules, row 1 of the range (Bonus): "Bonus" is not a column of the referral rules table; its columns: Credit share, Cap');
  });
});

describe('REFERRAL_SCHEDULE', () => {
  it('SPEC §6: the schedule, and with applied 1 the schedule from credit 2, in both languages', () => {
    for (const bundle of [en, ru]) {
      expect(bundle.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED)).toEqual([
        [1, 1000, 0],
        [2, 400, 600],
        [3, 1000, 0],
      ]);
      expect(bundle.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', 1)).toEqual([
        [2, 400, 600],
        [3, 1000, 0],
      ]);
    }
    // Every credit used: the next contract, 4, is paid in full; asked for two contracts after the first credit.
    expect(en.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', 3)).toEqual([[4, 0, 1000]]);
    expect(en.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, 2, 1)).toEqual([
      [2, 400, 600],
      [3, 1000, 0],
    ]);
  });

  it('refuses more credits applied than there are, and an applied that is not a whole number', () => {
    expect(en.error('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', 4)).toBe(
      "REFERRAL_SCHEDULE: applied: 4 is more than the 3 contracts the referrer's credits pay for",
    );
    expect(ru.error('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', 4)).toBe(
      'REFERRAL_SCHEDULE: applied: 4 — больше, чем 3 договора, на которые хватает скидок рекомендателя',
    );
    expect(en.error('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', -1)).toBe('REFERRAL_SCHEDULE: applied: -1 is not a whole number from 0 to 1000000');
    expect(en.error('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', 1.5)).toBe('REFERRAL_SCHEDULE: applied: 1.5 is not a whole number from 0 to 1000000');
  });

  it('leaves out the referral of a company that already was a customer', () => {
    // Lambda (400) was already a customer: credits 1,000 and 1,000 (3,000 capped).
    expect(en.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', '', column('', false, true, 'yes'))).toEqual([
      [1, 1000, 0],
      [2, 1000, 0],
    ]);
    expect(ru.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', '', column('да', 'нет', 'да', 'да'))).toEqual([
      [1, 1000, 0],
      [2, 1000, 0],
    ]);
  });

  it('50% with no cap: a credit above the contract pays it in full, the rest goes to the next contract before the next credit', () => {
    // Credits 500, 200, 1,500 on a 1,000 contract: 500; 200; 1,000 of the 1,500; the 500 left.
    expect(en.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', '', '', HALF_NO_CAP)).toEqual([
      [1, 500, 500],
      [2, 200, 800],
      [3, 1000, 0],
      [4, 500, 500],
    ]);
    expect(en.call('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', 2, '', HALF_NO_CAP)).toEqual([
      [3, 1000, 0],
      [4, 500, 500],
    ]);
    // A cap of 2,500 and a 3,000 referral first: 1,000, 1,000, 500 alone, then the 400.
    const cap2500 = [['Cap'], [2500]];
    // (installed given as one empty value is not installed: SPEC §2.10)
    expect(en.call('REFERRAL_SCHEDULE', 1000, column(3000, 400), '', '', '', '', cap2500)).toEqual([[1, 0, 1000]]);
    expect(en.call('REFERRAL_SCHEDULE', 1000, column(3000, 400), column(true, true), '', '', '', cap2500)).toEqual([
      [1, 1000, 0],
      [2, 1000, 0],
      [3, 500, 500],
      [4, 400, 600],
    ]);
  });

  it('refuses a second rule row, naming it', () => {
    const table = [
      ['Credit share', 'Cap'],
      ['50%', 'none'],
      ['75%', ''],
    ];
    expect(en.error('REFERRAL_SCHEDULE', 1000, REFERRED, INSTALLED, '', '', '', table)).toBe(
      'REFERRAL_SCHEDULE: rules, row 3 of the range (Credit share): "75%" is in a second rule row, but the referral rules are one row: keep one row under the headers',
    );
  });
});
