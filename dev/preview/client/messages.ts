import type { MessageView } from '../types';
import { $, el } from './dom';
import { state } from './state';
import { CHROME } from './texts';

/** Shows what the add-on said (alerts, toasts) and the preview's own notes and errors, at most four at a time. */
export function showMessages(messages: readonly MessageView[]): void {
  const box = $('messages');
  for (const m of messages) {
    const node = el('div', { class: `message kind-${m.kind}`, role: m.kind === 'error' ? 'alert' : 'status' });
    if (m.title) node.append(el('strong', {}, m.title));
    node.append(el('span', { class: 'message-text' }, m.message));
    const dismiss = el('button', { type: 'button', 'aria-label': CHROME[state.workbook?.lang ?? 'en'].dismiss }, '×');
    dismiss.addEventListener('click', () => node.remove());
    node.append(dismiss);
    box.append(node);
    if (m.kind === 'toast') setTimeout(() => node.remove(), 5000);
    while (box.children.length > 4) box.firstElementChild!.remove();
  }
}
