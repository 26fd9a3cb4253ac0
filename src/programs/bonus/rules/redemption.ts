import { InputError } from '../../../kernel/errors';
import { numberOf } from '../../../kernel/values/cellValues';
import type { Day } from '../../../kernel/values/dates';
import { dayOfCell } from '../../../kernel/values/days';
import type { Notation, SheetReading } from '../../../kernel/values/locale';
import type { BonusEngine } from './engine';
import type { CompiledProgram } from './program';
import { Redemptions, findReward } from './rewards';
import { clientKey, clientName } from './rows';
import type { RewardRule } from './seed';

/*
 * Redeeming points (SPEC §4, §9.1), decided over the books as read from the
 * sheets: the clients (Clients sheet), what each earned (the activity log's
 * engine) and spent (the Redemptions ledger, whatever its dates, as
 * BONUS_BALANCE counts it). Pure: the dialog's server reads the books under
 * the document lock, asks decideRedemption, and appends the row it returns.
 */

/** A client of the Clients sheet. */
export interface ClientRow {
  /** As the sheet spells it (trimmed). */
  name: string;
  /** How it is matched (clientKey: case-insensitive, trimmed), as the log and the ledger match clients. */
  key: string;
  /** The access date, or undefined when the row has a problem. */
  accessOpened: Day | undefined;
  /** Why this client cannot redeem (no access date, listed twice…), in the user's language. */
  problem?: string;
}

/** What a redemption is decided over. */
export interface Accounts {
  /** The program the points are earned under and the catalog is priced by (the rules sheet's, or the seed's). */
  program: CompiledProgram;
  /** By key. */
  clients: ReadonlyMap<string, ClientRow>;
  engine: BonusEngine;
  spent: Redemptions;
}

/** A client's points as of one day. */
export interface Balance {
  earned: number;
  spent: number;
  balance: number;
}

/** A client's points earned as of `day`, spent (the whole ledger) and the balance. */
export function pointsOf(accounts: Accounts, client: ClientRow, day: Day): Balance {
  const earned = client.accessOpened === undefined ? 0 : accounts.engine.earned(client.name, client.accessOpened, day);
  const spent = accounts.spent.spentBy(client.name);
  return { earned, spent, balance: earned - spent };
}

/** A redemption as the dialog sends it, unchecked. */
export interface RedemptionRequest {
  client?: unknown;
  reward?: unknown;
  quantity?: unknown;
}

/** Why a redemption is refused, with what the message names. */
export type RedemptionRefusal =
  | { reason: 'unknownClient'; client: string }
  | { reason: 'clientProblem'; problem: string }
  | { reason: 'unknownReward'; reward: string }
  | { reason: 'badQuantity'; quantity: unknown }
  | { reason: 'tooFew'; client: string; balance: number; quantity: number; reward: string; cost: number };

/** A ledger row, `Date | Client | Reward | Points | Quantity`, before the Request ID and User cells are added. */
export interface LedgerRow {
  day: Day;
  client: string;
  reward: string;
  points: number;
  quantity: number;
}

/** A redemption to record; as a Balance, the client's points as of the day: earned, and spent and balance right after it. */
export interface Redemption extends Balance {
  ok: true;
  client: ClientRow;
  reward: RewardRule;
  quantity: number;
  /** Price × quantity. */
  cost: number;
  /** The row to append to the ledger. */
  row: LedgerRow;
}

/**
 * Decides a redemption as of `today`, in this order: the client (known, and
 * with points that can be computed), the reward (by code or name), the
 * quantity (a whole number ≥ 1, or text holding one in the sheet's
 * notation), then the balance, which must cover price × quantity.
 */
export function decideRedemption(
  accounts: Accounts,
  request: RedemptionRequest,
  today: Day,
  notation: Notation,
): Redemption | { ok: false; refusal: RedemptionRefusal } {
  const refuse = (refusal: RedemptionRefusal) => ({ ok: false as const, refusal });
  const clientText = typeof request.client === 'string' ? request.client : '';
  const rewardText = typeof request.reward === 'string' ? request.reward : '';

  const client = clientText.trim() === '' ? undefined : accounts.clients.get(clientKey(clientText));
  if (!client) return refuse({ reason: 'unknownClient', client: clientText });
  if (client.problem) return refuse({ reason: 'clientProblem', problem: client.problem });

  let reward: RewardRule;
  try {
    reward = findReward(rewardText, accounts.program);
  } catch (error) {
    if (error instanceof InputError) return refuse({ reason: 'unknownReward', reward: rewardText });
    throw error;
  }
  const quantity = wholeNumber(request.quantity, notation);
  if (quantity === undefined) return refuse({ reason: 'badQuantity', quantity: request.quantity });

  const cost = reward.points * quantity;
  const { earned, spent, balance } = pointsOf(accounts, client, today);
  if (cost > balance) return refuse({ reason: 'tooFew', client: client.name, balance, quantity, reward: reward.code, cost });
  const after = spent + cost;
  return {
    ok: true,
    client,
    reward,
    quantity,
    cost,
    earned,
    spent: after,
    balance: earned - after,
    row: { day: today, client: client.name, reward: reward.code, points: cost, quantity },
  };
}

/** A whole number ≥ 1 (a number, or text holding one), else undefined. */
function wholeNumber(value: unknown, notation: Notation): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? numberOf(value.trim(), notation) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** A redemption found in the ledger, as it stood right after it was written. */
export interface Recorded extends Balance {
  client: string;
  reward: string;
  quantity: number;
  points: number;
  day: Day;
}

/**
 * The redemption in ledger row `index` (of `ledger`, rows `Date | Client |
 * Reward | Points`, all readable: Redemptions read them a moment ago;
 * `quantity` is that row's Quantity cell), as it stood when written: its
 * points and quantity, and the client's balance right after it — points
 * earned as of the row's date less the points spent in the ledger up to and
 * including that row. What a repeated request id is answered with.
 */
export function recordedRedemption(
  accounts: Accounts,
  ledger: readonly unknown[][],
  index: number,
  quantity: unknown,
  today: Day,
  sheet: SheetReading,
): Recorded {
  const [dateCell, clientCell, rewardCell, pointsCell] = ledger[index];
  const written = clientName(clientCell);
  const client = accounts.clients.get(clientKey(written));
  const dated = dayOfCell(dateCell, sheet);
  const day = dated === dated ? dated : today;
  const earned = client && client.accessOpened !== undefined ? accounts.engine.earned(client.name, client.accessOpened, day) : 0;
  const spent = new Redemptions(ledger.slice(0, index + 1), sheet).spentBy(written);
  const count = numberOf(quantity, sheet);
  return {
    client: client?.name ?? written,
    reward: String(rewardCell),
    quantity: count === count ? count : 1,
    points: numberOf(pointsCell, sheet),
    earned,
    spent,
    balance: earned - spent,
    day,
  };
}
