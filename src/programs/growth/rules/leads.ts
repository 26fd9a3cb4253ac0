import { type Day, formatDay } from '../../../kernel/values/dates';
import { type Text, bi } from '../../../kernel/i18n';
import { normalizeWord, wordTable } from '../../../kernel/values/text';
import { rankContest } from './contest';
import { type Invoice, type Month, monthEntrants, monthName } from './months';
import { GROWTH_PROGRAM } from './seed';

/**
 * Who gets the vendor's leads (seed 004): the contest of a reporting month
 * picks the partner that receives the leads during the NEXT month; if it
 * declines, the leads pass to the next place. The partner receiving the
 * leads during a month does not take part in that month's contest.
 */

/** What the contest log records for a partner and a month. */
export type ContestResult = 'winner' | 'declined';

/** The words written to the log's Result column; either language is read back. */
export const CONTEST_RESULTS: Record<ContestResult, Text> = {
  winner: GROWTH_PROGRAM.results.winner.name,
  declined: GROWTH_PROGRAM.results.declined.name,
};

const RESULT_WORDS = wordTable<ContestResult>([
  ['winner', GROWTH_PROGRAM.results.winner.names],
  ['declined', GROWTH_PROGRAM.results.declined.names],
]);

/** The result a log cell names, or undefined for any other text (a note, an empty cell). */
export function contestResultFrom(text: string): ContestResult | undefined {
  return RESULT_WORDS.get(normalizeWord(text));
}

/** One row of the contest log, as the rules need it. */
export interface LogEntry {
  month: Month;
  partner: string;
  result: ContestResult;
  place?: number;
  growth?: number;
  user?: string;
  /** The calendar day it was recorded, in the spreadsheet's zone. */
  recordedOn?: Day;
}

const same = (a: string, b: string) => normalizeWord(a) === normalizeWord(b);

/** The winner recorded for a month (the latest such row, should a manager have typed two). */
export function recordedWinner(log: readonly LogEntry[], month: Month): LogEntry | undefined {
  let found: LogEntry | undefined;
  for (const entry of log) if (entry.month === month && entry.result === 'winner') found = entry;
  return found;
}

/**
 * The partner that receives the leads during `month`: the one recorded as the
 * winner of the month before (when the first-placed partner declined, the
 * partner recorded as winner after it took the leads instead).
 */
export function leadsReceiver(log: readonly LogEntry[], month: Month): LogEntry | undefined {
  return recordedWinner(log, month - 1);
}

export interface Standing {
  partner: string;
  place: number;
  growth: number;
  subscriptions: number;
  /** Another partner shares the place (equal growth and subscriptions). */
  tied: boolean;
  status: 'open' | 'declined' | 'winner';
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
  /** Partners not ranked, and why: the leads receiver, partners with no previous invoice. */
  leftOut: LeftOut[];
  receiver: LogEntry | undefined;
  winner: LogEntry | undefined;
  /** The partners at the best place still open (declines skipped); empty once a winner is recorded. */
  next: Standing[];
}

export interface Refused {
  ok: false;
  reason: Text;
}

/** The standings worth showing: the podium, plus any place the leads have moved down to. */
export function shownStandings(state: ContestState, podium: number = GROWTH_PROGRAM.podium): Standing[] {
  return state.standings.filter((s) => s.place <= podium || s.status !== 'open' || state.next.includes(s));
}

/**
 * A reporting month's contest from the invoices (long form) and the contest
 * log: the ranking (rankContest), who is left out, what is recorded already.
 */
export function contestState(invoices: readonly Invoice[], log: readonly LogEntry[], month: Month): ContestState | Refused {
  const name = monthName(month);
  const before = monthName(month - 1);
  if (!invoices.some((invoice) => invoice.month === month)) {
    return refused(bi(`There are no invoices for ${name.en}: there is nothing to rank.`, `Счетов за ${name.ru} нет: ранжировать нечего.`));
  }
  if (!invoices.some((invoice) => invoice.month === month - 1)) {
    return refused(
      bi(
        `There are no invoices for ${before.en}, the month before, so nobody's growth in ${name.en} can be computed.`,
        `Нет счетов за предыдущий месяц (${before.ru}), поэтому прирост за ${name.ru} не посчитать ни для кого.`,
      ),
    );
  }
  const entrants = monthEntrants(invoices, month);
  const receiver = leadsReceiver(log, month);
  const placings = rankContest(entrants, receiver ? [receiver.partner] : []);
  const winner = recordedWinner(log, month);
  const declined = log.filter((entry) => entry.month === month && entry.result === 'declined');

  const sharing = new Map<number, number>();
  for (const placing of placings) sharing.set(placing.place, (sharing.get(placing.place) ?? 0) + 1);
  const standings: Standing[] = placings.map((placing) => {
    const entrant = entrants[placing.index];
    const status = winner && same(winner.partner, entrant.partner) ? 'winner' : declined.some((d) => same(d.partner, entrant.partner)) ? 'declined' : 'open';
    return {
      partner: entrant.partner,
      place: placing.place,
      growth: placing.growth,
      subscriptions: entrant.subscriptions,
      tied: (sharing.get(placing.place) ?? 0) > 1,
      status,
    };
  });

  const leftOut: LeftOut[] = [];
  if (receiver) {
    const lastWinner = monthName(receiver.month);
    leftOut.push({
      partner: receiver.partner,
      reason: bi(
        `receives the leads during ${name.en} as the winner for ${lastWinner.en}, so it does not take part`,
        `получает лиды на ${name.ru} как победитель за ${lastWinner.ru}, поэтому не участвует`,
      ),
    });
  }
  for (const entrant of entrants) {
    if (receiver && same(receiver.partner, entrant.partner)) continue;
    if (entrant.previous === undefined) {
      leftOut.push({
        partner: entrant.partner,
        reason: bi(`has no invoice for ${before.en}, so it has no growth to rank`, `нет счёта за ${before.ru}, поэтому прирост не посчитать`),
      });
    } else if (!(entrant.previous > 0)) {
      leftOut.push({
        partner: entrant.partner,
        reason: bi(`its invoice for ${before.en} is 0, so it has no growth to rank`, `счёт за ${before.ru} равен 0, поэтому прирост не посчитать`),
      });
    }
  }

  if (!standings.length) {
    return refused(
      bi(
        `Nobody can be ranked for ${name.en}: no partner taking part has an invoice for both ${before.en} and ${name.en}.`,
        `За ${name.ru} ранжировать некого: ни у одного участника нет счетов и за ${before.ru}, и за ${name.ru}.`,
      ),
    );
  }

  return { ok: true, month, standings, leftOut, receiver, winner, next: winner ? [] : bestOpen(standings) };
}

function bestOpen(standings: readonly Standing[], skip?: Standing): Standing[] {
  const open = standings.filter((s) => s.status === 'open' && s !== skip);
  if (!open.length) return [];
  const best = Math.min(...open.map((s) => s.place));
  return open.filter((s) => s.place === best);
}

/** A log row to append. */
export interface Entry extends Standing {
  result: ContestResult;
}

export interface Decision {
  ok: true;
  /** What to append to the log, in order. */
  entries: Entry[];
  /** After a decline: who takes the leads now (recorded), a tie to settle, or nobody left. */
  handover?: { kind: 'winner'; winner: Standing } | { kind: 'tied'; partners: Standing[] } | { kind: 'none' };
  message: Text;
}

const quoted = (partner: string) => bi(partner, `«${partner}»`);
const listed = (standings: readonly Standing[]) => {
  const names = standings.map((s) => quoted(s.partner));
  return bi(names.map((n) => n.en).join(', '), names.map((n) => n.ru).join(', '));
};

/**
 * Recording `partner` as the winner of the state's month, or as declining the
 * leads (which passes them to the next place, recorded as winner in the same
 * step unless that place is shared). Refuses when a winner is recorded
 * already, or the partner is not at the best place still open.
 */
export function decideContest(state: ContestState, partner: string, action: ContestResult): Decision | Refused {
  const name = monthName(state.month);
  const following = monthName(state.month + 1);
  const p = quoted(partner.trim());
  if (state.winner) {
    const w = state.winner;
    const en: string[] = [];
    const ru: string[] = [];
    if (w.place !== undefined) {
      en.push(`place ${w.place}`);
      ru.push(`место ${w.place}`);
    }
    if (w.user) {
      en.push(`recorded by ${w.user}`);
      ru.push(`записал ${w.user}`);
    }
    if (w.recordedOn !== undefined) {
      en.push(`on ${formatDay(w.recordedOn, 'en')}`);
      ru.push(formatDay(w.recordedOn, 'ru'));
    }
    const detail = bi(en.length ? ` (${en.join(', ').replace(', on ', ' on ')})` : '', ru.length ? ` (${ru.join(', ')})` : '');
    return refused(
      bi(
        `A winner for ${name.en} is already recorded: ${w.partner}${detail.en}. Nothing was written.`,
        `Победитель за ${name.ru} уже записан: «${w.partner}»${detail.ru}. Ничего не записано.`,
      ),
    );
  }
  const standing = state.standings.find((s) => same(s.partner, partner));
  if (!standing) {
    const left = state.leftOut.find((l) => same(l.partner, partner));
    if (left)
      return refused(
        bi(
          `${left.partner} is not ranked for ${name.en}: it ${left.reason.en}. Nothing was written.`,
          `Партнёр «${left.partner}» не участвует в конкурсе за ${name.ru}: ${left.reason.ru}. Ничего не записано.`,
        ),
      );
    return refused(
      bi(
        `${p.en} is not ranked in the contest for ${name.en}. Nothing was written.`,
        `Партнёра ${p.ru} нет среди участников конкурса за ${name.ru}. Ничего не записано.`,
      ),
    );
  }
  const s = quoted(standing.partner);
  if (standing.status === 'declined') {
    return refused(
      bi(
        `${s.en} has already declined the leads for ${name.en}. Nothing was written.`,
        `Партнёр ${s.ru} уже отказался от лидов за ${name.ru}. Ничего не записано.`,
      ),
    );
  }
  if (!state.next.includes(standing)) {
    const best = state.next[0];
    const ahead = best
      ? bi(`; the leads go first to place ${best.place}: ${listed(state.next).en}`, `; лиды сначала предлагаются месту ${best.place}: ${listed(state.next).ru}`)
      : bi('', '');
    return refused(
      bi(
        `${s.en} is in place ${standing.place}${ahead.en}. Nothing was written.`,
        `Партнёр ${s.ru} на месте ${standing.place}${ahead.ru}. Ничего не записано.`,
      ),
    );
  }

  if (action === 'winner') {
    return {
      ok: true,
      entries: [{ ...standing, result: 'winner' }],
      message: bi(
        `${s.en} is recorded as the winner for ${name.en} (place ${standing.place}): it receives the leads during ${following.en}.`,
        `Победитель за ${name.ru} записан: ${s.ru} (место ${standing.place}). Лиды на ${following.ru} получает этот партнёр.`,
      ),
    };
  }

  const declinedNote = bi(`${s.en} declined the leads for ${name.en}; that is recorded.`, `Отказ партнёра ${s.ru} от лидов за ${name.ru} записан.`);
  const next = bestOpen(state.standings, standing);
  if (next.length === 1) {
    const winner = next[0];
    const w = quoted(winner.partner);
    return {
      ok: true,
      entries: [
        { ...standing, result: 'declined' },
        { ...winner, result: 'winner' },
      ],
      handover: { kind: 'winner', winner },
      message: bi(
        `${declinedNote.en} The leads pass to place ${winner.place}: ${w.en} is recorded as the winner and receives the leads during ${following.en}.`,
        `${declinedNote.ru} Лиды переходят к месту ${winner.place}: партнёр ${w.ru} записан победителем и получает лиды на ${following.ru}.`,
      ),
    };
  }
  if (next.length > 1) {
    return {
      ok: true,
      entries: [{ ...standing, result: 'declined' }],
      handover: { kind: 'tied', partners: next },
      message: bi(
        `${declinedNote.en} Place ${next[0].place} is shared by ${listed(next).en}: pick the partner that takes the leads and record it with "Record winner".`,
        `${declinedNote.ru} Место ${next[0].place} делят ${listed(next).ru}: выберите, кто получит лиды, и запишите его кнопкой «Записать победителя».`,
      ),
    };
  }
  return {
    ok: true,
    entries: [{ ...standing, result: 'declined' }],
    handover: { kind: 'none' },
    message: bi(
      `${declinedNote.en} No other ranked partner is left to take the leads.`,
      `${declinedNote.ru} Больше некому передать лиды: других участников в рейтинге нет.`,
    ),
  };
}

function refused(reason: Text): Refused {
  return { ok: false, reason };
}
