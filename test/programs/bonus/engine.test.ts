import { describe, expect, it } from 'vitest';
import { BonusEngine, type MilestoneLine, bonusStatement } from '../../../src/programs/bonus/rules/engine';
import { readActivityLog } from '../../../src/programs/bonus/rules/log';
import type { Day } from '../../../src/kernel/values/dates';
import { COURSON, type Row, UTC, d, iso, milestones, points, statement } from '../../helpers/bonusEngine';

const SPEC_EXAMPLE: Row[] = [
  ['Date', 'Client', 'Code', 'Value'],
  ['2026-01-15', 'Acme', 'employees', 20],
  ['2026-01-20', 'Acme', 'assigned', 1],
  ['2026-02-05', 'Acme', 'assigned', 3],
  ['2026-03-02', 'Acme', 'protocols', 1],
  ['2026-04-01', 'Acme', 'renewal', ''],
];

describe('SPEC §4 example', () => {
  it('earns 35 points as of 30.04.2026', () => {
    // access opened 10.01.2026:
    // M_EMPLOYEES_3 15.01 ≤ 24.01 → 5; M_ASSIGNED_1 20.01 ≤ 24.01 → 5; M_ASSIGNED_3 05.02 ≤ 10.02 → 5;
    // M_ASSIGNED_10PCT 05.02 (3/20 = 15%) ≤ 10.04 → 5; M_PROTOCOL_1 02.03 ≤ 10.04 → 5; renewal 10. Total 35.
    expect(points(SPEC_EXAMPLE, '2026-01-10', '2026-04-30')).toBe(35);
  });

  it('counts a milestone reached early for its own later window', () => {
    // Had 05.02 logged assigned 10: 10/20 = 50% also reaches M_ASSIGNED_30PCT (deadline 10.07) and
    // M_ASSIGNED_50PCT (deadline 10.10) that day: 35 + 5 + 5 = 45.
    const rows = SPEC_EXAMPLE.map((row) => (row[0] === '2026-02-05' ? (['2026-02-05', 'Acme', 'assigned', 10] as Row) : row));
    expect(points(rows, '2026-01-10', '2026-04-30')).toBe(45);
    const m = milestones(rows, '2026-01-10', '2026-04-30');
    expect(m.M_ASSIGNED_30PCT).toEqual(['2026-02-05', 5]);
    expect(m.M_ASSIGNED_50PCT).toEqual(['2026-02-05', 5]);
  });

  it('lists the statement: all 15 milestones in order, then the actions', () => {
    const lines = statement(SPEC_EXAMPLE, '2026-01-10', '2026-04-30');
    expect(lines.map((l) => l.code)).toEqual([
      'M_EMPLOYEES_3',
      'M_PROGRAM_SET',
      'M_ASSIGNED_1',
      'M_ASSIGNED_3',
      'M_COMMISSION',
      'M_ASSIGNED_10PCT',
      'M_COMPLETED_25PCT',
      'M_PROTOCOL_1',
      'M_MINTRUD',
      'M_ASSIGNED_30PCT',
      'M_COMPLETED_50PCT',
      'M_PROTOCOL_2',
      'M_ASSIGNED_50PCT',
      'M_COMPLETED_75PCT',
      'M_PROTOCOL_3',
      'renewal',
    ]);
    const byCode = Object.fromEntries(lines.map((l) => [l.code, l]));
    // deadlines: 10.01 + 14 days = 24.01; + 1 month = 10.02; + 3 = 10.04; + 6 = 10.07; + 9 = 10.10
    expect(iso((byCode.M_PROGRAM_SET as MilestoneLine).deadline)).toBe('2026-01-24');
    expect(iso((byCode.M_COMMISSION as MilestoneLine).deadline)).toBe('2026-02-10');
    expect(iso((byCode.M_MINTRUD as MilestoneLine).deadline)).toBe('2026-04-10');
    expect(iso((byCode.M_PROTOCOL_2 as MilestoneLine).deadline)).toBe('2026-07-10');
    expect(iso((byCode.M_PROTOCOL_3 as MilestoneLine).deadline)).toBe('2026-10-10');
    expect(byCode.M_PROGRAM_SET.reached).toBeUndefined();
    expect(byCode.M_PROGRAM_SET.points).toBe(0);
    expect(iso(byCode.M_ASSIGNED_10PCT.reached as Day)).toBe('2026-02-05');
    expect(byCode.renewal).toMatchObject({ kind: 'action', reached: d('2026-04-01'), count: 1, points: 10, row: 5 });
    expect(byCode.renewal.description.en).toBe('contract prolonged');
    expect(byCode.renewal.description.ru).toBe('осуществили пролонгацию договора');
    expect(byCode.M_EMPLOYEES_3.description.ru).toBe('добавлены в кабинет минимум 3 сотрудника');
    expect(lines.reduce((sum, l) => sum + l.points, 0)).toBe(35);
  });
});

describe('windows', () => {
  // access opened 10.01.2026
  const at = (day: string, code: string, value: number): Row[] => [[day, 'Acme', code, value]];

  it('14 days: the deadline day counts, the day after does not', () => {
    // 10.01 + 14 = 24.01
    expect(points(at('2026-01-24', 'employees', 3), '2026-01-10', '2026-12-31')).toBe(5);
    expect(points(at('2026-01-25', 'employees', 3), '2026-01-10', '2026-12-31')).toBe(0);
    expect(points(at('2026-01-24', 'program_sets', 1), '2026-01-10', '2026-12-31')).toBe(5);
    expect(points(at('2026-01-25', 'program_sets', 1), '2026-01-10', '2026-12-31')).toBe(0);
  });

  it('1 month: the same day next month', () => {
    // 10.01 + 1 month = 10.02
    expect(points(at('2026-02-10', 'commissions', 1), '2026-01-10', '2026-12-31')).toBe(5);
    expect(points(at('2026-02-11', 'commissions', 1), '2026-01-10', '2026-12-31')).toBe(0);
  });

  it('31 January + 1 month is the last day of February', () => {
    // 31.01.2026 + 1 month = 28.02.2026 (no 29 February in 2026)
    expect(points(at('2026-02-28', 'commissions', 1), '2026-01-31', '2026-12-31')).toBe(5);
    expect(points(at('2026-03-01', 'commissions', 1), '2026-01-31', '2026-12-31')).toBe(0);
    // 31.01.2028 + 1 month = 29.02.2028 (leap year)
    expect(points(at('2028-02-29', 'commissions', 1), '2028-01-31', '2028-12-31')).toBe(5);
    expect(points(at('2028-03-01', 'commissions', 1), '2028-01-31', '2028-12-31')).toBe(0);
    // and the 14-day window from 31.01.2026 ends on 14.02.2026
    expect(points(at('2026-02-14', 'employees', 3), '2026-01-31', '2026-12-31')).toBe(5);
    expect(points(at('2026-02-15', 'employees', 3), '2026-01-31', '2026-12-31')).toBe(0);
  });

  it('3 months', () => {
    // 10.01 + 3 months = 10.04
    expect(points(at('2026-04-10', 'mintrud_exports', 1), '2026-01-10', '2026-12-31')).toBe(5);
    expect(points(at('2026-04-11', 'mintrud_exports', 1), '2026-01-10', '2026-12-31')).toBe(0);
  });

  it('6 months', () => {
    // 10.01 + 6 months = 10.07; protocols 2 also reaches M_PROTOCOL_1, late (deadline 10.04): 0 + 5
    expect(points(at('2026-07-10', 'protocols', 2), '2026-01-10', '2026-12-31')).toBe(5);
    expect(points(at('2026-07-11', 'protocols', 2), '2026-01-10', '2026-12-31')).toBe(0);
  });

  it('9 months', () => {
    // 10.01 + 9 months = 10.10; protocols 3 also reaches M_PROTOCOL_1 and _2, both late: 0 + 0 + 5
    expect(points(at('2026-10-10', 'protocols', 3), '2026-01-10', '2026-12-31')).toBe(5);
    expect(points(at('2026-10-11', 'protocols', 3), '2026-01-10', '2026-12-31')).toBe(0);
  });

  it('30 November + 3 months crosses the year into February', () => {
    // 30.11.2025 + 3 months = 28.02.2026
    expect(points(at('2026-02-28', 'protocols', 1), '2025-11-30', '2026-12-31')).toBe(5);
    expect(points(at('2026-03-01', 'protocols', 1), '2025-11-30', '2026-12-31')).toBe(0);
  });

  it('counts log rows dated before access was opened', () => {
    // employees 5 on 05.01, access opened 10.01: reached 05.01 ≤ 24.01 → 5
    expect(points(at('2026-01-05', 'employees', 5), '2026-01-10', '2026-12-31')).toBe(5);
  });
});

describe('late milestones', () => {
  it('earn nothing, ever, and show the day they were reached', () => {
    const rows: Row[] = [
      ['2026-01-25', 'Acme', 'assigned', 1], // M_ASSIGNED_1 late (deadline 24.01)
      ['2026-02-01', 'Acme', 'assigned', 0], // drops back…
      ['2026-02-03', 'Acme', 'assigned', 3], // …and holds again, in time for M_ASSIGNED_3 (10.02) only
      ['2026-05-01', 'Acme', 'employees', 30], // 3/30 = 10%: M_ASSIGNED_10PCT late (deadline 10.04)
    ];
    // M_ASSIGNED_3 5, nothing else
    expect(points(rows, '2026-01-10', '2027-12-31')).toBe(5);
    const m = milestones(rows, '2026-01-10', '2027-12-31');
    expect(m.M_ASSIGNED_1).toEqual(['2026-01-25', 0]);
    expect(m.M_ASSIGNED_3).toEqual(['2026-02-03', 5]);
    expect(m.M_ASSIGNED_10PCT).toEqual(['2026-05-01', 0]);
    // M_EMPLOYEES_3 reached 01.05 as well, late
    expect(m.M_EMPLOYEES_3).toEqual(['2026-05-01', 0]);
    expect(m.M_PROGRAM_SET).toEqual(['', 0]);
  });
});

describe('shares', () => {
  it('do not hold with a zero denominator', () => {
    // assigned 5 with no employees logged: 5 × 100 ≥ 10 × 0 would "hold" if the zero were not refused
    const rows: Row[] = [
      ['2026-01-12', 'Acme', 'assigned', 5],
      ['2026-01-12', 'Acme', 'employees', 0],
    ];
    // M_ASSIGNED_1 5 + M_ASSIGNED_3 5; no share milestone (employees 0), no completion share (completed 0 / 5 = 0%)
    expect(points(rows, '2026-01-10', '2026-12-31')).toBe(10);
    expect(milestones(rows, '2026-01-10', '2026-12-31').M_ASSIGNED_10PCT).toEqual(['', 0]);
    // completed 1 with assigned 0: no M_COMPLETED_* either
    expect(points([['2026-01-12', 'Acme', 'completed', 1]], '2026-01-10', '2026-12-31')).toBe(0);
  });

  it('hold exactly at the threshold', () => {
    // 2/20 = 10% exactly → M_ASSIGNED_10PCT; 6/20 = 30% → M_ASSIGNED_30PCT; 1/4 = 25% → M_COMPLETED_25PCT
    const m = (rows: Row[]) => milestones(rows, '2026-01-10', '2026-12-31');
    expect(
      m([
        ['2026-02-01', 'Acme', 'employees', 20],
        ['2026-02-01', 'Acme', 'assigned', 2],
      ]).M_ASSIGNED_10PCT,
    ).toEqual(['2026-02-01', 5]);
    expect(
      m([
        ['2026-02-01', 'Acme', 'employees', 20],
        ['2026-02-01', 'Acme', 'assigned', 6],
      ]).M_ASSIGNED_30PCT,
    ).toEqual(['2026-02-01', 5]);
    expect(
      m([
        ['2026-02-01', 'Acme', 'assigned', 4],
        ['2026-02-01', 'Acme', 'completed', 1],
      ]).M_COMPLETED_25PCT,
    ).toEqual(['2026-02-01', 5]);
    // 3/4 = 75% → M_COMPLETED_75PCT (and 25%, 50%)
    const full = m([
      ['2026-02-01', 'Acme', 'assigned', 4],
      ['2026-02-01', 'Acme', 'completed', 3],
    ]);
    expect([full.M_COMPLETED_25PCT[1], full.M_COMPLETED_50PCT[1], full.M_COMPLETED_75PCT[1]]).toEqual([5, 5, 5]);
    // 29/100 is just below 30%
    const below = m([
      ['2026-02-01', 'Acme', 'employees', 100],
      ['2026-02-01', 'Acme', 'assigned', 29],
    ]);
    expect(below.M_ASSIGNED_30PCT).toEqual(['', 0]);
    expect(below.M_ASSIGNED_10PCT).toEqual(['2026-02-01', 5]);
    // 1/11 ≈ 9.09% is below 10%
    expect(
      m([
        ['2026-02-01', 'Acme', 'employees', 11],
        ['2026-02-01', 'Acme', 'assigned', 1],
      ]).M_ASSIGNED_10PCT,
    ).toEqual(['', 0]);
  });
});

describe('the timeline', () => {
  it('takes rows in date order, whatever their order in the log', () => {
    // assigned 3 on 05.02 is listed before assigned 1 on 20.01. In date order M_ASSIGNED_1 is reached on 20.01
    // (≤ 24.01, 5 points); taken in the sheet's order it would be reached on 05.02, late.
    const rows: Row[] = [
      ['2026-02-05', 'Acme', 'assigned', 3],
      ['2026-01-15', 'Acme', 'employees', 20],
      ['2026-01-20', 'Acme', 'assigned', 1],
    ];
    // M_EMPLOYEES_3 5 + M_ASSIGNED_1 5 + M_ASSIGNED_3 5 + M_ASSIGNED_10PCT (3/20 on 05.02) 5 = 20
    expect(points(rows, '2026-01-10', '2026-04-30')).toBe(20);
    expect(milestones(rows, '2026-01-10', '2026-04-30').M_ASSIGNED_1).toEqual(['2026-01-20', 5]);
    // the SPEC example reversed still earns 35
    expect(points([SPEC_EXAMPLE[0], ...SPEC_EXAMPLE.slice(1).reverse()], '2026-01-10', '2026-04-30')).toBe(35);
  });

  it('sorts rows dated thousands of years apart as well', () => {
    const far = new Date(Date.UTC(200000, 0, 1)); // 72 million days on: too far apart for a counting sort by day
    const log = readActivityLog(
      [
        [far, 'Acme', 'renewal', 1],
        [new Date(Date.UTC(2026, 0, 20)), 'Acme', 'assigned', 3],
        [new Date(Date.UTC(2026, 0, 15)), 'Acme', 'assigned', 1],
      ],
      UTC,
      COURSON,
    );
    const m = bonusStatement(log, 'Acme', d('2026-01-10'), log.days[0]);
    // in date order: assigned 1 on 15.01 (M_ASSIGNED_1), assigned 3 on 20.01 (M_ASSIGNED_3), then the renewal
    expect(m.slice(2, 4).map((l) => l.reached)).toEqual([d('2026-01-15'), d('2026-01-20')]);
    expect(m[15]).toMatchObject({ code: 'renewal', points: 10 });
  });

  it('applies the rows of one date together', () => {
    // Until 01.02: employees 10. On 01.02: assigned 3 and employees 100, in that order. Checked row by row,
    // 3/10 = 30% would reach M_ASSIGNED_30PCT; applied together it is 3/100 = 3%: no share milestone.
    const rows: Row[] = [
      ['2026-01-12', 'Acme', 'employees', 10],
      ['2026-02-01', 'Acme', 'assigned', 3],
      ['2026-02-01', 'Acme', 'employees', 100],
    ];
    const m = milestones(rows, '2026-01-10', '2026-12-31');
    expect(m.M_ASSIGNED_10PCT).toEqual(['', 0]);
    expect(m.M_ASSIGNED_30PCT).toEqual(['', 0]);
    // M_EMPLOYEES_3 (12.01) 5 + M_ASSIGNED_3 (01.02 ≤ 10.02) 5; M_ASSIGNED_1 reached 01.02, late
    expect(points(rows, '2026-01-10', '2026-12-31')).toBe(10);
  });

  it('takes the last row of a date when a metric is logged twice that day', () => {
    const rows: Row[] = [
      ['2026-01-12', 'Acme', 'employees', 5],
      ['2026-01-12', 'Acme', 'employees', 2],
    ];
    expect(milestones(rows, '2026-01-10', '2026-12-31').M_EMPLOYEES_3).toEqual(['', 0]);
  });

  it('stops at as_of', () => {
    // SPEC example: as of 01.03 the protocol (02.03) and the renewal (01.04) are not there yet:
    // M_EMPLOYEES_3 + M_ASSIGNED_1 + M_ASSIGNED_3 + M_ASSIGNED_10PCT = 20
    expect(points(SPEC_EXAMPLE, '2026-01-10', '2026-03-01')).toBe(20);
    expect(points(SPEC_EXAMPLE, '2026-01-10', '2026-03-02')).toBe(25); // + M_PROTOCOL_1
    expect(points(SPEC_EXAMPLE, '2026-01-10', '2026-03-31')).toBe(25);
    expect(points(SPEC_EXAMPLE, '2026-01-10', '2026-04-01')).toBe(35); // + renewal 10
    expect(points(SPEC_EXAMPLE, '2026-01-10', '2026-01-14')).toBe(0);
    // the statement does not show what happened after as_of
    const lines = statement(SPEC_EXAMPLE, '2026-01-10', '2026-03-01');
    expect(lines.find((l) => l.code === 'M_PROTOCOL_1')?.reached).toBeUndefined();
    expect(lines.some((l) => l.kind === 'action')).toBe(false);
  });
});

describe('actions', () => {
  it('earn points × count, empty count = 1, with no window', () => {
    const rows: Row[] = [
      ['2026-01-12', 'Acme', 'renewal', 2], // 10 × 2 = 20
      ['2027-06-01', 'Acme', 'success_story', ''], // 20 × 1, more than a year after access opened
      ['2026-03-01', 'Acme', 'feedback_manager', 0], // 5 × 0
      ['2026-02-01', 'Acme', 'module_purchase', '3'], // 5 × 3 = 15
      ['2028-01-01', 'Acme', 'feedback_feature', 1], // after as_of
    ];
    // 20 + 20 + 0 + 15 = 55
    expect(points(rows, '2026-01-10', '2027-12-31')).toBe(55);
    const actions = statement(rows, '2026-01-10', '2027-12-31').filter((l) => l.kind === 'action');
    // in date order, each with its log row
    expect(actions.map((l) => [l.code, iso(l.reached), l.points, l.kind === 'action' && l.row])).toEqual([
      ['renewal', '2026-01-12', 20, 0],
      ['module_purchase', '2026-02-01', 15, 3],
      ['feedback_manager', '2026-03-01', 0, 2],
      ['success_story', '2027-06-01', 20, 1],
    ]);
  });
});

describe('clients', () => {
  it('match case-insensitively after trimming', () => {
    const rows: Row[] = [
      ['2026-01-12', '  ACME ', 'employees', 3],
      ['2026-01-12', 'acme', 'renewal', ''],
      ['2026-01-12', 'Other', 'success_story', ''],
    ];
    expect(points(rows, '2026-01-10', '2026-12-31', 'Acme')).toBe(15); // 5 + 10
    expect(points(rows, '2026-01-10', '2026-12-31', ' other')).toBe(20);
    expect(points(rows, '2026-01-10', '2026-12-31', 'Nobody')).toBe(0);
  });

  it('are kept apart, each with its own access date', () => {
    const log = readActivityLog(
      [
        ['2026-01-20', 'A', 'employees', 3],
        ['2026-01-20', 'B', 'employees', 3],
        ['2026-01-21', 'A', 'renewal', ''],
      ],
      UTC,
      COURSON,
    );
    const engine = new BonusEngine(log);
    // A: opened 10.01 → deadline 24.01: 5 + 10; B: opened 01.01 → deadline 15.01: late, 0
    expect(engine.earned('A', d('2026-01-10'), d('2026-12-31'))).toBe(15);
    expect(engine.earned('B', d('2026-01-01'), d('2026-12-31'))).toBe(0);
    expect(engine.earned('b', d('2026-01-10'), d('2026-12-31'))).toBe(5);
  });
});
