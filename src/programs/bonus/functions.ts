import { BonusEngine } from './rules/engine';
import { ACTIVITY_COLUMNS, type ActivityLog, readActivityLog } from './rules/log';
import { REDEMPTION_COLUMNS, Redemptions, findReward, rewardCatalog } from './rules/rewards';
import { COURSON_PROGRAM } from './rules/seed';
import type { Day } from '../../kernel/values/dates';
import { CellError } from '../../kernel/errors';
import type { Text } from '../../kernel/i18n';
import type { CallContext } from '../../kernel/functions/context';
import { type CustomFunction, each, perColumn, perRow, range, single, spill } from '../../kernel/functions/define';
import { asOfDescription } from '../../kernel/functions/asOf';
import { date, number, optional, text, word } from '../../kernel/functions/readers';
import { dateCell } from '../../kernel/functions/results';

/**
 * A log-like range read by a core reader. A bad cell's CellError gets its
 * column's name (`Date | Client | Code | Value`: Code), so that the adapter
 * reports it as `activity, C7 (Code): …`.
 */
function readCells<T>(columns: Text, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof CellError) || error.header) throw error;
    const header = { en: columns.en.split(' | ')[error.column], ru: columns.ru.split(' | ')[error.column] };
    throw header.en === undefined ? error : new CellError(error.text, error.item!, error.column, error.cell, header);
  }
}

/** `employees (сотрудники), …`: the log takes a code in either language. */
const codes = (rules: readonly { code: string; names?: { ru: string } }[]) =>
  rules.map((rule) => (rule.names ? `${rule.code} (${rule.names.ru})` : rule.code)).join(', ');

const activity = range(
  'activity',
  `Activity log, 4 columns: Date | Client | Code | Value. Code is a metric (${codes(COURSON_PROGRAM.metrics)}; Value = its cumulative value) or an action (${codes(COURSON_PROGRAM.actions)}; Value = count, empty = 1). A first row whose Date is not a date is a header`,
  'Array<Array<Date|string|number>>',
  (value, ctx): ActivityLog => readCells(ACTIVITY_COLUMNS, () => readActivityLog(value, ctx)),
);

const accessOpened = "Date the client's access was opened; milestone windows (14 days, 1, 3, 6, 9 months) count from it";
const asOf = single('as_of', asOfDescription('Report date: milestones and actions after it do not count yet'), optional(date, undefined), { optional: true });
const reportDay = (day: Day | undefined, ctx: CallContext): Day => day ?? ctx.zone.dayOf(ctx.now);

export const bonusFunctions: CustomFunction[] = [
  perColumn({
    name: 'BONUS_POINTS',
    description: "A client's bonus points earned as of the report date: usage milestones reached within their windows, plus actions.",
    params: [each('clients', 'Client name, as in the activity log (case-insensitive)', text), each('access_opened', accessOpened, date), activity, asOf],
    returns: 'Points earned per client.',
    example: 'BONUS_POINTS(A2:A, B2:B, Activity!A:D, $H$1)',
    column: ([clients, opened, log, day], ctx) => {
      const engine = new BonusEngine(log);
      const until = reportDay(day, ctx);
      return clients.map((client, i) => engine.earned(client, opened[i], until));
    },
  }),
  spill({
    name: 'BONUS_DETAILS',
    description: "One client's bonus statement: every milestone with the date reached, deadline and points, then every action.",
    params: [single('client', 'Client name, as in the activity log (case-insensitive)', text), single('access_opened', accessOpened, date), activity, asOf],
    returns:
      "Rows of code | description | reached on | deadline | points: all milestones in the program's order (reached on is empty when never reached; 0 points when reached after the deadline), then one row per action dated on or before as_of.",
    example: 'BONUS_DETAILS("Acme", DATE(2026,1,10), Activity!A:D, $H$1)',
    table: ([client, opened, log, day], ctx) => {
      const lines = new BonusEngine(log).statement(client, opened, reportDay(day, ctx));
      return lines.map((line) => [
        line.kind === 'action' && line.names ? line.names[ctx.lang] : line.code,
        line.description[ctx.lang],
        line.reached === undefined ? '' : dateCell(line.reached, ctx),
        line.kind === 'milestone' ? dateCell(line.deadline, ctx) : '',
        line.points,
      ]);
    },
  }),
  perColumn({
    name: 'BONUS_BALANCE',
    description: "A client's point balance: points earned minus points spent on rewards (net of reversals).",
    params: [
      each('clients', 'Client name, as in the redemptions (case-insensitive)', text),
      each('earned', 'Points earned (e.g. the BONUS_POINTS column); empty counts as 0', optional(number, 0)),
      range(
        'redemptions',
        'Redemptions: Date | Client | Reward | Points | … (more columns allowed). Points may be negative for a reversal. A first row whose Date is not a date is a header',
        'Array<Array<Date|string|number>>',
        (value, ctx) => readCells(REDEMPTION_COLUMNS, () => new Redemptions(value, ctx)),
      ),
    ],
    returns: 'The balance per client: earned − spent.',
    example: 'BONUS_BALANCE(A2:A, C2:C, Redemptions!A:G)',
    column: ([clients, earned, redemptions]) => clients.map((client, i) => earned[i] - redemptions.spentBy(client)),
  }),
  perRow({
    name: 'REWARD_COST',
    description: 'The catalog price in points of a reward, given by its code (ACT_9, OZON_2000…) or its name.',
    params: [
      each(
        'reward',
        'Reward code or name, in English or Russian (case-insensitive)',
        word((name) => findReward(name)),
      ),
    ],
    returns: "The reward's price in points.",
    example: 'REWARD_COST("OZON_2000") → 60',
    row: ([reward]) => reward.points,
  }),
  spill({
    name: 'REWARD_CATALOG',
    description: 'The reward catalog, one row per reward: code, reward, points (a source for drop-downs).',
    params: [],
    returns: "Rows of code | reward | points, in the catalog's order.",
    example: 'REWARD_CATALOG()',
    table: (_, ctx) => rewardCatalog().map((reward) => [reward.code, reward.name[ctx.lang], reward.points]),
  }),
];
