import { same, t } from '../../../kernel/i18n';
import { count, text } from '../../../kernel/functions/readers';
import type { RulesTable } from '../../../kernel/functions/rulesTable';
import type { Sample } from '../../../kernel/templates/layout';
import { type BonusProgram, COURSON_PROGRAM } from './seed';
import { buildProgram } from './tableBuild';
import { COLUMN_NAMES, KIND_NAMES, type Kind, kindCell, thresholdCell, windowCell, windowText } from './tableCells';

/*
 * The bonus rules table (SPEC §12.3): one row per milestone, action or
 * reward, described once for the reader, the function reference, the
 * template's rules sheet and What if…. Its default is the Courson program of
 * seed 000 (seed.ts), written out below as the rules sheet holds it.
 */

const kind = (k: Kind) => KIND_NAMES[k];
const seedMetric = (code: string) => COURSON_PROGRAM.metrics.find((m) => m.code === code)?.names ?? same(code);

/** The Courson program as rows of the table: milestones, then actions, then rewards, each in the seed's order. */
const SEED_ROWS: Record<string, Sample>[] = [
  ...COURSON_PROGRAM.milestones.map((m) => {
    const c = m.condition;
    const row: Record<string, Sample> = { code: m.code, kind: kind('milestone'), description: m.description, points: m.points, window: windowText(m.window) };
    if ('metric' in c) return { ...row, metric: seedMetric(c.metric), atLeast: c.atLeast };
    return { ...row, metric: seedMetric(c.numerator), atLeast: `${c.percent}%`, of: seedMetric(c.denominator) };
  }),
  ...COURSON_PROGRAM.actions.map((a) => ({ code: a.names ?? a.code, kind: kind('action'), description: a.description, points: a.points })),
  ...COURSON_PROGRAM.rewards.map((r) => ({ code: r.code, kind: kind('reward'), description: r.name, points: r.points })),
];

export const BONUS_RULES: RulesTable<BonusProgram> = {
  key: 'bonus',
  title: t`Bonus program`,
  sheetName: t`Rules: bonus`,
  users: ['BONUS_POINTS', 'BONUS_DETAILS', 'BONUS_BALANCE', 'REWARD_COST', 'REWARD_CATALOG'],
  intro:
    "One row per milestone, action or reward, in any order (a statement lists the milestones in the table's order, the catalog the rewards). A milestone earns its points once per client when its condition first holds within its window after the client's access was opened; an action earns its points per occurrence logged; a reward costs its points. The activity log's codes are the table's: a metric is a code that a milestone's Metric (or Of) names, an action's code is its own; a log code that is neither is an error naming the log row. The Courson codes (the default table's) are also accepted in the other language (`renewal` and `пролонгация`). BONUS_BALANCE does not depend on the table but reads and checks it too. The Redeem points dialog takes its catalog, prices and earned points from the template's rules sheet when there is one.",
  columns: [
    {
      key: 'code',
      names: COLUMN_NAMES.code,
      required: true,
      reader: text,
      doc: "The rule's code, unique in the table (case-insensitive, `_` read as a space): a milestone's code in statements, an action's code as the activity log writes it, a reward's code as the Redemptions sheet writes it.",
      width: 190,
    },
    {
      key: 'kind',
      names: COLUMN_NAMES.kind,
      aliases: ['Type', 'Тип'],
      required: true,
      reader: kindCell,
      doc: '`milestone`, `action` or `reward` (`этап`, `действие`, `награда`).',
      choices: (lang) => Object.values(KIND_NAMES).map((name) => name[lang]),
      width: 100,
    },
    {
      key: 'description',
      names: COLUMN_NAMES.description,
      aliases: ['Name', 'Название'],
      reader: text,
      fallback: '',
      doc: "What the rule is, as statements show a milestone or an action and the catalog a reward's name (REWARD_COST also finds a reward by it).",
      shownDefault: 'empty',
      width: 420,
    },
    {
      key: 'points',
      names: COLUMN_NAMES.points,
      required: true,
      reader: count,
      doc: "A whole number of 0 or more: a milestone's points, an action's points per occurrence, a reward's price.",
      format: 'integer',
      width: 70,
    },
    {
      key: 'window',
      names: COLUMN_NAMES.window,
      aliases: ['Окно'],
      reader: windowCell,
      doc: 'Milestones only (required): how long after access was opened the milestone still earns, inclusive — a whole number of days or of calendar months as EDATE counts them: `14 days`, `3 months`, `14 дн.`, `3 мес.`.',
      shownDefault: '—',
      width: 100,
    },
    {
      key: 'metric',
      names: COLUMN_NAMES.metric,
      reader: text,
      doc: "Milestones only (required): the log code whose latest value the condition compares (it becomes a metric of the log; it may not be a rule's code).",
      shownDefault: '—',
      width: 170,
    },
    {
      key: 'atLeast',
      names: COLUMN_NAMES.atLeast,
      aliases: ['Threshold', 'Порог'],
      reader: thresholdCell,
      doc: 'Milestones only (required): the condition holds when Metric ≥ this number; with an Of, a share such as `10%` (or the fraction 0.1) that Metric / Of must reach.',
      shownDefault: '—',
      width: 90,
    },
    {
      key: 'of',
      names: COLUMN_NAMES.of,
      aliases: ['От'],
      reader: text,
      doc: 'Milestones only (optional): makes the condition a share, Metric / Of ≥ At least, which does not hold while Of is 0. Of names a metric that some milestone of the table counts in its Metric column.',
      shownDefault: 'none',
      width: 150,
    },
  ],
  seed: COURSON_PROGRAM,
  seedRows: SEED_ROWS,
  build: (table) => buildProgram(table, COURSON_PROGRAM),
  example: {
    table: [
      ['Code', 'Kind', 'Description', 'Points', 'Window', 'Metric', 'At least', 'Of'],
      ['FIRST_REPORT', 'milestone', 'first report built', 10, '7 days', 'reports', 1, ''],
      ['SEATS_5', 'milestone', 'five seats bought', 5, '1 month', 'seats', 5, ''],
      ['HALF_ACTIVE', 'milestone', 'half of the seats in use', 15, '2 months', 'active_users', '50%', 'seats'],
      ['webinar', 'action', 'attended a webinar', 3, '', '', '', ''],
      ['MUG', 'reward', 'Coffee mug', 40, '', '', '', ''],
      ['TRAINING_DAY', 'reward', 'A day of advanced training', 120, '', '', '', ''],
    ],
    fn: 'REWARD_CATALOG',
    args: [],
    result: [
      ['MUG', 'Coffee mug', 40],
      ['TRAINING_DAY', 'A day of advanced training', 120],
    ],
    formula: "=REWARD_CATALOG('Rules: bonus'!A1:H7)",
    explanation:
      'The catalog is the reward rows. The same table as `rules` of BONUS_POINTS: a client whose access opened on 1 March 2026 and whose log shows seats 8 on 5 March, reports 1 on 6 March, active_users 4 on 20 April and two webinars has earned SEATS_5 5 (by 1 April) + FIRST_REPORT 10 (by 8 March) + HALF_ACTIVE 15 (4 / 8 = 50% by 1 May) + 2 × 3 = 36 points; the log codes `seats`, `reports`, `active_users` and `webinar` are the only ones it accepts.',
  },
};
