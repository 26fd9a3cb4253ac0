import { InputError } from '../../../kernel/errors';
import { same, t, type Text } from '../../../kernel/i18n';
import { type ReadTable, type RulesRow, rulesCellError } from '../../../kernel/functions/rulesTable';
import { normalizeCode } from './program';
import type { ActionRule, BonusCondition, BonusProgram, BonusWindow, MetricRule, MilestoneRule, RewardRule } from './seed';
import { COLUMN_NAMES, type Kind, type Threshold } from './tableCells';

/*
 * A bonus program (SPEC §4) built from the rows of a rules table (§12.3), and
 * every check that spans rows: codes unique across the table, the columns only
 * a milestone has, a milestone's metric and share. Metrics have no rows of
 * their own: the log's metric codes are the codes the milestones' Metric and
 * Of name. Every problem names its cell (rulesCellError); nothing is built
 * from a half-read table.
 *
 * Names in a vendor's table are its own and results show them as written. A
 * log code that is the seed's (a metric or an action of Courson, in either
 * language) also accepts the seed's spelling in the other language, so that
 * a log typed in English keeps working under a rules sheet in Russian.
 */

/** One rule as the table reader gives it (values per column key of table.ts). */
interface RuleCells {
  code: string;
  kind: Kind;
  description: string;
  points: number;
  window: BonusWindow | undefined;
  metric: string | undefined;
  atLeast: Threshold | undefined;
  of: string | undefined;
}

const KIND_NAME: Record<Kind, Text> = {
  milestone: t`a milestone`,
  action: t`an action`,
  reward: t`a reward`,
};

/** The columns only a milestone fills, and what a milestone needs in each. */
const MILESTONE_ONLY = ['window', 'metric', 'atLeast', 'of'] as const;
const NEEDED: Record<'window' | 'metric' | 'atLeast', Text> = {
  window: t`its window (14 days, 3 months)`,
  metric: t`the metric it counts (a log code)`,
  atLeast: t`its threshold (a number, or a share such as 10%)`,
};

export function buildProgram(table: ReadTable, seed: BonusProgram): BonusProgram {
  if (table.rows.length === 0) throw new InputError(t`has no rules under its header row`);
  const cells = (row: RulesRow) => row.values as unknown as RuleCells;
  const fail = (row: RulesRow, key: string, text: Text) => rulesCellError(table, row.row, key, text);

  // Codes are unique across the whole table: the log and REWARD_COST find a rule by its code alone.
  const rowOfCode = new Map<string, RulesRow>();
  for (const row of table.rows) {
    const key = normalizeCode(cells(row).code);
    const first = rowOfCode.get(key);
    if (first) {
      throw fail(row, 'code', t`is the code of row ${first.row + 1} too: each rule needs its own code`);
    }
    rowOfCode.set(key, row);
  }

  // A milestone has its window, metric and threshold; no other rule fills those columns.
  for (const row of table.rows) {
    const rule = cells(row);
    for (const key of MILESTONE_ONLY) {
      if (rule.kind === 'milestone') {
        if (key === 'of' || rule[key] !== undefined) continue;
        if (table.at[key] === undefined) {
          throw fail(row, 'code', t`is a milestone, but the table has no "${COLUMN_NAMES[key]}" column: a milestone needs ${NEEDED[key]}`);
        }
        throw fail(row, key, t`is empty, but a milestone needs ${NEEDED[key]}`);
      }
      if (rule[key] !== undefined) {
        const header = headerOf(table, key);
        throw fail(row, key, t`is filled, but only a milestone has a ${header}: this row is ${KIND_NAME[rule.kind]}`);
      }
    }
  }

  // The metrics: every code a milestone's Metric names, then every Of (which must be one of them).
  const milestoneRows = table.rows.filter((row) => cells(row).kind === 'milestone');
  const metrics = new Map<string, string>();
  for (const row of milestoneRows) {
    const code = cells(row).metric as string;
    checkNotARule(row, 'metric', code);
    if (!metrics.has(normalizeCode(code))) metrics.set(normalizeCode(code), code);
  }
  for (const row of milestoneRows) {
    const of = cells(row).of;
    if (of === undefined) continue;
    checkNotARule(row, 'of', of);
    if (!metrics.has(normalizeCode(of))) {
      throw fail(
        row,
        'of',
        t`is not a metric of this table: a share is of a metric that a milestone counts in its ${headerOf(table, 'metric')} column (${[...metrics.values()].join(', ')})`,
      );
    }
  }

  function checkNotARule(row: RulesRow, key: string, code: string): void {
    const named = rowOfCode.get(normalizeCode(code));
    if (!named) return;
    const kind = KIND_NAME[cells(named).kind];
    throw fail(row, key, t`is the code of ${kind} (row ${named.row + 1}), not a metric`);
  }

  const used = new Set([...rowOfCode.keys(), ...metrics.keys()]);
  const seedSpellings = (rules: readonly (MetricRule | ActionRule)[], code: string) => {
    const key = normalizeCode(code);
    const rule = rules.find((r) => spellingsOf(r).some((s) => normalizeCode(s) === key));
    if (!rule) return undefined;
    const aliases = spellingsOf(rule).filter((s) => !used.has(normalizeCode(s)));
    for (const alias of aliases) used.add(normalizeCode(alias));
    return aliases.length ? aliases : undefined;
  };

  const milestones: MilestoneRule[] = milestoneRows.map((row) => {
    const rule = cells(row);
    return {
      code: rule.code,
      description: same(rule.description),
      condition: conditionOf(row, rule),
      window: rule.window as BonusWindow,
      points: rule.points,
    };
  });
  const actions: ActionRule[] = table.rows
    .filter((row) => cells(row).kind === 'action')
    .map((row) => {
      const { code, description, points } = cells(row);
      return { code, aliases: seedSpellings(seed.actions, code), description: same(description), points };
    });
  const rewards: RewardRule[] = table.rows
    .filter((row) => cells(row).kind === 'reward')
    .map((row) => {
      const { code, description, points } = cells(row);
      return { code, name: same(description), points };
    });
  const metricRules: MetricRule[] = [...metrics.values()].map((code) => ({ code, aliases: seedSpellings(seed.metrics, code), description: same(code) }));
  return { metrics: metricRules, milestones, actions, rewards };

  /** `metric ≥ at least`, or with an Of, `metric / of ≥ at least` as a share. */
  function conditionOf(row: RulesRow, rule: RuleCells): BonusCondition {
    const threshold = rule.atLeast as Threshold;
    const metric = metrics.get(normalizeCode(rule.metric as string)) as string;
    if (rule.of === undefined) {
      if (threshold.percent) {
        throw fail(row, 'atLeast', t`is a share, but the row's ${headerOf(table, 'of')} is empty: name the metric it is a share of, or write a number`);
      }
      return { metric, atLeast: threshold.value };
    }
    if (!threshold.percent && threshold.value > 1) {
      throw fail(row, 'atLeast', t`is above 100%: a share is written as a percentage such as 10% (or a fraction such as 0.1)`);
    }
    // A fraction from a percent-formatted cell (0.1) to the percent the engine compares exactly (10).
    const percent = threshold.percent ? threshold.value : Number((threshold.value * 100).toPrecision(12));
    return { numerator: metric, denominator: metrics.get(normalizeCode(rule.of)) as string, percent };
  }
}

/** A column's header as the table spells it (its name when the table lacks it), quoted for messages in each language. */
function headerOf(table: ReadTable, key: keyof typeof COLUMN_NAMES): Text {
  const at = table.at[key];
  const spelled = at === undefined ? undefined : String(table.headers[at]).trim();
  return t`"${spelled ?? COLUMN_NAMES[key]}"`;
}

/** Every spelling of a seed rule: its code and its names in each language. */
function spellingsOf(rule: MetricRule | ActionRule): string[] {
  return [rule.code, ...Object.values(rule.names ?? {})];
}
