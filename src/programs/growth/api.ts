/**
 * The growth contest dialog's server calls (SPEC §9.3). Months cross
 * google.script.run as `YYYY-MM`, instants as ISO strings; no Date.
 */
import type { Lang, Refusal } from '../../app/api';

/** A month that has invoices, as the picker lists it. */
export interface ContestMonthOption {
  /** `2026-10` */
  month: string;
  /** `October 2026` / `Октябрь 2026` */
  label: string;
}

export interface ContestMonths {
  ok: true;
  lang: Lang;
  /** Latest first. */
  months: ContestMonthOption[];
}

/** A refusal that also says the user's language, for a dialog that has heard nothing else yet. */
export interface ContestRefusal extends Refusal {
  lang: Lang;
}

export type ContestAction = 'winner' | 'declined';

export interface PodiumRow {
  place: number;
  /** Another partner shares the place: equal growth and equal subscriptions. */
  tied: boolean;
  partner: string;
  /** A fraction: 0.4 is 40%. */
  growth: number;
  /** `+40.0%` / `+40,0%` */
  growthText: string;
  subscriptions: number;
  /** What the log holds for this partner and month. */
  status: 'open' | 'declined' | 'winner';
  /** At the best place still open: may be recorded now. */
  eligible: boolean;
}

export interface LeftOutRow {
  partner: string;
  reason: string;
}

export interface RecordedWinner {
  partner: string;
  place: number | null;
  user: string;
  /** ISO instant, or '' when the log does not say. */
  recordedAt: string;
}

export interface ContestView {
  ok: true;
  lang: Lang;
  /** `2026-10` */
  month: string;
  label: string;
  /** The month compared with: `September 2026`. */
  previousLabel: string;
  /** The podium (and any place the leads moved down to), best first. */
  podium: PodiumRow[];
  leftOut: LeftOutRow[];
  winner: RecordedWinner | null;
  /** What the manager can do now, in a sentence. */
  note: string;
}

export interface ContestRequest {
  /** `2026-10` */
  month: string;
  partner: string;
  action: ContestAction;
  /** One per user action; a repeated id writes nothing and returns the first result. */
  requestId: string;
}

export interface ContestLogRow {
  place: number;
  partner: string;
  result: ContestAction;
}

export interface ContestRecorded {
  ok: true;
  requestId: string;
  month: string;
  /** The rows appended to the contest log, in order. */
  rows: ContestLogRow[];
  /** After a decline: `winner` (the next place is recorded), `tied` (the manager picks), `none`. */
  handover: 'winner' | 'tied' | 'none' | null;
  message: string;
}

export interface ContestApi {
  getContestMonths(): ContestMonths | ContestRefusal;
  getContest(month: string): ContestView | Refusal;
  recordContestResult(request: ContestRequest): ContestRecorded | Refusal;
}
