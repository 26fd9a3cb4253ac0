import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import {
  type ContestState,
  type LogEntry,
  contestResultFrom,
  contestState,
  decideContest,
  leadsReceiver,
  recordedWinner,
  shownStandings,
} from '../../../src/programs/growth/rules/leads';
import type { Invoice } from '../../../src/programs/growth/rules/months';

const month = (year: number, m: number) => year * 12 + m - 1;
const OCT = month(2026, 10);
const SEP = OCT - 1;
const inv = (partner: string, m: number, amount: number, subscriptions = 0): Invoice => ({ partner, month: m, amount, subscriptions });
const won = (partner: string, m: number, extra: Partial<LogEntry> = {}): LogEntry => ({ partner, month: m, result: 'winner', ...extra });
const declined = (partner: string, m: number): LogEntry => ({ partner, month: m, result: 'declined' });

/** The growth template's sample (see test/dialogs/contest.test.ts for the arithmetic). */
const SAMPLE: Invoice[] = [
  inv('Cloud Accounting', SEP, 20000, 1),
  inv('Cloud Accounting', OCT, 28000, 2), // +40%
  inv('Ural Service', SEP, 300.3),
  inv('Ural Service', OCT, 330.33, 3), // +10%, 3
  inv('Smart Office', SEP, 100.1, 1),
  inv('Smart Office', OCT, 110.11, 3), // +10%, 3: tie
  inv('North IT', SEP, 15000),
  inv('North IT', OCT, 30000, 1), // +100%, September's winner
  inv('Volga Soft', OCT, 12000, 4), // no September invoice
];
const SAMPLE_LOG = [won('North IT', SEP)];

function state(invoices = SAMPLE, log: LogEntry[] = SAMPLE_LOG, m = OCT): ContestState {
  const s = contestState(invoices, log, m);
  if (!s.ok) throw new Error(s.reason.en);
  return s;
}

describe('contest results in the log', () => {
  it('reads the words in either language', () => {
    expect(contestResultFrom('winner')).toBe('winner');
    expect(contestResultFrom(' Победитель ')).toBe('winner');
    expect(contestResultFrom('DECLINED')).toBe('declined');
    expect(contestResultFrom('отказался')).toBe('declined');
    expect(contestResultFrom('a note')).toBeUndefined();
    expect(contestResultFrom('')).toBeUndefined();
  });
});

describe('leadsReceiver', () => {
  it('is the winner of the month before', () => {
    expect(leadsReceiver(SAMPLE_LOG, OCT)?.partner).toBe('North IT');
    expect(leadsReceiver(SAMPLE_LOG, SEP)).toBeUndefined();
    expect(leadsReceiver(SAMPLE_LOG, OCT + 1)).toBeUndefined();
  });

  it('is the partner that took the leads when the winner declined', () => {
    expect(leadsReceiver([declined('A', SEP), won('B', SEP)], OCT)?.partner).toBe('B');
    expect(leadsReceiver([declined('A', SEP)], OCT)).toBeUndefined();
  });

  it("crosses the year end: January's receiver won December", () => {
    expect(leadsReceiver([won('Gamma', month(2026, 12))], month(2027, 1))?.partner).toBe('Gamma');
  });

  it('takes the latest winner row of a month', () => {
    expect(recordedWinner([won('A', SEP), won('B', SEP), won('C', OCT)], SEP)?.partner).toBe('B');
  });
});

describe('contestState', () => {
  it('ranks the sample: a tie at place 2, North IT and Volga Soft left out', () => {
    const s = state();
    expect(s.standings.map((x) => [x.place, x.partner, x.growth, x.subscriptions, x.tied, x.status])).toEqual([
      [1, 'Cloud Accounting', 0.4, 2, false, 'open'],
      [2, 'Ural Service', 0.1, 3, true, 'open'],
      [2, 'Smart Office', 0.1, 3, true, 'open'],
    ]);
    expect(s.leftOut.map((l) => l.partner)).toEqual(['North IT', 'Volga Soft']);
    expect(s.leftOut[0].reason.en).toBe('receives the leads during October 2026 as the winner for September 2026, so it does not take part');
    expect(s.next.map((x) => x.partner)).toEqual(['Cloud Accounting']);
    expect(s.winner).toBeUndefined();
  });

  it('says why a partner with a zero previous invoice is not ranked', () => {
    const s = state([...SAMPLE, inv('Zero', SEP, 0), inv('Zero', OCT, 10)]);
    expect(s.leftOut.at(-1)).toEqual({
      partner: 'Zero',
      reason: { en: 'its invoice for September 2026 is 0, so it has no growth to rank', ru: 'счёт за сентябрь 2026 равен 0, поэтому прирост не посчитать' },
    });
  });

  it('skips declined partners for the next place, and has no next place once a winner is recorded', () => {
    const s = state(SAMPLE, [...SAMPLE_LOG, declined('cloud accounting', OCT)]);
    expect(s.standings[0].status).toBe('declined');
    expect(s.next.map((x) => x.partner)).toEqual(['Ural Service', 'Smart Office']);
    const w = state(SAMPLE, [...SAMPLE_LOG, won('Cloud Accounting', OCT)]);
    expect(w.winner?.partner).toBe('Cloud Accounting');
    expect(w.standings[0].status).toBe('winner');
    expect(w.next).toEqual([]);
  });

  it('refuses without invoices for the month, for the month before, or anybody to rank', () => {
    expect(contestState(SAMPLE, SAMPLE_LOG, OCT + 1)).toMatchObject({
      ok: false,
      reason: { en: 'There are no invoices for November 2026: there is nothing to rank.' },
    });
    expect(contestState(SAMPLE, SAMPLE_LOG, SEP)).toMatchObject({
      ok: false,
      reason: { ru: 'Нет счетов за предыдущий месяц (август 2026), поэтому прирост за сентябрь 2026 не посчитать ни для кого.' },
    });
    const onlyReceiver = [inv('North IT', SEP, 1), inv('North IT', OCT, 2), inv('New', OCT, 5)];
    expect(contestState(onlyReceiver, SAMPLE_LOG, OCT)).toMatchObject({
      ok: false,
      reason: { en: expect.stringMatching(/^Nobody can be ranked for October 2026/) },
    });
  });

  it('shows the podium, plus any place the leads moved down to', () => {
    const invoices = ['A', 'B', 'C', 'D', 'E'].flatMap((p, i) => [inv(p, SEP, 100), inv(p, OCT, 200 - i * 10)]);
    expect(shownStandings(state(invoices, [])).map((s) => s.partner)).toEqual(['A', 'B', 'C']);
    const moved = state(invoices, [declined('A', OCT), declined('B', OCT), declined('C', OCT)]);
    expect(shownStandings(moved).map((s) => [s.partner, s.status])).toEqual([
      ['A', 'declined'],
      ['B', 'declined'],
      ['C', 'declined'],
      ['D', 'open'],
    ]);
  });
});

describe('decideContest', () => {
  it('records the best open place as winner', () => {
    const d = decideContest(state(), 'Cloud Accounting', 'winner');
    expect(d).toMatchObject({ ok: true, entries: [{ partner: 'Cloud Accounting', place: 1, growth: 0.4, subscriptions: 2, result: 'winner' }] });
    expect(d.ok && d.handover).toBeUndefined();
  });

  it('passes the leads to a single next place on a decline', () => {
    const invoices = [inv('A', SEP, 100), inv('A', OCT, 150), inv('B', SEP, 100), inv('B', OCT, 120)];
    const d = decideContest(state(invoices, []), 'a', 'declined');
    expect(d).toMatchObject({
      ok: true,
      entries: [
        { partner: 'A', place: 1, result: 'declined' },
        { partner: 'B', place: 2, result: 'winner' },
      ],
      handover: { kind: 'winner', winner: { partner: 'B' } },
    });
  });

  it('records the decline alone when the next place is tied, or nobody is left', () => {
    const tied = decideContest(state(), 'Cloud Accounting', 'declined');
    expect(tied).toMatchObject({ ok: true, entries: [{ partner: 'Cloud Accounting', result: 'declined' }], handover: { kind: 'tied' } });
    expect(tied.ok && tied.handover?.kind === 'tied' && tied.handover.partners.map((p) => p.partner)).toEqual(['Ural Service', 'Smart Office']);
    const alone = decideContest(state([inv('A', SEP, 1), inv('A', OCT, 2)], []), 'A', 'declined');
    expect(alone).toMatchObject({ ok: true, entries: [{ partner: 'A', result: 'declined' }], handover: { kind: 'none' } });
  });

  it('lets either tied partner be recorded once the place above is settled', () => {
    const s = state(SAMPLE, [...SAMPLE_LOG, declined('Cloud Accounting', OCT)]);
    expect(decideContest(s, 'Smart Office', 'winner')).toMatchObject({ ok: true, entries: [{ partner: 'Smart Office', place: 2, result: 'winner' }] });
    expect(decideContest(s, 'Ural Service', 'declined')).toMatchObject({
      ok: true,
      entries: [
        { partner: 'Ural Service', result: 'declined' },
        { partner: 'Smart Office', result: 'winner' },
      ],
    });
  });

  it('refuses a recorded month, a place not yet reached, a declined, left-out or unknown partner', () => {
    const recorded = state(SAMPLE, [...SAMPLE_LOG, won('Cloud Accounting', OCT, { place: 1, user: 'm@x.com', recordedOn: dayFromCivil(2026, 11, 2) })]);
    expect(decideContest(recorded, 'Ural Service', 'winner')).toEqual({
      ok: false,
      reason: {
        en: 'A winner for October 2026 is already recorded: Cloud Accounting (place 1, recorded by m@x.com on 2026-11-02). Nothing was written.',
        ru: 'Победитель за октябрь 2026 уже записан: «Cloud Accounting» (место 1, записал m@x.com, 02.11.2026). Ничего не записано.',
      },
    });
    expect(decideContest(state(SAMPLE, [...SAMPLE_LOG, won('X', OCT)]), 'X', 'winner')).toMatchObject({
      ok: false,
      reason: { en: 'A winner for October 2026 is already recorded: X. Nothing was written.' },
    });
    expect(decideContest(state(), 'Ural Service', 'winner')).toMatchObject({
      ok: false,
      reason: { en: 'Ural Service is in place 2; the leads go first to place 1: Cloud Accounting. Nothing was written.' },
    });
    expect(decideContest(state(SAMPLE, [...SAMPLE_LOG, declined('Cloud Accounting', OCT)]), 'Cloud Accounting', 'winner')).toMatchObject({
      ok: false,
      reason: { en: 'Cloud Accounting has already declined the leads for October 2026. Nothing was written.' },
    });
    expect(decideContest(state(), 'north it', 'winner')).toMatchObject({
      ok: false,
      reason: { en: expect.stringMatching(/^North IT is not ranked for October 2026: it receives the leads/) },
    });
    expect(decideContest(state(), 'Volga Soft', 'declined')).toMatchObject({
      ok: false,
      reason: { en: expect.stringMatching(/^Volga Soft is not ranked for October 2026: it has no invoice for September 2026/) },
    });
    expect(decideContest(state(), 'Nobody', 'winner')).toMatchObject({
      ok: false,
      reason: { ru: 'Партнёра «Nobody» нет среди участников конкурса за октябрь 2026. Ничего не записано.' },
    });
  });
});
