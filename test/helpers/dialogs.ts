import { expect } from 'vitest';

/** A dialog server call's answer that must be a success; returns it for further checks. */
export const ok = (value: any) => {
  expect(value, JSON.stringify(value)).toMatchObject({ ok: true });
  return value;
};

/** A dialog server call's answer that must be a refusal; returns its message. */
export const refused = (value: any): string => {
  expect(value, JSON.stringify(value)).toMatchObject({ ok: false });
  expect(typeof value.message).toBe('string');
  return value.message;
};

/** Fresh request ids, as each confirmation in a dialog sends. */
export function requestIds(prefix: string): () => string {
  let seq = 0;
  return () => `${prefix}-${++seq}`;
}
