import { newRequestId } from '../shared/requestId';

/**
 * One request id per user action. The same action sent again after a call
 * that got no answer (a network failure) keeps its id, so the server can
 * tell a retry from a new action; once the server has answered, the next
 * action gets a new id.
 */
export class PendingIds {
  private pending: { key: string; id: string } | undefined;

  /** The id for this action: the pending one when the same action is retried, else a new one. */
  for(key: string): string {
    if (!this.pending || this.pending.key !== key) this.pending = { key, id: newRequestId() };
    return this.pending.id;
  }

  /** The server answered. */
  done(): void {
    this.pending = undefined;
  }
}
