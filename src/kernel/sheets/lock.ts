import { t } from '../i18n';
import type { Lang } from '../i18n';
import type { Refusal } from './refusal';

/** How long a dialog's write waits for the document lock before refusing. */
export const LOCK_WAIT_MS = 10_000;

/**
 * Runs `work` holding the document lock, so that two managers (or two clicks)
 * never read the same balance and both write. Refuses, doing nothing, when
 * the lock is not obtained in time.
 *
 * `work` ends with its one write (its result built before it). What follows
 * cannot turn a call that wrote into a failure: the flush only applies the
 * accepted writes before the lock is released (Apps Script applies them at
 * the end of the execution anyway), and the lock is released when the
 * execution ends even if releaseLock fails; so an error in either is logged,
 * never thrown. An exception thrown by `work` itself (before its write) still
 * propagates.
 */
export function withDocumentLock<T>(lang: Lang, work: () => T, waitMs = LOCK_WAIT_MS): T | Refusal {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(waitMs)) {
    return {
      ok: false,
      message: t`Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.`[lang],
    };
  }
  let result: T;
  try {
    result = work();
  } catch (error) {
    quietly(() => lock.releaseLock());
    throw error;
  }
  quietly(() => SpreadsheetApp.flush());
  quietly(() => lock.releaseLock());
  return result;
}

function quietly(step: () => void): void {
  try {
    step();
  } catch (error) {
    try {
      console.error(error);
    } catch {
      // nothing left to tell
    }
  }
}
