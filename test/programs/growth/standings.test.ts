import { enRu } from '../../helpers/textMatchers';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import { decideContest } from '../../../src/programs/growth/rules/decide';
import { type LogEntry, contestResultFrom, leadsReceivers, monthRecord } from '../../../src/programs/growth/rules/log';
import type { Invoice } from '../../../src/programs/growth/rules/months';
import { type ContestState, contestState, shownStandings } from '../../../src/programs/growth/rules/standings';

const month = (year: number, m: number) => year * 12 + m - 1;
const OCT = month(2026, 10);
const SEP = OCT - 1;
const inv = (partner: string, m: number, amount: number, subscriptions = 0): Invoice => ({ partner, month: m, amount, subscriptions });
/** Log rows numbered as on the sheet, from row 2, in the order given. */
let nextRow = 2;
const won = (partner: string, m: number, extra: Partial<LogEntry> = {}): LogEntry => ({ row: nextRow++, partner, month: m, result: 'winner', ...extra });
const declined = (partner: string, m: number, extra: Partial<LogEntry> = {}): LogEntry => ({ row: nextRow++, partner, month: m, result: 'declined', ...extra });

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
    expect(contestResultFrom('Handling breach')).toBe('breach');
    expect(contestResultFrom('нарушение регламента')).toBe('breach');
    expect(contestResultFrom('cancellation')).toBe('cancelled');
    expect(contestResultFrom('Отмена')).toBe('cancelled');
    expect(contestResultFrom('a note')).toBeUndefined();
    expect(contestResultFrom('')).toBeUndefined();
  });
});

describe('leadsReceivers: every partner that received the leads during a month', () => {
  const names = (log: LogEntry[], m: number) => leadsReceivers(log, m).map((r) => r.partner);

  it("is the winner of the month before's contest", () => {
    expect(names(SAMPLE_LOG, OCT)).toEqual(['North IT']);
    expect(names(SAMPLE_LOG, SEP)).toEqual([]);
    expect(names(SAMPLE_LOG, OCT + 1)).toEqual([]);
  });

  it('is the partner that took the leads when the winner declined before receiving them (not the one that declined)', () => {
    // The older dialog's two rows, and the one row it writes now (Leads to).
    expect(names([declined('A', SEP), won('B', SEP)], OCT)).toEqual(['B']);
    expect(names([declined('A', SEP, { leadsTo: 'B' })], OCT)).toEqual(['B']);
    expect(names([declined('A', SEP)], OCT)).toEqual([]);
  });

  it('is the winner and every partner the leads were switched to after it, each once', () => {
    const log = [
      won('A', SEP, { leadsTo: 'A' }),
      declined('A', SEP, { leadsTo: 'B', from: 20 }),
      { row: nextRow++, month: SEP, partner: 'B', result: 'breach' as const, leadsTo: 'c', from: 25 },
      won('C', SEP),
    ];
    expect(names(log, OCT)).toEqual(['A', 'B', 'c']);
  });

  it('leaves out cancelled rows, and the cancelling rows themselves', () => {
    const winner = won('A', SEP);
    const switched = declined('A', SEP, { leadsTo: 'B' });
    const undo = { row: nextRow++, month: SEP, partner: 'A', result: 'cancelled' as const, cancels: switched.row };
    expect(names([winner, switched, undo], OCT)).toEqual(['A']);
    const undoWinner = { row: nextRow++, month: SEP, partner: 'A', result: 'cancelled' as const, cancels: winner.row };
    expect(names([winner, switched, undo, undoWinner], OCT)).toEqual([]);
  });

  it("crosses the year end: January's receiver won December", () => {
    expect(names([won('Gamma', month(2026, 12))], month(2027, 1))).toEqual(['Gamma']);
  });
});

describe("monthRecord: who holds a month's leads, from when", () => {
  const NOV_1 = 20758; // 2026-11-01 as a day number (days since 1970-01-01)
  it('starts the winner on the first day of the next month; a decline or breach passes them on from its day', () => {
    expect(dayFromCivil(2026, 11, 1)).toBe(NOV_1);
    const a = won('A', OCT);
    expect(monthRecord([a], OCT).holder).toEqual({ partner: 'A', from: NOV_1, entry: a });
    const d = declined('A', OCT, { leadsTo: 'B', from: NOV_1 + 9 });
    expect(monthRecord([a, d], OCT).holder).toMatchObject({ partner: 'B', from: NOV_1 + 9 });
    const tie = declined('A', OCT, { from: NOV_1 + 9 });
    const record = monthRecord([a, tie], OCT);
    expect([record.holder, record.pendingFrom]).toEqual([undefined, NOV_1 + 9]);
    // the next winner recorded takes the leads from that day
    expect(monthRecord([a, tie, won('C', OCT)], OCT).holder).toMatchObject({ partner: 'C', from: NOV_1 + 9 });
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
    expect(s.record.holder).toBeUndefined();
  });

  it('says why a partner with a zero previous invoice is not ranked', () => {
    const s = state([...SAMPLE, inv('Zero', SEP, 0), inv('Zero', OCT, 10)]);
    expect(s.leftOut.at(-1)).toEqual({
      partner: 'Zero',
      reason: enRu('its invoice for September 2026 is 0, so it has no growth to rank', 'счёт за сентябрь 2026 равен 0, поэтому прирост не посчитать'),
    });
  });

  it('skips declined partners for the next place, and the winner once it is recorded', () => {
    const s = state(SAMPLE, [...SAMPLE_LOG, declined('cloud accounting', OCT)]);
    expect(s.standings[0].status).toBe('declined');
    expect(s.next.map((x) => x.partner)).toEqual(['Ural Service', 'Smart Office']);
    const w = state(SAMPLE, [...SAMPLE_LOG, won('Cloud Accounting', OCT)]);
    expect(w.record.holder?.partner).toBe('Cloud Accounting');
    expect(w.standings[0].status).toBe('winner');
    // the next place still open: who takes the leads should the winner decline or break the rules
    expect(w.next.map((x) => x.partner)).toEqual(['Ural Service', 'Smart Office']);
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
    const d = decideContest(state(), { action: 'winner', partner: 'Cloud Accounting' });
    expect(d).toMatchObject({
      ok: true,
      entry: {
        partner: 'Cloud Accounting',
        place: 1,
        growth: 0.4,
        subscriptions: 2,
        result: 'winner',
        leadsTo: 'Cloud Accounting',
        from: dayFromCivil(2026, 11, 1),
      },
    });
    expect(d.ok && d.handover).toBeUndefined();
  });

  it('passes the leads to a single next place on a decline', () => {
    const invoices = [inv('A', SEP, 100), inv('A', OCT, 150), inv('B', SEP, 100), inv('B', OCT, 120)];
    const d = decideContest(state(invoices, []), { action: 'declined', partner: 'a' });
    expect(d).toMatchObject({
      ok: true,
      entry: { partner: 'A', place: 1, result: 'declined', leadsTo: 'B', from: dayFromCivil(2026, 11, 1) },
      handover: { kind: 'winner', winner: { partner: 'B' } },
    });
  });

  it('records the decline alone when the next place is tied, or nobody is left', () => {
    const tied = decideContest(state(), { action: 'declined', partner: 'Cloud Accounting' });
    expect(tied).toMatchObject({ ok: true, entry: { partner: 'Cloud Accounting', result: 'declined', leadsTo: '' }, handover: { kind: 'tied' } });
    expect(tied.ok && tied.handover?.kind === 'tied' && tied.handover.partners.map((p) => p.partner)).toEqual(['Ural Service', 'Smart Office']);
    const alone = decideContest(state([inv('A', SEP, 1), inv('A', OCT, 2)], []), { action: 'declined', partner: 'A' });
    expect(alone).toMatchObject({ ok: true, entry: { partner: 'A', result: 'declined', leadsTo: '' }, handover: { kind: 'none' } });
  });

  it('lets either tied partner be recorded once the place above is settled', () => {
    const s = state(SAMPLE, [...SAMPLE_LOG, declined('Cloud Accounting', OCT)]);
    expect(decideContest(s, { action: 'winner', partner: 'Smart Office' })).toMatchObject({
      ok: true,
      entry: { partner: 'Smart Office', place: 2, result: 'winner' },
    });
    expect(decideContest(s, { action: 'declined', partner: 'Ural Service' })).toMatchObject({
      ok: true,
      entry: { partner: 'Ural Service', result: 'declined', leadsTo: 'Smart Office' },
    });
  });

  it('refuses a recorded month, a place not yet reached, a declined, left-out or unknown partner', () => {
    const recorded = state(SAMPLE, [...SAMPLE_LOG, won('Cloud Accounting', OCT, { place: 1, user: 'm@x.com', recordedOn: dayFromCivil(2026, 11, 2) })]);
    expect(decideContest(recorded, { action: 'winner', partner: 'Ural Service' })).toEqual({
      ok: false,
      reason: enRu(
        'A winner for October 2026 is already recorded: Cloud Accounting (place 1, recorded by m@x.com on 2026-11-02). Nothing was written.',
        'Победитель за октябрь 2026 уже записан: «Cloud Accounting» (место 1, записал m@x.com, 02.11.2026). Ничего не записано.',
      ),
    });
    expect(decideContest(state(SAMPLE, [...SAMPLE_LOG, won('X', OCT)]), { action: 'winner', partner: 'X' })).toMatchObject({
      ok: false,
      reason: { en: 'A winner for October 2026 is already recorded: X. Nothing was written.' },
    });
    expect(decideContest(state(), { action: 'winner', partner: 'Ural Service' })).toMatchObject({
      ok: false,
      reason: { en: 'Ural Service is in place 2; the leads go first to place 1: Cloud Accounting. Nothing was written.' },
    });
    expect(decideContest(state(SAMPLE, [...SAMPLE_LOG, declined('Cloud Accounting', OCT)]), { action: 'winner', partner: 'Cloud Accounting' })).toMatchObject({
      ok: false,
      reason: { en: 'Cloud Accounting has already declined the leads for October 2026. Nothing was written.' },
    });
    expect(decideContest(state(), { action: 'winner', partner: 'north it' })).toMatchObject({
      ok: false,
      reason: { en: expect.stringMatching(/^North IT is not ranked for October 2026: it receives the leads/) },
    });
    expect(decideContest(state(), { action: 'declined', partner: 'Volga Soft' })).toMatchObject({
      ok: false,
      reason: { en: expect.stringMatching(/^Volga Soft is not ranked for October 2026: it has no invoice for September 2026/) },
    });
    expect(decideContest(state(), { action: 'winner', partner: 'Nobody' })).toMatchObject({
      ok: false,
      reason: { ru: 'Партнёра «Nobody» нет среди участников конкурса за октябрь 2026. Ничего не записано.' },
    });
  });
});
