/**
 * recordContestResult refusing, writing nothing, and its request ids (repeated, concurrent).
 * Set-up and the template's sample worked out by hand: test/helpers/contestDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { CONTEST_LOG, INVOICES } from '../../src/programs/growth/template';
import { ok, refused } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { logOf, logRows, record, refusesWritingNothing, setInvoices, sheet, workbook, writes } from '../helpers/contestDialog';

describe('recordContestResult refuses, writing nothing', () => {
  it('a partner that is not at the best place still open', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Ural Service', 'winner'))).toBe(
      'Ural Service is in place 2; the leads go first to place 1: Cloud Accounting. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Smart Office', 'declined'))).toBe(
      'Smart Office is in place 2; the leads go first to place 1: Cloud Accounting. Nothing was written.',
    );
    const ru = workbook('ru_RU');
    expect(refusesWritingNothing(ru.spreadsheet, ru.addon, () => record(ru.addon, '2026-10', 'Урал Сервис', 'winner'), 'ru')).toBe(
      'Партнёр «Урал Сервис» на месте 2; лиды сначала предлагаются месту 1: «Облачная бухгалтерия». Ничего не записано.',
    );
  });

  it('a partner that already declined', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'declined'));
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'))).toBe(
      'Cloud Accounting has already declined the leads for October 2026. Nothing was written.',
    );
  });

  it("the partner that receives the month's leads, one with no growth, and one not in the contest", () => {
    const { spreadsheet, addon } = workbook();
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'North IT', 'winner'))).toBe(
      'North IT is not ranked for October 2026: it receives the leads during October 2026 as the winner for September 2026, so it does not take part. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Volga Soft', 'winner'))).toBe(
      'Volga Soft is not ranked for October 2026: it has no invoice for September 2026, so it has no growth to rank. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Nobody Ltd', 'winner'))).toBe(
      'Nobody Ltd is not ranked in the contest for October 2026. Nothing was written.',
    );
  });

  it('a month with no invoices, and a month where nobody can be ranked', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-12', 'Cloud Accounting', 'winner'))).toBe(
      'There are no invoices for December 2026: there is nothing to rank.',
    );
    // Only the leads receiver and a newcomer invoiced in both months: nobody to rank.
    setInvoices(spreadsheet, [
      ['North IT', midnight('2026-09-01'), 100, 0],
      ['North IT', midnight('2026-10-01'), 200, 0],
      ['Newcomer', midnight('2026-10-01'), 500, 0],
    ]);
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Newcomer', 'winner'))).toBe(
      'Nobody can be ranked for October 2026: no partner taking part has an invoice for both September 2026 and October 2026.',
    );
    expect(refused(addon.call('getContest', '2026-10'))).toMatch(/^Nobody can be ranked for October 2026/);
  });

  it('when the document lock is not obtained', () => {
    const { spreadsheet, addon } = workbook();
    const release = addon.holdLock('document');
    try {
      expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'))).toBe(
        'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.',
      );
    } finally {
      release();
    }
    // the same request goes through once the lock is free
    ok(record(addon, '2026-10', 'Cloud Accounting', 'winner'));
  });

  it('a request that is not well formed', () => {
    const { spreadsheet, addon } = workbook();
    const good = { month: '2026-10', partner: 'Cloud Accounting', action: 'winner', requestId: 'x' };
    const cases: [unknown, RegExp][] = [
      [{ ...good, requestId: '' }, /no valid id/],
      [{ ...good, requestId: 'x'.repeat(101) }, /no valid id/],
      [{ ...good, action: 'won' }, /Unknown action/],
      [{ ...good, partner: '  ' }, /Pick a partner/],
      [{ ...good, month: '2026-10-01' }, /is not a month/],
      [null, /no valid id/],
    ];
    for (const [request, message] of cases)
      expect(refusesWritingNothing(spreadsheet, addon, () => addon.call('recordContestResult', request))).toMatch(message);
  });

  it("an invoice cell it cannot read in the months compared (but not an old month's typo)", () => {
    const { spreadsheet, addon } = workbook();
    const invoices = sheet(spreadsheet, INVOICES, 'en');
    invoices.getRange(11, 1, 1, 4).setValues([['Old Partner', midnight('2026-05-01'), 'n/a', 'many']]);
    ok(addon.call('getContest', '2026-10')); // May does not matter to October
    invoices.getRange(3, 3).setValue('lots'); // Cloud Accounting's October amount
    const message = refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'));
    expect(message).toBe('The "Invoices" sheet, row 3, column Amount: "lots" is not a number. Correct the cell; nothing was written.');
    invoices.getRange(3, 3).setValue(-5);
    expect(refused(addon.call('getContest', '2026-10'))).toBe(
      'The "Invoices" sheet, row 3, column Amount: -5 is negative, but an amount cannot be. Correct the cell; nothing was written.',
    );
    const ru = workbook('ru_RU');
    sheet(ru.spreadsheet, INVOICES, 'ru').getRange(3, 3).setValue('много'); // «Облачная бухгалтерия», October
    expect(refused(ru.addon.call('getContest', '2026-10'))).toBe(
      'Лист «Счета», строка 3, столбец «Сумма»: «много» — не число. Исправьте ячейку; ничего не записано.',
    );
  });

  it('when the log lacks a column it writes', () => {
    const { spreadsheet, addon } = workbook();
    sheet(spreadsheet, CONTEST_LOG, 'en').getRange(1, 10).setValue('Notes');
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'))).toBe(
      'The "Contest log" sheet has no "Recorded by" column. Insert a column headed "Recorded by" right after the "Cancels row" column (a newly inserted template has it), then try again. Nothing was written.',
    );
  });

  it('when the log was made by the older template, without Leads to, From and Cancels row: says which to insert; its rows still count', () => {
    const { spreadsheet, addon } = workbook();
    // The older log: A–F as now, then Recorded by | Recorded at | Request ID; its sample row is North IT's September win.
    const log = sheet(spreadsheet, CONTEST_LOG, 'en');
    log.getRange('G1:L2').clearContent();
    log.getRange('G1:I2').setValues([
      ['Recorded by', 'Recorded at', 'Request ID'],
      ['manager@example.com', midnight('2026-10-02'), ''],
    ]);
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'))).toBe(
      'The "Contest log" sheet has no "Leads to", "From" and "Cancels row" columns. Insert columns headed "Leads to", "From" and "Cancels row" right after the "Result" column (a newly inserted template has them), then try again. Nothing was written.',
    );
    // A winner row without Leads to still hands its partner the leads: North IT is left out of October.
    expect(ok(addon.call('getContest', '2026-10')).leftOut[0].partner).toBe('North IT');
  });
});

describe('request ids', () => {
  it('a repeated request id writes nothing and returns the first result', () => {
    const { spreadsheet, addon } = workbook();
    const first = ok(record(addon, '2026-10', 'Cloud Accounting', 'declined', 'same-id'));
    const after = logOf(spreadsheet);
    addon.resetCounts();
    expect(record(addon, '2026-10', 'Cloud Accounting', 'declined', 'same-id')).toEqual(first);
    expect(writes(addon)).toEqual({});
    expect(logOf(spreadsheet)).toEqual(after);
    // even when the request is otherwise different (a retried call carries the id of the first)
    expect(record(addon, '2026-10', 'Ural Service', 'winner', 'same-id')).toEqual(first);
    expect(logOf(spreadsheet)).toEqual(after);
    // a new id is a new request
    ok(record(addon, '2026-10', 'Ural Service', 'winner', 'other-id'));
    expect(logOf(spreadsheet)).toHaveLength(after.length + 1);
  });

  it('concurrent calls with one id write once; with different ids only one winner is recorded', async () => {
    const { spreadsheet, addon } = workbook();
    addon.interleave({ probability: 1, seed: 7 });
    const request = { month: '2026-10', partner: 'Cloud Accounting', action: 'winner', requestId: 'double-click' };
    const same = await addon.callConcurrently(Array.from({ length: 5 }, () => ({ name: 'recordContestResult', args: [request] })));
    expect(same.every((s) => s.ok && s.value.ok === true)).toBe(true);
    expect(logRows(spreadsheet).filter((r) => r[5] === 'winner' && r[2] === 'Cloud Accounting')).toHaveLength(1);

    // Different ids (two managers, or two dialogs): executions overlapping at random service calls.
    for (const seed of [1, 2, 3]) {
      const other = workbook();
      other.addon.interleave({ probability: 0.05, seed }); // rare enough that executions get far before another cuts in
      const many = await other.addon.callConcurrently(
        Array.from({ length: 20 }, (_, i) => ({ name: 'recordContestResult', args: [{ ...request, requestId: `click-${seed}-${i}` }] })),
      );
      expect(other.addon.interleaved).toBeGreaterThan(0);
      expect(many.filter((s) => s.ok && s.value.ok === true)).toHaveLength(1);
      expect(many.filter((s) => s.ok && s.value.ok === false).map((s: any) => s.value.message)).toEqual(
        Array(19).fill(expect.stringMatching(/^A winner for October 2026 is already recorded: Cloud Accounting/)),
      );
      expect(logRows(other.spreadsheet).filter((r) => r[5] === 'winner' && (r[0] as Date).getTime() === midnight('2026-10-01').getTime())).toHaveLength(1);
    }
  });
});
