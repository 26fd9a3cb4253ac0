/**
 * Who holds one lock (a document, the script, or one user's lock), shared by
 * every execution that asks for it. See lock.ts for the execution model.
 */
export interface LockHolder {
  readonly id: number;
  readonly label: string;
  /** `host`: the test's or preview's own handle, which releases only when told to. */
  readonly kind: string;
  readonly ended: boolean;
}

export class LockState {
  holder: LockHolder | null = null;
  /** Attempts that found the lock held by another execution. */
  contended = 0;
  /** Executions that ended while still holding it (Apps Script releases such a lock itself). */
  leaked = 0;

  constructor(
    readonly kind: 'document' | 'script' | 'user',
    readonly label: string,
  ) {}
}
