import type { Day } from '../../../kernel/values/dates';
import { everyForm, type Text } from '../../../kernel/i18n';
import { normalizeWord, wordTable } from '../../../kernel/values/text';
import { type Month, firstDayOf } from './months';
import { GROWTH_PROGRAM } from './seed';

/*
 * The contest log (SPEC §8, §9.3): who gets the vendor's leads. The contest
 * of a reporting month picks the partner that receives the leads during the
 * NEXT month (the receiving month). The log only grows: each action of the
 * dialog appends ONE row, and nothing is deleted or rewritten there.
 *
 * - `winner`: the partner receives the leads (Leads to: itself) from From;
 * - `declined`: the partner declines the leads; they pass to the partner in
 *   Leads to from From (empty when the next place is shared, until the
 *   manager records one of it as the winner, or when nobody is left);
 * - `handling breach`: the receiver broke the lead-handling rules; from From
 *   the leads are switched to the partner in Leads to (same rule);
 * - `cancellation`: names, in Cancels row, the sheet row of a mistaken
 *   record, which then no longer counts (the month can be recorded again).
 *
 * Every partner named as receiving the leads by a row in effect received
 * them during the receiving month, and is left out of that month's contest
 * (SPEC §8: the winner and any partner they were switched to). The
 * template's Contest sheet computes the same list with formulas from the
 * same columns (template.ts), so the sheet and the dialog agree.
 */

export type ContestResult = 'winner' | 'declined' | 'breach' | 'cancelled';

const RESULTS = GROWTH_PROGRAM.results;

/** The words written to the log's Result column; any language is read back. */
export const CONTEST_RESULTS: Record<ContestResult, Text> = {
  winner: RESULTS.winner.name,
  declined: RESULTS.declined.name,
  breach: RESULTS.breach.name,
  cancelled: RESULTS.cancelled.name,
};

const RESULT_WORDS = wordTable<ContestResult>([
  ['winner', resultWords(RESULTS.winner)],
  ['declined', resultWords(RESULTS.declined)],
  ['breach', resultWords(RESULTS.breach)],
  ['cancelled', resultWords(RESULTS.cancelled)],
]);

/** The result a log cell names, or undefined for any other text (a note, an empty cell). */
export function contestResultFrom(text: string): ContestResult | undefined {
  return RESULT_WORDS.get(normalizeWord(text));
}

/** One row of the contest log, as the rules need it. */
export interface LogEntry {
  /** Its row on the sheet (the header is row 1): what a cancelling row names. */
  row: number;
  /** The reporting month whose contest it records. */
  month: Month;
  partner: string;
  result: ContestResult;
  place?: number;
  growth?: number;
  subscriptions?: number;
  /** Who receives the leads from `from` on, by this row ('' or undefined: nobody named). */
  leadsTo?: string;
  from?: Day;
  /** A cancelling row: the sheet row it cancels. */
  cancels?: number;
  user?: string;
  /** The calendar day it was recorded, in the spreadsheet's zone. */
  recordedOn?: Day;
}

export const samePartner = (a: string, b: string) => normalizeWord(a) === normalizeWord(b);

/** The rows in effect: neither cancelling rows nor rows a cancelling row names. */
export function inEffect(log: readonly LogEntry[]): LogEntry[] {
  const cancelled = new Set<number>();
  for (const entry of log) if (entry.result === 'cancelled' && entry.cancels !== undefined) cancelled.add(entry.cancels);
  return log.filter((entry) => entry.result !== 'cancelled' && !cancelled.has(entry.row));
}

/** The partner a row hands the leads to: a winner row its partner (unless Leads to says otherwise), another row its Leads to. */
export function receiverOf(entry: LogEntry): string | undefined {
  const named = entry.leadsTo?.trim();
  if (named) return named;
  return entry.result === 'winner' ? entry.partner : undefined;
}

/** A partner that received the leads of a contest, with the row that gave them. */
export interface Receipt {
  partner: string;
  entry: LogEntry;
}

/**
 * Every partner that received the leads during `month`: those the rows in
 * effect of the month before's contest hand the leads to, each once (the
 * first spelling), in log order. They do not take part in `month`'s contest.
 */
export function leadsReceivers(log: readonly LogEntry[], month: Month): Receipt[] {
  const found = new Map<string, Receipt>();
  for (const entry of inEffect(log)) {
    if (entry.month !== month - 1) continue;
    const partner = receiverOf(entry);
    if (partner && !found.has(normalizeWord(partner))) found.set(normalizeWord(partner), { partner, entry });
  }
  return [...found.values()];
}

/** Who receives a contest's leads now, since when, and by which row. */
export interface Holder {
  partner: string;
  from: Day;
  entry: LogEntry;
}

/** A contest month's record: its rows in effect, applied in order. */
export interface MonthRecord {
  month: Month;
  /** The rows in effect, in log order. */
  rows: LogEntry[];
  /** The partner receiving the leads now; undefined before a winner is recorded, or when the leads left a partner with nobody to take them yet. */
  holder: Holder | undefined;
  /** When the leads left the last holder and nobody took them yet: since that day. */
  pendingFrom: Day | undefined;
  /** Partners that declined, and that were switched away from after a handling breach (normalised names). */
  declined: Set<string>;
  breached: Set<string>;
}

/** The first and the last day of the month in which a contest's leads are given: the month after the reporting month. */
export function receivingDays(month: Month): { first: Day; last: Day } {
  return { first: firstDayOf(month + 1), last: firstDayOf(month + 2) - 1 };
}

/** The record of `month`'s contest, from the whole log. */
export function monthRecord(log: readonly LogEntry[], month: Month): MonthRecord {
  const rows = inEffect(log).filter((entry) => entry.month === month);
  const start = receivingDays(month).first;
  const record: MonthRecord = { month, rows, holder: undefined, pendingFrom: undefined, declined: new Set(), breached: new Set() };
  for (const entry of rows) {
    if (entry.result === 'winner') {
      record.holder = { partner: receiverOf(entry) as string, from: entry.from ?? record.pendingFrom ?? start, entry };
      record.pendingFrom = undefined;
      continue;
    }
    (entry.result === 'declined' ? record.declined : record.breached).add(normalizeWord(entry.partner));
    const holder = record.holder;
    // A row about a partner that does not hold the leads (typed by hand) changes nothing else.
    if (holder && !samePartner(holder.partner, entry.partner)) continue;
    const from = entry.from ?? (holder ? holder.from : (record.pendingFrom ?? start));
    const next = receiverOf(entry);
    record.holder = next ? { partner: next, from, entry } : undefined;
    record.pendingFrom = next ? undefined : from;
  }
  return record;
}

/** Every spelling of a result the log reads: its word in every language, then the others. */
export function resultWords(result: { readonly name: Text; readonly names: readonly string[] }): string[] {
  return [...new Set([...everyForm(result.name), ...result.names])];
}
