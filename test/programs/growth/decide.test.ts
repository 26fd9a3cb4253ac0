/**
 * decideContest after a winner is recorded (SPEC §8, §9.3), without a spreadsheet: a decline of the
 * partner holding the leads, a handling breach (switched to the next place from a day), the
 * cancellation of the month's latest record, and the refusals. Each decision is ONE row.
 *
 * October 2026 against September (100 each): A 150 (+50%), B 130 (+30%), C 120 (+20%, 1 subscription),
 * D 120 (+20%, 1 subscription: shares place 3 with C). October's leads are given in November 2026.
 */
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import { type ContestMove, decideContest } from '../../../src/programs/growth/rules/decide';
import type { LogEntry } from '../../../src/programs/growth/rules/log';
import type { Invoice } from '../../../src/programs/growth/rules/months';
import { type ContestState, contestState } from '../../../src/programs/growth/rules/standings';

const OCT = 2026 * 12 + 9;
const SEP = OCT - 1;
const nov = (day: number) => dayFromCivil(2026, 11, day);
const inv = (partner: string, month: number, amount: number, subscriptions = 0): Invoice => ({ partner, month, amount, subscriptions });
const INVOICES = [...['A', 'B', 'C', 'D'].map((p) => inv(p, SEP, 100)), inv('A', OCT, 150), inv('B', OCT, 130), inv('C', OCT, 120, 1), inv('D', OCT, 120, 1)];

/** The month's state after applying decisions one by one, each appended as the next sheet row. */
function played(...moves: ContestMove[]): { state: ContestState; log: LogEntry[] } {
  const log: LogEntry[] = [];
  let state = fresh(log);
  for (const move of moves) {
    const d = decideContest(state, move);
    if (!d.ok) throw new Error(d.reason.en);
    log.push({ ...d.entry, month: OCT, row: log.length + 2 });
    state = fresh(log);
  }
  return { state, log };
}
function fresh(log: LogEntry[]): ContestState {
  const s = contestState(INVOICES, log, OCT);
  if (!s.ok) throw new Error(s.reason.en);
  return s;
}
const reason = (state: ContestState, move: ContestMove) => {
  const d = decideContest(state, move);
  return d.ok ? 'decided' : d.reason.en;
};

describe('a decline of the partner receiving the leads', () => {
  it('passes them to the next place from the day given, in one row', () => {
    const { state } = played({ action: 'winner', partner: 'A' });
    const d = decideContest(state, { action: 'declined', partner: 'a', from: nov(10) });
    expect(d).toMatchObject({
      ok: true,
      entry: { result: 'declined', partner: 'A', place: 1, growth: 0.5, leadsTo: 'B', from: nov(10) },
      handover: { kind: 'winner', winner: { partner: 'B', place: 2 } },
    });
    expect(d.ok && d.message.ru).toBe(
      'Отказ партнёра «A» от лидов на ноябрь 2026 с 10.11.2026 записан. С 10.11.2026 лиды на ноябрь 2026 переходят к месту 2: партнёру «B».',
    );
  });

  it('needs a day within the receiving month, not before the partner got the leads', () => {
    const { state } = played({ action: 'winner', partner: 'A' }, { action: 'declined', partner: 'A', from: nov(10) });
    expect(reason(state, { action: 'declined', partner: 'B' })).toBe('Pick the day from which the leads pass on. Nothing was written.');
    expect(reason(state, { action: 'declined', partner: 'B', from: nov(9) })).toBe(
      'The leads for November 2026 can pass from B on a day from 2026-11-10 to 2026-11-30; 2026-11-09 is not one. Nothing was written.',
    );
    expect(reason(state, { action: 'declined', partner: 'B', from: nov(30) })).toBe('decided');
    expect(reason(state, { action: 'declined', partner: 'B', from: nov(31) })).toMatch(/2026-12-01 is not one/); // 31 November is 1 December
  });
});

describe('a handling breach', () => {
  it('switches the leads from the day given to the next place; a shared next place is left to the manager', () => {
    const { state } = played({ action: 'winner', partner: 'A' }, { action: 'breach', partner: 'A', from: nov(5) });
    expect(state.record.holder).toMatchObject({ partner: 'B', from: nov(5) });
    expect(state.standings.map((s) => [s.partner, s.status])).toEqual([
      ['A', 'breach'],
      ['B', 'winner'],
      ['C', 'open'],
      ['D', 'open'],
    ]);
    const d = decideContest(state, { action: 'breach', partner: 'B', from: nov(12) });
    expect(d).toMatchObject({ ok: true, entry: { result: 'breach', partner: 'B', leadsTo: '', from: nov(12) }, handover: { kind: 'tied' } });
    expect(d.ok && d.message.en).toBe(
      'The handling breach of B is recorded: from 2026-11-12 it no longer receives the leads for November 2026. Place 3 is shared by C, D: pick the partner that takes the leads and record it with "Record winner".',
    );
  });

  it('is refused before a winner is recorded, against another partner, and for a partner switched away from', () => {
    expect(reason(played().state, { action: 'breach', partner: 'A', from: nov(5) })).toBe(
      'No winner is recorded for October 2026 yet: a handling breach is recorded against the partner that receives the leads. Nothing was written.',
    );
    const { state } = played({ action: 'winner', partner: 'A' }, { action: 'breach', partner: 'A', from: nov(5) });
    expect(reason(state, { action: 'breach', partner: 'A', from: nov(6) })).toBe(
      'A does not receive the leads for November 2026: B does. Nothing was written.',
    );
    const tied = played(
      { action: 'winner', partner: 'A' },
      { action: 'breach', partner: 'A', from: nov(5) },
      { action: 'breach', partner: 'B', from: nov(6) },
    ).state;
    expect(reason(tied, { action: 'winner', partner: 'A' })).toBe(
      'The leads for November 2026 were switched away from A after a handling breach. Nothing was written.',
    );
    // the manager picks one of the shared place: it receives the leads from the day they left B
    expect(reason(tied, { action: 'breach', partner: 'C', from: nov(7) })).toBe(
      'Nobody receives the leads for November 2026 now: record the partner that takes them first. Nothing was written.',
    );
    const picked = decideContest(tied, { action: 'winner', partner: 'D' });
    expect(picked).toMatchObject({ ok: true, entry: { partner: 'D', place: 3, leadsTo: 'D', from: nov(6) } });
  });
});

describe('cancelling a record', () => {
  it("cancels the month's latest record in effect with a row naming it; the month then reads as before it", () => {
    const { state, log } = played({ action: 'winner', partner: 'A' }, { action: 'declined', partner: 'A', from: nov(10) });
    const d = decideContest(state, { action: 'cancel', row: 3 });
    expect(d).toMatchObject({ ok: true, entry: { result: 'cancelled', partner: 'A', place: 1, leadsTo: '', cancels: 3 } });
    expect(d.ok && d.message.en).toBe('Row 3 (A, declined) is cancelled. The leads for November 2026 go to A again.');
    const undone = played({ action: 'winner', partner: 'A' }, { action: 'declined', partner: 'A', from: nov(10) }, { action: 'cancel', row: 3 }).state;
    expect(undone.record.holder).toMatchObject({ partner: 'A', from: nov(1) });
    expect(undone.record.rows.map((r) => r.row)).toEqual([2]);
    expect(log).toHaveLength(2);
    const empty = played({ action: 'winner', partner: 'A' }, { action: 'cancel', row: 2 }).state;
    expect([empty.record.holder, empty.next.map((s) => s.partner)]).toEqual([undefined, ['A']]);
    expect(reason(empty, { action: 'winner', partner: 'A' })).toBe('decided');
  });

  it('refuses an earlier record while a later one stands, a cancellation, a cancelled row, an empty row', () => {
    const two = played({ action: 'winner', partner: 'A' }, { action: 'declined', partner: 'A', from: nov(10) }).state;
    expect(reason(two, { action: 'cancel', row: 2 })).toBe(
      'Row 2 cannot be cancelled while row 3, recorded after it for October 2026, stands: cancel row 3 first. Nothing was written.',
    );
    const undone = played({ action: 'winner', partner: 'A' }, { action: 'declined', partner: 'A', from: nov(10) }, { action: 'cancel', row: 3 }).state;
    expect(reason(undone, { action: 'cancel', row: 4 })).toBe('Row 4 is itself a cancellation; it cannot be cancelled. Nothing was written.');
    expect(reason(undone, { action: 'cancel', row: 3 })).toBe('Row 3 is already cancelled by row 4. Nothing was written.');
    expect(reason(undone, { action: 'cancel', row: 9 })).toBe('Row 9 of the contest log holds no record. Nothing was written.');
  });
});
