import { describe, expect, it } from 'vitest';
import { at, column, loadBundle } from '../helpers/bundle';

// Spreadsheets east and west of UTC; dates are Dates at midnight in the spreadsheet's zone.
const tokyo = loadBundle({ timeZone: 'Asia/Tokyo', locale: 'en_US' });
const tokyoRu = loadBundle({ timeZone: 'Asia/Tokyo', locale: 'ru_RU' });
const newYork = loadBundle({ timeZone: 'America/New_York', locale: 'en_US' });
const newYorkRu = loadBundle({ timeZone: 'America/New_York', locale: 'ru_RU' });
const jst = (date: string) => at(`${date}T00:00+09:00`);
// New York is UTC−5 in winter, UTC−4 from 8 March to 1 November 2026 (and from 14 March 2027)
const est = (date: string) => at(`${date}T00:00-05:00`);
const edt = (date: string) => at(`${date}T00:00-04:00`);

describe('PARTNER_TIER', () => {
  it('gives the SPEC example', () => {
    expect(tokyo.call('PARTNER_TIER', 620000, true, 'quarterly', false, false)).toBe('Silver');
    expect(tokyoRu.call('PARTNER_TIER', 620000, true, 'quarterly', false, false)).toBe('Серебряный');
  });
  it('fills a column, with empty rows empty', () => {
    const sales = column(620000, '', '150 000', 149999.99, '5 000 000 руб.', 30000000, 30000000);
    const training = column(true, true, '', '', 'да', 'x', 'x');
    const marketing = column('quarterly', 'monthly', '', '', 'Ежеквартально', 12, 11);
    const reporting = column(false, false, '', '', 'yes', '', 1);
    const staff = column(false, false, '', '', '', true, true);
    expect(tokyo.call('PARTNER_TIER', sales, training, marketing, reporting, staff)).toEqual(
      column('Silver', '', 'Bronze', 'White', 'Gold', 'Trusted', 'Gold'),
    );
    expect(newYorkRu.call('PARTNER_TIER', sales, training, marketing, reporting, staff)).toEqual(
      column('Серебряный', '', 'Бронзовый', 'Белый', 'Золотой', 'Доверенный', 'Золотой'),
    );
  });
  it('takes only sales', () => {
    expect(tokyo.call('PARTNER_TIER', 150000)).toBe('Bronze');
    expect(tokyo.call('PARTNER_TIER', '')).toBe('');
  });
  it('names the argument, the row and the value it cannot read', () => {
    expect(tokyo.error('PARTNER_TIER', column(1, 2, 3, 4, 'n/a'))).toBe('PARTNER_TIER: sales_12m, row 5 of the range: "n/a" is not a number');
    expect(tokyo.error('PARTNER_TIER', -5)).toBe('PARTNER_TIER: sales_12m: -5 is negative, but an amount cannot be');
    expect(tokyo.error('PARTNER_TIER', column(1, 2), false, column('none', 'weekly'))).toBe(
      'PARTNER_TIER: marketing, row 2 of the range: "weekly" is not a marketing regularity; use none, quarterly, monthly or the number of marketing activities in the last 12 months',
    );
    expect(tokyoRu.error('PARTNER_TIER', 1, false, 'еженедельно')).toBe(
      'PARTNER_TIER: marketing: «еженедельно» — не регулярность маркетинга; допустимы нет, ежеквартально, ежемесячно (none, quarterly, monthly) или число маркетинговых активностей за 12 месяцев',
    );
    // a checkbox says nothing about how often: refused with the accepted words
    expect(tokyo.error('PARTNER_TIER', 1, false, true)).toBe(
      'PARTNER_TIER: marketing: TRUE is not a marketing regularity; use none, quarterly, monthly or the number of marketing activities in the last 12 months',
    );
    expect(tokyo.error('PARTNER_TIER', column(1, 2), column(1, 2, 3))).toMatch(/^PARTNER_TIER: ranges differ in size/);
  });
});

describe('TIER_GAP', () => {
  it('gives the SPEC example in both languages', () => {
    expect(tokyo.call('TIER_GAP', 380000, false, 'none')).toBe('Silver: sales +120,000; quarterly marketing; sales training');
    expect(tokyoRu.call('TIER_GAP', 380000, false, 'нет')).toBe('Серебряный: продажи +120 000; ежеквартальный маркетинг; обучение продажам');
  });
  it('fills a column; the top tier has no gap', () => {
    // 0 → Bronze needs 150,000; 600,000 with training and 4 activities is Silver → Gold needs 4,400,000 and reporting;
    // a Trusted partner has nothing left
    expect(
      newYork.call('TIER_GAP', column(0, '', 600000, 31000000), column('', '', true, true), column('', '', 4, 'monthly'), false, column('', '', '', true)),
    ).toEqual(column('Bronze: sales +150,000', '', 'Gold: sales +4,400,000; monthly deal reporting', ''));
  });
});

describe('TIER_BENEFIT', () => {
  it('returns numbers where the table has numbers', () => {
    expect(tokyo.call('TIER_BENEFIT', 'Silver', 'discount')).toBe(0.3);
    expect(tokyo.call('TIER_BENEFIT', column('White', 'Бронзовый', 'silver', 'GOLD', 'Доверенный'), 'registration_months')).toEqual(column(3, 3, 6, 9, 12));
    expect(tokyo.call('TIER_BENEFIT', 'Bronze', column('discount', 'registration_months', 'extensions', 'leads_per_month', 'nfr_months'))).toEqual(
      column(0.2, 3, 1, 1, 0),
    );
    expect(tokyo.call('TIER_BENEFIT', 'Gold', 'nfr_months')).toBe(9);
  });
  it('returns the words where the table has none', () => {
    expect(tokyo.call('TIER_BENEFIT', 'Trusted', column('discount', 'nfr_months', 'leads_per_month'))).toEqual(column('individual', 'status term', 10));
    expect(newYorkRu.call('TIER_BENEFIT', 'Доверенный', column('скидка', 'nfr_months'))).toEqual(column('индивидуальная', 'срок статуса'));
  });
  it('refuses an unknown tier or benefit', () => {
    expect(tokyo.error('TIER_BENEFIT', column('Silver', 'Platinum'), 'discount')).toBe(
      'TIER_BENEFIT: tier, row 2 of the range: "Platinum" is not a partner tier; use White, Bronze, Silver, Gold, Trusted, or not authorised',
    );
    expect(tokyo.error('TIER_BENEFIT', 'Silver', 'cashback')).toBe(
      'TIER_BENEFIT: benefit: "cashback" is not a tier benefit; use discount, registration months, extensions, leads per month, NFR months',
    );
  });
});

describe('DEAL_EXPIRY', () => {
  it('gives the SPEC example at midnight in the spreadsheet zone', () => {
    // Silver: 6 months × (1 + 1) = 12 months
    expect(tokyo.call('DEAL_EXPIRY', jst('2026-03-15'), 'Silver', 1)).toEqual(jst('2027-03-15'));
    expect(tokyo.call('DEAL_EXPIRY', '15.03.2026', 'Silver', 1)).toEqual(jst('2027-03-15'));
    expect(newYork.call('DEAL_EXPIRY', edt('2026-03-15'), 'Silver', 1)).toEqual(edt('2027-03-15'));
  });
  it('ends at the end of a shorter month', () => {
    // 31 January + 3 months → 30 April; 30 November 2027 + 3 months → 29 February 2028
    expect(newYork.call('DEAL_EXPIRY', column(est('2026-01-31'), '', est('2027-11-30')), column('White', '', 'Bronze'))).toEqual(
      column(edt('2026-04-30'), '', est('2028-02-29')),
    );
    expect(tokyo.call('DEAL_EXPIRY', column(jst('2026-01-31'), jst('2028-02-29')), column('Белый', 'Trusted'))).toEqual(
      column(jst('2026-04-30'), jst('2029-02-28')),
    );
  });
  it("reads the day in the spreadsheet zone, not the script's", () => {
    // Midnight of 1 February in Tokyo is still 31 January in New York: + 3 months → 30 April there
    expect(newYork.call('DEAL_EXPIRY', jst('2026-02-01'), 'White')).toEqual(edt('2026-04-30'));
    expect(tokyo.call('DEAL_EXPIRY', jst('2026-02-01'), 'White')).toEqual(jst('2026-05-01'));
  });
  it('refuses what it cannot read', () => {
    expect(tokyo.error('DEAL_EXPIRY', '31.02.2026', 'White')).toBe(
      'DEAL_EXPIRY: registered_on: "31.02.2026" is not a date (use a date cell, 2026-01-31 or 31.01.2026)',
    );
    expect(tokyo.error('DEAL_EXPIRY', jst('2026-02-01'), 'White', -1)).toMatch(/^DEAL_EXPIRY: extensions: -1 is not a whole number/);
    expect(tokyo.error('DEAL_EXPIRY', jst('2026-02-01'), 'White', 1001)).toBe('DEAL_EXPIRY: extensions: 1001 is not a whole number from 0 to 1000');
    expect(tokyo.error('DEAL_EXPIRY', new Date(Date.UTC(20000, 0, 1)), 'White')).toBe(
      'DEAL_EXPIRY: registered_on: +020000-01-01T00:00:00.000Z is outside the years 1 to 9999',
    );
  });
});

describe('DEAL_STATUS', () => {
  const english = [
    ['Registered on', 'Partner', 'Tier', 'Customer', 'Tax ID', 'Products', 'Last update', 'Extensions', 'Outcome'],
    [jst('2026-01-10'), 'Alpha', 'Silver', 'ООО «Ромашка»', '7701234567', 'Стахановец, DLP', jst('2026-01-15'), '', ''], // row 2
    [jst('2026-01-12'), 'Beta', 'Gold', '"Ромашка" ООО', '', 'dlp', '', '', ''], // row 3: same customer by name, DLP in common
    ['', '', '', '', '', '', '', '', ''], // row 4: empty
    [jst('2026-01-12'), 'Gamma', 'Bronze', 'Лютик', '', 'Облако', '', 2, ''], // row 5: 2 extensions, Bronze allows 1
    [jst('2025-01-10'), 'Delta', 'White', 'Василёк', '', 'Облако', '', '', 'open'], // row 6: expired 10 April 2025
    [jst('2026-01-01'), 'Eps', 'Trusted', 'Одуванчик', '', 'Облако', '', '', ''], // row 7: no update for 19 days
    [jst('2026-01-11'), 'Alpha', 'Silver', 'Ромашка', '', 'DLP', '', '', 'won'], // row 8
    [jst('2026-01-13'), 'Zeta', 'Silver', 'Romashka LLC', '', 'DLP', '', '', 'lost'], // row 9
  ];
  // as of 20 January 2026
  const expected = column('Status', 'active', 'duplicate of row 2', '', 'extensions exceeded', 'expired', 'stale', 'won', 'lost');

  it('gives a status per row under the header, as tall as the range', () => {
    expect(tokyo.call('DEAL_STATUS', english, jst('2026-01-20'))).toEqual(expected);
    expect(tokyo.call('DEAL_STATUS', english, '2026-01-20')).toEqual(expected);
  });
  it('finds the columns by header in any order', () => {
    const order = [8, 3, 0, 6, 2, 5, 1, 7, 4];
    const shuffled = english.map((row) => order.map((c) => row[c]));
    expect(tokyo.call('DEAL_STATUS', shuffled, jst('2026-01-20'))).toEqual(expected);
  });
  it('reads Russian headers and answers in Russian', () => {
    const russian = [
      ['Итог', 'Заказчик', 'ИНН', 'Партнер', 'Дата регистрации', 'Статус партнёра', 'Продукты', 'Продления', 'Обновлено', 'Комментарий'],
      ['', 'ООО «Ромашка»', '', 'Альфа', est('2026-03-02'), 'Серебряный', 'Стахановец', '', '', ''],
      ['в работе', 'ромашка', '', 'Бета', est('2026-03-02'), 'Золотой', 'стахановец', '', '', 'тот же день, ниже'],
      ['Выиграна', 'Лютик', '', 'Бета', est('2026-03-03'), 'Белый', 'Стахановец', '', '', ''],
      ['Отменена', 'Лютик', '', 'Альфа', est('2026-03-03'), 'Белый', 'Стахановец', '', '', ''],
      ['проиграна', 'Лютик', '', 'Гамма', est('2026-03-03'), 'Белый', 'Стахановец', '', '', ''],
      ['', 'Лютик', '', 'Гамма', est('2026-03-04'), 'Бронзовый', 'Стахановец', 2, '', ''],
      ['', 'Одуванчик', '', 'Гамма', est('2025-12-01'), 'Бронзовый', 'Стахановец', 1, edt('2026-03-10'), ''],
      ['', 'Василёк', '', 'Гамма', est('2025-12-01'), 'Доверенный', 'Стахановец', '', '', ''],
      ['', 'Василек', '', 'Дельта', est('2026-03-05'), 'Доверенный', 'Облако; стахановец', '', '', ''],
    ];
    // as of 16 March 2026 (New York): row 2 is 14 days old, not yet stale; Бронзовый with 1 extension:
    // 1 December + 6 months = 1 June, updated 6 days ago; Василёк (Trusted, 1 December) has had no update
    // for 105 days, but is open and unexpired on 5 March, with Стахановец in common with row 10
    expect(newYorkRu.call('DEAL_STATUS', russian, edt('2026-03-16'))).toEqual(
      column(
        'Статус сделки',
        'активна',
        'дубль строки 2',
        'выиграна',
        'отменена',
        'проиграна',
        'превышено число продлений',
        'активна',
        'нет обновлений',
        'дубль строки 9',
      ),
    );
  });
  it('reads each date in the spreadsheet zone', () => {
    // Alpha's White registration of 10 January (the same day in both zones) ends on 10 April.
    // Beta registers at midnight of 11 April in Tokyo, which is still 10 April in New York.
    const deals = [
      ['Registered on', 'Partner', 'Tier', 'Customer', 'Products', 'Last update'],
      [est('2026-01-10'), 'Alpha', 'White', 'Acme', 'DLP', edt('2026-04-10')],
      [jst('2026-04-11'), 'Beta', 'White', 'Acme', 'DLP', ''],
    ];
    expect(tokyo.call('DEAL_STATUS', deals, jst('2026-04-11'))).toEqual(column('Status', 'expired', 'active'));
    expect(newYork.call('DEAL_STATUS', deals, edt('2026-04-10'))).toEqual(column('Status', 'active', 'duplicate of row 2'));
  });
  it('uses today in the spreadsheet zone without a report date', () => {
    const now = new Date();
    const todayInTokyo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now); // YYYY-MM-DD
    const deals = [
      ['Registered on', 'Partner', 'Tier', 'Customer', 'Products'],
      [jst(todayInTokyo), 'Alpha', 'White', 'Acme', 'DLP'],
      [jst('2000-01-10'), 'Beta', 'White', 'Zeta', 'DLP'],
    ];
    expect(tokyo.call('DEAL_STATUS', deals)).toEqual(column('Status', 'active', 'expired'));
  });
  it('returns the header alone for a table without deals, and nothing for an empty argument', () => {
    expect(tokyo.call('DEAL_STATUS', [english[0]], jst('2026-01-20'))).toEqual([['Status']]);
    expect(tokyo.call('DEAL_STATUS', [english[0], ['', '', '', '', '', '', '', '', '']], jst('2026-01-20'))).toEqual(column('Status', ''));
    expect(tokyo.call('DEAL_STATUS', '')).toBe('');
  });
  it('names a missing required header', () => {
    const noCustomer = english.map((row) => row.filter((_, c) => c !== 3));
    expect(tokyo.error('DEAL_STATUS', noCustomer)).toBe(
      'DEAL_STATUS: deals: a range has no "Customer" (or "Заказчик", "Πελάτης") column: the first row of the range must hold this header',
    );
    expect(tokyoRu.error('DEAL_STATUS', noCustomer)).toBe(
      'DEAL_STATUS: deals: диапазон — нет столбца «Заказчик» (или «Customer», «Πελάτης»): этот заголовок должен быть в первой строке диапазона',
    );
    expect(tokyo.error('DEAL_STATUS', 'Registered on')).toBe(
      'DEAL_STATUS: deals: "Registered on" is not a table: give the whole range of deals, its header row included',
    );
  });
  it('names the row and the column of a cell it cannot read', () => {
    const withCell = (row: number, col: number, value: unknown) => english.map((r, i) => (i === row - 1 ? r.map((v, c) => (c === col ? value : v)) : r));
    expect(tokyo.error('DEAL_STATUS', withCell(3, 2, 'Platinum'))).toBe(
      'DEAL_STATUS: deals, row 3 of the range (Tier): "Platinum" is not a partner tier; use White, Bronze, Silver, Gold, Trusted',
    );
    expect(tokyo.error('DEAL_STATUS', withCell(5, 0, '32.01.2026'))).toBe(
      'DEAL_STATUS: deals, row 5 of the range (Registered on): "32.01.2026" is not a date (use a date cell, 2026-01-31 or 31.01.2026)',
    );
    expect(tokyo.error('DEAL_STATUS', withCell(2, 1, ''))).toBe('DEAL_STATUS: deals, row 2 of the range (Partner): the cell is empty, but a text is needed');
    expect(tokyo.error('DEAL_STATUS', withCell(6, 8, 'maybe'))).toBe(
      'DEAL_STATUS: deals, row 6 of the range (Outcome): "maybe" is not an outcome; use open, won, lost, cancelled or leave empty while open',
    );
    expect(tokyoRu.error('DEAL_STATUS', withCell(7, 7, 'две'))).toBe('DEAL_STATUS: deals, строка 7 диапазона (Extensions): «две» — не число');
    expect(tokyo.error('DEAL_STATUS', english, column(jst('2026-01-20'), jst('2026-01-21')))).toBe('DEAL_STATUS: as_of takes a single value, not a range');
  });
});

describe('PILOT_STATUS', () => {
  // A 14-day pilot from 2 March 2026 runs to 15 March; its report is due by 29 March.
  it('runs 14 days by default, then waits 14 days for the report', () => {
    const asOf = column(jst('2026-03-15'), jst('2026-03-16'), jst('2026-03-29'), jst('2026-03-30'));
    const statuses = asOf.map(([day]) => tokyo.call('PILOT_STATUS', jst('2026-03-02'), '', '', day));
    expect(statuses).toEqual(['running', 'report due', 'report due', 'report overdue']);
  });
  it('fills a column: report on time, late, not known yet, empty rows', () => {
    const start = column(est('2026-03-02'), est('2026-03-02'), '', est('2026-03-02'), est('2026-02-01'));
    const days = column(14, '', 14, 14, 30);
    const report = column(edt('2026-03-29'), edt('2026-03-30'), '', edt('2026-04-05'), est('2026-03-01'));
    // as of 1 April: the report of 5 April is not known yet → overdue; a 30-day pilot from 1 February
    // ended on 2 March and was reported on 1 March
    expect(newYork.call('PILOT_STATUS', start, days, report, edt('2026-04-01'))).toEqual(column('reported', 'reported late', '', 'report overdue', 'reported'));
    expect(newYorkRu.call('PILOT_STATUS', start, days, report, edt('2026-04-01'))).toEqual(
      column('отчёт сдан', 'отчёт сдан с опозданием', '', 'отчёт просрочен', 'отчёт сдан'),
    );
  });
  it('reads its dates in the spreadsheet zone', () => {
    // midnight of 30 March in Tokyo is 29 March in New York: still within the report period there
    expect(newYork.call('PILOT_STATUS', est('2026-03-02'), 14, jst('2026-03-30'), edt('2026-04-01'))).toBe('reported');
    expect(tokyo.call('PILOT_STATUS', jst('2026-03-02'), 14, jst('2026-03-30'), jst('2026-04-01'))).toBe('reported late');
    expect(tokyoRu.call('PILOT_STATUS', '02.03.2026', 14, '', '2026-03-10')).toBe('идёт');
  });
  it('refuses a length that is not a whole number of days', () => {
    expect(tokyo.error('PILOT_STATUS', jst('2026-03-02'), 0)).toBe('PILOT_STATUS: days: 0 is not a whole number of 1 or more');
  });
});
