import type { Day } from '../../../kernel/values/dates';
import type { Text } from '../../../kernel/i18n';
import { type ActivityLog, rowOf } from './log';
import { AT_LEAST, milestoneDeadline } from './program';

/** In `reached` arrays: the milestone was never reached. */
export const NEVER = -2147483648;

export interface MilestoneLine {
  readonly kind: 'milestone';
  readonly code: string;
  readonly description: Text;
  /** The first log date its condition held (on or before as-of), whether or not in time. */
  readonly reached: Day | undefined;
  /** The last day of its window (inclusive). */
  readonly deadline: Day;
  /** Its points when reached by the deadline, else 0. */
  readonly points: number;
}

export interface ActionLine {
  readonly kind: 'action';
  readonly code: string;
  /** The code as written in each language, when the program names it so. */
  readonly names?: Text;
  readonly description: Text;
  readonly reached: Day;
  readonly count: number;
  /** Points per occurrence × count. */
  readonly points: number;
  /** The log row (0-based, in the range given). */
  readonly row: number;
}

export type StatementLine = MilestoneLine | ActionLine;

/**
 * The milestone engine over one activity log, for any program table.
 *
 * Per client it walks the log in date order, rows of one date applied
 * together, keeping each metric's latest value (an unlogged metric is 0).
 * After each date every milestone whose condition holds for the first time is
 * reached that day; it earns its points when that day is on or before access
 * opened + its window and the walk stops at `asOf`, so a milestone reached
 * late earns nothing, ever. Actions earn points × count when dated on or
 * before `asOf`.
 *
 * The log is put in order once per engine: grouped by client, each client's
 * entries in date order (rows of one date in the range's order), by counting
 * sorts (O(rows), no comparisons, and no date sort when the log is already in
 * date order, as an appended log is).
 */
export class BonusEngine {
  /** The log's entries grouped by client, each client's in date order. */
  private readonly order: Int32Array;
  /** Per client id, where its entries start in `order` (`start[id + 1]` is where they end). */
  private readonly start: Int32Array;
  private readonly metrics: Float64Array;
  private readonly reachedDays: Int32Array;
  private readonly deadlines = new Map<Day, Int32Array>();

  constructor(readonly log: ActivityLog) {
    const n = log.length;
    const clientCount = log.clientIds.size;
    const { clients, days } = log;
    const start = new Int32Array(clientCount + 1);
    for (let i = 0; i < n; i++) start[clients[i] + 1]++;
    for (let c = 0; c < clientCount; c++) start[c + 1] += start[c];
    // Grouped by client, taking the rows in date order (the range's order when it is already in date order):
    // stable counting sorts, O(rows), no comparisons.
    const order = groupByClient(clients, start, inDateOrder(days) ? undefined : dayOrder(days));
    this.start = start;
    this.order = order;
    this.metrics = new Float64Array(log.program.metricCount);
    this.reachedDays = new Int32Array(log.program.milestoneCount);
  }

  /**
   * Points the client earned as of `asOf`: milestones in time plus actions.
   * With `perMilestone` (one slot per milestone), each milestone's points are
   * also added to its slot (What if… totals them over every client).
   */
  earned(client: string, accessOpened: Day, asOf: Day, perMilestone?: Float64Array): number {
    const reached = this.reachedDays;
    let total = this.walk(this.log.clientIds.find(client), asOf, reached);
    const points = this.log.program.points;
    let deadlines: Int32Array | undefined;
    for (let m = 0; m < reached.length; m++) {
      const day = reached[m];
      if (day === NEVER) continue;
      deadlines ??= this.deadlinesFor(accessOpened);
      if (day <= deadlines[m]) {
        total += points[m];
        if (perMilestone) perMilestone[m] += points[m];
      }
    }
    return total;
  }

  /** Every milestone in the table's order, then every action dated on or before `asOf`, in date order. */
  statement(client: string, accessOpened: Day, asOf: Day): StatementLine[] {
    const { program, days, codes, values } = this.log;
    const reached = this.reachedDays;
    const actionEntries: number[] = [];
    this.walk(this.log.clientIds.find(client), asOf, reached, actionEntries);
    const deadlines = this.deadlinesFor(accessOpened);
    const lines: StatementLine[] = program.rules.milestones.map((rule, m) => {
      const day = reached[m];
      return {
        kind: 'milestone',
        code: rule.code,
        description: rule.description,
        reached: day === NEVER ? undefined : day,
        deadline: deadlines[m],
        points: day !== NEVER && day <= deadlines[m] ? rule.points : 0,
      };
    });
    for (const e of actionEntries) {
      const code = codes[e];
      const rule = program.rules.actions[code - program.metricCount];
      lines.push({
        kind: 'action',
        code: rule.code,
        names: rule.names,
        description: rule.description,
        reached: days[e],
        count: values[e],
        points: program.actionPoints[code] * values[e],
        row: rowOf(this.log, e),
      });
    }
    return lines;
  }

  /** The last day of each milestone's window for one access date (cached: clients often share it). */
  deadlinesFor(accessOpened: Day): Int32Array {
    let deadlines = this.deadlines.get(accessOpened);
    if (!deadlines) {
      const program = this.log.program;
      deadlines = new Int32Array(program.milestoneCount);
      for (let m = 0; m < deadlines.length; m++) deadlines[m] = milestoneDeadline(program, m, accessOpened);
      this.deadlines.set(accessOpened, deadlines);
    }
    return deadlines;
  }

  /**
   * Walks one client's entries (client id, −1 for none) up to `asOf`: fills
   * `reached` with the day each milestone first held (or NEVER) and returns
   * the actions' points; with `actionEntries`, also lists the action entries walked.
   */
  private walk(client: number, asOf: Day, reached: Int32Array, actionEntries?: number[]): number {
    const { metrics, order } = this;
    const { days, codes, values, program } = this.log;
    const { metricCount, actionPoints, kind, left, right, threshold, milestoneCount } = program;
    metrics.fill(0);
    reached.fill(NEVER);
    if (client < 0) return 0;
    let pending = milestoneCount;
    let actions = 0;
    const end = this.start[client + 1];
    let e = this.start[client];
    while (e < end) {
      let i = order[e];
      const day = days[i];
      if (day > asOf) break;
      let changed = false;
      do {
        const code = codes[i];
        if (code < metricCount) {
          metrics[code] = values[i];
          changed = true;
        } else {
          actions += actionPoints[code] * values[i];
          if (actionEntries) actionEntries.push(i);
        }
        e++;
      } while (e < end && days[(i = order[e])] === day);
      if (!changed || pending === 0) continue;
      for (let m = 0; m < milestoneCount; m++) {
        if (reached[m] !== NEVER) continue;
        let holds: boolean;
        if (kind[m] === AT_LEAST) {
          holds = metrics[left[m]] >= threshold[m];
        } else {
          // A share, compared without division: numerator × 100 ≥ percent × denominator; 0/0 never holds.
          const denominator = metrics[right[m]];
          holds = denominator > 0 && metrics[left[m]] * 100 >= threshold[m] * denominator;
        }
        if (holds) {
          reached[m] = day;
          pending--;
        }
      }
    }
    return actions;
  }
}

/** Longest span of days a counting sort handles; beyond it (dates thousands of years apart) a comparison sort does. */
const MAX_SPAN = 1 << 22;

/** Entries grouped by client (`start` from counting them), taken in `sequence` order (default: the log's). */
function groupByClient(clients: Int32Array, start: Int32Array, sequence: Int32Array | undefined): Int32Array {
  const n = clients.length;
  const next = start.slice(0, start.length - 1);
  const order = new Int32Array(n);
  if (sequence) {
    for (let k = 0; k < n; k++) {
      const i = sequence[k];
      order[next[clients[i]]++] = i;
    }
  } else {
    for (let i = 0; i < n; i++) order[next[clients[i]]++] = i;
  }
  return order;
}

/** Whether the log is in date order. */
function inDateOrder(days: Int32Array): boolean {
  for (let i = 1; i < days.length; i++) if (days[i] < days[i - 1]) return false;
  return true;
}

/** The log's entries in date order, stable (rows of one date keep the range's order): a counting sort over the span of days. */
function dayOrder(days: Int32Array): Int32Array {
  const n = days.length;
  let min = n ? days[0] : 0;
  let max = min;
  for (let i = 1; i < n; i++) {
    const d = days[i];
    if (d < min) min = d;
    else if (d > max) max = d;
  }
  const order = new Int32Array(n);
  const span = max - min + 1;
  if (span > MAX_SPAN) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => days[a] - days[b] || a - b);
  }
  const next = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) next[days[i] - min + 1]++;
  for (let d = 0; d < span; d++) next[d + 1] += next[d];
  for (let i = 0; i < n; i++) order[next[days[i] - min]++] = i;
  return order;
}

/** A client's points as of `asOf` (one-off use: groups the whole log; keep a BonusEngine for many clients). */
export function earnedPoints(log: ActivityLog, client: string, accessOpened: Day, asOf: Day): number {
  return new BonusEngine(log).earned(client, accessOpened, asOf);
}

/** A client's statement as of `asOf` (see BonusEngine.statement). */
export function bonusStatement(log: ActivityLog, client: string, accessOpened: Day, asOf: Day): StatementLine[] {
  return new BonusEngine(log).statement(client, accessOpened, asOf);
}
