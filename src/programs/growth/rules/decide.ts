import { type Day, formatDay } from '../../../kernel/values/dates';
import { joinTexts, named, perLang, same, t, type Text } from '../../../kernel/i18n';
import { CONTEST_RESULTS, type ContestResult, type Holder, type LogEntry, monthRecord, receivingDays, samePartner } from './log';
import { monthName } from './months';
import { type ContestState, type Refused, type Standing, bestOpen, refused } from './standings';

/*
 * What the contest dialog records (SPEC §8, §9.3), decided over a month's
 * contest (standings.ts): ONE row to append to the log per action, or a
 * refusal that says why. Nothing here reads or writes a sheet.
 */

/** What the manager asks for. `from`: the day the leads pass on (a decline or breach of the partner holding them). */
export type ContestMove =
  | { action: 'winner'; partner: string }
  | { action: 'declined'; partner: string; from?: Day }
  | { action: 'breach'; partner: string; from?: Day }
  | { action: 'cancel'; row: number };

/** The row to append to the log. */
export interface Entry {
  result: ContestResult;
  partner: string;
  place?: number;
  growth?: number;
  subscriptions?: number;
  /** Who receives the leads from `from` on ('' : nobody named). */
  leadsTo: string;
  from?: Day;
  cancels?: number;
}

export type Handover = { kind: 'winner'; winner: Standing } | { kind: 'tied'; partners: Standing[] } | { kind: 'none' };

export interface Decision {
  ok: true;
  entry: Entry;
  /** After a decline or a breach: who takes the leads now, a shared place to settle, or nobody left. */
  handover?: Handover;
  message: Text;
}

const NOTHING = t`Nothing was written.`;
const quoted = named;
const listed = (standings: readonly Standing[]) =>
  joinTexts(
    standings.map((s) => quoted(s.partner)),
    ', ',
  );
const dayText = (day: Day) => perLang((lang) => formatDay(day, lang));
const no = (text: Text): Refused => refused(t`${text} ${NOTHING}`);

/** `Cloud Accounting (place 1, recorded by m@x.com on 2026-11-02)`: the row that gave the holder the leads. */
function heldBy(holder: Holder): Text {
  const w = holder.entry;
  const parts: Text[] = [];
  if (w.result === 'winner' && w.place !== undefined) parts.push(t`place ${w.place}`);
  else if (w.result !== 'winner' && w.from !== undefined) parts.push(t`since ${dayText(w.from)}`);
  if (w.user && w.recordedOn !== undefined) parts.push(t`recorded by ${w.user} on ${dayText(w.recordedOn)}`);
  else if (w.user) parts.push(t`recorded by ${w.user}`);
  else if (w.recordedOn !== undefined) parts.push(t`on ${dayText(w.recordedOn)}`);
  return parts.length ? t`${named(holder.partner)} (${joinTexts(parts, ', ')})` : named(holder.partner);
}

/** The standing of a ranked partner, or a refusal saying why it is not ranked. */
function standingOf(state: ContestState, partner: string): Standing | Refused {
  const name = monthName(state.month);
  const standing = state.standings.find((s) => samePartner(s.partner, partner));
  if (standing) return standing;
  const left = state.leftOut.find((l) => samePartner(l.partner, partner));
  if (left) {
    return no(t`${left.partner} is not ranked for ${name}: it ${left.reason}.`);
  }
  const p = quoted(partner.trim());
  return no(t`${p} is not ranked in the contest for ${name}.`);
}

/** A partner at the best place still open, or a refusal: it declined, the leads were switched away from it, or a better place comes first. */
function atBestOpenPlace(state: ContestState, partner: string): Standing | Refused {
  const standing = standingOf(state, partner);
  if (!('partner' in standing)) return standing;
  const name = monthName(state.month);
  const s = quoted(standing.partner);
  if (standing.status === 'declined') {
    return no(t`${s} has already declined the leads for ${name}.`);
  }
  if (standing.status === 'breach') {
    const following = monthName(state.month + 1);
    return no(t`The leads for ${following} were switched away from ${s} after a handling breach.`);
  }
  if (!state.next.includes(standing)) {
    const best = state.next[0];
    const ahead = best ? t`; the leads go first to place ${best.place}: ${listed(state.next)}` : same('');
    return no(t`${s} is in place ${standing.place}${ahead}.`);
  }
  return standing;
}

/** The row's columns that describe a ranked partner. */
const described = (s: Standing) => ({ partner: s.partner, place: s.place, growth: s.growth, subscriptions: s.subscriptions });

/** Who the leads pass to after `leaving` gives them up: the one partner at the best open place, a shared place, or nobody. */
function handoverAfter(state: ContestState, leaving: Standing | undefined): Handover {
  const next = bestOpen(state.standings, leaving);
  if (next.length === 1) return { kind: 'winner', winner: next[0] };
  return next.length > 1 ? { kind: 'tied', partners: next } : { kind: 'none' };
}

/** What happens to the leads next, as the end of a message. */
function handoverText(handover: Handover, state: ContestState, from: Day | undefined): Text {
  const following = monthName(state.month + 1);
  if (handover.kind === 'winner') {
    const w = quoted(handover.winner.partner);
    if (from === undefined || from === receivingDays(state.month).first) {
      return t` The leads pass to place ${handover.winner.place}: ${w} is recorded as the winner and receives the leads during ${following}.`;
    }
    return t` From ${perLang((lang) => formatDay(from, lang))} the leads for ${following} pass to place ${handover.winner.place}: ${w}.`;
  }
  if (handover.kind === 'tied') {
    const place = handover.partners[0].place;
    return t` Place ${place} is shared by ${listed(handover.partners)}: pick the partner that takes the leads and record it with "Record winner".`;
  }
  return t` No other ranked partner is left to take the leads.`;
}

/** The day a holder's leads pass on: given, and within the receiving month, not before the holder got them. */
function switchDay(state: ContestState, holder: Holder, from: Day | undefined): Day | Refused {
  const { last } = receivingDays(state.month);
  const earliest = Math.max(receivingDays(state.month).first, holder.from);
  const following = monthName(state.month + 1);
  if (from === undefined) {
    return no(t`Pick the day from which the leads pass on.`);
  }
  if (from < earliest || from > last) {
    return no(
      t`The leads for ${following} can pass from ${holder.partner} on a day from ${perLang((lang) => formatDay(earliest, lang))} to ${perLang((lang) => formatDay(last, lang))}; ${perLang((lang) => formatDay(from, lang))} is not one.`,
    );
  }
  return from;
}

/**
 * Decides one action on the state's month: recording the winner, a decline
 * (before or after a winner was recorded: the leads pass to the next place),
 * a handling breach of the partner holding the leads (switched to the next
 * place from a day), or the cancellation of the month's latest record.
 */
export function decideContest(state: ContestState, move: ContestMove): Decision | Refused {
  if (move.action === 'cancel') return decideCancel(state, move.row);
  const name = monthName(state.month);
  const following = monthName(state.month + 1);
  const holder = state.record.holder;

  if (move.action === 'winner') {
    if (holder) {
      const recorded = heldBy(holder);
      return no(
        holder.entry.result === 'winner' ? t`A winner for ${name} is already recorded: ${recorded}.` : t`The leads for ${following} already go to ${recorded}.`,
      );
    }
    const standing = atBestOpenPlace(state, move.partner);
    if (!('partner' in standing)) return standing;
    const from = state.record.pendingFrom ?? receivingDays(state.month).first;
    const s = quoted(standing.partner);
    const since = from === receivingDays(state.month).first ? t`during ${following}` : t`for ${following} from ${perLang((lang) => formatDay(from, lang))}`;
    return {
      ok: true,
      entry: { ...described(standing), result: 'winner', leadsTo: standing.partner, from },
      message: t`${s} is recorded as the winner for ${name} (place ${standing.place}): it receives the leads ${since}.`,
    };
  }

  if (move.action === 'declined' && !holder) {
    // Nobody holds the leads yet: the partner at the best open place turns them down.
    const standing = atBestOpenPlace(state, move.partner);
    if (!('partner' in standing)) return standing;
    const from = state.record.pendingFrom ?? receivingDays(state.month).first;
    const handover = handoverAfter(state, standing);
    const s = quoted(standing.partner);
    return {
      ok: true,
      entry: { ...described(standing), result: 'declined', leadsTo: handover.kind === 'winner' ? handover.winner.partner : '', from },
      handover,
      message: concat(t`${s} declined the leads for ${name}; that is recorded.`, handoverText(handover, state, from)),
    };
  }

  // A decline or a breach of the partner holding the leads.
  if (!holder) {
    return no(
      state.record.rows.length === 0
        ? t`No winner is recorded for ${name} yet: a handling breach is recorded against the partner that receives the leads.`
        : t`Nobody receives the leads for ${following} now: record the partner that takes them first.`,
    );
  }
  if (!samePartner(holder.partner, move.partner)) {
    const p = quoted(move.partner.trim());
    return no(t`${p} does not receive the leads for ${following}: ${holder.partner} does.`);
  }
  const from = switchDay(state, holder, move.from);
  if (typeof from !== 'number') return from;
  const standing = state.standings.find((s) => samePartner(s.partner, holder.partner));
  const handover = handoverAfter(state, standing);
  const h = quoted(holder.partner);
  const entry: Entry = {
    ...(standing ? described(standing) : { partner: holder.partner, place: holder.entry.place }),
    result: move.action,
    leadsTo: handover.kind === 'winner' ? handover.winner.partner : '',
    from,
  };
  const note =
    move.action === 'declined'
      ? t`${h} declined the leads for ${following} from ${perLang((lang) => formatDay(from, lang))}; that is recorded.`
      : t`The handling breach of ${h} is recorded: from ${perLang((lang) => formatDay(from, lang))} it no longer receives the leads for ${following}.`;
  return { ok: true, entry, handover, message: concat(note, handoverText(handover, state, from)) };
}

function concat(a: Text, b: Text): Text {
  return joinTexts([a, b]);
}

/** What a log row records, for messages: `Cloud Accounting, winner`. */
export function rowSummary(entry: LogEntry): Text {
  const word = CONTEST_RESULTS[entry.result];
  return t`${entry.partner}, ${word}`;
}

/** Cancelling the month's latest record in effect: one cancelling row names it; the month can then be recorded again. */
function decideCancel(state: ContestState, row: number): Decision | Refused {
  const name = monthName(state.month);
  const rows = state.record.rows;
  const target = rows.find((entry) => entry.row === row);
  if (!target) {
    const any = state.log.find((entry) => entry.row === row);
    const by = state.log.find((entry) => entry.result === 'cancelled' && entry.cancels === row);
    return no(
      !any
        ? t`Row ${row} of the contest log holds no record.`
        : any.result === 'cancelled'
          ? t`Row ${row} is itself a cancellation; it cannot be cancelled.`
          : by
            ? t`Row ${row} is already cancelled by row ${by.row}.`
            : t`Row ${row} records the contest for ${monthName(any.month)}, not ${name}.`,
    );
  }
  const latest = rows[rows.length - 1];
  if (latest !== target) {
    return no(t`Row ${row} cannot be cancelled while row ${latest.row}, recorded after it for ${name}, stands: cancel row ${latest.row} first.`);
  }
  const entry: Entry = {
    partner: target.partner,
    place: target.place,
    growth: target.growth,
    subscriptions: target.subscriptions,
    result: 'cancelled',
    leadsTo: '',
    cancels: row,
  };
  // What the month's record is once the row no longer counts.
  const after = monthRecord(
    [...state.log, { row: Number.MAX_SAFE_INTEGER, month: state.month, partner: target.partner, result: 'cancelled', cancels: row }],
    state.month,
  );
  const following = monthName(state.month + 1);
  const now = after.holder ? t` The leads for ${following} go to ${after.holder.partner} again.` : t` ${name} can be recorded again.`;
  const what = rowSummary(target);
  return {
    ok: true,
    entry,
    message: concat(t`Row ${row} (${what}) is cancelled.`, now),
  };
}
