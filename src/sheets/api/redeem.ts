/**
 * The Redeem points dialog's server calls (SPEC §9.1). Types only; no Date
 * crosses google.script.run: days travel as ISO strings (`2026-11-22`).
 */
import type { Lang, Refusal } from './index';

/** One client of the bonus template's Clients sheet, with its points as of today. */
export interface ClientPoints {
  /** The name as the Clients sheet spells it: what the dialog shows and sends back. */
  name: string;
  /** Points earned as of today (milestones in time plus actions), by the core engine. */
  earned: number;
  /** Points spent: the sum of the client's rows in the Redemptions sheet (reversals are negative). */
  spent: number;
  /** earned − spent. */
  balance: number;
  /** Why no points can be shown (e.g. its access date is not a date); then earned/spent/balance are 0 and it cannot redeem. */
  problem?: string;
}

/** One reward of the catalog, as the dialog lists it. */
export interface CatalogReward {
  code: string;
  /** In the user's language. */
  name: string;
  points: number;
}

/** What the dialog shows when it opens. */
export interface RedeemState {
  ok: true;
  lang: Lang;
  /** Today in the spreadsheet's time zone, ISO `yyyy-mm-dd`: the day balances are computed as of. */
  today: string;
  clients: ClientPoints[];
  catalog: CatalogReward[];
}

/** A redemption as the dialog sends it: one per click of Confirm. */
export interface RedeemRequest {
  /** A client name from RedeemState.clients. */
  client: string;
  /** A reward code from RedeemState.catalog (a reward's name is accepted too). */
  reward: string;
  /** A whole number ≥ 1. */
  quantity: number;
  /** Made by the dialog once per confirmation; the same id sent again writes nothing and gets the first result. */
  requestId: string;
}

/** A redemption written (or, for a repeated request id, found already written). */
export interface Redeemed {
  ok: true;
  /** The client's name as the Clients sheet spells it. */
  client: string;
  /** The reward's code. */
  reward: string;
  quantity: number;
  /** Points taken: price × quantity. */
  points: number;
  /** The client's points as of today, and spent/balance right after this redemption. */
  earned: number;
  spent: number;
  balance: number;
  requestId: string;
  /** The day the row is dated, ISO. */
  date: string;
  /** True when this request id had already been recorded: nothing was written now. */
  repeated: boolean;
  /** A confirmation sentence in the user's language. */
  message: string;
}

export type RedeemResult = Redeemed | Refusal;

export interface RedeemApi {
  getRedeemState(): RedeemState | Refusal;
  redeemPoints(request: RedeemRequest): RedeemResult;
}
