import { describe, expect, it } from 'vitest';
import { BonusEngine } from '../../../src/programs/bonus/rules/engine';
import { readActivityLog } from '../../../src/programs/bonus/rules/log';
import { compileProgram, milestoneDeadline } from '../../../src/programs/bonus/rules/program';
import { type BonusProgram, COURSON_PROGRAM } from '../../../src/programs/bonus/rules/seed';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import { InputError } from '../../../src/kernel/errors';
import { bi } from '../../helpers/texts';
import { TimeZone } from '../../../src/kernel/values/zone';

/** A UTC spreadsheet in en_US: how the log's date and number cells are read. */
const UTC = { zone: new TimeZone('UTC'), decimalComma: false, dayFirst: false };
const COURSON = compileProgram(COURSON_PROGRAM);

describe('the Courson table', () => {
  it('has the 15 milestones, 7 metrics and 7 actions of SPEC §4', () => {
    expect(COURSON_PROGRAM.milestones).toHaveLength(15);
    expect(COURSON_PROGRAM.metrics.map((m) => m.code)).toEqual([
      'employees',
      'program_sets',
      'assigned',
      'completed',
      'commissions',
      'protocols',
      'mintrud_exports',
    ]);
    expect(COURSON_PROGRAM.actions.map((a) => [a.code, a.points])).toEqual([
      ['feedback_feature', 5],
      ['feedback_module', 5],
      ['feedback_manager', 5],
      ['module_purchase', 5],
      ['training_center_purchase', 5],
      ['renewal', 10],
      ['success_story', 20],
    ]);
  });

  it('closes windows as SPEC §4 says', () => {
    const program = compileProgram(COURSON_PROGRAM);
    const opened = dayFromCivil(2026, 1, 31);
    const deadlines = COURSON_PROGRAM.milestones.map((_, m) => milestoneDeadline(program, m, opened));
    // 31.01.2026 + 14 days = 14.02; + 1 month = 28.02; + 3 = 30.04; + 6 = 31.07; + 9 = 31.10
    const expected = [
      [2026, 2, 14],
      [2026, 2, 14],
      [2026, 2, 14],
      [2026, 2, 28],
      [2026, 2, 28],
      [2026, 4, 30],
      [2026, 4, 30],
      [2026, 4, 30],
      [2026, 4, 30],
      [2026, 7, 31],
      [2026, 7, 31],
      [2026, 7, 31],
      [2026, 10, 31],
      [2026, 10, 31],
      [2026, 10, 31],
    ].map(([y, m, d]) => dayFromCivil(y, m, d));
    expect(deadlines).toEqual(expected);
  });
});

describe('another program table', () => {
  // A made-up vendor program: the engine must run it with no code of its own.
  const VENDOR: BonusProgram = {
    metrics: [
      { code: 'deals', description: bi('deals', 'сделки') },
      { code: 'won', description: bi('deals won', 'выигранные сделки') },
    ],
    milestones: [
      { code: 'FIRST_DEAL', description: bi('first deal', 'первая сделка'), condition: { metric: 'deals', atLeast: 1 }, window: { days: 2 }, points: 7 },
      {
        code: 'WIN_RATE',
        description: bi('win rate 40%', 'доля побед 40%'),
        condition: { numerator: 'won', denominator: 'deals', percent: 40 },
        window: { months: 2 },
        points: 11,
      },
    ],
    actions: [{ code: 'webinar', description: bi('webinar', 'вебинар'), points: 3 }],
    rewards: [{ code: 'MUG', name: bi('a mug', 'кружка'), points: 30 }],
  };

  it('earns by its own milestones and actions', () => {
    const program = compileProgram(VENDOR);
    const log = readActivityLog(
      [
        ['2026-01-03', 'A', 'deals', 5], // FIRST_DEAL on 03.01 ≤ 01.01 + 2 days = 03.01 → 7
        ['2026-02-20', 'A', 'won', 2], // 2/5 = 40% on 20.02 ≤ 01.03 → 11
        ['2026-02-21', 'A', 'webinar', 2], // 3 × 2 = 6
      ],
      UTC,
      program,
    );
    const engine = new BonusEngine(log);
    const jan1 = dayFromCivil(2026, 1, 1);
    expect(engine.earned('A', jan1, dayFromCivil(2026, 12, 31))).toBe(24); // 7 + 11 + 6
    // opened 31.12.2025: the deal (03.01) is a day late for its 2-day window (02.01): 11 + 6
    expect(engine.earned('A', dayFromCivil(2025, 12, 31), dayFromCivil(2026, 12, 31))).toBe(17);
    expect(engine.statement('A', jan1, dayFromCivil(2026, 12, 31)).map((l) => l.code)).toEqual(['FIRST_DEAL', 'WIN_RATE', 'webinar']);
    // and the Courson codes mean nothing to it
    expect(() => readActivityLog([['2026-01-03', 'A', 'employees', 5]], UTC, program)).toThrow(/not a known code; metrics: deals, won; actions: webinar/);
  });

  it('is checked before use', () => {
    const broken: BonusProgram = {
      ...VENDOR,
      milestones: [{ ...VENDOR.milestones[0], condition: { metric: 'revenue', atLeast: 1 } }],
    };
    expect(() => compileProgram(broken)).toThrow(InputError);
    expect(() => compileProgram(broken)).toThrow(/FIRST_DEAL names "revenue", which is not a metric/);
    expect(() => compileProgram({ ...VENDOR, actions: [{ code: 'Deals', description: bi('x', 'x'), points: 1 }] })).toThrow(/used twice/);
    expect(() => compileProgram({ ...VENDOR, milestones: [{ ...VENDOR.milestones[0], window: { days: 1.5 } }] })).toThrow(/window/);
  });
});

describe('log codes in Russian (SPEC §2.8)', () => {
  const day = (m: number, d: number) => new Date(Date.UTC(2026, m - 1, d));
  const opened = dayFromCivil(2026, 1, 10);
  const asOf = dayFromCivil(2026, 4, 30);
  // The SPEC §4 example (35 points), once with the English codes and once as a Russian manager writes them.
  const english = [
    [day(1, 15), 'Acme', 'employees', 20],
    [day(1, 20), 'Acme', 'assigned', 1],
    [day(2, 5), 'Acme', 'assigned', 3],
    [day(3, 2), 'Acme', 'protocols', 1],
    [day(4, 1), 'Acme', 'renewal', ''],
  ];
  const russian = [
    [day(1, 15), 'Acme', 'Сотрудники', 20],
    [day(1, 20), 'Acme', 'назначено', 1],
    [day(2, 5), 'Acme', ' НАЗНАЧЕНО ', 3],
    [day(3, 2), 'Acme', 'протоколы', 1],
    [day(4, 1), 'Acme', 'пролонгация', ''],
  ];

  it('reads every metric and action code in either language, the same points', () => {
    expect(new BonusEngine(readActivityLog(english, UTC, COURSON)).earned('Acme', opened, asOf)).toBe(35);
    expect(new BonusEngine(readActivityLog(russian, UTC, COURSON)).earned('Acme', opened, asOf)).toBe(35);
  });

  it('gives every code a Russian name and accepts an underscore written as a space', () => {
    for (const rule of [...COURSON_PROGRAM.metrics, ...COURSON_PROGRAM.actions]) {
      expect(rule.names?.ru, rule.code).toMatch(/^[а-яё_]+$/);
      expect(rule.names?.en).toBe(rule.code);
    }
    const log = [
      [day(1, 15), 'Acme', 'наборы программ', 1],
      [day(1, 16), 'Acme', 'success story', 1],
    ];
    // M_PROGRAM_SET (5) + success_story (20)
    expect(new BonusEngine(readActivityLog(log, UTC, COURSON)).earned('Acme', opened, asOf)).toBe(25);
  });

  it('lists the accepted codes in the language of the message', () => {
    const error = (() => {
      try {
        readActivityLog([[day(1, 15), 'Acme', 'сотрудник', 1]], UTC, COURSON);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error?.text.ru).toMatch(
      /показатели: сотрудники, наборы_программ, назначено, пройдено, комиссии, протоколы, выгрузки_в_минтруд; действия: отзыв_о_функции, /,
    );
    expect(error?.text.en).toMatch(/metrics: employees, program_sets, assigned, /);
  });
});
