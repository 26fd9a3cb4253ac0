/**
 * The bonus rules table (SPEC §12.3, rules/table.ts): a vendor's own program read from a table, with
 * expected points worked out by hand; Russian headers; the seed's table as the template's rules sheet
 * holds it; and every table the reader must refuse, each naming its cell.
 */
import { bi } from '../../helpers/texts';
import { describe, expect, it } from 'vitest';
import { CellError, InputError } from '../../../src/kernel/errors';
import { readRulesTable, seedTable } from '../../../src/kernel/functions/rulesTable';
import { BonusEngine } from '../../../src/programs/bonus/rules/engine';
import { readActivityLog } from '../../../src/programs/bonus/rules/log';
import { compileProgram } from '../../../src/programs/bonus/rules/program';
import { findReward, rewardCatalog } from '../../../src/programs/bonus/rules/rewards';
import { type BonusProgram, COURSON_PROGRAM } from '../../../src/programs/bonus/rules/seed';
import { BONUS_RULES } from '../../../src/programs/bonus/rules/table';
import { ctx } from '../../helpers/context';
import { UTC, d } from '../../helpers/bonusEngine';

const read = (cells: unknown[][], locale = 'en_US') => readRulesTable(BONUS_RULES, cells, ctx(locale));

/** Points of one client under a program, as BONUS_POINTS computes them. */
function points(program: BonusProgram, log: unknown[][], opened: string, asOf: string, client = 'Acme'): number {
  return new BonusEngine(readActivityLog(log, UTC, compileProgram(program))).earned(client, d(opened), d(asOf));
}

const HEADER = ['Code', 'Kind', 'Description', 'Points', 'Window', 'Metric', 'At least', 'Of'];
/** A SaaS vendor's own program: its metrics (logins, users, active), windows, actions and catalog. */
const SAAS = [
  HEADER,
  ['LOGIN_WEEK', 'milestone', 'logged in within a week', 4, '7 days', 'logins', 1, ''],
  ['TEAM_5', 'milestone', 'five users invited', 6, '1 month', 'users', 5, ''],
  ['ACTIVE_60', 'milestone', '60% of the users active', 10, '2 months', 'active', '60%', 'users'],
  ['case_study', 'action', 'published a case study', 25, '', '', '', ''],
  ['referral', 'action', 'referred a customer', 15, '', '', '', ''],
  ['T_SHIRT', 'reward', 'Branded T-shirt', 30, '', '', '', ''],
  ['CONF_PASS', 'reward', 'Conference pass', 90, '', '', '', ''],
];
const SAAS_LOG = [
  ['2026-03-12', 'Acme', 'logins', 3], // LOGIN_WEEK on 12.03
  ['2026-03-20', 'Acme', 'users', 4],
  ['2026-04-09', 'Acme', 'users', 6], // TEAM_5 on 09.04
  ['2026-04-15', 'Acme', 'active', 3], // 3 / 6 = 50%: not yet
  ['2026-05-09', 'Acme', 'active', 4], // 4 / 6 = 66.7% ≥ 60%: ACTIVE_60 on 09.05
  ['2026-05-20', 'Acme', 'case_study', ''], // 25 × 1
  ['2026-06-01', 'Acme', 'referral', 2], // 15 × 2
];

describe("a vendor's own program", () => {
  const saas = read(SAAS);

  it('earns by its own milestones, windows and actions', () => {
    // Opened 10.03: LOGIN_WEEK 12.03 ≤ 17.03 → 4; TEAM_5 09.04 ≤ 10.04 → 6; ACTIVE_60 09.05 ≤ 10.05 → 10;
    // case_study 25 + referral 2 × 15 = 30 → 75.
    expect(points(saas, SAAS_LOG, '2026-03-10', '2026-06-30')).toBe(75);
    // As of 08.05: LOGIN_WEEK and TEAM_5 only → 10.
    expect(points(saas, SAAS_LOG, '2026-03-10', '2026-05-08')).toBe(10);
    // Opened 08.03: TEAM_5 (09.04 > 08.04) and ACTIVE_60 (09.05 > 08.05) come a day late → 4 + 25 + 30 = 59.
    expect(points(saas, SAAS_LOG, '2026-03-08', '2026-06-30')).toBe(59);
  });

  it('lists its milestones in the table order and the actions in a statement', () => {
    const log = readActivityLog(SAAS_LOG, UTC, compileProgram(saas));
    const lines = new BonusEngine(log).statement('Acme', d('2026-03-08'), d('2026-06-30'));
    expect(lines.map((l) => [l.code, l.description.en, l.points])).toEqual([
      ['LOGIN_WEEK', 'logged in within a week', 4],
      ['TEAM_5', 'five users invited', 0],
      ['ACTIVE_60', '60% of the users active', 0],
      ['case_study', 'published a case study', 25],
      ['referral', 'referred a customer', 30],
    ]);
  });

  it('has its own catalog, found by code or name', () => {
    const program = compileProgram(saas);
    expect(rewardCatalog(program).map((r) => [r.code, r.name.en, r.name.ru, r.points])).toEqual([
      ['T_SHIRT', 'Branded T-shirt', 'Branded T-shirt', 30],
      ['CONF_PASS', 'Conference pass', 'Conference pass', 90],
    ]);
    expect(findReward('conference PASS', program).points).toBe(90);
    expect(findReward('t_shirt', program).points).toBe(30);
    expect(() => findReward('OZON_2000', program)).toThrow(InputError);
  });

  it("accepts only its own log codes: the seed's mean nothing to it", () => {
    expect(() => points(saas, [['2026-03-12', 'Acme', 'employees', 3]], '2026-03-10', '2026-06-30')).toThrow(
      /not a known code; metrics: logins, users, active; actions: case_study, referral/,
    );
  });

  it('reads a share threshold as a percentage or as the fraction a %-formatted cell holds, exactly', () => {
    const asFraction = read(SAAS.map((row) => (row[0] === 'ACTIVE_60' ? [...row.slice(0, 6), 0.6, 'users'] : row)));
    expect(points(asFraction, SAAS_LOG, '2026-03-10', '2026-06-30')).toBe(75);
    // 3 of 20 is 15% exactly: a threshold of 15% holds (no floating-point accident), 15.5% does not.
    const share = (atLeast: unknown) =>
      read([HEADER, ['M', 'milestone', '', 5, '3 months', 'done', atLeast, 'all'], ['M_ALL', 'milestone', '', 0, '3 months', 'all', 1, '']]);
    const log = [
      ['2026-01-05', 'Acme', 'all', 20],
      ['2026-01-06', 'Acme', 'done', 3],
    ];
    expect(points(share('15%'), log, '2026-01-01', '2026-12-31')).toBe(5);
    expect(points(share(0.15), log, '2026-01-01', '2026-12-31')).toBe(5);
    expect(points(share('15.5%'), log, '2026-01-01', '2026-12-31')).toBe(0);
  });

  it('reads Russian headers in any order, Russian kinds and windows', () => {
    const russian = read(
      [
        ['Вид', 'Код', 'Баллы', 'Показатель', 'Не менее', 'Доля от', 'Срок', 'Описание'],
        ['этап', 'LOGIN_WEEK', 4, 'logins', 1, '', '7 дн.', 'вход в первую неделю'],
        ['Этап', 'TEAM_5', 6, 'users', 5, '', '1 мес.', 'приглашены пять пользователей'],
        ['ЭТАП', 'ACTIVE_60', 10, 'active', '60%', 'users', '2 месяца', 'активны 60% пользователей'],
        ['действие', 'case_study', 25, '', '', '', '', 'опубликован кейс'],
        ['действие', 'referral', 15, '', '', '', '', 'рекомендовали клиента'],
        ['награда', 'T_SHIRT', 30, '', '', '', '', 'Футболка'],
      ],
      'ru_RU',
    );
    expect(points(russian, SAAS_LOG, '2026-03-10', '2026-06-30')).toBe(75);
    expect(russian.rewards).toEqual([{ code: 'T_SHIRT', name: bi('Футболка', 'Футболка'), points: 30 }]);
  });
});

describe("the seed's table, as the template's rules sheet holds it", () => {
  // SPEC §4 example: 35 points as of 30.04.2026 for access opened 10.01.2026.
  const example = (codes: [string, string, string, string]) => [
    ['2026-01-15', 'Acme', codes[0], 20],
    ['2026-01-20', 'Acme', codes[1], 1],
    ['2026-02-05', 'Acme', codes[1], 3],
    ['2026-03-02', 'Acme', codes[2], 1],
    ['2026-04-01', 'Acme', codes[3], ''],
  ];
  const english = example(['employees', 'assigned', 'protocols', 'renewal']);
  const russian = example(['сотрудники', 'назначено', 'протоколы', 'пролонгация']);

  it('holds the Courson program in English: 15 milestones, 7 actions, 10 rewards, the SPEC §4 example earns 35', () => {
    const program = read(seedTable(BONUS_RULES, 'en'));
    expect([program.milestones.length, program.actions.length, program.rewards.length]).toEqual([15, 7, 10]);
    expect(program.milestones.map((m) => [m.code, m.window, m.condition, m.points])).toEqual(
      COURSON_PROGRAM.milestones.map((m) => [m.code, m.window, m.condition, m.points]),
    );
    expect(points(program, english, '2026-01-10', '2026-04-30')).toBe(35);
  });

  it('holds it in Russian, with Russian log codes; the seed codes are accepted in either language', () => {
    const program = read(seedTable(BONUS_RULES, 'ru'), 'ru_RU');
    expect(program.actions.find((a) => a.code === 'пролонгация')?.points).toBe(10);
    expect(program.metrics.map((m) => m.code)).toEqual([
      'сотрудники',
      'наборы_программ',
      'назначено',
      'комиссии',
      'пройдено',
      'протоколы',
      'выгрузки_в_минтруд',
    ]);
    expect(points(program, russian, '2026-01-10', '2026-04-30')).toBe(35);
    expect(points(program, english, '2026-01-10', '2026-04-30')).toBe(35);
    // Results show the code as the table writes it.
    const log = readActivityLog(english, UTC, compileProgram(program));
    expect(new BonusEngine(log).statement('Acme', d('2026-01-10'), d('2026-04-30')).at(-1)?.code).toBe('пролонгация');
  });

  it("gives a vendor's own action called like a seed metric no seed spellings", () => {
    // `сотрудники` is the seed's metric, but here it is an action: `employees` is not accepted for it.
    const program = read([HEADER, ['сотрудники', 'action', '', 1, '', '', '', '']], 'ru_RU');
    expect(program.actions[0].aliases).toBeUndefined();
    expect(points(program, [['2026-01-15', 'Acme', 'сотрудники', 2]], '2026-01-10', '2026-04-30')).toBe(2);
    expect(() => points(program, [['2026-01-15', 'Acme', 'employees', 2]], '2026-01-10', '2026-04-30')).toThrow(/not a known code/);
  });
});

/** The error the table gives; fails when it reads. */
function refused(cells: unknown[][], locale = 'en_US'): InputError {
  try {
    read(cells, locale);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('the table was read');
}

/** SAAS with one row replaced (by its code) or added. */
const withRow = (code: string, row: unknown[]) => {
  const rows: unknown[][] = SAAS.map((r) => (r[0] === code ? row : r));
  return rows.some((r) => r === row) ? rows : [...rows, row];
};

/** [row, column] of the cell named (row 0 is the header). */
const cellOf = (error: InputError) => (error instanceof CellError ? [error.item, error.column] : 'no cell');

describe('a table the reader refuses names its cell; nothing is computed from it', () => {
  it('a missing required column, an unknown header', () => {
    const noPoints = refused(SAAS.map((row) => row.filter((_, i) => i !== 3)));
    expect(cellOf(noPoints)).toBe('no cell');
    expect(noPoints.text.en).toBe('has no "Points" column (headers are read from its first row)');
    expect(noPoints.text.ru).toBe('нет столбца «Баллы» (заголовки читаются из первой строки)');
    const typo = refused([
      ['Code', 'Kind', 'Pionts'],
      ['A', 'action', 1],
    ]);
    expect(cellOf(typo)).toEqual([0, 2]);
    expect(typo.text.en).toBe('is not a column of the bonus program table; its columns: Code, Kind, Description, Points, Window, Metric, At least, Of');
  });

  it('a value that cannot be read', () => {
    const kind = refused(withRow('referral', ['referral', 'bonus', '', 15, '', '', '', '']));
    expect([cellOf(kind), kind.text.en]).toEqual([[5, 1], 'is not a kind: write milestone, action or reward']);
    expect(refused(withRow('referral', ['referral', 'bonus', '', 15, '', '', '', '']), 'ru_RU').text.ru).toBe(
      'не вид правила: укажите этап, действие или награда',
    );
    const pts = refused(withRow('referral', ['referral', 'action', '', 'fifteen', '', '', '', '']));
    expect([cellOf(pts), pts.text.en]).toEqual([[5, 3], 'is not a number']);
    const negative = refused(withRow('referral', ['referral', 'action', '', -5, '', '', '', '']));
    expect([cellOf(negative), negative.text.en]).toEqual([[5, 3], 'is not a whole number of 0 or more']);
    const code = refused(withRow('referral', ['', 'action', '', 5, '', '', '', '']));
    expect(cellOf(code)).toEqual([5, 0]);
    const threshold = refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, '1 month', 'users', 'five', '']));
    expect([cellOf(threshold), threshold.text.en]).toEqual([[2, 6], 'is not a number or a share such as 10%']);
  });

  it('a duplicate code, in any case', () => {
    const error = refused(withRow('NEW', ['team_5', 'reward', 'a cap', 10, '', '', '', '']));
    expect([cellOf(error), error.text.en]).toEqual([[8, 0], 'is the code of row 3 too: each rule needs its own code']);
    expect(refused(withRow('NEW', ['team_5', 'reward', 'a cap', 10, '', '', '', '']), 'ru_RU').text.ru).toBe('уже код строки 3: у каждого правила свой код');
  });

  it('a window that is not days or months', () => {
    for (const window of ['2 weeks', 14, '14', 'three months', '1.5 months']) {
      const error = refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, window, 'users', 5, '']));
      expect([cellOf(error), error.text.en], String(window)).toEqual([
        [2, 4],
        'is not a window: write a whole number of days or months, such as 14 days or 3 months',
      ]);
    }
    expect(refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, '0 days', 'users', 5, ''])).text.en).toBe('is not a window: it must be 1 day or more');
    // every spelling SPEC §12.3 gives reads
    for (const [window, expected] of [
      ['14 days', { days: 14 }],
      ['3 months', { months: 3 }],
      ['14 дн.', { days: 14 }],
      ['3 мес.', { months: 3 }],
      [' 1 Month ', { months: 1 }],
    ] as const) {
      expect(read(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, window, 'users', 5, ''])).milestones[1].window).toEqual(expected);
    }
  });

  it('a milestone without its window, metric or threshold, or with no such column', () => {
    const window = refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, '', 'users', 5, '']));
    expect([cellOf(window), window.text.en]).toEqual([[2, 4], 'is empty, but a milestone needs its window (14 days, 3 months)']);
    const metric = refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, '1 month', '', 5, '']));
    expect([cellOf(metric), metric.text.en]).toEqual([[2, 5], 'is empty, but a milestone needs the metric it counts (a log code)']);
    const atLeast = refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, '1 month', 'users', '', '']));
    expect([cellOf(atLeast), atLeast.text.ru]).toEqual([[2, 6], 'пустая, а для этапа нужен порог (число или доля вида 10%)']);
    const noColumn = refused([
      ['Code', 'Kind', 'Points', 'Metric', 'At least'],
      ['A', 'milestone', 5, 'logins', 1],
    ]);
    expect([cellOf(noColumn), noColumn.text.en]).toEqual([
      [1, 0],
      'is a milestone, but the table has no "Window" column: a milestone needs its window (14 days, 3 months)',
    ]);
    // a table of actions and rewards needs none of the milestone columns
    expect(
      read([
        ['Code', 'Kind', 'Points'],
        ['renewal', 'action', 10],
      ]).actions,
    ).toHaveLength(1);
  });

  it("a milestone's Metric or Of naming a code no row defines as a metric", () => {
    const action = refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, '1 month', 'case_study', 5, '']));
    expect([cellOf(action), action.text.en]).toEqual([[2, 5], 'is the code of an action (row 5), not a metric']);
    const reward = refused(withRow('ACTIVE_60', ['ACTIVE_60', 'milestone', '', 10, '2 months', 'active', '60%', 't shirt']));
    expect([cellOf(reward), reward.text.en]).toEqual([[3, 7], 'is the code of a reward (row 7), not a metric']);
    const unknown = refused(withRow('ACTIVE_60', ['ACTIVE_60', 'milestone', '', 10, '2 months', 'active', '60%', 'seats']));
    expect([cellOf(unknown), unknown.text.en]).toEqual([
      [3, 7],
      'is not a metric of this table: a share is of a metric that a milestone counts in its "Metric" column (logins, users, active)',
    ]);
  });

  it('a share without an Of, a share above 100%, a milestone column filled in another rule', () => {
    const noOf = refused(withRow('TEAM_5', ['TEAM_5', 'milestone', '', 6, '1 month', 'users', '5%', '']));
    expect([cellOf(noOf), noOf.text.en]).toEqual([[2, 6], 'is a share, but the row\'s "Of" is empty: name the metric it is a share of, or write a number']);
    const above = refused(withRow('ACTIVE_60', ['ACTIVE_60', 'milestone', '', 10, '2 months', 'active', 60, 'users']));
    expect([cellOf(above), above.text.en]).toEqual([[3, 6], 'is above 100%: a share is written as a percentage such as 10% (or a fraction such as 0.1)']);
    expect(refused(withRow('ACTIVE_60', ['ACTIVE_60', 'milestone', '', 10, '2 months', 'active', '160%', 'users'])).text.en).toBe('is above 100%');
    const window = refused(withRow('referral', ['referral', 'action', '', 15, '14 days', '', '', '']));
    expect([cellOf(window), window.text.en]).toEqual([[5, 4], 'is filled, but only a milestone has a "Window": this row is an action']);
    const metric = refused(withRow('T_SHIRT', ['T_SHIRT', 'reward', '', 30, '', 'logins', '', '']), 'ru_RU');
    expect([cellOf(metric), metric.text.ru]).toEqual([[6, 5], 'заполнена, а столбец «Metric» бывает только у этапа, здесь — награда']);
  });

  it('a table with no rules under its header', () => {
    const error = refused([HEADER, ['', '', '', '', '', '', '', '']]);
    expect([cellOf(error), error.text.en]).toEqual(['no cell', 'has no rules under its header row']);
  });
});
