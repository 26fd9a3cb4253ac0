/**
 * The contest log after the winner is recorded (SPEC §8, §9.3): a later decline, a handling breach
 * that switches the leads to the next place from a day (its late and overdue leads listed from the
 * Leads sheet by LEAD_SLA), the cancellation of a mistaken record, the month recorded again; each
 * action ONE appended row, nothing rewritten; and next month's contest leaving out every partner that
 * received the leads. Set-up: test/helpers/contestDialog.ts.
 *
 * Own data, worked out by hand. October 2026 against September (1,000 each): A 1,500 (+50%, place 1),
 * B 1,300 (+30%, 2), C 1,200 (+20%, 3), D 1,100 (+10%, 4), E 1,050 (+5%, 5). October's contest gives
 * the leads of November 2026. November against October: D 1,100 → 2,200 (+100%), E 1,050 → 1,575
 * (+50%), A 1,500 → 3,000 (+100%), B 1,300 → 2,600 (+100%), C 1,200 → 2,400 (+100%).
 */
import { describe, expect, it } from 'vitest';
import { CONTEST_LOG, LEADS, RULES } from '../../src/programs/growth/template';
import { ok, refused } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import {
  cancel,
  logOf,
  logRows,
  pass,
  record,
  refusesWritingNothing,
  replaceRows,
  setInvoices,
  setLog,
  sheet,
  workbook,
  writes,
} from '../helpers/contestDialog';

const SEP = midnight('2026-09-01');
const OCT = midnight('2026-10-01');
const NOV = midnight('2026-11-01');

function fivePartners(locale: 'en_US' | 'ru_RU' = 'en_US') {
  const w = workbook(locale);
  setLog(w.spreadsheet, [], w.lang);
  setInvoices(
    w.spreadsheet,
    [
      ...['A', 'B', 'C', 'D', 'E'].map((p) => [p, SEP, 1000, 0]),
      ['A', OCT, 1500, 0],
      ['B', OCT, 1300, 0],
      ['C', OCT, 1200, 0],
      ['D', OCT, 1100, 0],
      ['E', OCT, 1050, 0],
      ['A', NOV, 3000, 0],
      ['B', NOV, 2600, 0],
      ['C', NOV, 2400, 0],
      ['D', NOV, 2200, 0],
      ['E', NOV, 1575, 0],
    ],
    w.lang,
  );
  return w;
}

/** Runs one action that must succeed: exactly one setValues, the log one row longer, every earlier row unchanged. */
function oneRow(w: ReturnType<typeof fivePartners>, action: () => unknown) {
  const before = logOf(w.spreadsheet, w.lang);
  w.addon.resetCounts();
  const result = ok(action());
  expect(writes(w.addon)).toEqual({ 'Range.setValues': 1 });
  const after = logOf(w.spreadsheet, w.lang);
  expect(after).toHaveLength(before.length + 1);
  expect(after.slice(0, before.length)).toEqual(before);
  return { result, row: after.at(-1)! };
}

/** The Leads sheet's rows (Lead | Partner | Received | First contact | Follow-ups) and its report date (I2). */
function setLeads(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: unknown[][], reportDate: Date) {
  replaceRows(spreadsheet, LEADS, 'en', rows, 6);
  sheet(spreadsheet, LEADS, 'en').getRange('I2').setValue(reportDate);
}
const at = (iso: string) => new Date(`${iso}:00+03:00`);

describe('record → later decline → breach switch → cancel → record again', () => {
  it('appends one row per action, and next month leaves out every partner that received the leads', () => {
    const w = fivePartners();
    const { addon } = w;

    // Record winner: A holds November's leads from the 1st.
    const won = oneRow(w, () => record(addon, '2026-10', 'A', 'winner'));
    expect(won.row.slice(1, 9)).toEqual([1, 'A', 0.5, 0, 'winner', 'A', NOV, '']);

    // Later, A declines from 10 November: the leads pass to place 2, B, from that day.
    const declined = oneRow(w, () => pass(addon, '2026-10', 'A', 'declined', '2026-11-10'));
    expect(declined.result.row).toEqual({ place: 1, partner: 'A', result: 'declined', leadsTo: 'B', from: '2026-11-10', cancels: null });
    expect(declined.result.message).toBe(
      'A declined the leads for November 2026 from 2026-11-10; that is recorded. From 2026-11-10 the leads for November 2026 pass to place 2: B.',
    );
    expect(declined.row.slice(1, 9)).toEqual([1, 'A', 0.5, 0, 'declined', 'B', midnight('2026-11-10'), '']);

    // B breaks the lead-handling rules: from 20 November the leads are switched to place 3, C.
    const breach = oneRow(w, () => pass(addon, '2026-10', 'B', 'breach', '2026-11-20'));
    expect(breach.result.row).toEqual({ place: 2, partner: 'B', result: 'breach', leadsTo: 'C', from: '2026-11-20', cancels: null });
    expect(breach.result.handover).toBe('winner');
    expect(breach.result.message).toBe(
      'The handling breach of B is recorded: from 2026-11-20 it no longer receives the leads for November 2026. From 2026-11-20 the leads for November 2026 pass to place 3: C.',
    );
    expect(breach.row.slice(1, 9)).toEqual([2, 'B', 0.3, 0, 'handling breach', 'C', midnight('2026-11-20'), '']);
    const switched = ok(addon.call('getContest', '2026-10'));
    expect(switched.podium.map((r: any) => [r.place, r.partner, r.status, r.statusText])).toEqual([
      [1, 'A', 'declined', 'declined'],
      [2, 'B', 'breach', 'handling breach'],
      [3, 'C', 'winner', 'leads from 2026-11-20'],
      [4, 'D', 'open', ''], // beyond the podium, shown as the next to take the leads
    ]);
    expect(switched.records.map((r: any) => [r.row, r.text, r.cancellable])).toEqual([
      [2, 'Row 2: A — winner, leads from 2026-11-01', false],
      [3, 'Row 3: A — declined; leads to B from 2026-11-10', false],
      [4, 'Row 4: B — handling breach; leads to C from 2026-11-20', true],
    ]);
    expect(switched.note).toBe('From 2026-11-20 the leads for November 2026 go to C.');

    // November's contest: A, B and C all received leads during November, so only D and E are ranked.
    const november = ok(addon.call('getContest', '2026-11'));
    expect(november.podium.map((r: any) => [r.place, r.partner, r.growthText])).toEqual([
      [1, 'D', '+100.0%'],
      [2, 'E', '+50.0%'],
    ]);
    expect(november.leftOut).toEqual([
      { partner: 'A', reason: 'receives the leads during November 2026 as the winner for October 2026, so it does not take part' },
      {
        partner: 'B',
        reason:
          'receives the leads during November 2026 from 2026-11-10: they passed to it when A declined them (October 2026 contest), so it does not take part',
      },
      {
        partner: 'C',
        reason:
          "receives the leads during November 2026 from 2026-11-20: they were switched to it after B's handling breach (October 2026 contest), so it does not take part",
      },
    ]);

    // The breach was a mistake: a cancelling row names row 4; B holds the leads again, and C is back in November.
    const cancelled = oneRow(w, () => cancel(addon, '2026-10', 4));
    expect(cancelled.result.row).toEqual({ place: 2, partner: 'B', result: 'cancelled', leadsTo: '', from: '', cancels: 4 });
    expect(cancelled.result.message).toBe('Row 4 (B, handling breach) is cancelled. The leads for November 2026 go to B again.');
    expect(cancelled.row.slice(1, 9)).toEqual([2, 'B', 0.3, 0, 'cancellation', '', '', 4]);
    expect(ok(addon.call('getContest', '2026-10')).winner).toMatchObject({ partner: 'B', since: '2026-11-10' });
    // (C and D both +100% with no subscriptions: they share place 1.)
    expect(ok(addon.call('getContest', '2026-11')).podium.map((r: any) => [r.place, r.partner])).toEqual([
      [1, 'C'],
      [1, 'D'],
      [3, 'E'],
    ]);

    // Cancel the decline and the winner too, latest first; then the month can be recorded again.
    expect(oneRow(w, () => cancel(addon, '2026-10', 3)).result.message).toBe('Row 3 (A, declined) is cancelled. The leads for November 2026 go to A again.');
    expect(oneRow(w, () => cancel(addon, '2026-10', 2)).result.message).toBe('Row 2 (A, winner) is cancelled. October 2026 can be recorded again.');
    const empty = ok(addon.call('getContest', '2026-10'));
    expect([empty.winner, empty.records, empty.switch]).toEqual([null, [], null]);
    expect(empty.podium.map((r: any) => [r.partner, r.status, r.eligible])).toEqual([
      ['A', 'open', true],
      ['B', 'open', false],
      ['C', 'open', false],
    ]);
    // November is back to everyone: A, B, C and D share place 1 (+100% each), E is fifth.
    expect(ok(addon.call('getContest', '2026-11')).podium.map((r: any) => [r.place, r.partner])).toEqual([
      [1, 'A'],
      [1, 'B'],
      [1, 'C'],
      [1, 'D'],
    ]);

    const again = oneRow(w, () => record(addon, '2026-10', 'A', 'winner'));
    expect(again.row.slice(1, 9)).toEqual([1, 'A', 0.5, 0, 'winner', 'A', NOV, '']);
    // Nothing was ever deleted or rewritten: eight rows under the header, in the order written.
    expect(logRows(w.spreadsheet).map((r) => [r[2], r[5], r[6], r[8]])).toEqual([
      ['A', 'winner', 'A', ''],
      ['A', 'declined', 'B', ''],
      ['B', 'handling breach', 'C', ''],
      ['B', 'cancellation', '', 4],
      ['A', 'cancellation', '', 3],
      ['A', 'cancellation', '', 2],
      ['A', 'winner', 'A', ''],
    ]);
    expect(ok(addon.call('getContest', '2026-11')).leftOut.map((l: any) => l.partner)).toEqual(['A']);
  });

  it('says it in Russian, writing Russian words to a Russian log', () => {
    const w = fivePartners('ru_RU');
    ok(record(w.addon, '2026-10', 'A', 'winner'));
    const breach = ok(pass(w.addon, '2026-10', 'A', 'breach', '2026-11-05'));
    expect(breach.message).toBe(
      'Нарушение регламента партнёром «A» записано: с 05.11.2026 он больше не получает лиды на ноябрь 2026. С 05.11.2026 лиды на ноябрь 2026 переходят к месту 2: партнёру «B».',
    );
    const cancelled = ok(cancel(w.addon, '2026-10', 3));
    expect(cancelled.message).toBe('Строка 3 («A», нарушение регламента) отменена. Лиды на ноябрь 2026 снова получает «A».');
    expect(logRows(w.spreadsheet, 'ru').map((r) => [r[5], r[6]])).toEqual([
      ['победитель', 'A'],
      ['нарушение регламента', 'B'],
      ['отмена', ''],
    ]);
    expect(ok(w.addon.call('getContest', '2026-10')).records[0].text).toBe('Строка 2: «A» — победитель, лиды с 01.11.2026');
  });

  it('a breach whose next place is shared names nobody; the manager then records one of them from the same day', () => {
    const w = fivePartners();
    setInvoices(w.spreadsheet, [...['A', 'B', 'C'].map((p) => [p, SEP, 1000, 0]), ['A', OCT, 1500, 0], ['B', OCT, 1200, 1], ['C', OCT, 1200, 1]]);
    ok(record(w.addon, '2026-10', 'A', 'winner'));
    const breach = ok(pass(w.addon, '2026-10', 'A', 'breach', '2026-11-15'));
    expect(breach.row).toMatchObject({ leadsTo: '', from: '2026-11-15' });
    expect(breach.handover).toBe('tied');
    const view = ok(w.addon.call('getContest', '2026-10'));
    expect(view.podium.filter((r: any) => r.eligible).map((r: any) => r.partner)).toEqual(['B', 'C']);
    const picked = ok(record(w.addon, '2026-10', 'C', 'winner'));
    expect(picked.row).toMatchObject({ partner: 'C', leadsTo: 'C', from: '2026-11-15' });
    expect(picked.message).toBe('C is recorded as the winner for October 2026 (place 2): it receives the leads for November 2026 from 2026-11-15.');
  });
});

describe('what a breach, a late decline and a cancellation refuse, writing nothing', () => {
  it('a breach or a dated decline before a winner is recorded, by another partner, or on a day outside the receiving month', () => {
    const w = fivePartners();
    const { spreadsheet, addon } = w;
    expect(refusesWritingNothing(spreadsheet, addon, () => pass(addon, '2026-10', 'A', 'breach', '2026-11-05'))).toBe(
      'No winner is recorded for October 2026 yet: a handling breach is recorded against the partner that receives the leads. Nothing was written.',
    );
    ok(record(addon, '2026-10', 'A', 'winner'));
    expect(refusesWritingNothing(spreadsheet, addon, () => pass(addon, '2026-10', 'B', 'breach', '2026-11-05'))).toBe(
      'B does not receive the leads for November 2026: A does. Nothing was written.',
    );
    for (const day of ['2026-10-31', '2026-12-01']) {
      expect(refusesWritingNothing(spreadsheet, addon, () => pass(addon, '2026-10', 'A', 'breach', day))).toBe(
        `The leads for November 2026 can pass from A on a day from 2026-11-01 to 2026-11-30; ${day} is not one. Nothing was written.`,
      );
    }
    expect(refusesWritingNothing(spreadsheet, addon, () => pass(addon, '2026-10', 'A', 'breach', '10.11.2026'))).toBe(
      '"10.11.2026" is not a day (YYYY-MM-DD).',
    );
    // B holds the leads from the 10th: it cannot pass them on before it got them.
    ok(pass(addon, '2026-10', 'A', 'declined', '2026-11-10'));
    expect(refusesWritingNothing(spreadsheet, addon, () => pass(addon, '2026-10', 'B', 'breach', '2026-11-09'))).toBe(
      'The leads for November 2026 can pass from B on a day from 2026-11-10 to 2026-11-30; 2026-11-09 is not one. Nothing was written.',
    );
  });

  it('a cancellation of anything but the latest record in effect of the month', () => {
    const w = fivePartners();
    const { spreadsheet, addon } = w;
    ok(record(addon, '2026-10', 'A', 'winner')); // row 2
    ok(pass(addon, '2026-10', 'A', 'declined', '2026-11-10')); // row 3
    expect(refusesWritingNothing(spreadsheet, addon, () => cancel(addon, '2026-10', 2))).toBe(
      'Row 2 cannot be cancelled while row 3, recorded after it for October 2026, stands: cancel row 3 first. Nothing was written.',
    );
    ok(cancel(addon, '2026-10', 3)); // row 4
    expect(refusesWritingNothing(spreadsheet, addon, () => cancel(addon, '2026-10', 3))).toBe('Row 3 is already cancelled by row 4. Nothing was written.');
    expect(refusesWritingNothing(spreadsheet, addon, () => cancel(addon, '2026-10', 4))).toBe(
      'Row 4 is itself a cancellation; it cannot be cancelled. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => cancel(addon, '2026-10', 40))).toBe(
      'Row 40 of the contest log holds no record. Nothing was written.',
    );
    ok(record(addon, '2026-11', 'D', 'winner')); // row 5
    expect(refusesWritingNothing(spreadsheet, addon, () => cancel(addon, '2026-10', 5))).toBe(
      'Row 5 records the contest for November 2026, not October 2026. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => addon.call('recordContestResult', { month: '2026-10', action: 'cancel', requestId: 'x' }))).toBe(
      'Pick the record to cancel first.',
    );
  });

  it('a repeated request id of a breach or a cancellation writes nothing and answers as the first time', () => {
    const w = fivePartners();
    ok(record(w.addon, '2026-10', 'A', 'winner'));
    const first = ok(pass(w.addon, '2026-10', 'A', 'breach', '2026-11-05', 'breach-1'));
    const log = logOf(w.spreadsheet);
    w.addon.resetCounts();
    expect(pass(w.addon, '2026-10', 'A', 'breach', '2026-11-05', 'breach-1')).toEqual(first);
    expect(writes(w.addon)).toEqual({});
    const undo = ok(cancel(w.addon, '2026-10', 3, 'undo-1'));
    expect(cancel(w.addon, '2026-10', 3, 'undo-1')).toEqual(undo);
    expect(logOf(w.spreadsheet)).toHaveLength(log.length + 1);
  });
});

describe('getLeadBreaches: the late and overdue leads of the partner receiving the leads (LEAD_SLA over the Leads sheet)', () => {
  /** A holds November's leads from the 1st, B from the 10th (A declined). */
  function switchedToB() {
    const w = fivePartners();
    ok(record(w.addon, '2026-10', 'A', 'winner'));
    ok(pass(w.addon, '2026-10', 'A', 'declined', '2026-11-10'));
    setLeads(
      w.spreadsheet,
      [
        ['L-1', 'B', at('2026-11-10T10:00'), at('2026-11-10T10:30'), at('2026-11-12T10:00'), at('2026-11-20T08:00')], // every step in time: ok
        ['L-2', 'B', at('2026-11-11T09:00'), at('2026-11-11T11:00'), '', ''], // contact after 2 h; no follow-up by the 14th 09:00
        ['L-3', 'B', at('2026-11-05T09:00'), '', '', ''], // before B got the leads: not B's breach
        ['L-4', 'A', at('2026-11-12T09:00'), '', '', ''], // another partner's
        ['L-5', 'b', at('2026-11-19T20:00'), '', '', ''], // no contact by 21:00
      ],
      at('2026-11-20T09:00'),
    );
    return w;
  }

  it('lists them as of the Leads sheet report date, by the seed rule when the rules sheet says the same', () => {
    const { addon } = switchedToB();
    expect(addon.call('getLeadBreaches', '2026-10')).toEqual({
      ok: true,
      lang: 'en',
      month: '2026-10',
      partner: 'B',
      leads: [
        { lead: 'L-2', received: '2026-11-11 09:00', status: 'late: first contact; overdue: follow-up 3d' },
        { lead: 'L-5', received: '2026-11-19 20:00', status: 'overdue: first contact' },
      ],
      note: '2 of its 3 leads received from 2026-11-10 are late or overdue as of 2026-11-20 09:00.',
    });
  });

  it("follows the rules sheet's own steps, and refuses a step time the table has no step for, naming the cell", () => {
    const w = switchedToB();
    replaceRows(
      w.spreadsheet,
      RULES,
      'en',
      [
        ['call back', 2],
        ['send offer', 48],
      ],
      2,
    );
    // L-1 has a third step time (G… F2), but the table has two steps.
    expect(refused(w.addon.call('getLeadBreaches', '2026-10'))).toBe(
      'The "Leads" sheet, row 2, column Follow-up (14 days): 2026-11-20T05:00:00.000Z is given, but the rules table has only 2 steps: leave it empty. Correct the cell; nothing was written.',
    );
    sheet(w.spreadsheet, LEADS, 'en').getRange('F2').clearContent();
    // call back within 2 h, send offer within 48 h: L-2 called back in time (11:00) but no offer by the 13th 09:00;
    // L-5 not called back by 22:00.
    expect(ok(w.addon.call('getLeadBreaches', '2026-10')).leads).toEqual([
      { lead: 'L-2', received: '2026-11-11 09:00', status: 'overdue: send offer' },
      { lead: 'L-5', received: '2026-11-19 20:00', status: 'overdue: call back' },
    ]);
    // A rules cell the reader refuses is named on its sheet.
    sheet(w.spreadsheet, RULES, 'en').getRange('B3').setValue(0);
    expect(refused(w.addon.call('getLeadBreaches', '2026-10'))).toBe(
      'The "Rules: leads" sheet, cell B3 (Within hours): 0 is not a whole number of 1 or more. Correct it; nothing was written.',
    );
  });

  it('refuses while nobody receives the leads, in the user language', () => {
    const w = fivePartners('ru_RU');
    expect(refused(w.addon.call('getLeadBreaches', '2026-10'))).toBe('Лиды по конкурсу за октябрь 2026 пока никто не получает.');
  });
});

it('keeps the log append-only: the sample row stays where it is', () => {
  const { spreadsheet, addon } = workbook();
  const sample = logRows(spreadsheet)[0];
  ok(pass(addon, '2026-09', 'North IT', 'breach', '2026-10-21'));
  expect(logRows(spreadsheet)[0]).toEqual(sample);
  expect(sheet(spreadsheet, CONTEST_LOG, 'en').getRange('F3:H3').getValues()).toEqual([['handling breach', 'Cloud Accounting', midnight('2026-10-21')]]);
});
