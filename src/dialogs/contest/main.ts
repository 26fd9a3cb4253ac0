/**
 * The Growth contest dialog: pick a reporting month, see the podium (ties
 * marked), who is left out and why, then record the winner or a decline.
 * Every server call goes through `call` (google.script.run); text from the
 * sheets is set as text only.
 */
import type { Lang } from '../../app/api';
import type { ContestAction, ContestView, PodiumRow } from '../../programs/growth/api';
import { byId, fill, h } from '../shared/dom';
import { call, messageOf } from '../shared/server';
import { PendingIds } from '../shared/requestId';
import { TEXT, type Words, placeText } from './text';

declare const google: { script: { host: { close(): void } } };

const monthSelect = byId<HTMLSelectElement>('month');
const recordButton = byId<HTMLButtonElement>('record');
const declineButton = byId<HTMLButtonElement>('decline');
const closeButton = byId<HTMLButtonElement>('close');
const errorBox = byId('error');
const noticeBox = byId('notice');

let t: Words = TEXT.en;
let view: ContestView | undefined;
let selected: string | undefined;
let inFlight = false;
/** Counts month loads, so an answer for a month no longer picked is dropped. */
let loads = 0;
const requestIds = new PendingIds();

function setLanguage(next: Lang): void {
  t = TEXT[next];
  document.documentElement.lang = next;
  fill(byId('month-label'), t.month);
  fill(byId('h-place'), t.place);
  fill(byId('h-partner'), t.partner);
  fill(byId('h-growth'), t.growth);
  fill(byId('h-subscriptions'), t.subscriptions);
  fill(byId('h-status'), t.status);
  fill(byId('tie-legend'), t.tieLegend);
  fill(byId('left-out-title'), t.leftOut);
  fill(recordButton, t.record);
  fill(declineButton, t.decline);
  fill(closeButton, t.close);
}

function showError(message: string): void {
  fill(errorBox, message);
}

function showNotice(message: string): void {
  fill(noticeBox, message);
}

/** The podium row picked, when it can be recorded now. */
function pickedRow(): PodiumRow | undefined {
  return view?.podium.find((row) => row.eligible && row.partner === selected);
}

/** Buttons follow the state: nothing to do while a call is in flight, once a winner is recorded, or with nobody picked. */
function updateButtons(): void {
  const canAct = !inFlight && !!view && !view.winner && !!pickedRow();
  recordButton.disabled = !canAct;
  declineButton.disabled = !canAct;
  monthSelect.disabled = inFlight || monthSelect.options.length === 0;
}

function statusText(row: PodiumRow): string {
  return row.status === 'winner' ? t.winner : row.status === 'declined' ? t.declined : '';
}

function renderPodium(current: ContestView): void {
  const rows = current.podium.map((row) => {
    const picked = row.eligible && row.partner === selected;
    const radio = row.eligible ? h('input', { type: 'radio', name: 'pick', value: row.partner, 'aria-label': t.pickAria(row.partner), checked: picked }) : null;
    const tr = h(
      'tr',
      { class: [row.status, row.eligible ? 'eligible' : '', picked ? 'selected' : ''].filter(Boolean).join(' '), 'data-partner': row.partner },
      h('td', { class: 'pick' }, radio),
      h('td', { class: 'place', title: row.tied ? t.tie : false }, placeText(row.place, row.tied)),
      h('td', { class: 'partner' }, row.partner),
      h('td', { class: 'num growth' }, row.growthText),
      h('td', { class: 'num subscriptions' }, row.subscriptions),
      h('td', { class: 'status' }, statusText(row)),
    );
    if (row.eligible) {
      tr.addEventListener('click', () => {
        if (inFlight) return;
        selected = row.partner;
        render();
      });
    }
    return tr;
  });
  fill(byId('podium').querySelector('tbody')!, ...rows);
  byId('tie-legend').hidden = !current.podium.some((row) => row.tied);
}

function render(): void {
  const current = view;
  byId('contest').hidden = !current;
  if (current) {
    fill(byId('compared'), t.compared(current.previousLabel));
    renderPodium(current);
    fill(byId('note'), current.note);
    byId('left-out').hidden = current.leftOut.length === 0;
    fill(byId('left-out-list'), ...current.leftOut.map((left) => h('li', {}, h('b', {}, left.partner), ` — ${left.reason}`)));
  } else {
    fill(byId('compared'));
  }
  updateButtons();
}

/** Loads the picked month's contest; keeps `keepNotice` (a result just recorded) on screen. */
async function loadMonth(keepNotice = false): Promise<void> {
  const month = monthSelect.value;
  const load = ++loads;
  view = undefined;
  selected = undefined;
  showError('');
  if (!keepNotice) showNotice('');
  fill(byId('compared'), t.loading);
  render();
  if (!month) return;
  try {
    const answer = await call('getContest', month);
    if (load !== loads) return;
    if (!answer.ok) {
      showError(answer.message);
      return;
    }
    view = answer;
    const eligible = answer.podium.filter((row) => row.eligible);
    selected = eligible.length === 1 ? eligible[0].partner : undefined;
    render();
  } catch (error) {
    if (load === loads) showError(messageOf(error));
  } finally {
    if (load === loads) updateButtons();
  }
}

async function act(action: ContestAction): Promise<void> {
  const row = pickedRow();
  if (inFlight || !view) return;
  if (!row) {
    showError(t.pick);
    return;
  }
  const month = view.month;
  const requestId = requestIds.for(`${month}\u0000${row.partner}\u0000${action}`);
  inFlight = true;
  updateButtons();
  showError('');
  showNotice('');
  let recorded = false;
  try {
    const answer = await call('recordContestResult', { month, partner: row.partner, action, requestId });
    requestIds.done();
    if (answer.ok) {
      showNotice(answer.message);
      recorded = true;
    } else {
      showError(answer.message);
    }
  } catch (error) {
    // No answer: a retry of the same action reuses the request id, so it cannot write twice.
    showError(messageOf(error));
  } finally {
    inFlight = false;
    updateButtons();
  }
  if (recorded) await loadMonth(true);
}

async function start(): Promise<void> {
  try {
    const answer = await call('getContestMonths');
    setLanguage(answer.lang);
    if (!answer.ok) {
      showError(answer.message);
      render();
      return;
    }
    fill(monthSelect, ...answer.months.map((m) => h('option', { value: m.month }, m.label)));
    monthSelect.value = answer.months[0]?.month ?? '';
    await loadMonth();
  } catch (error) {
    showError(messageOf(error));
  }
}

monthSelect.addEventListener('change', () => void loadMonth());
recordButton.addEventListener('click', () => void act('winner'));
declineButton.addEventListener('click', () => void act('declined'));
closeButton.addEventListener('click', () => google.script.host.close());

void start();
