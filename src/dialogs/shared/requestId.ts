/**
 * A fresh id for one user action (shared by the dialogs): the server keeps
 * it with what it wrote (the redeem ledger row, the deal dialog's handled
 * requests) and writes nothing for the same id again (a double click, a
 * retried call). crypto.randomUUID where the browser has it (secure
 * contexts), else a version-4 UUID from crypto.getRandomValues, else (very
 * old browsers) time plus Math.random.
 */
export function newRequestId(): string {
  const c = (typeof crypto !== 'undefined' ? crypto : undefined) as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') {
    c.getRandomValues(bytes);
  } else {
    for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    const time = Date.now();
    for (let i = 0; i < 6; i++) bytes[i] ^= Math.floor(time / 2 ** (8 * i)) & 0xff;
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One request id per user action. The same action sent again after a call
 * that got no answer (a transport failure) keeps its id, so the server can
 * tell a retry from a new action; once the server has answered, the next
 * action gets a new id.
 */
export class PendingIds {
  private pending: { key: string; id: string } | undefined;

  /** The id for this action (`key` says what the action is): the pending one when the same action is retried, else a new one. */
  for(key: string): string {
    if (!this.pending || this.pending.key !== key) this.pending = { key, id: newRequestId() };
    return this.pending.id;
  }

  /** The server answered. */
  done(): void {
    this.pending = undefined;
  }
}
