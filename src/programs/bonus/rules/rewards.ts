import { InputError } from '../../../kernel/errors';
import { t } from '../../../kernel/i18n';
import type { SheetReading } from '../../../kernel/values/locale';
import { isEmpty } from '../../../kernel/functions/cells';
import { numberOf } from '../../../kernel/values/cellValues';
import { DayReader } from '../../../kernel/values/days';
import { CellError, ClientIds, ROW_TEXT, rangeRows } from './rows';
import type { Day } from '../../../kernel/values/dates';
import { type CompiledProgram, normalizeCode } from './program';
import type { RewardRule } from './seed';

/** The catalog in the table's order. */
export function rewardCatalog(program: CompiledProgram): readonly RewardRule[] {
  return program.rules.rewards;
}

/** A reward by its code or its name in any language (case-insensitive, trimmed, quotes ignored), or undefined. */
export function rewardOf(text: string, program: CompiledProgram): RewardRule | undefined {
  return program.rewardWords.get(text) ?? program.rewardWords.get(normalizeCode(text));
}

/** A reward by its code or its name in any language (case-insensitive, trimmed, quotes ignored). */
export function findReward(text: string, program: CompiledProgram): RewardRule {
  const reward = rewardOf(text, program);
  if (!reward) {
    const codes = program.rules.rewards.map((r) => r.code).join(', ');
    throw new InputError(t`is not a reward in the catalog; use a code (${codes}) or a reward's name`);
  }
  return reward;
}

export const REDEMPTION_COLUMNS = t`Date | Client | Reward | Points`;

/** One redemption of a client, for its statement. */
export interface RedemptionLine {
  readonly day: Day;
  /** The Reward cell as written (a code, or a reward's name). */
  readonly reward: string;
  readonly points: number;
}

/**
 * Points spent per client, from a redemptions range `Date | Client | Reward |
 * Points | …` (more columns allowed). A first row whose Date cell is not a date
 * is a header; rows whose first four cells are empty are skipped. Points may
 * be negative (a reversal). The reward is not checked against the catalog, so
 * rewards since withdrawn still count. With `keepRows`, each client's rows are
 * kept too, for its statement (linesOf); BONUS_BALANCE needs only the sums.
 */
export class Redemptions {
  private readonly clientIds = new ClientIds();
  private readonly spent: number[] = [];
  /** With keepRows: each row's client id (−1 for a skipped row), day and points, in typed arrays (no object per row). */
  private readonly kept: { rows: unknown[][]; client: Int32Array; day: Float64Array; points: Float64Array } | undefined;

  constructor(range: unknown, sheet: SheetReading, keepRows = false) {
    const rows = rangeRows(range, 4, REDEMPTION_COLUMNS);
    const kept = keepRows
      ? { rows, client: new Int32Array(rows.length).fill(-1), day: new Float64Array(rows.length), points: new Float64Array(rows.length) }
      : undefined;
    this.kept = kept;
    const days = new DayReader(sheet);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const dateCell = row[0];
      const clientCell = row[1];
      const pointsCell = row[3];
      const day = days.read(dateCell);
      if (day !== day) {
        if (isEmpty(dateCell) && isEmpty(clientCell) && isEmpty(row[2]) && isEmpty(pointsCell)) continue;
        if (i === 0) continue;
        throw new CellError(isEmpty(dateCell) ? ROW_TEXT.emptyDate : ROW_TEXT.notADate, i, 0, dateCell);
      }
      const client = this.clientIds.idOf(clientCell);
      if (client < 0) throw new CellError(isEmpty(clientCell) ? ROW_TEXT.emptyClient : ROW_TEXT.notAClient, i, 1, clientCell);
      const points = numberOf(pointsCell, sheet);
      if (points !== points) throw new CellError(isEmpty(pointsCell) ? EMPTY_POINTS : NOT_POINTS, i, 3, pointsCell);
      this.spent[client] = (this.spent[client] ?? 0) + points;
      if (kept !== undefined) {
        kept.client[i] = client;
        kept.day[i] = day;
        kept.points[i] = points;
      }
    }
  }

  /** The client's redemptions dated on or before `asOf`, in date order (a day's in the ledger's order); needs `keepRows`. */
  linesOf(client: string, asOf: Day): RedemptionLine[] {
    const id = this.clientIds.find(client);
    const lines: RedemptionLine[] = [];
    const kept = this.kept;
    if (id < 0 || kept === undefined) return lines;
    for (let i = 0; i < kept.client.length; i++) {
      if (kept.client[i] !== id || kept.day[i] > asOf) continue;
      const reward = kept.rows[i][2];
      lines.push({ day: kept.day[i], reward: isEmpty(reward) ? '' : String(reward).trim(), points: kept.points[i] });
    }
    // Array sort is stable: a day's redemptions stay in the ledger's order.
    return lines.sort((a, b) => a.day - b.day);
  }

  /** Points the client spent (net of reversals); 0 for a client with no redemptions. */
  spentBy(client: string): number {
    const id = this.clientIds.find(client);
    return id < 0 ? 0 : this.spent[id];
  }
}

/** Points a client spent, from a redemptions range (one-off use; keep a Redemptions for many clients). */
export function spentPoints(range: unknown, sheet: SheetReading, client: string): number {
  return new Redemptions(range, sheet).spentBy(client);
}

const EMPTY_POINTS = t`is empty, but the Points column needs the points spent`;
const NOT_POINTS = t`is not a number of points`;
