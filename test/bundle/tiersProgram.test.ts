/**
 * Seed 001 as SPEC §5 now runs it, and the vendor's own tiers table (SPEC §12.1), through
 * dist/Code.js as Sheets calls it. Every expected value is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { at, column, loadBundle } from '../helpers/bundle';

const en = loadBundle({ timeZone: 'Europe/Moscow', locale: 'en_US' });
const ru = loadBundle({ timeZone: 'Europe/Moscow', locale: 'ru_RU' });
const msk = (date: string) => at(`${date}T00:00+03:00`);

/** PARTNER_TIER's and TIER_GAP's first five arguments for 620,000 with training and quarterly marketing: Silver. */
const SILVER = [620000, true, 'quarterly', false, false] as const;

describe('authorisation and the vendor override (PARTNER_TIER, TIER_GAP, TIER_BENEFIT)', () => {
  it('gives "not authorised" to a partner not ticked as authorised, and no gap but the authorisation', () => {
    expect(en.call('PARTNER_TIER', column(...SILVER.slice(0, 1), 620000), true, 'quarterly', false, false, column(true, false))).toEqual(
      column('Silver', 'not authorised'),
    );
    expect(ru.call('PARTNER_TIER', ...SILVER, false)).toBe('не авторизован');
    expect(en.call('TIER_GAP', ...SILVER, false)).toBe('authorisation');
    expect(ru.call('TIER_GAP', ...SILVER, 'нет')).toBe('авторизация');
    // omitted: every partner is authorised
    expect(en.call('PARTNER_TIER', ...SILVER)).toBe('Silver');
  });
  it('downgrades to the override, never upgrades, and says so in the gap', () => {
    expect(en.call('PARTNER_TIER', ...SILVER, true, 'Bronze')).toBe('Bronze');
    expect(ru.call('PARTNER_TIER', ...SILVER, true, 'бронзовый')).toBe('Бронзовый');
    expect(en.call('PARTNER_TIER', ...SILVER, true, 'Gold')).toBe('Silver'); // never an upgrade
    expect(en.call('TIER_GAP', ...SILVER, true, 'Bronze')).toBe('downgraded by the vendor');
    expect(ru.call('TIER_GAP', ...SILVER, true, 'Белый')).toBe('понижен вендором');
    // an override at or above the earned tier holds nothing: the gap is the usual one (Gold: 5,000,000 − 620,000)
    expect(en.call('TIER_GAP', ...SILVER, true, 'Silver')).toBe('Gold: sales +4,380,000; monthly deal reporting');
  });
  it('deauthorises', () => {
    expect(en.call('PARTNER_TIER', ...SILVER, true, 'deauthorised')).toBe('not authorised');
    expect(ru.call('PARTNER_TIER', ...SILVER, true, 'Деавторизован')).toBe('не авторизован');
    expect(en.call('TIER_GAP', ...SILVER, true, 'деавторизован')).toBe('authorisation');
  });
  it('refuses an override that is no tier, naming the row', () => {
    expect(en.error('PARTNER_TIER', column(620000, 620000), true, 'quarterly', false, false, true, column('', 'Platinum'))).toBe(
      'PARTNER_TIER: override, row 2 of the range: "Platinum" is not a tier to hold the partner at, nor deauthorised; use White, Bronze, Silver, Gold, Trusted, or deauthorised, or leave empty',
    );
  });
  it('gives 0 for every benefit of "not authorised", and reads the plain benefit words in both languages', () => {
    expect(en.call('TIER_BENEFIT', 'not authorised', column('discount', 'registration months', 'NFR months'))).toEqual(column(0, 0, 0));
    expect(ru.call('TIER_BENEFIT', 'не авторизован', 'скидка')).toBe(0);
    expect(en.call('TIER_BENEFIT', 'Silver', column('Registration Months', 'leads per month', 'NFR_months', 'extensions'))).toEqual(column(6, 2, 6, 1));
    expect(ru.call('TIER_BENEFIT', 'Серебряный', column('срок регистрации', 'лиды в месяц', 'NFR', 'продления'))).toEqual(column(6, 2, 6, 1));
  });
});

describe('DEAL_STATUS: owners, repeats and authorisation (SPEC §5)', () => {
  const HEAD = ['Registered on', 'Partner', 'Tier', 'Customer', 'Products', 'Last update', 'Extensions', 'Outcome'];
  const PARTNERS = [
    ['Partner', 'Authorised', 'Vendor override'],
    ['Alpha', true, ''],
    ['Beta', true, ''],
    ['Gamma', true, ''],
    ['Delta', false, ''],
    ['Omega', true, 'deauthorised'],
  ];
  it('follows the chain A → B (duplicate) → A again (repeat) → C (duplicate of A, never of B)', () => {
    const deals = [
      HEAD,
      [msk('2026-01-10'), 'Alpha', 'Silver', 'Acme', 'DLP', msk('2026-01-20'), '', ''], // row 2: owns
      [msk('2026-01-11'), 'Beta', 'Silver', 'ACME LLC', 'dlp', msk('2026-01-20'), '', ''], // row 3: Alpha's row 2 is open
      [msk('2026-01-12'), 'Alpha', 'Silver', 'Acme', 'DLP', msk('2026-01-20'), '', ''], // row 4: Alpha's own row 2 is open
      [msk('2026-01-13'), 'Gamma', 'Silver', 'Acme', 'DLP', msk('2026-01-20'), '', ''], // row 5: owner is row 2, not 3 or 4
    ];
    expect(en.call('DEAL_STATUS', deals, msk('2026-01-25'))).toEqual(column('Status', 'active', 'duplicate of row 2', 'repeat of row 2', 'duplicate of row 2'));
    expect(ru.call('DEAL_STATUS', deals, msk('2026-01-25'))).toEqual(column('Статус сделки', 'активна', 'дубль строки 2', 'повтор строки 2', 'дубль строки 2'));
  });
  it('makes a registration again after the extension limit a repeat, even of an expired registration', () => {
    // Bronze: 3 months, 1 extension. Row 2: 10.01.2026 + 3 × 2 = 10.07.2026, its one extension used.
    // Row 3 on 01.08.2026: row 2 has expired but is still open: one deal registered twice.
    const deals = [
      HEAD,
      [msk('2026-01-10'), 'Alpha', 'Bronze', 'Cedar Pharma', 'DLP', msk('2026-07-01'), 1, ''],
      [msk('2026-08-01'), 'Alpha', 'Bronze', 'Cedar Pharma', 'DLP', '', '', ''],
    ];
    expect(en.call('DEAL_STATUS', deals, msk('2026-08-05'))).toEqual(column('Status', 'expired', 'repeat of row 2'));
  });
  it('makes a registration after the outcome was recorded a new deal', () => {
    // Row 2 was lost on 01.02 (its Last update): row 3 on 05.02 is a new deal, row 4 by Beta is its duplicate.
    const deals = [
      HEAD,
      [msk('2026-01-10'), 'Alpha', 'Silver', 'Acme', 'DLP', msk('2026-02-01'), '', 'lost'],
      [msk('2026-02-05'), 'Alpha', 'Silver', 'Acme', 'DLP', '', '', ''],
      [msk('2026-02-06'), 'Beta', 'Silver', 'Acme', 'DLP', '', '', ''],
    ];
    expect(en.call('DEAL_STATUS', deals, msk('2026-02-10'))).toEqual(column('Status', 'lost', 'active', 'duplicate of row 3'));
    // while row 2 was still open (a registration before 01.02), Alpha registering again is a repeat
    const early = [HEAD, deals[1], [msk('2026-01-20'), 'Alpha', 'Silver', 'Acme', 'DLP', '', '', '']];
    expect(en.call('DEAL_STATUS', early, msk('2026-02-10'))).toEqual(column('Status', 'lost', 'repeat of row 2'));
  });
  it('gives "partner not authorised" to partners not authorised, deauthorised or not listed, which own nothing', () => {
    const deals = [
      HEAD,
      [msk('2026-01-10'), 'Delta', 'Silver', 'Acme', 'DLP', '', '', ''], // row 2: Delta not ticked
      [msk('2026-01-10'), 'Omega', 'Silver', 'Acme', 'DLP', '', '', ''], // row 3: deauthorised
      [msk('2026-01-10'), 'Nobody', 'Silver', 'Acme', 'DLP', '', '', ''], // row 4: not listed
      [msk('2026-01-11'), 'Alpha', 'Silver', 'Acme', 'DLP', '', '', ''], // row 5: the first authorised one owns
      [msk('2026-01-12'), 'Beta', 'Silver', 'Acme', 'DLP', '', '', ''], // row 6
      [msk('2026-01-12'), 'Delta', 'Silver', 'Other', 'DLP', '', '', 'won'], // row 7: the outcome comes first
    ];
    const statuses = ['partner not authorised', 'partner not authorised', 'partner not authorised', 'active', 'duplicate of row 5', 'won'];
    expect(en.call('DEAL_STATUS', deals, msk('2026-01-20'), PARTNERS)).toEqual(column('Status', ...statuses));
    expect(ru.call('DEAL_STATUS', deals, msk('2026-01-20'), PARTNERS)[1]).toEqual(['партнёр не авторизован']);
    // without `partners` everyone is authorised: Delta's row 2 owns the deal (same day, nearer the top)
    expect(en.call('DEAL_STATUS', deals, msk('2026-01-20'))).toEqual(
      column('Status', 'active', 'duplicate of row 2', 'duplicate of row 2', 'duplicate of row 2', 'duplicate of row 2', 'won'),
    );
    // an empty `partners` counts as omitted (SPEC §2.10)
    expect(en.call('DEAL_STATUS', deals, msk('2026-01-20'), '')).toEqual(en.call('DEAL_STATUS', deals, msk('2026-01-20')));
  });
  it('refuses a partners range without its headers', () => {
    expect(en.error('DEAL_STATUS', [HEAD], msk('2026-01-20'), [['Name'], ['Alpha']])).toMatch(/^DEAL_STATUS: partners: .*"Partner" and "Authorised"/);
  });
});

describe('a tiers table of the vendor’s own (SPEC §12.1)', () => {
  // Partner from 0 (2 months, no extension), Advanced from 200,000 with training (4 months, 1 extension, 10 days
  // between updates), Premier from 1,000,000 with training and quarterly marketing (6 months, 2 extensions).
  const TABLE = [
    ['Tier', 'Min sales', 'Sales training', 'Marketing', 'Discount', 'Registration months', 'Extensions', 'Update every days'],
    ['Partner', 0, false, 'none', '5%', 2, 0, ''],
    ['Advanced', 200000, true, 'none', '15%', 4, 1, 10],
    ['Premier', 1000000, true, 'quarterly', '25%', 6, 2, ''],
  ];
  it('decides the tier and the gap with its names, thresholds and conditions', () => {
    const sales = column(100000, 250000, 250000, 1200000, 1200000);
    const training = column(false, false, true, true, true);
    const marketing = column('', '', '', '', 'quarterly');
    expect(en.call('PARTNER_TIER', sales, training, marketing, '', '', true, '', TABLE)).toEqual(
      column('Partner', 'Partner', 'Advanced', 'Advanced', 'Premier'),
    );
    expect(en.call('TIER_GAP', sales, training, marketing, '', '', true, '', TABLE)).toEqual(
      column(
        'Advanced: sales +100,000; sales training',
        'Advanced: sales training',
        'Premier: sales +750,000; quarterly marketing',
        'Premier: quarterly marketing',
        '',
      ),
    );
    expect(en.call('PARTNER_TIER', 1200000, true, 'monthly', false, false, true, 'advanced', TABLE)).toBe('Advanced');
  });
  it('gives its terms to TIER_BENEFIT, DEAL_EXPIRY and DEAL_STATUS', () => {
    expect(en.call('TIER_BENEFIT', column('partner', 'ADVANCED', 'Premier'), 'discount', TABLE)).toEqual(column(0.05, 0.15, 0.25));
    expect(en.call('TIER_BENEFIT', 'Premier', column('registration months', 'extensions', 'leads per month', 'NFR months'), TABLE)).toEqual(column(6, 2, 0, 0));
    // 15.03.2026 + 6 × (1 + 2) = 18 months → 15.09.2027
    expect(en.call('DEAL_EXPIRY', msk('2026-03-15'), 'Premier', 2, TABLE)).toEqual(msk('2027-09-15'));
    expect(en.error('DEAL_EXPIRY', msk('2026-03-15'), 'Silver', 0, TABLE)).toBe(
      'DEAL_EXPIRY: tier: "Silver" is not a partner tier; use Partner, Advanced, Premier',
    );
    const deals = [
      ['Registered on', 'Partner', 'Tier', 'Customer', 'Products', 'Last update', 'Extensions'],
      [msk('2026-01-10'), 'A', 'Partner', 'a', 'X', msk('2026-03-05'), ''], // 2 months: ends 10.03 → expired on 15.03
      [msk('2026-01-10'), 'B', 'Advanced', 'b', 'X', msk('2026-03-04'), 1], // 8 months; 11 days without news > 10: stale
      [msk('2026-01-10'), 'C', 'Advanced', 'c', 'X', msk('2026-03-05'), 2], // Advanced allows 1
      [msk('2026-01-10'), 'D', 'Premier', 'd', 'X', msk('2026-03-04'), 2], // 11 days ≤ 14: active
    ];
    expect(en.call('DEAL_STATUS', deals, msk('2026-03-15'), '', TABLE)).toEqual(column('Status', 'expired', 'stale', 'extensions exceeded', 'active'));
  });
  it('reads Russian headers, Russian words and a rules sheet in Russian', () => {
    const table = [
      ['Статус', 'Продажи от', 'Обучение продажам', 'Маркетинг', 'Скидка', 'Срок регистрации, мес.', 'Продления'],
      ['Партнёр', 0, 'нет', 'нет', '5%', 2, 0],
      ['Продвинутый', '200 000', 'да', 'ежеквартально', '15%', 4, 1],
    ];
    expect(ru.call('PARTNER_TIER', column(250000, 250000), true, column('ежеквартально', ''), false, false, true, '', table)).toEqual(
      column('Продвинутый', 'Партнёр'),
    );
    expect(ru.call('TIER_GAP', 250000, true, '', false, false, true, '', table)).toBe('Продвинутый: ежеквартальный маркетинг');
  });
  it('keeps the seed’s results with the seed’s table written on a sheet, in either language', () => {
    const seedEn = [
      ['Tier', 'Min sales', 'Sales training', 'Monthly reporting', 'Dedicated staff', 'Marketing', 'Discount', 'Registration months', 'Extensions'],
      ['White', 0, false, false, false, 'none', 0.1, 3, 0],
      ['Bronze', 150000, false, false, false, 'none', 0.2, 3, 1],
      ['Silver', 500000, true, false, false, 'quarterly', 0.3, 6, 1],
    ];
    expect(en.call('PARTNER_TIER', ...SILVER, true, '', seedEn)).toBe('Silver');
    expect(ru.call('PARTNER_TIER', ...SILVER, true, '', seedEn)).toBe('Серебряный');
    expect(en.call('DEAL_EXPIRY', msk('2026-03-15'), 'Серебряный', 1, seedEn)).toEqual(msk('2027-03-15'));
  });
  it('refuses every bad table, naming the cell (row of the range, header = row 1), on every function', () => {
    const call = (table: unknown[][]) => en.error('PARTNER_TIER', 100, '', '', '', '', true, '', table);
    // a missing required column
    expect(
      call([
        ['Tier', 'Discount'],
        ['Partner', 0.1],
      ]),
    ).toBe('PARTNER_TIER: rules: a range has no "Min sales" column (headers are read from its first row)');
    // an unknown header
    expect(
      call([
        ['Tier', 'Min sales', 'Colour'],
        ['Partner', 0, 'red'],
      ]),
    ).toMatch(/^PARTNER_TIER: rules, row 1 of the range \(Colour\): "Colour" is not a column of the tiers table; its columns: Tier, Min sales, /);
    // a value that cannot be read
    expect(
      call([
        ['Tier', 'Min sales'],
        ['Partner', 0],
        ['Advanced', 'abc'],
      ]),
    ).toBe('PARTNER_TIER: rules, row 3 of the range (Min sales): "abc" is not a number');
    expect(
      call([
        ['Tier', 'Min sales', 'Registration months'],
        ['Partner', 0, 0],
      ]),
    ).toMatch(/^PARTNER_TIER: rules, row 2 of the range \(Registration months\): 0 /);
    // a duplicate name, in any case
    expect(
      call([
        ['Tier', 'Min sales'],
        ['Partner', 0],
        ['PARTNER', 5],
      ]),
    ).toBe('PARTNER_TIER: rules, row 3 of the range (Tier): "PARTNER" is a second tier of that name (row 2)');
    // thresholds that fall down the table
    expect(
      call([
        ['Tier', 'Min sales'],
        ['Partner', 0],
        ['Advanced', 500],
        ['Premier', 400],
      ]),
    ).toBe('PARTNER_TIER: rules, row 4 of the range (Min sales): 400 is below the row above (500): tiers go lowest first');
    // an entry tier above 0
    expect(
      call([
        ['Tier', 'Min sales'],
        ['Partner', 10],
      ]),
    ).toBe("PARTNER_TIER: rules, row 2 of the range (Min sales): 10 must be 0: the first tier is every authorised partner's");
    // a tier named as the absence of one
    expect(
      call([
        ['Tier', 'Min sales'],
        ['not authorised', 0],
      ]),
    ).toMatch(/^PARTNER_TIER: rules, row 2 of the range \(Tier\): "not authorised" names no tier/);
    // in Russian
    expect(
      ru.error('PARTNER_TIER', 100, '', '', '', '', true, '', [
        ['Статус', 'Продажи от'],
        ['Партнёр', 'абв'],
      ]),
    ).toBe('PARTNER_TIER: rules, строка 2 диапазона (Продажи от): «абв» — не число');
    // every function of the family reads and checks it, PILOT_STATUS too
    const bad = [
      ['Tier', 'Min sales'],
      ['Partner', 10],
    ];
    for (const [fn, args] of [
      ['TIER_GAP', [100, '', '', '', '', true, '']],
      ['TIER_BENEFIT', ['White', 'discount']],
      ['DEAL_EXPIRY', [msk('2026-03-15'), 'White', 0]],
      ['DEAL_STATUS', [[['Registered on', 'Partner', 'Tier', 'Customer', 'Products']], msk('2026-03-15'), '']],
      ['PILOT_STATUS', [msk('2026-03-02'), 14, '', msk('2026-03-20')]],
    ] as const) {
      expect(en.error(fn, ...args, bad)).toBe(`${fn}: rules, row 2 of the range (Min sales): 10 must be 0: the first tier is every authorised partner's`);
    }
  });
});
