/**
 * A made-up program for testing What if… without any real program's source:
 * members earn points, and a table of "stars" (lowest first) says from how
 * many points a member has each star, its bonus share of the points, whether
 * it is active, and its support level (a word read as a number: the case
 * where a reader gives a number for text that is no number).
 *
 * Seed (English):
 *   Star   | Min points | Bonus | Active | Support
 *   Bronze |          0 |    0% | TRUE   | none
 *   Silver |        100 |    5% | TRUE   | email
 *   Gold   |        500 |   10% | TRUE   | phone
 * A member's star is the last active star whose Min points ≤ its points.
 * Totals: members with a star; bonus points = Σ points × the star's bonus.
 * Chart: members per star (the edited table's stars in order, then any star
 * only the current table has).
 */
import { InputError } from '../../src/kernel/errors';
import { text, flag, money, share, word } from '../../src/kernel/functions/readers';
import { type RulesTable, rulesCellError, rulesSheet } from '../../src/kernel/functions/rulesTable';
import { bi } from './texts';
import { readCell } from '../../src/kernel/sheets/cellProblem';
import { readTable } from '../../src/kernel/sheets/table';
import type { WhatIfSource } from '../../src/kernel/sheets/whatIfSource';
import type { ProgramTemplate, TableSheet } from '../../src/kernel/templates/layout';
import { formatAmount } from '../../src/kernel/values/numbers';
import type { WhatIfBucket, WhatIfProgram } from '../../src/kernel/whatIf';

export interface Star {
  name: string;
  min: number;
  bonus: number;
  active: boolean;
  support: number;
}
export interface StarsProgram {
  stars: Star[];
}
export interface Member {
  name: string;
  points: number;
}

const SUPPORT = [
  ['none', 'нет'],
  ['email', 'почта'],
  ['phone', 'телефон'],
];

const support = word((value) => {
  const found = SUPPORT.findIndex((words) => words.includes(value.trim().toLowerCase()));
  if (found < 0) throw new InputError(bi('is not a support level (none, email, phone)', 'не уровень поддержки (нет, почта, телефон)'));
  return found;
});

const SEED: StarsProgram = {
  stars: [
    { name: 'Bronze', min: 0, bonus: 0, active: true, support: 0 },
    { name: 'Silver', min: 100, bonus: 0.05, active: true, support: 1 },
    { name: 'Gold', min: 500, bonus: 0.1, active: true, support: 2 },
  ],
};

export const STARS_TABLE: RulesTable<StarsProgram> = {
  key: 'stars',
  title: bi('Stars', 'Звёзды'),
  sheetName: bi('Rules: stars', 'Правила: звёзды'),
  columns: [
    { key: 'star', names: bi('Star', 'Звезда'), required: true, reader: text, doc: 'The star.' },
    { key: 'min', names: bi('Min points', 'Баллы от'), aliases: ['Minimum points'], required: true, reader: money, doc: 'From.', format: 'money' },
    { key: 'bonus', names: bi('Bonus', 'Бонус'), reader: share, fallback: 0, doc: 'Bonus share.', format: 'percent' },
    { key: 'active', names: bi('Active', 'Действует'), reader: flag, fallback: true, doc: 'Active.', checkbox: true },
    {
      key: 'support',
      names: bi('Support', 'Поддержка'),
      reader: support,
      fallback: 0,
      doc: 'Support.',
      choices: (lang) => SUPPORT.map((words) => words[lang === 'ru' ? 1 : 0]),
    },
  ],
  users: [],
  intro: 'Test stars.',
  seed: SEED,
  seedRows: [
    { star: 'Bronze', min: 0, bonus: 0, active: true, support: bi('none', 'нет') },
    { star: 'Silver', min: 100, bonus: 0.05, active: true, support: bi('email', 'почта') },
    { star: 'Gold', min: 500, bonus: 0.1, active: true, support: bi('phone', 'телефон') },
  ],
  build(table) {
    const stars = table.rows.map((r) => ({ row: r.row, star: { ...(r.values as unknown as Star), name: r.values.star as string } }));
    if (!stars.length) throw new InputError(bi('has no stars: add a row per star', 'нет ни одной звезды: добавьте строку на каждую'));
    const seen = new Set<string>();
    stars.forEach(({ row, star }, i) => {
      if (seen.has(star.name.toLowerCase()))
        throw rulesCellError(table, row, 'star', bi('is the name of another star too', 'так уже называется другая звезда'));
      seen.add(star.name.toLowerCase());
      if (i === 0 && star.min !== 0)
        throw rulesCellError(table, row, 'min', bi('is not 0, but the first star starts at 0', 'не 0, а первая звезда начинается с 0'));
      const above = stars[i - 1]?.star.min;
      if (above !== undefined && star.min < above) {
        throw rulesCellError(table, row, 'min', bi(`is less than the star above it (${above})`, `меньше, чем у звезды выше (${above})`));
      }
    });
    return { stars: stars.map(({ star }) => star) };
  },
  example: { table: [], fn: '', args: [], result: '', formula: '', explanation: '' },
};

export const MEMBERS: TableSheet = {
  kind: 'table',
  key: 'members',
  name: bi('Members', 'Участники'),
  columns: [
    { key: 'member', header: bi('Member', 'Участник') },
    { key: 'points', header: bi('Points', 'Баллы'), format: 'integer' },
  ],
  samples: [],
};

export const STARS_TEMPLATE: ProgramTemplate = {
  key: 'stars',
  label: bi('Stars', 'Звёзды'),
  sheets: [rulesSheet(STARS_TABLE as RulesTable<unknown>), MEMBERS],
};

/** A member's star: the last active star its points reach ('' when none does). */
export function starOf(points: number, program: StarsProgram): Star | undefined {
  let found: Star | undefined;
  for (const star of program.stars) if (star.active && points >= star.min) found = star;
  return found;
}

export const starsProgram: WhatIfProgram<Member[], StarsProgram> = {
  table: STARS_TABLE,
  label: bi('Stars (test)', 'Звёзды (тест)'),
  compare(members, before, after, lang) {
    const was = members.map((m) => starOf(m.points, before));
    const now = members.map((m) => starOf(m.points, after));
    const shown = (star: Star | undefined) => star?.name ?? '—';
    const changed = members.flatMap((m, i) => (shown(was[i]) === shown(now[i]) ? [] : [{ name: m.name, before: shown(was[i]), after: shown(now[i]) }]));
    const bonus = (stars: (Star | undefined)[]) => members.reduce((sum, m, i) => sum + m.points * (stars[i]?.bonus ?? 0), 0);
    const names = [...after.stars.map((s) => s.name), ...before.stars.map((s) => s.name).filter((n) => !after.stars.some((s) => s.name === n))];
    const buckets: WhatIfBucket[] = names.map((label) => ({
      label,
      before: was.filter((s) => s?.name === label).length,
      after: now.filter((s) => s?.name === label).length,
    }));
    return {
      rows: members.length,
      changed,
      totals: [
        { label: bi('Members with a star', 'Участники со звездой'), before: String(was.filter(Boolean).length), after: String(now.filter(Boolean).length) },
        { label: bi('Bonus points', 'Бонусные баллы'), before: formatAmount(bonus(was), lang), after: formatAmount(bonus(now), lang) },
      ],
      chart: { title: bi('Members per star', 'Участники по звёздам'), buckets },
    };
  },
};

export const starsWhatIf: WhatIfSource<Member[], StarsProgram> = {
  program: starsProgram,
  readData({ ctx, lang }) {
    const table = readTable(MEMBERS, lang, ['member', 'points']);
    return table.rows.flatMap((row, i) =>
      row[table.columns.member as number] === ''
        ? []
        : [{ name: readCell(table, row, i, 'member', text, ctx, lang), points: readCell(table, row, i, 'points', money, ctx, lang) }],
    );
  },
};
