/**
 * The contest's months (SPEC §8): January against December, the partner that receives the
 * leads left out, the log read in either language, equal growths tied. Set-up:
 * test/helpers/contestDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { placeText } from '../../src/dialogs/contest/text';
import { ok } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { logRow, logRows, record, setInvoices, setLog, workbook } from '../helpers/contestDialog';

describe('months and the leads receiver', () => {
  it("compares January with December across the year end, leaving out December's winner", () => {
    const { spreadsheet, addon } = workbook();
    setInvoices(spreadsheet, [
      ['Alpha', midnight('2026-12-31'), 1000, 0],
      ['Beta', midnight('2026-12-05'), 400, 0],
      ['Beta', midnight('2026-12-20'), 600, 0], // Beta's December: 400 + 600 = 1000
      ['Gamma', midnight('2026-12-01'), 1000, 0],
      ['Alpha', midnight('2027-01-01'), 1300, 1], // +30%
      ['Beta', midnight('2027-01-31'), 1200, 2], // +20%
      ['Gamma', midnight('2027-01-15'), 2000, 0], // +100%, but Gamma won December
      ['Alpha', midnight('2026-11-01'), 500, 0], // November: not compared
    ]);
    setLog(spreadsheet, [logRow(midnight('2026-12-01'), 1, 'Gamma', 'winner', { growth: 0.5, subscriptions: 0 })]);
    expect(addon.call('getContestMonths').months.map((m: any) => m.month)).toEqual(['2027-01', '2026-12', '2026-11']);
    const view = ok(addon.call('getContest', '2027-01'));
    expect(view).toMatchObject({ label: 'January 2027', previousLabel: 'December 2026' });
    expect(view.podium.map((r: any) => [r.place, r.partner, r.growthText])).toEqual([
      [1, 'Alpha', '+30.0%'],
      [2, 'Beta', '+20.0%'],
    ]);
    expect(view.leftOut).toEqual([
      { partner: 'Gamma', reason: 'receives the leads during January 2027 as the winner for December 2026, so it does not take part' },
    ]);
    ok(record(addon, '2027-01', 'Alpha', 'winner'));
    expect(logRows(spreadsheet).at(-1)![0]).toEqual(midnight('2027-01-01'));
    // December compared with November: Alpha 500 → 1000 = +100%; Beta and Gamma had no November invoice.
    expect(ok(addon.call('getContest', '2026-12')).podium.map((r: any) => [r.partner, r.growthText])).toEqual([['Alpha', '+100.0%']]);
  });

  it("when last month's winner declined, leaves out the partner that took the leads instead", () => {
    const { spreadsheet, addon } = workbook();
    // As the older dialog wrote it: the decline, then the next place as winner (no Leads to).
    setLog(spreadsheet, [
      logRow(midnight('2026-09-01'), 1, 'North IT', 'declined', { growth: 0.5, subscriptions: 0 }),
      logRow(midnight('2026-09-01'), 2, 'Cloud Accounting', 'winner', { growth: 0.2, subscriptions: 1 }),
    ]);
    const view = ok(addon.call('getContest', '2026-10'));
    // North IT (+100%) is back; Cloud Accounting receives October's leads.
    expect(view.podium.map((r: any) => [placeText(r.place, r.tied), r.partner, r.growthText])).toEqual([
      ['1', 'North IT', '+100.0%'],
      ['2 =', 'Ural Service', '+10.0%'],
      ['2 =', 'Smart Office', '+10.0%'],
    ]);
    expect(view.leftOut.map((l: any) => l.partner)).toEqual(['Cloud Accounting', 'Volga Soft']);
  });

  it("reads the log's words in either language and ignores notes", () => {
    const { spreadsheet, addon } = workbook();
    setLog(spreadsheet, [
      logRow(midnight('2026-09-01'), 1, 'North IT', 'Победитель', { growth: 0.5, subscriptions: 0 }),
      logRow(midnight('2026-10-01'), '', 'Cloud Accounting', 'called them, waiting', { user: '' }),
    ]);
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.leftOut[0].partner).toBe('North IT');
    expect(view.winner).toBeNull();
  });

  it("sums a partner's rows of a month exactly, so equal growths still tie", () => {
    const { spreadsheet, addon } = workbook();
    setLog(spreadsheet, []);
    setInvoices(spreadsheet, [
      ['P', midnight('2026-09-01'), 100.1, 0],
      ['P', midnight('2026-09-20'), 200.2, 0], // 100.1 + 200.2 = 300.3 exactly (as floats: 300.29999999999995)
      ['Q', midnight('2026-09-01'), 100.1, 0],
      ['P', midnight('2026-10-01'), 330.33, 1],
      ['Q', midnight('2026-10-01'), 110.11, 1],
      ['p', midnight('2026-10-09'), 0, 1], // the same partner, spelled otherwise: 2 subscriptions in all
      ['Q', midnight('2026-10-09'), 0, 1],
    ]);
    // P: 330.33 / 300.30 − 1 = 10%; Q: 110.11 / 100.10 − 1 = 10%; 2 subscriptions each → tie
    expect(ok(addon.call('getContest', '2026-10')).podium.map((r: any) => [placeText(r.place, r.tied), r.partner, r.subscriptions])).toEqual([
      ['1 =', 'P', 2],
      ['1 =', 'Q', 2],
    ]);
  });
});
