import { bi } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import type { Refusal } from '../api';

/** How long a dialog's write waits for the document lock before refusing. */
export const LOCK_WAIT_MS = 10_000;

/**
 * Runs `work` holding the document lock, so that two managers (or two clicks)
 * never read the same balance and both write. Refuses, doing nothing, when
 * the lock is not obtained in time.
 */
export function withDocumentLock<T>(lang: Lang, work: () => T, waitMs = LOCK_WAIT_MS): T | Refusal {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(waitMs)) {
    return {
      ok: false,
      message: bi(
        'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.',
        'Таблицу сейчас изменяет кто-то другой. Повторите через минуту; ничего не записано.',
      )[lang],
    };
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
