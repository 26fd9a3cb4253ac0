import { BonusEngine, type StatementLine } from './rules/engine';
import { ACTIVITY_COLUMNS, type ActivityLog, readActivityLog } from './rules/log';
import { type CompiledProgram, compileProgram } from './rules/program';
import { REDEMPTION_COLUMNS, Redemptions, findReward, rewardCatalog, rewardOf } from './rules/rewards';
import { COURSON_PROGRAM } from './rules/seed';
import { BONUS_RULES } from './rules/table';
import type { Day } from '../../kernel/values/dates';
import { CellError, InputError } from '../../kernel/errors';
import { everyForm, perLang, t, type Text } from '../../kernel/i18n';
import type { Cell } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type CustomFunction, each, perColumn, perRow, range, single, spill } from '../../kernel/functions/define';
import { asOfDescription } from '../../kernel/functions/asOf';
import { date, number, optional, text } from '../../kernel/functions/readers';
import { dateCell } from '../../kernel/functions/results';
import { readRulesTable } from '../../kernel/functions/rulesTable';

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
    if (columns.en.split(' | ')[error.column] === undefined) throw error;
    throw new CellError(
      error.text,
      error.item!,
      error.column,
      error.cell,
      perLang((lang) => columns[lang].split(' | ')[error.column]),
    );
  }
}

/** The program a `rules` argument gives (the seed's when omitted or empty), checked and laid out for the engine. */
const readProgram = (value: unknown, ctx: CallContext): CompiledProgram => compileProgram(readRulesTable(BONUS_RULES, value, ctx));

/*
 * The activity log's codes are the program's, but Sheets hands a function its
 * arguments in order and `rules` comes last. So BONUS_POINTS and
 * BONUS_DETAILS read their `rules` first (programFirst), before the adapter
 * reads the arguments one by one; the log's reader takes that program, and
 * the `rules` parameter hands it on rather than reading the table twice. A
 * table that cannot be read leaves no program: the log is then left unread
 * and the `rules` parameter, read next, reports the table's cell as for any
 * other function.
 */
const programs = new WeakMap<CallContext, CompiledProgram>();

function programFirst(fn: CustomFunction): CustomFunction {
  const last = fn.params.length - 1;
  return {
    ...fn,
    run(args, ctx, formula) {
      try {
        programs.set(ctx, readProgram(omittedIfEmpty(args[last]), ctx));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
      try {
        return fn.run(args, ctx, formula);
      } finally {
        programs.delete(ctx);
      }
    },
  };
}

/** SPEC §2.10, as the adapter reads an optional whole-range argument: an empty value, or a one-cell range holding one, is omitted. */
function omittedIfEmpty(value: unknown): unknown {
  const only = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : value;
  return only === undefined || only === null || (typeof only === 'string' && only.trim() === '') ? undefined : value;
}

const RULES_TABLE =
  "Bonus rules table (see Rules tables: Bonus program, below): Code | Kind | Description | Points | Window | Metric | At least | Of, in any order, its header row included (the template's 'Rules: bonus'!A1:H). Omitted or empty: the default program (Courson)";
const rules = range('rules', RULES_TABLE, 'Array<Array<string|number>>', (value, ctx) => programs.get(ctx) ?? readProgram(value, ctx), { optional: true });
const rulesChecked = range(
  'rules',
  `${RULES_TABLE}. The balance does not depend on it, but it is read and checked here too: a bad table is an error in every function`,
  'Array<Array<string|number>>',
  readProgram,
  { optional: true },
);

/** `employees (сотрудники, εργαζόμενοι), …`: the seed's log takes a code in any language. */
const codes = (rules: readonly { code: string; names?: Text }[]) =>
  rules
    .map((rule) =>
      rule.names
        ? `${rule.code} (${everyForm(rule.names)
            .filter((name) => name !== rule.code)
            .join(', ')})`
        : rule.code,
    )
    .join(', ');

const activity = range(
  'activity',
  `Activity log, 4 columns: Date | Client | Code | Value. Code is a metric of the program (Value = its cumulative value) or an action (Value = count, empty = 1): by default metrics ${codes(COURSON_PROGRAM.metrics)} and actions ${codes(COURSON_PROGRAM.actions)}; with a rules table, the codes its milestones count and its actions' codes. A first row whose Date is not a date is a header`,
  'Array<Array<Date|string|number>>',
  (value, ctx): ActivityLog => {
    const program = programs.get(ctx);
    // No program: `rules` cannot be read and is reported next (see programFirst); the log is never used.
    if (!program) return undefined as unknown as ActivityLog;
    return readCells(ACTIVITY_COLUMNS, () => readActivityLog(value, ctx, program));
  },
);

const accessOpened = "Date the client's access was opened; milestone windows (by default 14 days, 1, 3, 6, 9 months) count from it";
const asOf = single('as_of', asOfDescription('Report date: milestones, actions and redemptions after it do not count yet'), optional(date, undefined), {
  optional: true,
});
const reportDay = (day: Day | undefined, ctx: CallContext): Day => day ?? ctx.zone.dayOf(ctx.now);
const REDEMPTIONS =
  'Redemptions: Date | Client | Reward | Points | … (more columns allowed). Points may be negative for a reversal. A first row whose Date is not a date is a header';
const BALANCE = t`balance`;

/** A statement line as the sheet shows it: `code | description | reached on | deadline | points`. */
function statementRow(line: StatementLine, ctx: CallContext): Cell[] {
  return [
    line.kind === 'action' && line.names ? line.names[ctx.lang] : line.code,
    line.description[ctx.lang],
    line.reached === undefined ? '' : dateCell(line.reached, ctx),
    line.kind === 'milestone' ? dateCell(line.deadline, ctx) : '',
    line.points,
  ];
}

export const bonusFunctions: CustomFunction[] = [
  programFirst(
    perColumn({
      name: 'BONUS_POINTS',
      description: "A client's bonus points earned as of the report date: usage milestones reached within their windows, plus actions.",
      params: [
        each('clients', 'Client name, as in the activity log (case-insensitive)', text),
        each('access_opened', accessOpened, date),
        activity,
        asOf,
        rules,
      ],
      returns: 'Points earned per client.',
      example: "BONUS_POINTS(A2:A, B2:B, Activity!A2:D, $F$2, 'Rules: bonus'!A1:H)",
      column: ([clients, opened, log, day], ctx) => {
        const engine = new BonusEngine(log);
        const until = reportDay(day, ctx);
        return clients.map((client, i) => engine.earned(client, opened[i], until));
      },
    }),
  ),
  programFirst(
    spill({
      name: 'BONUS_DETAILS',
      description:
        "One client's bonus statement: every milestone with the date reached, deadline and points, then every action; with the redemptions, what the client spent and its balance.",
      params: [
        single('client', 'Client name, as in the activity log (case-insensitive)', text),
        single('access_opened', accessOpened, date),
        activity,
        asOf,
        range(
          'redemptions',
          `${REDEMPTIONS}. Given, the statement also lists the client's redemptions and ends with its balance`,
          'Array<Array<Date|string|number>>',
          (value, ctx) => (value === undefined ? undefined : readCells(REDEMPTION_COLUMNS, () => new Redemptions(value, ctx, true))),
          { optional: true },
        ),
        rules,
      ],
      returns:
        "Rows of code | description | reached on | deadline | points: all milestones in the program's order (reached on is empty when never reached; 0 points when reached after the deadline), then one row per action dated on or before as_of; with redemptions, then one row per redemption of the client dated on or before as_of (reward code | reward | date | empty | −points) and a last row balance | | | | earned − spent (остаток in Russian).",
      example: "BONUS_DETAILS($B$1, $B$2, Activity!A2:D, $B$3, Redemptions!A2:G, 'Rules: bonus'!A1:H)",
      table: ([client, opened, log, day, redemptions, program], ctx) => {
        const until = reportDay(day, ctx);
        const lines = new BonusEngine(log).statement(client, opened, until);
        const rows = lines.map((line) => statementRow(line, ctx));
        if (!redemptions) return rows;
        let balance = lines.reduce((sum, line) => sum + line.points, 0);
        for (const spent of redemptions.linesOf(client, until)) {
          const reward = rewardOf(spent.reward, program);
          // A reward since withdrawn from the catalog still shows as the ledger wrote it.
          rows.push([reward?.code ?? spent.reward, reward?.name[ctx.lang] ?? '', dateCell(spent.day, ctx), '', 0 - spent.points]);
          balance -= spent.points;
        }
        rows.push([BALANCE[ctx.lang], '', '', '', balance]);
        return rows;
      },
    }),
  ),
  perColumn({
    name: 'BONUS_BALANCE',
    description: "A client's point balance: points earned minus points spent on rewards (net of reversals).",
    params: [
      each('clients', 'Client name, as in the redemptions (case-insensitive)', text),
      each('earned', 'Points earned (e.g. the BONUS_POINTS column); empty counts as 0', optional(number, 0)),
      range('redemptions', REDEMPTIONS, 'Array<Array<Date|string|number>>', (value, ctx) => readCells(REDEMPTION_COLUMNS, () => new Redemptions(value, ctx))),
      rulesChecked,
    ],
    returns: 'The balance per client: earned − spent.',
    example: "BONUS_BALANCE(A2:A, C2:C, Redemptions!A2:G, 'Rules: bonus'!A1:H)",
    column: ([clients, earned, redemptions]) => clients.map((client, i) => earned[i] - redemptions.spentBy(client)),
  }),
  perRow({
    name: 'REWARD_COST',
    description: 'The catalog price in points of a reward, given by its code (ACT_9, OZON_2000…) or its name.',
    params: [each('reward', 'Reward code or name (case-insensitive; the default catalog names in English, Russian or Greek)', text), rules],
    returns: "The reward's price in points.",
    example: 'REWARD_COST("OZON_2000") → 60',
    // The catalog's own spelling first (a Map look-up per row); anything else through the normalising search.
    row: ([reward, program]) => (program.rewardWords.get(reward) ?? findReward(reward, program)).points,
  }),
  spill({
    name: 'REWARD_CATALOG',
    description: 'The reward catalog, one row per reward: code, reward, points (a source for drop-downs).',
    params: [rules],
    returns: "Rows of code | reward | points, in the catalog's order.",
    example: "REWARD_CATALOG('Rules: bonus'!A1:H)",
    table: ([program], ctx) => rewardCatalog(program).map((reward) => [reward.code, reward.name[ctx.lang], reward.points]),
  }),
];
