/**
 * Reading text by the spreadsheet locale (SPEC §2.4 numbers, §2.6 yes/no,
 * §2.7 dates) and the spreadsheet time zone, through dist/Code.js in en_US,
 * ru_RU and el_GR spreadsheets. Expected values are worked out by hand:
 *
 * - REFERRAL_CREDIT(own, referred, installed) is min(own, referred) when
 *   installed, else 0; with own = 10,000,000 it returns the referred amount
 *   as read, so it shows how a money text is read.
 * - DEAL_EXPIRY(registered_on, "Silver", 0) is EDATE(registered_on, 6) (a
 *   Silver registration runs 6 months, SPEC §5), a Date at midnight of that
 *   day in the spreadsheet's zone: 31 January 2026 → 31 July 2026, 15 March
 *   → 15 September. New York is UTC−4 in summer, Moscow UTC+3, Athens UTC+3
 *   in summer (EEST).
 */
import { describe, expect, it } from 'vitest';
import { at, column, loadBundle } from '../helpers/bundle';

const en = loadBundle({ locale: 'en_US', timeZone: 'America/New_York' });
const ru = loadBundle({ locale: 'ru_RU', timeZone: 'Europe/Moscow' });
const el = loadBundle({ locale: 'el_GR', timeZone: 'Europe/Athens' });

const OWN = 10_000_000;
const amount = (bundle: typeof en, text: string) => bundle.call('REFERRAL_CREDIT', OWN, text);

describe('numbers typed as text (SPEC §2.4)', () => {
  it.each([
    ['150 000', 150000],
    ['1 250,50', 1250.5],
    ['1,250.50', 1250.5],
    ['1.250,50 €', 1250.5],
    ['150000 ₽', 150000],
    ['150 000 руб.', 150000],
    ['150 000 р.', 150000],
    ['$1,250.50', 1250.5],
    ['EUR 1.250,50', 1250.5],
    ['USD 1,250.50', 1250.5],
    ['1 250 RUB', 1250],
    ['1 250,50 ευρώ', 1250.5],
    ['1.000.000', 1000000],
    ['1,000,000', 1000000],
    ['0.75', 0.75],
    ['1,5', 1.5],
    ['12.5', 12.5],
  ])('%j reads the same in en_US, ru_RU and el_GR: %d', (text, expected) => {
    expect(amount(en, text)).toBe(expected);
    expect(amount(ru, text)).toBe(expected);
    expect(amount(el, text)).toBe(expected);
  });

  it.each([
    // text, en_US, ru_RU, el_GR: a single mark before exactly three digits is decimal only in its own locale
    ['1,250', 1250, 1.25, 1.25],
    ['1.250', 1.25, 1250, 1250],
    ['1.250 €', 1.25, 1250, 1250],
    ['12.000', 12, 12000, 12000],
    ['1.250 ευρώ', 1.25, 1250, 1250],
    ['$1,250', 1250, 1.25, 1.25],
  ])('%j is %d in en_US, %d in ru_RU, %d in el_GR', (text, inEn, inRu, inEl) => {
    expect(amount(en, text)).toBe(inEn);
    expect(amount(ru, text)).toBe(inRu);
    expect(amount(el, text)).toBe(inEl);
  });

  it('reads a whole column by the locale, row by row', () => {
    const texts = column('1.250 €', '12.000', '1,5', '1.250,50');
    expect(el.call('REFERRAL_CREDIT', OWN, texts)).toEqual([[1250], [12000], [1.5], [1250.5]]);
    expect(en.call('REFERRAL_CREDIT', OWN, texts)).toEqual([[1.25], [12], [1.5], [1250.5]]);
  });

  it('refuses groups that are not thousands (1,25,000) in every locale, rather than read a number', () => {
    expect(en.error('REFERRAL_CREDIT', OWN, '1,25,000')).toBe('REFERRAL_CREDIT: referred_contract: "1,25,000" is not a number');
    expect(el.error('REFERRAL_CREDIT', OWN, '1,25,000')).toBe('REFERRAL_CREDIT: referred_contract: «1,25,000» δεν είναι αριθμός');
    expect(ru.error('REFERRAL_CREDIT', OWN, '1,25,000')).toBe('REFERRAL_CREDIT: referred_contract: «1,25,000» — не число');
    expect(ru.error('REFERRAL_CREDIT', OWN, '1.25.000')).toBe('REFERRAL_CREDIT: referred_contract: «1.25.000» — не число');
    // Grouping never leaves a first group of 0: "0.500" is a half in en_US, and no number in ru_RU.
    expect(en.call('REFERRAL_CREDIT', OWN, '0.500')).toBe(0.5);
    expect(ru.error('REFERRAL_CREDIT', OWN, '0.500')).toBe('REFERRAL_CREDIT: referred_contract: «0.500» — не число');
  });
});

describe('yes/no typed as text (SPEC §2.6)', () => {
  it.each([
    ['en_US', en],
    ['ru_RU', ru],
    ['el_GR', el],
  ])('reads ναι/όχι in any case, with or without the accent, in %s', (_locale, bundle) => {
    for (const yes of ['ναι', 'Ναι', 'ΝΑΙ', 'ναί']) expect(bundle.call('REFERRAL_CREDIT', 1000, 2500, yes)).toBe(1000);
    for (const no of ['όχι', 'Όχι', 'ΟΧΙ', 'οχι']) expect(bundle.call('REFERRAL_CREDIT', 1000, 2500, no)).toBe(0);
    expect(bundle.call('REFERRAL_CREDIT', column(1000, 1000), column(2500, 400), column('Ναι', 'ΟΧΙ'))).toEqual([[1000], [0]]);
  });

  it('names ναι/όχι among the accepted words', () => {
    expect(el.error('REFERRAL_CREDIT', 1000, 2500, 'ίσως')).toBe(
      'REFERRAL_CREDIT: installed: «ίσως» δεν είναι ναι/όχι (χρησιμοποιήστε TRUE/FALSE, 1/0, ναι/όχι, yes/no, да/нет ή x)',
    );
    expect(ru.error('REFERRAL_CREDIT', 1000, 2500, 'ίσως')).toBe(
      'REFERRAL_CREDIT: installed: «ίσως» — не да/нет (используйте ИСТИНА/ЛОЖЬ, 1/0, да/нет, yes/no, ναι/όχι или x)',
    );
  });
});

describe('dates typed as text (SPEC §2.7)', () => {
  const expiry = (bundle: typeof en, registered: string) => bundle.call('DEAL_EXPIRY', registered, 'Silver', 0);

  it('en_US: ISO, dotted, and slashes month first', () => {
    const july31 = at('2026-07-31T00:00-04:00');
    expect(expiry(en, '2026-01-31')).toEqual(july31);
    expect(expiry(en, '31.01.2026')).toEqual(july31);
    expect(expiry(en, '01/31/2026')).toEqual(july31);
    expect(expiry(en, '1/31/2026')).toEqual(july31);
    expect(expiry(en, '03/15/2026')).toEqual(at('2026-09-15T00:00-04:00'));
  });

  it.each([
    ['ru_RU', ru],
    ['el_GR', el],
  ])('%s: ISO, dotted, and slashes day first', (_locale, bundle) => {
    const july31 = at('2026-07-31T00:00+03:00');
    expect(expiry(bundle, '2026-01-31')).toEqual(july31);
    expect(expiry(bundle, '31.01.2026')).toEqual(july31);
    expect(expiry(bundle, '31/01/2026')).toEqual(july31);
    expect(expiry(bundle, '15/03/2026')).toEqual(at('2026-09-15T00:00+03:00'));
  });

  it('reads 02/03/2026 as 3 February month-first and as 2 March day-first', () => {
    expect(expiry(en, '02/03/2026')).toEqual(at('2026-08-03T00:00-04:00'));
    expect(expiry(el, '02/03/2026')).toEqual(at('2026-09-02T00:00+03:00'));
  });

  it("refuses text that is not a real day in the locale's order", () => {
    const notADate = (text: string) => `DEAL_EXPIRY: registered_on: "${text}" is not a date (use a date cell, 2026-01-31 or 31.01.2026)`;
    const neDate = (text: string) => `DEAL_EXPIRY: registered_on: «${text}» — не дата (нужна ячейка с датой, 2026-01-31 или 31.01.2026)`;
    const notADateEl = (text: string) =>
      `DEAL_EXPIRY: registered_on: «${text}» δεν είναι ημερομηνία (χρησιμοποιήστε κελί ημερομηνίας, 2026-01-31 ή 31/01/2026)`;
    for (const text of ['31/01/2026', '13/31/2026', '31/02/2026', '02/29/2026', '31.02.2026']) {
      expect(en.error('DEAL_EXPIRY', text, 'Silver', 0)).toBe(notADate(text));
    }
    for (const text of ['01/31/2026', '31/02/2026', '29/02/2026', '31.02.2026']) {
      expect(el.error('DEAL_EXPIRY', text, 'Silver', 0)).toBe(notADateEl(text));
      expect(ru.error('DEAL_EXPIRY', text, 'Silver', 0)).toBe(neDate(text));
    }
  });
});

describe('custom time zones of Sheets', () => {
  it('GMT+03:00: a date lands on its calendar day three hours east of Greenwich', () => {
    const plus3 = loadBundle({ locale: 'en_US', timeZone: 'GMT+03:00' });
    // 00:30 on 31 January at UTC+3 is still 30 January in UTC: UTC would put it on the wrong day.
    expect(plus3.call('DEAL_EXPIRY', at('2026-01-31T00:30+03:00'), 'Silver', 0)).toEqual(at('2026-07-31T00:00+03:00'));
    expect(plus3.call('DEAL_EXPIRY', '2026-01-31', 'Silver', 0)).toEqual(at('2026-07-30T21:00Z'));
    const ruPlus3 = loadBundle({ locale: 'ru_RU', timeZone: 'GMT+03:00' });
    expect(ruPlus3.call('DEAL_EXPIRY', '31/01/2026', 'Серебряный', 0)).toEqual(at('2026-07-31T00:00+03:00'));
  });

  it('GMT-05:30: west of Greenwich, half hours included', () => {
    const minus530 = loadBundle({ locale: 'en_US', timeZone: 'GMT-05:30' });
    // 22:30 on 30 January at UTC−5:30 is already 31 January in UTC.
    expect(minus530.call('DEAL_EXPIRY', at('2026-01-30T22:30-05:30'), 'Silver', 0)).toEqual(at('2026-07-30T00:00-05:30'));
  });

  it('an unknown zone is an error naming it, not a silent UTC; functions without dates still work', () => {
    const mars = loadBundle({ locale: 'en_US', timeZone: 'Mars/Olympus' });
    expect(mars.error('DEAL_EXPIRY', '2026-01-31', 'Silver', 0)).toBe(
      'DEAL_EXPIRY: the spreadsheet\'s time zone "Mars/Olympus" is not known here; choose a time zone in File > Settings',
    );
    expect(mars.call('REFERRAL_CREDIT', 1000, 2500, true)).toBe(1000);
    const marsRu = loadBundle({ locale: 'ru_RU', timeZone: 'Mars/Olympus' });
    expect(marsRu.error('DEAL_EXPIRY', '2026-01-31', 'Silver', 0)).toBe(
      'DEAL_EXPIRY: часовой пояс таблицы «Mars/Olympus» здесь неизвестен; выберите часовой пояс в меню «Файл» > «Настройки»',
    );
  });
});
