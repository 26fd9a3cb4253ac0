import { $ } from './dom';

/**
 * Asks inside the page (no window.confirm: the page stays scriptable and
 * styled like the rest) whether to go on; resolves true for the confirming
 * button, false for Cancel, Escape or a click outside the box. Cancel has the
 * focus, so Enter does not throw anything away by accident.
 */
let settle: ((yes: boolean) => void) | undefined;

export function ask(text: string, ok: string, cancel: string): Promise<boolean> {
  settle?.(false);
  $('ask-text').textContent = text;
  $('ask-ok').textContent = ok;
  $('ask-cancel').textContent = cancel;
  $('ask').hidden = false;
  $('ask-cancel').focus();
  return new Promise((resolve) => {
    settle = (yes) => {
      settle = undefined;
      $('ask').hidden = true;
      resolve(yes);
    };
  });
}

export function wireAsk(): void {
  $('ask-ok').addEventListener('click', () => settle?.(true));
  $('ask-cancel').addEventListener('click', () => settle?.(false));
  $('ask').addEventListener('click', (event) => {
    if (event.target === $('ask')) settle?.(false);
  });
  $('ask').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      settle?.(false);
    }
  });
}
