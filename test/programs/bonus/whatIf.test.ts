/**
 * What if… for the bonus program (SPEC §13, rules/whatIf.ts): every client under the current rules and
 * under edited ones. Expected values worked out by hand from SPEC §4 and the template's sample log.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/kernel/errors';
import { readRulesTable, seedTable } from '../../../src/kernel/functions/rulesTable';
import { COURSON_PROGRAM } from '../../../src/programs/bonus/rules/seed';
import { BONUS_RULES } from '../../../src/programs/bonus/rules/table';
import { BONUS_WHAT_IF, type BonusData } from '../../../src/programs/bonus/rules/whatIf';
import { ctx } from '../../helpers/context';
import { UTC, d } from '../../helpers/bonusEngine';

const DATA: BonusData = {
  clients: [
    { name: 'Acme', accessOpened: d('2026-01-10') },
    { name: 'Beta', accessOpened: d('2026-01-31') },
    { name: 'Gamma', accessOpened: d('2026-03-01') },
  ],
  reportDate: d('2026-04-30'),
  activity: {
    sheet: 'Activity',
    headers: ['Date', 'Client', 'Code', 'Value'],
    rows: [
      // Acme: the SPEC §4 example, 35 as of 30.04 (milestones 25 + renewal 10)
      ['2026-01-15', 'Acme', 'employees', 20],
      ['2026-01-20', 'Acme', 'assigned', 1],
      ['2026-02-05', 'Acme', 'assigned', 3],
      ['2026-03-02', 'Acme', 'protocols', 1],
      ['2026-04-01', 'Acme', 'renewal', ''],
      // Beta, opened 31.01: 7 milestones (35) + success_story 20 + renewal 10 = 65
      ['2026-02-03', 'Beta', 'employees', 12],
      ['2026-02-10', 'Beta', 'program_sets', 2],
      ['2026-02-12', 'Beta', 'assigned', 6],
      ['2026-03-20', 'Beta', 'success_story', 1],
      ['2026-04-15', 'Beta', 'renewal', 1],
    ],
  },
  reading: UTC,
};

const TODAY = d('2026-06-01');
const seed = (lang: 'en' | 'ru' = 'en') => seedTable(BONUS_RULES, lang);
/** The seed table with one cell changed: `code`'s row, column `header` (as the English table heads it). */
function edited(table: unknown[][], changes: [code: string, header: string, value: unknown][]): unknown[][] {
  const out = table.map((row) => [...row]);
  for (const [code, header, value] of changes) out[out.findIndex((row) => row[0] === code)][out[0].indexOf(header)] = value;
  return out;
}
const program = (table: unknown[][]) => readRulesTable(BONUS_RULES, table, ctx());

describe('compare', () => {
  // renewal 10 → 15 points; M_ASSIGNED_3 within 14 days instead of 1 month.
  const after = program(
    edited(seed(), [
      ['renewal', 'Points', 15],
      ['M_ASSIGNED_3', 'Window', '14 days'],
    ]),
  );

  it('lists the clients whose points change, with the totals and the chart', () => {
    const result = BONUS_WHAT_IF.compare(DATA, COURSON_PROGRAM, after, 'en', TODAY);
    expect(result.rows).toBe(3);
    // Acme: M_ASSIGNED_3 (05.02) misses 24.01 (−5) but the renewal earns 5 more: 35 → 35, unchanged.
    // Beta: M_ASSIGNED_3 (12.02) still makes 14.02; renewal +5: 65 → 70. Gamma has no activity.
    expect(result.changed).toEqual([{ name: 'Beta', before: '65', after: '70' }]);
    const totals = Object.fromEntries(result.totals.map((t) => [t.label.en, [t.before, t.after]]));
    expect(totals['Points earned, in total']).toEqual(['100', '105']);
    expect(totals['milestone M_EMPLOYEES_3']).toEqual(['10', '10']);
    expect(totals['milestone M_PROGRAM_SET']).toEqual(['5', '5']);
    expect(totals['milestone M_ASSIGNED_3']).toEqual(['10', '5']);
    expect(totals['milestone M_PROTOCOL_1']).toEqual(['5', '5']);
    expect(totals['milestone M_COMMISSION']).toEqual(['0', '0']);
    expect(totals.actions).toEqual(['40', '50']);
    expect(result.totals).toHaveLength(1 + 15 + 1);
    expect(result.chart.title.en).toBe('Points earned per milestone and for actions');
    expect(result.chart.buckets.map((b) => b.label)).toEqual([...COURSON_PROGRAM.milestones.map((m) => m.code), 'actions']);
    expect(result.chart.buckets.find((b) => b.label === 'M_ASSIGNED_3')).toEqual({ label: 'M_ASSIGNED_3', before: 10, after: 5 });
    expect(result.chart.buckets.at(-1)).toEqual({ label: 'actions', before: 40, after: 50 });
  });

  it('counts as of today when the Clients sheet has no report date', () => {
    // As of 01.03: Acme has M_EMPLOYEES_3, M_ASSIGNED_1, M_ASSIGNED_3, M_ASSIGNED_10PCT = 20, and loses M_ASSIGNED_3 → 15;
    // Beta has its 7 milestones (35), no action yet: unchanged.
    const result = BONUS_WHAT_IF.compare({ ...DATA, reportDate: undefined }, COURSON_PROGRAM, after, 'en', d('2026-03-01'));
    expect(result.changed).toEqual([{ name: 'Acme', before: '20', after: '15' }]);
  });

  it('shows a milestone the edit adds or removes, in Russian', () => {
    const table = seed('ru').filter((row) => row[0] !== 'M_COMMISSION');
    table.push(['M_EMPLOYEES_10', 'этап', 'добавлено 10 сотрудников', 7, '14 дн.', 'сотрудники', 10, '']);
    // employees ≥ 10 within 14 days: Acme 20 on 15.01 ≤ 24.01, Beta 12 on 03.02 ≤ 14.02: +7 each.
    const result = BONUS_WHAT_IF.compare(DATA, COURSON_PROGRAM, readRulesTable(BONUS_RULES, table, ctx('ru_RU')), 'ru', TODAY);
    expect(result.changed).toEqual([
      { name: 'Acme', before: '35', after: '42' },
      { name: 'Beta', before: '65', after: '72' },
    ]);
    const totals = Object.fromEntries(result.totals.map((t) => [t.label.ru, [t.before, t.after]]));
    expect(totals['Начислено баллов, всего']).toEqual(['100', '114']);
    expect(totals['этап M_COMMISSION']).toEqual(['0', '—']);
    expect(totals['этап M_EMPLOYEES_10']).toEqual(['—', '14']);
    expect(totals.действия).toEqual(['40', '40']);
    expect(result.chart.buckets.slice(-2)).toEqual([
      { label: 'M_EMPLOYEES_10', before: 0, after: 14 },
      { label: 'действия', before: 40, after: 40 },
    ]);
  });

  it('changes nothing when nothing is edited', () => {
    const result = BONUS_WHAT_IF.compare(DATA, COURSON_PROGRAM, program(seed()), 'en', TODAY);
    expect(result.changed).toEqual([]);
    expect(result.totals.every((t) => t.before === t.after)).toBe(true);
  });

  it("names the log's cell when the edited rules no longer know a code it holds", () => {
    const withoutStories = program(seed().filter((row) => row[0] !== 'success_story'));
    const error = (() => {
      try {
        BONUS_WHAT_IF.compare(DATA, COURSON_PROGRAM, withoutStories, 'en', TODAY);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.text.en).toMatch(/^The "Activity" sheet, row 10, column Code: "success_story" is not a known code; metrics: .*\(under the edited rules\)$/);
    expect(error?.text.ru).toMatch(/^Лист «Activity», строка 10, столбец «Code»: «success_story» — неизвестный код; .*\(по изменённым правилам\)$/);
  });
});
