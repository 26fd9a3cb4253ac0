/**
 * The bonus functions through dist/Code.js with their new arguments: BONUS_DETAILS with the
 * redemptions (SPEC §4: the statement's spent and balance lines), and every function with a rules
 * table (SPEC §12.3) — a vendor's own program, the table checked everywhere, its errors naming the
 * rules cell. Expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { at, column, loadBundle } from '../helpers/bundle';

const en = loadBundle({ timeZone: 'Europe/Moscow', locale: 'en_US' });
const ru = loadBundle({ timeZone: 'Europe/Moscow', locale: 'ru_RU' });
/** Midnight of a day in Moscow (UTC+3 all year), as Sheets passes a date cell. */
const day = (iso: string) => at(`${iso}T00:00+03:00`);

// The SPEC §4 example (35 points as of 30.04.2026, access opened 10.01.2026) plus two success stories on 10.02 (2 × 20).
const LOG = [
  ['Date', 'Client', 'Code', 'Value'],
  [day('2026-01-15'), 'Acme', 'employees', 20],
  [day('2026-01-20'), 'Acme', 'assigned', 1],
  [day('2026-02-05'), 'Acme', 'assigned', 3],
  [day('2026-02-10'), 'Acme', 'success_story', 2],
  [day('2026-03-02'), 'Acme', 'protocols', 1],
  [day('2026-04-01'), 'Acme', 'renewal', ''],
];
const REDEMPTIONS = [
  ['Date', 'Client', 'Reward', 'Points', 'Quantity', 'Request ID', 'User'],
  [day('2026-03-15'), 'Acme', 'OZON_2000', 60, 1, 'r1', 'a@b'],
  [day('2026-03-16'), 'acme', 'DISC_9', 60, 1, 'r2', 'a@b'],
  [day('2026-03-17'), 'Acme', 'DISC_9', -60, 1, 'r3', 'a@b'], // the reversal of r2
  [day('2026-05-05'), 'Acme', 'ACT_9', 60, 1, 'r4', 'a@b'], // after the report date
  [day('2026-03-20'), 'Beta', 'TP_9', 60, 1, 'r5', 'a@b'], // another client
  [day('2026-02-01'), 'Acme', 'gift basket', 10, 1, 'r6', 'a@b'], // a reward no longer in the catalog
  [day('2026-03-18'), 'Acme', '11% discount on the next internal training contract', 70, 1, 'r7', 'a@b'], // by its name
];

describe('BONUS_DETAILS with redemptions (SPEC §4)', () => {
  it('goes on with the redemptions up to as_of, in date order, and ends with the balance, in English', () => {
    const rows = en.call('BONUS_DETAILS', 'Acme', day('2026-01-10'), LOG, day('2026-04-30'), REDEMPTIONS);
    // 15 milestones, the two actions in date order, five redemptions up to 30.04, the balance
    expect(rows).toHaveLength(15 + 2 + 5 + 1);
    expect(rows.slice(15)).toEqual([
      ['success_story', 'took part in the customer success stories project', day('2026-02-10'), '', 40],
      ['renewal', 'contract prolonged', day('2026-04-01'), '', 10],
      ['gift basket', '', day('2026-02-01'), '', -10],
      ['OZON_2000', 'OZON gift certificate for 2,000 roubles', day('2026-03-15'), '', -60],
      ['DISC_9', '9% discount on the next internal training contract', day('2026-03-16'), '', -60],
      ['DISC_9', '9% discount on the next internal training contract', day('2026-03-17'), '', 60],
      ['DISC_11', '11% discount on the next internal training contract', day('2026-03-18'), '', -70],
      // earned: milestones 25 (SPEC §4) + 40 + 10 = 75; spent 10 + 60 + 60 − 60 + 70 = 140 → −65
      ['balance', '', '', '', -65],
    ]);
    // As of 15.03: the renewal (01.04) not yet, the milestones all in (25) + 40 = 65 earned; the redemptions of
    // 01.02 and 15.03 only: 65 − 70 = −5.
    const early = en.call('BONUS_DETAILS', 'Acme', day('2026-01-10'), LOG, day('2026-03-15'), REDEMPTIONS);
    expect(early).toHaveLength(15 + 1 + 2 + 1);
    expect(early.slice(16)).toEqual([
      ['gift basket', '', day('2026-02-01'), '', -10],
      ['OZON_2000', 'OZON gift certificate for 2,000 roubles', day('2026-03-15'), '', -60],
      ['balance', '', '', '', -5],
    ]);
  });

  it('in Russian: the seed names, and остаток', () => {
    const rows = ru.call('BONUS_DETAILS', 'ACME', day('2026-01-10'), LOG, day('2026-04-30'), REDEMPTIONS);
    expect(rows[15]).toEqual(['история_успеха', 'приняли участие в проекте «Истории успеха клиентов»', day('2026-02-10'), '', 40]);
    expect(rows[18]).toEqual(['OZON_2000', 'подарочный сертификат OZON на 2000 рублей', day('2026-03-15'), '', -60]);
    expect(rows.at(-1)).toEqual(['остаток', '', '', '', -65]);
  });

  it('a client with no redemptions: its earned points as the balance; without the argument, no such lines', () => {
    const beta = [...LOG, [day('2026-01-12'), 'Gamma', 'renewal', 3]];
    expect(en.call('BONUS_DETAILS', 'Gamma', day('2026-01-10'), beta, day('2026-04-30'), REDEMPTIONS).slice(15)).toEqual([
      ['renewal', 'contract prolonged', day('2026-01-12'), '', 30],
      ['balance', '', '', '', 30],
    ]);
    expect(en.call('BONUS_DETAILS', 'Acme', day('2026-01-10'), LOG, day('2026-04-30'))).toHaveLength(17);
    // an empty redemptions cell counts as omitted (SPEC §2.10)
    expect(en.call('BONUS_DETAILS', 'Acme', day('2026-01-10'), LOG, day('2026-04-30'), '')).toHaveLength(17);
  });

  it('names a bad ledger cell', () => {
    const bad = [...REDEMPTIONS, [day('2026-03-19'), 'Acme', 'ACT_9', 'lots', 1, 'r8', 'a@b']];
    expect(en.error('BONUS_DETAILS', 'Acme', day('2026-01-10'), LOG, day('2026-04-30'), bad)).toBe(
      'BONUS_DETAILS: redemptions, row 9 of the range (Points): "lots" is not a number of points',
    );
  });
});

/** A SaaS vendor's program: its own metrics, windows, actions and catalog (as in test/programs/bonus/table.test.ts). */
const SAAS = [
  ['Code', 'Kind', 'Description', 'Points', 'Window', 'Metric', 'At least', 'Of'],
  ['LOGIN_WEEK', 'milestone', 'logged in within a week', 4, '7 days', 'logins', 1, ''],
  ['TEAM_5', 'milestone', 'five users invited', 6, '1 month', 'users', 5, ''],
  ['ACTIVE_60', 'milestone', '60% of the users active', 10, '2 months', 'active', '60%', 'users'],
  ['case_study', 'action', 'published a case study', 25, '', '', '', ''],
  ['referral', 'action', 'referred a customer', 15, '', '', '', ''],
  ['T_SHIRT', 'reward', 'Branded T-shirt', 30, '', '', '', ''],
  ['CONF_PASS', 'reward', 'Conference pass', 90, '', '', '', ''],
];
const SAAS_LOG = [
  [day('2026-03-12'), 'Acme', 'logins', 3],
  [day('2026-03-20'), 'Acme', 'users', 4],
  [day('2026-04-09'), 'Acme', 'users', 6],
  [day('2026-04-15'), 'Acme', 'active', 3],
  [day('2026-05-09'), 'Acme', 'active', 4],
  [day('2026-05-20'), 'Acme', 'case_study', ''],
  [day('2026-06-01'), 'Acme', 'referral', 2],
  [day('2026-03-15'), 'Beta', 'referral', 1],
];

describe("every bonus function under a vendor's rules table (SPEC §12.3)", () => {
  it('BONUS_POINTS and BONUS_DETAILS earn by its milestones and actions', () => {
    // Acme opened 10.03: 4 + 6 + 10 + 25 + 30 = 75; opened 08.03: TEAM_5 and ACTIVE_60 a day late → 59; Beta: 15
    expect(
      en.call(
        'BONUS_POINTS',
        column('Acme', 'acme', 'Beta'),
        column(day('2026-03-10'), day('2026-03-08'), day('2026-03-10')),
        SAAS_LOG,
        day('2026-06-30'),
        SAAS,
      ),
    ).toEqual([[75], [59], [15]]);
    const statement = ru.call(
      'BONUS_DETAILS',
      'Acme',
      day('2026-03-08'),
      SAAS_LOG,
      day('2026-06-30'),
      [
        ['Date', 'Client', 'Reward', 'Points'],
        [day('2026-06-10'), 'Acme', 'conference pass', 90],
      ],
      SAAS,
    );
    expect(statement).toEqual([
      ['LOGIN_WEEK', 'logged in within a week', day('2026-03-12'), day('2026-03-15'), 4],
      ['TEAM_5', 'five users invited', day('2026-04-09'), day('2026-04-08'), 0],
      ['ACTIVE_60', '60% of the users active', day('2026-05-09'), day('2026-05-08'), 0],
      ['case_study', 'published a case study', day('2026-05-20'), '', 25],
      ['referral', 'referred a customer', day('2026-06-01'), '', 30],
      ['CONF_PASS', 'Conference pass', day('2026-06-10'), '', -90],
      ['остаток', '', '', '', -31],
    ]);
  });

  it('REWARD_COST and REWARD_CATALOG show its catalog; BONUS_BALANCE reads it too', () => {
    expect(en.call('REWARD_COST', column('t_shirt', 'Conference Pass'), SAAS)).toEqual([[30], [90]]);
    expect(en.error('REWARD_COST', 'OZON_2000', SAAS)).toMatch(
      /^REWARD_COST: reward: "OZON_2000" is not a reward in the catalog; use a code \(T_SHIRT, CONF_PASS\)/,
    );
    expect(ru.call('REWARD_CATALOG', SAAS)).toEqual([
      ['T_SHIRT', 'Branded T-shirt', 30],
      ['CONF_PASS', 'Conference pass', 90],
    ]);
    expect(en.call('BONUS_BALANCE', 'Acme', 75, [[day('2026-06-10'), 'Acme', 'T_SHIRT', 30]], SAAS)).toBe(45);
  });

  it('the log takes only its codes, and an unknown one names the log row', () => {
    expect(en.error('BONUS_POINTS', 'Acme', day('2026-03-10'), [...SAAS_LOG, [day('2026-03-13'), 'Acme', 'renewal', 1]], day('2026-06-30'), SAAS)).toBe(
      'BONUS_POINTS: activity, row 9 of the range (Code): "renewal" is not a known code; metrics: logins, users, active; actions: case_study, referral',
    );
  });

  it('omitted, empty or an empty cell: the Courson program', () => {
    const spec = [LOG, day('2026-04-30')];
    expect(en.call('BONUS_POINTS', 'Acme', day('2026-01-10'), ...spec)).toBe(75);
    expect(en.call('BONUS_POINTS', 'Acme', day('2026-01-10'), ...spec, '')).toBe(75);
    expect(en.call('BONUS_POINTS', 'Acme', day('2026-01-10'), ...spec, [['']])).toBe(75);
    expect(en.call('REWARD_COST', 'OZON_2000', '')).toBe(60);
    expect(en.call('REWARD_CATALOG', [['']])).toHaveLength(10);
  });
});

describe('a bad rules table is an error in every bonus function, naming the rules cell', () => {
  const badWindow = SAAS.map((row) => (row[0] === 'TEAM_5' ? ['TEAM_5', 'milestone', 'five users invited', 6, '2 weeks', 'users', 5, ''] : row));
  const WINDOW = '(Window): "2 weeks" is not a window: write a whole number of days or months, such as 14 days or 3 months';

  it('in each function, before anything else of the call is read', () => {
    // the log is bad too (a code the table does not know): the table is reported, not the log
    const log = [...SAAS_LOG, [day('2026-03-13'), 'Acme', 'renewal', 1]];
    expect(en.error('BONUS_POINTS', 'Acme', day('2026-03-10'), log, day('2026-06-30'), badWindow)).toBe(`BONUS_POINTS: rules, row 3 of the range ${WINDOW}`);
    expect(en.error('BONUS_DETAILS', 'Acme', day('2026-03-10'), log, day('2026-06-30'), '', badWindow)).toBe(
      `BONUS_DETAILS: rules, row 3 of the range ${WINDOW}`,
    );
    expect(en.error('BONUS_BALANCE', 'Acme', 75, [[day('2026-06-10'), 'Acme', 'T_SHIRT', 30]], badWindow)).toBe(
      `BONUS_BALANCE: rules, row 3 of the range ${WINDOW}`,
    );
    expect(en.error('REWARD_COST', 'T_SHIRT', badWindow)).toBe(`REWARD_COST: rules, row 3 of the range ${WINDOW}`);
    expect(en.error('REWARD_CATALOG', badWindow)).toBe(`REWARD_CATALOG: rules, row 3 of the range ${WINDOW}`);
  });

  it('in Russian, with the header as the table spells it; a table-wide problem without a cell', () => {
    expect(ru.error('REWARD_CATALOG', badWindow)).toBe(
      'REWARD_CATALOG: rules, строка 3 диапазона (Window): «2 weeks» — не срок: укажите целое число дней или месяцев, например 14 дн. или 3 мес.',
    );
    expect(
      en.error('BONUS_POINTS', 'Acme', day('2026-03-10'), SAAS_LOG, day('2026-06-30'), [
        ['Code', 'Kind'],
        ['X', 'action'],
      ]),
    ).toBe('BONUS_POINTS: rules: a range has no "Points" column (headers are read from its first row)');
  });
});
