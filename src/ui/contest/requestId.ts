/**
 * One id per user action, sent with the write so the server can tell a retry
 * from a new request. A call that failed in transport (no answer) is retried
 * with the same id while the action stays the same; an answer (success or
 * refusal) ends it.
 */
export function newRequestId(): string {
  const c: Partial<Crypto> | undefined = typeof crypto === 'undefined' ? undefined : crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class RequestIds {
  private pending: { key: string; id: string } | undefined;

  /** The id for this action: the pending one when the same action is retried, else a new one. */
  for(key: string): string {
    if (!this.pending || this.pending.key !== key) this.pending = { key, id: newRequestId() };
    return this.pending.id;
  }

  /** The server answered: the next action gets a new id. */
  done(): void {
    this.pending = undefined;
  }
}
