/**
 * redeemPoints repeated, concurrent and at scale (SPEC §11): a repeated request id, 100 concurrent
 * attempts against a balance that covers 3, a 100,000-row ledger, a full sheet. Set-up and the
 * sample worked out by hand: test/helpers/redeemDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { BONUS_REDEMPTIONS } from '../../src/programs/bonus/template';
import { ok } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { giveGranite200, ledger, sheet, todayIso, workbook } from '../helpers/redeemDialog';

describe('redeemPoints: a repeated request id', () => {
  it('writes nothing the second time and returns the first result', () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    const first = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_9', quantity: 2, requestId: 'same' })); // 200 − 120 = 80
    const after = ledger(spreadsheet);
    addon.resetCounts();
    const second = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_9', quantity: 2, requestId: 'same' }));
    expect(addon.counts()['Range.setValues'] ?? 0).toBe(0);
    expect(ledger(spreadsheet)).toEqual(after);
    expect(second).toEqual({
      ...first,
      repeated: true,
      message: 'Redeemed 2 × ACT_9 (120 points) for Granite Plant (already recorded: nothing new was written). Balance: 80 points.',
    });
  });

  it('still returns the balance right after its own row once later redemptions were made', () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'a' })); // 200 − 60 = 140
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'ACT_15', quantity: 1, requestId: 'c' })); // 140 − 80 = 60
    const rows = ledger(spreadsheet).length;
    // a retry of "a" — even one whose request was garbled in transit — gets a's result: 60 points, balance 140
    const again = ok(addon.call('redeemPoints', { client: 'Alpha Build', reward: 'TP_15', quantity: 9, requestId: 'a' }));
    expect(again).toMatchObject({
      client: 'Granite Plant',
      reward: 'OZON_2000',
      quantity: 1,
      points: 60,
      earned: 200,
      spent: 60,
      balance: 140,
      repeated: true,
      date: todayIso,
    });
    expect(ledger(spreadsheet)).toHaveLength(rows);
  });

  it('a double click (two concurrent calls with one id) writes one row', async () => {
    // An interleaving in which the second call starts between the first one's read and write
    // (without the document lock, both find no row with this id and both write).
    const { spreadsheet, addon } = workbook('en_US', { interleave: { probability: 0.2, seed: 2 } });
    giveGranite200(spreadsheet);
    const before = ledger(spreadsheet).length;
    const request = { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'double' };
    const results = await addon.callConcurrently([
      { name: 'redeemPoints', args: [request] },
      { name: 'redeemPoints', args: [request] },
    ]);
    expect(results.map((r) => r.ok && r.value.ok)).toEqual([true, true]);
    expect(results.map((r) => r.ok && r.value.balance)).toEqual([140, 140]);
    expect(results.map((r) => r.ok && r.value.repeated).sort()).toEqual([false, true]);
    expect(ledger(spreadsheet)).toHaveLength(before + 1);
    expect(addon.interleaved).toBe(1);
  });
});

describe('redeemPoints under load', () => {
  // Interleavings under which a redemption without the document lock overspends (checked by hand: 9 and 4
  // successes): executions are suspended between their read of the ledger and their write.
  it.each([
    { probability: 0.1, seed: 1 },
    { probability: 0.3, seed: 1 },
  ])('100 concurrent attempts against a balance that covers exactly 3 record exactly 3 (interleave %o)', async (interleave) => {
    const { spreadsheet, addon } = workbook('en_US', { interleave });
    giveGranite200(spreadsheet); // 200 points: 3 × 60 = 180 fits, a 4th (240) does not; 20 remain
    const before = ledger(spreadsheet);
    const results = await addon.callConcurrently(
      Array.from({ length: 100 }, (_, i) => ({
        name: 'redeemPoints',
        args: [{ client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: `load-${i}` }],
        user: `manager${i}@example.com`,
      })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const values = results.map((r) => (r.ok ? r.value : undefined));
    const done = values.filter((v) => v.ok);
    expect(done).toHaveLength(3);
    expect(done.map((v) => v.balance).sort((a, b) => b - a)).toEqual([140, 80, 20]);
    const refusals = values.filter((v) => !v.ok).map((v) => v.message);
    expect(refusals).toHaveLength(97);
    // every late caller saw the balance left by the first three: 20, so 40 missing
    expect(new Set(refusals)).toEqual(new Set(['Granite Plant has 20 points, but 1 × OZON_2000 costs 60 points: 40 points missing. Nothing was written.']));
    const after = ledger(spreadsheet);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    expect(added).toHaveLength(3);
    expect(new Set(added.map((row) => row[5])).size).toBe(3);
    expect(added.every((row) => row[1] === 'Granite Plant' && row[3] === 60)).toBe(true);
    expect(ok(addon.call('getRedeemState')).clients.find((c: any) => c.name === 'Granite Plant')).toMatchObject({
      name: 'Granite Plant',
      earned: 200,
      spent: 180,
      balance: 20,
    });
    // the executions did overlap, callers had to wait for the lock, and none left it held
    expect(addon.interleaved).toBeGreaterThan(0);
    expect(addon.retried).toBeGreaterThan(0);
    expect(addon.lockStats().leaked).toBe(0);
  });

  it('one redemption against a 100,000-row ledger makes a constant few reads and exactly one write', () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    const redemptions = sheet(spreadsheet, BONUS_REDEMPTIONS, 'en');
    const day = midnight('2026-03-01');
    // 100,000 rows for 1,000 archived clients (none of them on the Clients sheet), replacing the sample row
    const rows = Array.from({ length: 100_000 }, (_, i) => [day, `Archive client ${i % 1000}`, 'OZON_2000', 60, 1, `old-${i}`, 'archive@example.com']);
    redemptions.insertRowsAfter(redemptions.getMaxRows(), 100_500 - redemptions.getMaxRows());
    redemptions.getRange(2, 1, rows.length, 7).setValues(rows);
    addon.resetCounts();
    const result = ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'big' }));
    expect(result.balance).toBe(140);
    const counts = addon.counts();
    expect(counts['Range.getValues']).toBeLessThanOrEqual(4);
    expect(counts['Range.setValues']).toBe(1);
    expect(counts['Range.setValue'] ?? 0).toBe(0);
    expect(counts['Sheet.appendRow'] ?? 0).toBe(0);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total, JSON.stringify(counts)).toBeLessThanOrEqual(40);
    expect(redemptions.getRange(100_002, 1, 1, 7).getValues()[0]).toEqual([
      midnight(todayIso),
      'Granite Plant',
      'OZON_2000',
      60,
      1,
      'big',
      'manager@example.com',
    ]);
  });
});

describe('redeemPoints on a full sheet', () => {
  it("adds rows when the ledger has reached the sheet's last row, and still writes one setValues", () => {
    const { spreadsheet, addon } = workbook('en_US');
    giveGranite200(spreadsheet);
    const redemptions = sheet(spreadsheet, BONUS_REDEMPTIONS, 'en');
    const max = redemptions.getMaxRows(); // 1000: a new sheet's rows
    const rows = Array.from({ length: max - 1 }, (_, i) => [midnight('2026-03-01'), 'Archive', 'OZON_2000', 60, 1, `old-${i}`, 'a@example.com']);
    redemptions.getRange(2, 1, rows.length, 7).setValues(rows);
    addon.resetCounts();
    ok(addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'past-the-end' }));
    expect(addon.counts()['Range.setValues']).toBe(1);
    expect(redemptions.getMaxRows()).toBeGreaterThan(max);
    expect(redemptions.getRange(max + 1, 1, 1, 7).getValues()[0]).toEqual([
      midnight(todayIso),
      'Granite Plant',
      'OZON_2000',
      60,
      1,
      'past-the-end',
      'manager@example.com',
    ]);
  });
});
