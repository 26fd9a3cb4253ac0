import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Globals, createSpreadsheet, hostServices, loadAddon } from '../../dev/memory';

const FIXTURE = join(__dirname, 'fixtures/Code.js');

function setup(interleave?: { probability: number; seed?: number }, contention?: 'wait' | 'fail') {
  const ss = createSpreadsheet({ sheets: ['Ledger'] });
  const addon = loadAddon({ spreadsheet: ss, codePath: FIXTURE, interleave, contention });
  return { ss, addon };
}

describe('LockService', () => {
  it('grants a free lock at once and knows who holds it', () => {
    const { addon } = setup();
    addon.runExecution(({ LockService }) => {
      const lock = LockService.getDocumentLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(0)).toBe(true);
      // Asking again from the same execution succeeds; a second Lock object of the same execution holds it too.
      expect(lock.tryLock(0)).toBe(true);
      expect(LockService.getDocumentLock().hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
      lock.waitLock(100);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
    });
  });

  it('excludes another execution until the holder releases, with Apps Script timeout behaviour', () => {
    const { ss, addon } = setup();
    const holder = hostServices(ss);
    const held = holder.LockService.getDocumentLock();
    expect(held.tryLock(0)).toBe(true);
    addon.runExecution(({ LockService }) => {
      const lock = LockService.getDocumentLock();
      expect(lock.tryLock(5000)).toBe(false);
      expect(() => lock.waitLock(5000)).toThrow('Lock timeout: another process was holding the lock for too long.');
      expect(lock.hasLock()).toBe(false);
      // Releasing a lock one does not hold changes nothing.
      lock.releaseLock();
    });
    expect(held.hasLock()).toBe(true);
    held.releaseLock();
    expect(addon.runExecution(({ LockService }) => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  it('refuses a bundle call while another execution holds the lock, and grants it after', () => {
    const { addon } = setup();
    const release = addon.holdLock('document');
    expect(addon.call('increment', true)).toBe('busy');
    release();
    expect(addon.call('increment', true)).toBe('done');
  });

  it('releases a lock the execution forgot, and counts it as leaked', () => {
    const { addon } = setup();
    addon.runExecution(({ LockService }) => {
      LockService.getDocumentLock().waitLock(1000);
    });
    expect(addon.lockStats().leaked).toBe(1);
    expect(addon.runExecution(({ LockService }) => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  it('stops a loop that keeps asking for a lock nobody can release meanwhile', () => {
    const { addon } = setup();
    const release = addon.holdLock('document');
    expect(() =>
      addon.runExecution(({ LockService, Utilities }) => {
        const lock = LockService.getDocumentLock();
        while (!lock.tryLock(100)) Utilities.sleep(100);
      }),
    ).toThrow(/^Lock timeout: .*asked 100 times for a lock held by host execution/);
    release();
  });

  it('keeps document, script and user locks apart', () => {
    const { addon } = setup();
    const releaseScript = addon.holdLock('script');
    const releaseUser = addon.holdLock('user', 'ann@example.com');
    const results = addon.runExecution(
      ({ LockService }) => [LockService.getDocumentLock().tryLock(0), LockService.getScriptLock().tryLock(0), LockService.getUserLock().tryLock(0)],
      { user: 'bob@example.com' },
    );
    expect(results).toEqual([true, false, true]);
    expect(addon.runExecution(({ LockService }) => LockService.getUserLock().tryLock(0), { user: 'ann@example.com' })).toBe(false);
    releaseScript();
    releaseUser();
    expect(addon.runExecution(({ LockService }) => LockService.getScriptLock().tryLock(0))).toBe(true);
  });
});

/**
 * 100 callers at once: each reads the points already spent from a ledger sheet
 * and appends a redemption of 10 points when the balance (30 points) still
 * covers it — so exactly 3 may succeed.
 */
function redeem(useLock: boolean) {
  return ({ SpreadsheetApp, LockService, Utilities }: Globals): string => {
    const lock = LockService.getDocumentLock();
    if (useLock && !lock.tryLock(10_000)) return 'busy';
    try {
      const sheet = SpreadsheetApp.getActive().getSheetByName('Ledger')!;
      const last = sheet.getLastRow();
      const spent =
        last === 0
          ? 0
          : sheet
              .getRange(1, 1, last, 1)
              .getValues()
              .reduce((sum, [points]) => sum + Number(points), 0);
      if (30 - spent < 10) return 'balance too small';
      Utilities.sleep(5);
      sheet.appendRow([10, Utilities.getUuid()]);
      return 'redeemed';
    } finally {
      if (useLock) lock.releaseLock();
    }
  };
}

function tally(outcomes: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of outcomes) out[o] = (out[o] ?? 0) + 1;
  return out;
}

describe('100 concurrent executions', () => {
  it('with the document lock, exactly 3 of 100 redemptions are recorded; the others wait their turn', async () => {
    const { ss, addon } = setup({ probability: 0.3, seed: 7 });
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => addon.runExecutionAsync(redeem(true))));
    // As in Apps Script: every caller gets the lock in turn, 3 redeem and 97 find the balance spent.
    expect(tally(outcomes)).toEqual({ redeemed: 3, 'balance too small': 97 });
    expect(ss.getSheetByName('Ledger')!.getLastRow()).toBe(3);
    // The callers really overlapped: some were started inside another and had to wait for its lock.
    expect(addon.interleaved).toBeGreaterThan(0);
    expect(addon.retried).toBeGreaterThan(0);
    expect(addon.lockStats().leaked).toBe(0);
  });

  it('without the lock, the same callers overspend (the runtime exposes the race)', async () => {
    const { ss, addon } = setup({ probability: 0.3, seed: 7 });
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => addon.runExecutionAsync(redeem(false))));
    expect(tally(outcomes).redeemed).toBeGreaterThan(3);
    expect(ss.getSheetByName('Ledger')!.getLastRow()).toBeGreaterThan(3);
  });

  it("with contention 'fail', a caller that meets the lock taken times out instead of waiting", async () => {
    const { ss, addon } = setup({ probability: 0.3, seed: 7 }, 'fail');
    const outcomes = tally(await Promise.all(Array.from({ length: 100 }, () => addon.runExecutionAsync(redeem(true)))));
    expect(outcomes.redeemed).toBe(3);
    expect(outcomes.busy).toBeGreaterThan(0);
    expect(outcomes.busy + outcomes['balance too small']).toBe(97);
    expect(ss.getSheetByName('Ledger')!.getLastRow()).toBe(3);
    expect(addon.retried).toBe(0);
  });

  it('never lets two executions inside the locked section at once', async () => {
    const { addon } = setup({ probability: 0.5, seed: 3 });
    let inside = 0;
    let most = 0;
    let entered = 0;
    const body = ({ LockService, Utilities }: Globals) => {
      const lock = LockService.getDocumentLock();
      lock.waitLock(1000);
      inside += 1;
      entered += 1;
      most = Math.max(most, inside);
      Utilities.sleep(1);
      Utilities.sleep(1);
      inside -= 1;
      lock.releaseLock();
      return true;
    };
    const results = await Promise.all(Array.from({ length: 100 }, () => addon.runExecutionAsync(body)));
    expect(most).toBe(1);
    expect(entered).toBe(100);
    expect(results.every(Boolean)).toBe(true);
    expect(addon.retried).toBeGreaterThan(0);
  });

  it('runs the bundle: read-modify-write of a counter loses updates only without the lock', async () => {
    const locked = setup({ probability: 0.4, seed: 11 });
    const withLock = await locked.addon.callConcurrently(Array.from({ length: 100 }, () => ({ name: 'increment', args: [true] })));
    expect(withLock.every((r) => r.ok && r.value === 'done')).toBe(true);
    expect(hostServices(locked.ss).PropertiesService.getDocumentProperties().getProperty('n')).toBe('100');

    const unlocked = setup({ probability: 0.4, seed: 11 });
    await unlocked.addon.callConcurrently(Array.from({ length: 100 }, () => ({ name: 'increment', args: [false] })));
    expect(Number(hostServices(unlocked.ss).PropertiesService.getDocumentProperties().getProperty('n'))).toBeLessThan(100);
  });

  it('does not wait for a lock a host handle holds: the caller is refused', async () => {
    const { addon } = setup({ probability: 0.3, seed: 1 });
    const release = addon.holdLock('document');
    const results = await addon.callConcurrently(Array.from({ length: 5 }, () => ({ name: 'increment', args: [true] })));
    expect(results.map((r) => r.ok && r.value)).toEqual(['busy', 'busy', 'busy', 'busy', 'busy']);
    release();
  });

  it('runs queued executions one after another when interleaving is off', async () => {
    const { ss, addon } = setup({ probability: 0 });
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => addon.runExecutionAsync(redeem(false))));
    expect(tally(outcomes)).toEqual({ redeemed: 3, 'balance too small': 97 });
    expect(ss.getSheetByName('Ledger')!.getLastRow()).toBe(3);
    expect(addon.interleaved).toBe(0);
  });

  it('gives each concurrent caller its own user', async () => {
    const { addon } = setup();
    const results = await addon.callConcurrently([
      { name: 'whoAmI', user: 'ann@example.com', locale: 'en' },
      { name: 'whoAmI', user: 'bob@example.com', locale: 'ru' },
    ]);
    expect(results).toEqual([
      { ok: true, value: ['ann@example.com', 'en', 'Europe/Moscow'] },
      { ok: true, value: ['bob@example.com', 'ru', 'Europe/Moscow'] },
    ]);
  });
});
