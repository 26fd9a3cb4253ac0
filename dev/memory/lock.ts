/**
 * LockService with real mutual exclusion between executions.
 *
 * The model. Apps Script runs each execution synchronously on its own
 * thread; LockService is how two of them exclude each other. In Node one
 * execution's synchronous code cannot be paused for another to run, so the
 * runtime interleaves executions the only way single-threaded code allows:
 * when a queued execution makes a service call, the scheduler may start
 * another queued execution right there and run it to completion before the
 * call proceeds (scheduler.ts). The suspended execution keeps its locks.
 *
 * A lock's holder is therefore the running execution, an execution suspended
 * below it, a host handle holding it on purpose (Addon.holdLock,
 * hostServices), or nobody. An uncontended lock is granted at once; asking
 * again from the holding execution succeeds. A Lock belongs to the execution
 * that got it from getDocumentLock() & co.; when an execution ends still
 * holding one, it is released (as Apps Script does) and counted as leaked.
 *
 * Contention. The holder cannot release while the running execution waits —
 * it only resumes once the running one returns — so the wait cannot happen
 * in place. Instead:
 * - with `contention: 'wait'` (the default), a queued execution that asks
 *   with a timeout above 0 for a lock a suspended execution holds is told
 *   no (tryLock returns false, waitLock throws Apps Script's "Lock timeout"
 *   error) and marked as waiting; if it then ends without having changed
 *   anything (no write to a sheet, property, cache or the UI), its outcome is
 *   discarded and the scheduler runs it again once the lock is free. Its
 *   caller sees only that second run: exactly as if it had waited. (If it
 *   did write after being refused — code that ignores tryLock's answer — its
 *   outcome stands, and the race shows.)
 * - a timeout of 0, a holder that is a host handle, a synchronous `call`
 *   (nothing can run it again), or `contention: 'fail'`: the wait runs out
 *   at once, with no real time passing — tryLock returns false, waitLock
 *   throws "Lock timeout: another process was holding the lock for too long."
 *
 * So 100 concurrent callers (`Promise.all` of 100 `addon.callAsync(...)`)
 * behave as in Apps Script: those that meet the lock taken wait their turn,
 * and code that reads, checks and writes without the lock is caught, because
 * a caller started in the middle of another can read the same balance
 * before the first one writes.
 */
import { MESSAGES, ServiceError } from './errors';
import type { LockState } from './lockState';
import { type Execution, expose } from './runtime';

/** Refusals one execution may meet before the runtime stops a loop that would never end. */
const MAX_REFUSALS = 100;

class MemoryLock {
  constructor(
    private readonly state: LockState,
    private readonly exec: Execution,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    checkTimeout(timeoutInMillis, 'tryLock');
    const { state, exec } = this;
    if (state.holder === null || state.holder === exec) {
      state.holder = exec;
      exec.heldLocks.add(state);
      return true;
    }
    state.contended += 1;
    exec.refusals += 1;
    // A loop that keeps asking cannot succeed here: the holder resumes only when this execution returns.
    if (exec.refusals > MAX_REFUSALS)
      throw new ServiceError(
        `${MESSAGES.lockTimeout} (in-memory runtime: ${exec.label} asked ${MAX_REFUSALS} times for a lock held by ${state.holder.label}, which cannot release it before this execution ends)`,
      );
    const holder = state.holder;
    if (timeoutInMillis > 0 && exec.retriable && exec.runtime.contention === 'wait' && holder.kind !== 'host' && !holder.ended) {
      exec.waitFor = state;
    }
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new ServiceError(MESSAGES.lockTimeout);
  }

  releaseLock(): void {
    if (this.state.holder === this.exec) {
      this.state.holder = null;
      this.exec.heldLocks.delete(this.state);
    }
  }

  hasLock(): boolean {
    return this.state.holder === this.exec;
  }
}

function checkTimeout(ms: unknown, method: string): void {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new ServiceError(MESSAGES.signature(typeof ms === 'number' ? 'number' : typeof ms, `LockService.Lock.${method}`));
  }
}

class MemoryLockService {
  constructor(private readonly exec: Execution) {}

  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return lockView(this.exec.runtime.book.documentLock, this.exec);
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return lockView(this.exec.runtime.scriptLock, this.exec);
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return lockView(this.exec.runtime.userLock(this.exec.user.email), this.exec);
  }
}

function lockView(state: LockState, exec: Execution): GoogleAppsScript.Lock.Lock {
  return expose(new MemoryLock(state, exec), 'Lock', exec);
}

export function lockService(exec: Execution): GoogleAppsScript.Lock.LockService {
  return expose(new MemoryLockService(exec), 'LockService', exec);
}
