/**
 * The Redeem points dialog's server calls (SPEC §9.1). Types only; no Date
 * crosses google.script.run: days travel as ISO strings (`2026-11-22`).
 */
import type { Lang, Refusal } from '../../app/api';

/** A client's points as of one day. */
export interface Points {
  /** Points earned as of the day (milestones in time plus actions), by the core engine. */
  earned: number;
  /** Points spent: the sum of the client's rows in the Redemptions sheet (reversals are negative), whatever their date, as BONUS_BALANCE counts them. */
  spent: number;
  /** earned − spent. */
  balance: number;
}

/** One client of the bonus template's Clients sheet, with its points as of today. */
export interface ClientPoints extends Points {
  /** The name as the Clients sheet spells it: what the dialog shows and sends back. */
  name: string;
  /**
   * The same figures as of the Clients sheet's report date, as that sheet's
   * Points earned and Balance columns show them; present whenever
   * RedeemState.reportDate is (and the client has no problem).
   */
  atReportDate?: Points;
  /** Why no points can be shown (e.g. its access date is not a date); then earned/spent/balance are 0 and it cannot redeem. */
  problem?: string;
}

/** One reward of the catalog, as the dialog lists it (by name and code). */
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
  /** The Clients sheet's report date, ISO, when its cell holds a date (absent when the cell is missing or empty). */
  reportDate?: string;
  /** Why the report-date cell could not be read (it holds something that is not a date), in the user's language. */
  reportDateProblem?: string;
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
