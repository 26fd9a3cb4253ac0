import { type Day, formatDay } from '../../../kernel/values/dates';
import { type Bilingual, bi } from '../../../kernel/i18n';
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
  message: Bilingual;
}

const NOTHING = bi('Nothing was written.', 'Ничего не записано.');
const quoted = (partner: string) => bi(partner, `«${partner}»`);
const listed = (standings: readonly Standing[]) => {
  const names = standings.map((s) => quoted(s.partner));
  return bi(names.map((n) => n.en).join(', '), names.map((n) => n.ru).join(', '));
};
const no = (text: Bilingual): Refused => refused(bi(`${text.en} ${NOTHING.en}`, `${text.ru} ${NOTHING.ru}`));

/** `Cloud Accounting (place 1, recorded by m@x.com on 2026-11-02)`: the row that gave the holder the leads. */
function heldBy(holder: Holder): Bilingual {
  const w = holder.entry;
  const en: string[] = [];
  const ru: string[] = [];
  if (w.result === 'winner' && w.place !== undefined) {
    en.push(`place ${w.place}`);
    ru.push(`место ${w.place}`);
  } else if (w.result !== 'winner' && w.from !== undefined) {
    en.push(`since ${formatDay(w.from, 'en')}`);
    ru.push(`с ${formatDay(w.from, 'ru')}`);
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
  return bi(`${holder.partner}${detail.en}`, `«${holder.partner}»${detail.ru}`);
}

/** The standing of a ranked partner, or a refusal saying why it is not ranked. */
function standingOf(state: ContestState, partner: string): Standing | Refused {
  const name = monthName(state.month);
  const standing = state.standings.find((s) => samePartner(s.partner, partner));
  if (standing) return standing;
  const left = state.leftOut.find((l) => samePartner(l.partner, partner));
  if (left) {
    return no(
      bi(
        `${left.partner} is not ranked for ${name.en}: it ${left.reason.en}.`,
        `Партнёр «${left.partner}» не участвует в конкурсе за ${name.ru}: ${left.reason.ru}.`,
      ),
    );
  }
  const p = quoted(partner.trim());
  return no(bi(`${p.en} is not ranked in the contest for ${name.en}.`, `Партнёра ${p.ru} нет среди участников конкурса за ${name.ru}.`));
}

/** A partner at the best place still open, or a refusal: it declined, the leads were switched away from it, or a better place comes first. */
function atBestOpenPlace(state: ContestState, partner: string): Standing | Refused {
  const standing = standingOf(state, partner);
  if (!('partner' in standing)) return standing;
  const name = monthName(state.month);
  const s = quoted(standing.partner);
  if (standing.status === 'declined') {
    return no(bi(`${s.en} has already declined the leads for ${name.en}.`, `Партнёр ${s.ru} уже отказался от лидов за ${name.ru}.`));
  }
  if (standing.status === 'breach') {
    const following = monthName(state.month + 1);
    return no(
      bi(
        `The leads for ${following.en} were switched away from ${s.en} after a handling breach.`,
        `Лиды на ${following.ru} уже переключены с партнёра ${s.ru} после нарушения регламента.`,
      ),
    );
  }
  if (!state.next.includes(standing)) {
    const best = state.next[0];
    const ahead = best
      ? bi(`; the leads go first to place ${best.place}: ${listed(state.next).en}`, `; лиды сначала предлагаются месту ${best.place}: ${listed(state.next).ru}`)
      : bi('', '');
    return no(bi(`${s.en} is in place ${standing.place}${ahead.en}.`, `Партнёр ${s.ru} на месте ${standing.place}${ahead.ru}.`));
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
function handoverText(handover: Handover, state: ContestState, from: Day | undefined): Bilingual {
  const following = monthName(state.month + 1);
  if (handover.kind === 'winner') {
    const w = quoted(handover.winner.partner);
    if (from === undefined || from === receivingDays(state.month).first) {
      return bi(
        ` The leads pass to place ${handover.winner.place}: ${w.en} is recorded as the winner and receives the leads during ${following.en}.`,
        ` Лиды переходят к месту ${handover.winner.place}: партнёр ${w.ru} записан победителем и получает лиды на ${following.ru}.`,
      );
    }
    return bi(
      ` From ${formatDay(from, 'en')} the leads for ${following.en} pass to place ${handover.winner.place}: ${w.en}.`,
      ` С ${formatDay(from, 'ru')} лиды на ${following.ru} переходят к месту ${handover.winner.place}: партнёру ${w.ru}.`,
    );
  }
  if (handover.kind === 'tied') {
    const place = handover.partners[0].place;
    return bi(
      ` Place ${place} is shared by ${listed(handover.partners).en}: pick the partner that takes the leads and record it with "Record winner".`,
      ` Место ${place} делят ${listed(handover.partners).ru}: выберите, кто получит лиды, и запишите его кнопкой «Записать победителя».`,
    );
  }
  return bi(' No other ranked partner is left to take the leads.', ' Больше некому передать лиды: других участников в рейтинге нет.');
}

/** The day a holder's leads pass on: given, and within the receiving month, not before the holder got them. */
function switchDay(state: ContestState, holder: Holder, from: Day | undefined): Day | Refused {
  const { last } = receivingDays(state.month);
  const earliest = Math.max(receivingDays(state.month).first, holder.from);
  const following = monthName(state.month + 1);
  if (from === undefined) {
    return no(bi('Pick the day from which the leads pass on.', 'Выберите день, с которого лиды переходят к другому партнёру.'));
  }
  if (from < earliest || from > last) {
    return no(
      bi(
        `The leads for ${following.en} can pass from ${holder.partner} on a day from ${formatDay(earliest, 'en')} to ${formatDay(last, 'en')}; ${formatDay(from, 'en')} is not one.`,
        `Лиды на ${following.ru} могут перейти от партнёра «${holder.partner}» в день с ${formatDay(earliest, 'ru')} по ${formatDay(last, 'ru')}; ${formatDay(from, 'ru')} не подходит.`,
      ),
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
        holder.entry.result === 'winner'
          ? bi(`A winner for ${name.en} is already recorded: ${recorded.en}.`, `Победитель за ${name.ru} уже записан: ${recorded.ru}.`)
          : bi(`The leads for ${following.en} already go to ${recorded.en}.`, `Лиды на ${following.ru} уже получает ${recorded.ru}.`),
      );
    }
    const standing = atBestOpenPlace(state, move.partner);
    if (!('partner' in standing)) return standing;
    const from = state.record.pendingFrom ?? receivingDays(state.month).first;
    const s = quoted(standing.partner);
    const since =
      from === receivingDays(state.month).first
        ? bi(`during ${following.en}`, `на ${following.ru}`)
        : bi(`for ${following.en} from ${formatDay(from, 'en')}`, `на ${following.ru} с ${formatDay(from, 'ru')}`);
    return {
      ok: true,
      entry: { ...described(standing), result: 'winner', leadsTo: standing.partner, from },
      message: bi(
        `${s.en} is recorded as the winner for ${name.en} (place ${standing.place}): it receives the leads ${since.en}.`,
        `Победитель за ${name.ru} записан: ${s.ru} (место ${standing.place}). Лиды ${since.ru} получает этот партнёр.`,
      ),
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
      message: concat(
        bi(`${s.en} declined the leads for ${name.en}; that is recorded.`, `Отказ партнёра ${s.ru} от лидов за ${name.ru} записан.`),
        handoverText(handover, state, from),
      ),
    };
  }

  // A decline or a breach of the partner holding the leads.
  if (!holder) {
    return no(
      state.record.rows.length === 0
        ? bi(
            `No winner is recorded for ${name.en} yet: a handling breach is recorded against the partner that receives the leads.`,
            `Победитель за ${name.ru} ещё не записан: нарушение регламента записывается партнёру, который получает лиды.`,
          )
        : bi(
            `Nobody receives the leads for ${following.en} now: record the partner that takes them first.`,
            `Лиды на ${following.ru} сейчас никто не получает: сначала запишите партнёра, который их примет.`,
          ),
    );
  }
  if (!samePartner(holder.partner, move.partner)) {
    const p = quoted(move.partner.trim());
    return no(
      bi(
        `${p.en} does not receive the leads for ${following.en}: ${holder.partner} does.`,
        `Лиды на ${following.ru} получает не ${p.ru}, а «${holder.partner}».`,
      ),
    );
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
      ? bi(
          `${h.en} declined the leads for ${following.en} from ${formatDay(from, 'en')}; that is recorded.`,
          `Отказ партнёра ${h.ru} от лидов на ${following.ru} с ${formatDay(from, 'ru')} записан.`,
        )
      : bi(
          `The handling breach of ${h.en} is recorded: from ${formatDay(from, 'en')} it no longer receives the leads for ${following.en}.`,
          `Нарушение регламента партнёром ${h.ru} записано: с ${formatDay(from, 'ru')} он больше не получает лиды на ${following.ru}.`,
        );
  return { ok: true, entry, handover, message: concat(note, handoverText(handover, state, from)) };
}

function concat(a: Bilingual, b: Bilingual): Bilingual {
  return bi(a.en + b.en, a.ru + b.ru);
}

/** What a log row records, for messages: `Cloud Accounting, winner`. */
export function rowSummary(entry: LogEntry): Bilingual {
  const word = CONTEST_RESULTS[entry.result];
  return bi(`${entry.partner}, ${word.en}`, `«${entry.partner}», ${word.ru}`);
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
        ? bi(`Row ${row} of the contest log holds no record.`, `В строке ${row} журнала конкурса нет записи.`)
        : any.result === 'cancelled'
          ? bi(`Row ${row} is itself a cancellation; it cannot be cancelled.`, `Строка ${row} сама отменяет запись; её отменить нельзя.`)
          : by
            ? bi(`Row ${row} is already cancelled by row ${by.row}.`, `Строка ${row} уже отменена строкой ${by.row}.`)
            : bi(
                `Row ${row} records the contest for ${monthName(any.month).en}, not ${name.en}.`,
                `Строка ${row} относится к конкурсу за ${monthName(any.month).ru}, а не за ${name.ru}.`,
              ),
    );
  }
  const latest = rows[rows.length - 1];
  if (latest !== target) {
    return no(
      bi(
        `Row ${row} cannot be cancelled while row ${latest.row}, recorded after it for ${name.en}, stands: cancel row ${latest.row} first.`,
        `Строку ${row} нельзя отменить, пока действует строка ${latest.row}, записанная после неё за ${name.ru}: сначала отмените строку ${latest.row}.`,
      ),
    );
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
  const now = after.holder
    ? bi(` The leads for ${following.en} go to ${after.holder.partner} again.`, ` Лиды на ${following.ru} снова получает «${after.holder.partner}».`)
    : bi(` ${name.en} can be recorded again.`, ` Конкурс за ${name.ru} можно записать заново.`);
  const what = rowSummary(target);
  return {
    ok: true,
    entry,
    message: concat(bi(`Row ${row} (${what.en}) is cancelled.`, `Строка ${row} (${what.ru}) отменена.`), now),
  };
}
