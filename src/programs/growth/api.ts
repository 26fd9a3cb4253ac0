/**
 * The growth contest dialog's server calls (SPEC §9.3). Months cross
 * google.script.run as `YYYY-MM`, days as `YYYY-MM-DD`, instants as ISO
 * strings; no Date.
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

/**
 * Record winner; Winner declined (before a winner is recorded: the partner at
 * the best open place; after: the partner receiving the leads, from a day);
 * Handling breach (the partner receiving the leads, from a day); Cancel a
 * record (the month's latest record in effect).
 */
export type ContestAction = 'winner' | 'declined' | 'breach' | 'cancel';

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
  /** What the log holds for this partner and month: `winner` receives the leads now; `breach`: switched away from. */
  status: 'open' | 'declined' | 'winner' | 'breach';
  /** The status as the dialog shows it: `winner`, `leads from 2026-11-10`, `declined`, `handling breach`. */
  statusText: string;
  /** At the best place still open while nobody receives the leads: may be recorded as the winner now. */
  eligible: boolean;
}

export interface LeftOut {
  partner: string;
  reason: string;
}

/** The partner receiving the month's leads now. */
export interface RecordedWinner {
  partner: string;
  place: number | null;
  user: string;
  /** ISO instant of the row that gave it the leads, or '' when the log does not say. */
  recordedAt: string;
  /** The day it receives the leads from: `2026-11-01`. */
  since: string;
}

/** A row of the month's record in effect, for Cancel a record. */
export interface ContestRecordRow {
  /** Its row on the Contest log sheet. */
  row: number;
  /** `Row 3: Cloud Accounting — winner, leads from 2026-11-01`. */
  text: string;
  /** Only the month's latest record in effect can be cancelled. */
  cancellable: boolean;
}

/** When a partner receives the leads: what a decline or a handling breach would do. */
export interface LeadSwitch {
  /** The partner receiving the leads. */
  partner: string;
  /** The days the leads may pass on from (`YYYY-MM-DD`): the receiving month, not before the partner got them. */
  first: string;
  last: string;
  /** Today, kept within those days. */
  suggested: string;
  /** The partner that takes the leads over: the one at the best open place; '' when that place is shared or nobody is left. */
  to: string;
  /** What happens to the leads, in a sentence. */
  toText: string;
}

export interface ContestView {
  ok: true;
  lang: Lang;
  /** `2026-10` */
  month: string;
  /** `October 2026` / `Октябрь 2026` */
  label: string;
  /** The month inside a sentence: `October 2026` / `октябрь 2026`. */
  name: string;
  /** The month compared with: `September 2026`. */
  previousLabel: string;
  /** The podium (and any place the leads moved down to), best first. */
  podium: PodiumRow[];
  leftOut: LeftOut[];
  winner: RecordedWinner | null;
  /** The month's records in effect, in log order. */
  records: ContestRecordRow[];
  switch: LeadSwitch | null;
  /** What the manager can do now, in a sentence. */
  note: string;
}

export interface ContestRequest {
  /** `2026-10` */
  month: string;
  action: ContestAction;
  /** The partner (not for `cancel`). */
  partner?: string;
  /** `YYYY-MM-DD`: the day the leads pass on, for a decline or a breach of the partner receiving them. */
  from?: string;
  /** For `cancel`: the Contest log row to cancel. */
  row?: number;
  /** One per user action; a repeated id writes nothing and returns the first result. */
  requestId: string;
}

/** The row appended to the contest log. */
export interface ContestLogRow {
  place: number | null;
  partner: string;
  result: 'winner' | 'declined' | 'breach' | 'cancelled';
  leadsTo: string;
  /** `YYYY-MM-DD`, or '' */
  from: string;
  cancels: number | null;
}

export interface ContestRecorded {
  ok: true;
  requestId: string;
  month: string;
  row: ContestLogRow;
  /** After a decline or a breach: `winner` (the next place takes the leads), `tied` (the manager picks), `none`. */
  handover: 'winner' | 'tied' | 'none' | null;
  message: string;
}

/** A lead LEAD_SLA finds late or overdue. */
export interface LateLeadRow {
  lead: string;
  /** When it came in, as the sheet shows it: `2026-10-06 09:30` / `06.10.2026 09:30`. */
  received: string;
  /** LEAD_SLA's words: `late: first contact; overdue: follow-up 14d`. */
  status: string;
}

/** The late and overdue leads of the partner receiving a month's leads (for Handling breach). */
export interface LeadBreaches {
  ok: true;
  lang: Lang;
  month: string;
  partner: string;
  leads: LateLeadRow[];
  /** `3 of its 5 leads received from 2026-10-01 are late or overdue as of 2026-11-01 09:00.` */
  note: string;
}

export interface ContestApi {
  getContestMonths(): ContestMonths | ContestRefusal;
  getContest(month: string): ContestView | Refusal;
  getLeadBreaches(month: string): LeadBreaches | Refusal;
  recordContestResult(request: ContestRequest): ContestRecorded | Refusal;
}
