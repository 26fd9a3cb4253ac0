import { type Day, civilFromDay, dayFromCivil, formatDay, isValidCivil } from '../../kernel/values/dates';
import { type Lang, named, perLang, t, type Text } from '../../kernel/i18n';
import { withDecimalMark } from '../../kernel/values/numbers';
import type { TimeZone } from '../../kernel/values/zone';
import type { ContestRecordRow, ContestView, LeadSwitch, PodiumRow } from './api';
import { CONTEST_RESULTS, type LogEntry, receivingDays } from './rules/log';
import { isoMonth, monthLabel, monthName } from './rules/months';
import { type ContestState, type Standing, bestOpen, shownStandings } from './rules/standings';
import type { Logged } from './sheets';

/*
 * What the contest dialog shows of a month's contest (SPEC §9.3), worded in
 * the user's language: the podium with each partner's status, the month's
 * records (the latest can be cancelled), who receives the leads and what a
 * decline or a handling breach would do.
 */

/** Growth as the dialog shows it: `+40.0%`, `−12.5%`; `+40,0%` in Russian and Greek. */
export function formatGrowth(growth: number, lang: Lang): string {
  const tenths = Math.round(growth * 1000);
  const digits = (Math.abs(tenths) / 10).toFixed(1);
  const sign = tenths > 0 ? '+' : tenths < 0 ? '−' : '';
  return `${sign}${withDecimalMark(digits, lang)}%`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-11-10` → the day; undefined for anything else. */
export function dayFromIso(text: unknown): Day | undefined {
  const m = typeof text === 'string' ? ISO_DAY.exec(text.trim()) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : undefined;
}

/** The day as `YYYY-MM-DD`, how days cross google.script.run. */
export function isoDay(day: Day): string {
  const c = civilFromDay(day);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** An instant as the sheet's date-time format shows it in the spreadsheet's zone: `2026-10-06 09:30`, `06.10.2026 09:30`. */
export function formatInstant(ms: number, zone: TimeZone, lang: Lang): string {
  const wall = ms + zone.offsetAt(ms);
  const day = Math.floor(wall / 86_400_000);
  const minutes = Math.floor((wall - day * 86_400_000) / 60_000);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${formatDay(day, lang)} ${time}`;
}

const names = (rows: readonly { partner: string }[], lang: Lang) => rows.map((r) => named(r.partner)[lang]).join(', ');

/** What a row of the log records, in a line: `Row 4: Cloud Accounting — declined; leads to Ural Service from 2026-11-10`. */
function recordText(entry: LogEntry, lang: Lang): string {
  const word = CONTEST_RESULTS[entry.result][lang];
  const from = entry.from === undefined ? '' : formatDay(entry.from, lang);
  const partner = named(entry.partner)[lang];
  let after = '';
  if (entry.result === 'winner') {
    after = from ? t`, leads from ${from}`[lang] : '';
  } else if (entry.leadsTo) {
    const to = named(entry.leadsTo)[lang];
    after = (from ? t`; leads to ${to} from ${from}` : t`; leads to ${to}`)[lang];
  } else {
    after = (from ? t`; nobody takes the leads yet (from ${from})` : t`; nobody takes the leads yet`)[lang];
  }
  return t`Row ${entry.row}: ${partner} — ${word}${after}`[lang];
}

function statusText(s: Standing, state: ContestState, lang: Lang): string {
  if (s.status === 'winner') {
    const holder = state.record.holder;
    if (holder && holder.entry.result !== 'winner') return t`leads from ${perLang((lang) => formatDay(holder.from, lang))}`[lang];
    return CONTEST_RESULTS.winner[lang];
  }
  if (s.status === 'declined') return CONTEST_RESULTS.declined[lang];
  if (s.status === 'breach') return CONTEST_RESULTS.breach[lang];
  return '';
}

/** Where the leads go when the partner holding them gives them up, in a sentence. */
function switchText(state: ContestState, leaving: Standing | undefined, lang: Lang): { to: string; text: string } {
  const next = bestOpen(state.standings, leaving);
  if (next.length === 1) {
    return {
      to: next[0].partner,
      text: t`The leads pass to place ${next[0].place}: ${next[0].partner}.`[lang],
    };
  }
  if (next.length > 1) {
    return {
      to: '',
      text: t`Place ${next[0].place} is shared by ${perLang((lang) => names(next, lang))}: then record the one that takes the leads with "Record winner".`[
        lang
      ],
    };
  }
  return { to: '', text: t`No other ranked partner is left to take the leads.`[lang] };
}

function noteOf(state: ContestState, lang: Lang): string {
  const name = monthName(state.month);
  const following = monthName(state.month + 1);
  const holder = state.record.holder;
  if (holder) {
    const text: Text =
      holder.entry.result === 'winner'
        ? t`The winner for ${name} is recorded: ${holder.partner}. It receives the leads during ${following}.`
        : t`From ${perLang((lang) => formatDay(holder.from, lang))} the leads for ${following} go to ${holder.partner}.`;
    return text[lang];
  }
  const next = state.next;
  if (next.length === 1) {
    return t`The leads for ${following} go to place ${next[0].place}: ${next[0].partner}. Record the winner, or "Winner declined" to pass the leads to the next place.`[
      lang
    ];
  }
  if (next.length > 1) {
    return t`Place ${next[0].place} is shared by ${perLang((lang) => names(next, lang))} (equal growth and subscriptions): pick the partner that takes the leads for ${following}.`[
      lang
    ];
  }
  if (state.standings.every((s) => s.status === 'declined')) {
    return t`Every ranked partner has declined the leads for ${name}.`[lang];
  }
  return t`No ranked partner is left to take the leads for ${following}.`[lang];
}

/** The month's contest as the dialog shows it; `today` (in the spreadsheet's zone) is the day a switch suggests. */
export function viewOf(state: ContestState, lang: Lang, today: Day): ContestView {
  const holder = state.record.holder;
  const podium: PodiumRow[] = shownStandings(state).map((s) => ({
    place: s.place,
    tied: s.tied,
    partner: s.partner,
    growth: s.growth,
    growthText: formatGrowth(s.growth, lang),
    subscriptions: s.subscriptions,
    status: s.status,
    statusText: statusText(s, state, lang),
    eligible: !holder && state.next.includes(s),
  }));
  const rows = state.record.rows;
  const records: ContestRecordRow[] = rows.map((entry, i) => ({ row: entry.row, text: recordText(entry, lang), cancellable: i === rows.length - 1 }));
  let lead: LeadSwitch | null = null;
  if (holder) {
    const { first, last } = receivingDays(state.month);
    const earliest = Math.max(first, holder.from);
    const leaving = state.standings.find((s) => s.status === 'winner');
    const next = switchText(state, leaving, lang);
    lead = {
      partner: holder.partner,
      first: isoDay(earliest),
      last: isoDay(last),
      suggested: isoDay(Math.min(Math.max(today, earliest), last)),
      to: next.to,
      toText: next.text,
    };
  }
  const entry = holder?.entry as Logged | undefined;
  return {
    ok: true,
    lang,
    month: isoMonth(state.month),
    label: monthLabel(state.month)[lang],
    name: monthName(state.month)[lang],
    previousLabel: monthLabel(state.month - 1)[lang],
    podium,
    leftOut: state.leftOut.map((l) => ({ partner: l.partner, reason: l.reason[lang] })),
    winner:
      holder && entry
        ? {
            partner: holder.partner,
            place: entry.result === 'winner' ? (entry.place ?? null) : (state.standings.find((s) => s.status === 'winner')?.place ?? null),
            user: entry.user ?? '',
            recordedAt: entry.recordedAt === undefined ? '' : new Date(entry.recordedAt).toISOString(),
            since: isoDay(holder.from),
          }
        : null,
    records,
    switch: lead,
    note: noteOf(state, lang),
  };
}
