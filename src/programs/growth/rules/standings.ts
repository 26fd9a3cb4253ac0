import { perLang, same, t, type Text } from '../../../kernel/i18n';
import { formatDay } from '../../../kernel/values/dates';
import { normalizeWord } from '../../../kernel/values/text';
import { rankContest } from './contest';
import { type LogEntry, type MonthRecord, type Receipt, leadsReceivers, monthRecord, samePartner } from './log';
import { type Invoice, type Month, monthEntrants, monthName } from './months';
import { GROWTH_PROGRAM } from './seed';

/*
 * A reporting month's contest (SPEC §8): the partners ranked from the
 * invoices, every partner that received the month's leads left out (the
 * contest log of the month before), and what the log records for the month
 * (who receives its leads now, who declined, who was switched away from).
 */

export interface Standing {
  partner: string;
  place: number;
  growth: number;
  subscriptions: number;
  /** Another partner shares the place (equal growth and subscriptions). */
  tied: boolean;
  /** `winner`: receives the leads now; `declined`; `breach`: the leads were switched away from it. */
  status: 'open' | 'winner' | 'declined' | 'breach';
}

export interface LeftOut {
  partner: string;
  reason: Text;
}

export interface ContestState {
  ok: true;
  month: Month;
  /** Every ranked partner, best first. */
  standings: Standing[];
  /** Partners not ranked, and why: those that received the month's leads, partners with no previous invoice. */
  leftOut: LeftOut[];
  /** What the log records for the month: its rows in effect, and who holds the leads now. */
  record: MonthRecord;
  /** The whole log (a cancellation names any of its rows). */
  log: readonly LogEntry[];
  /** The partners at the best place still open: who may be recorded as winner, or take the leads over from the holder. */
  next: Standing[];
}

export interface Refused {
  ok: false;
  reason: Text;
}

export function refused(reason: Text): Refused {
  return { ok: false, reason };
}

/** The standings worth showing: the podium, plus any place the leads have moved down to. */
export function shownStandings(state: ContestState, podium: number = GROWTH_PROGRAM.podium): Standing[] {
  return state.standings.filter((s) => s.place <= podium || s.status !== 'open' || state.next.includes(s));
}

/** The partners at the best place still open (nobody receiving, declined or switched away from), `skip` left out too. */
export function bestOpen(standings: readonly Standing[], skip?: Standing): Standing[] {
  const open = standings.filter((s) => s.status === 'open' && s !== skip);
  if (!open.length) return [];
  const best = Math.min(...open.map((s) => s.place));
  return open.filter((s) => s.place === best);
}

/** Why a partner that received the month's leads is left out, said by the row that gave them. */
function receivedReason(receipt: Receipt, month: Month): Text {
  const name = monthName(month);
  const contest = monthName(month - 1);
  const { entry } = receipt;
  if (entry.result === 'winner') {
    return t`receives the leads during ${name} as the winner for ${contest}, so it does not take part`;
  }
  const day = entry.from;
  const from = day === undefined ? same('') : t` from ${perLang((lang) => formatDay(day, lang))}`;
  if (entry.result === 'breach') {
    return t`receives the leads during ${name}${from}: they were switched to it after ${entry.partner}'s handling breach (${contest} contest), so it does not take part`;
  }
  return t`receives the leads during ${name}${from}: they passed to it when ${entry.partner} declined them (${contest} contest), so it does not take part`;
}

/**
 * A reporting month's contest from the invoices (long form) and the contest
 * log: the ranking (rankContest), who is left out, what is recorded already.
 */
export function contestState(invoices: readonly Invoice[], log: readonly LogEntry[], month: Month): ContestState | Refused {
  const name = monthName(month);
  const before = monthName(month - 1);
  if (!invoices.some((invoice) => invoice.month === month)) {
    return refused(t`There are no invoices for ${name}: there is nothing to rank.`);
  }
  if (!invoices.some((invoice) => invoice.month === month - 1)) {
    return refused(t`There are no invoices for ${before}, the month before, so nobody's growth in ${name} can be computed.`);
  }
  const entrants = monthEntrants(invoices, month);
  const receipts = leadsReceivers(log, month);
  const placings = rankContest(
    entrants,
    receipts.map((r) => r.partner),
  );
  const record = monthRecord(log, month);

  const sharing = new Map<number, number>();
  for (const placing of placings) sharing.set(placing.place, (sharing.get(placing.place) ?? 0) + 1);
  const holder = record.holder;
  const standings: Standing[] = placings.map((placing) => {
    const entrant = entrants[placing.index];
    const key = normalizeWord(entrant.partner);
    const status =
      holder && samePartner(holder.partner, entrant.partner) ? 'winner' : record.breached.has(key) ? 'breach' : record.declined.has(key) ? 'declined' : 'open';
    return {
      partner: entrant.partner,
      place: placing.place,
      growth: placing.growth,
      subscriptions: entrant.subscriptions,
      tied: (sharing.get(placing.place) ?? 0) > 1,
      status,
    };
  });

  const leftOut: LeftOut[] = receipts.map((receipt) => ({ partner: receipt.partner, reason: receivedReason(receipt, month) }));
  for (const entrant of entrants) {
    if (receipts.some((r) => samePartner(r.partner, entrant.partner))) continue;
    if (entrant.previous === undefined) {
      leftOut.push({
        partner: entrant.partner,
        reason: t`has no invoice for ${before}, so it has no growth to rank`,
      });
    } else if (!(entrant.previous > 0)) {
      leftOut.push({
        partner: entrant.partner,
        reason: t`its invoice for ${before} is 0, so it has no growth to rank`,
      });
    }
  }

  if (!standings.length) {
    return refused(t`Nobody can be ranked for ${name}: no partner taking part has an invoice for both ${before} and ${name}.`);
  }

  return { ok: true, month, standings, leftOut, record, log, next: bestOpen(standings) };
}
