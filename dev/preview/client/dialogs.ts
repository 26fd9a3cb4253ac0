/**
 * The dialogs the add-on opens: a sidebar in the 300-px side panel, a modal
 * over the page, each an iframe of the dialog's HTML with the google.script
 * bridge; and what the bridge tells the page (a server call ran, close, resize).
 */
import type { BridgeMessage, DialogView } from '../types';
import { $ } from './dom';
import { showMessages } from './messages';
import { state } from './state';

/** Redraws the workbook after a dialog's server call (set by wireDialogs). */
let redraw: () => void = () => undefined;

export type Place = 'sidebar' | 'modal';

export function openDialog(dialog: DialogView): void {
  const place: Place = dialog.kind === 'sidebar' ? 'sidebar' : 'modal';
  state.dialogs[place] = dialog;
  const frame = $<HTMLIFrameElement>(`${place}-frame`);
  $(`${place}-title`).textContent = dialog.title;
  if (place === 'sidebar') {
    $('sidebar').style.width = `${dialog.width || 300}px`;
  } else {
    const box = document.querySelector<HTMLElement>('.modal-box')!;
    box.style.width = `${dialog.width || 600}px`;
    frame.style.height = `${dialog.height || 400}px`;
  }
  frame.src = dialog.url;
  $(place).hidden = false;
}

export function closeDialog(place: Place): void {
  if (!state.dialogs[place]) return;
  state.dialogs[place] = null;
  $(place).hidden = true;
  $<HTMLIFrameElement>(`${place}-frame`).src = 'about:blank';
}

function placeOf(source: MessageEventSource | null): Place | undefined {
  if (source && source === $<HTMLIFrameElement>('sidebar-frame').contentWindow) return 'sidebar';
  if (source && source === $<HTMLIFrameElement>('modal-frame').contentWindow) return 'modal';
  return undefined;
}

function onBridgeMessage(event: MessageEvent): void {
  if (event.origin !== window.location.origin) return;
  const data = event.data as BridgeMessage | undefined;
  const place = placeOf(event.source);
  if (data?.incentivePreview !== true || !place) return;
  if (data.type === 'close') closeDialog(place);
  else if (data.type === 'size' && place === 'modal') {
    if (data.height) $<HTMLIFrameElement>('modal-frame').style.height = `${data.height}px`;
    if (data.width) document.querySelector<HTMLElement>('.modal-box')!.style.width = `${data.width}px`;
  } else if (data.type === 'ran') {
    showMessages(data.messages);
    if (data.dialog) openDialog(data.dialog);
    redraw();
  }
}

/** Listens to the dialogs' bridge; `refresh` redraws the workbook after a server call, which may have written. */
export function wireDialogs(refresh: () => void): void {
  redraw = refresh;
  $('sidebar-close').addEventListener('click', () => closeDialog('sidebar'));
  $('modal-close').addEventListener('click', () => closeDialog('modal'));
  window.addEventListener('message', onBridgeMessage);
}
