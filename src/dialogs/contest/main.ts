/**
 * The Growth contest dialog (SPEC §9.3): pick a reporting month, see the
 * podium (ties marked), who is left out and why, and what is recorded; then
 * record the winner (nothing preselected: the button names what it records),
 * a decline (before or after a winner is recorded), a handling breach of the
 * partner receiving the leads (its late and overdue leads listed, the day
 * picked), or cancel the month's latest record. Every server call goes
 * through `call` (google.script.run); text from the sheets is set as text only.
 */
import type { Lang } from '../../app/api';
import type { ContestRequest, ContestView, LeadBreaches, PodiumRow } from '../../programs/growth/api';
import { byId, fill, h } from '../shared/dom';
import { call, messageOf } from '../shared/server';
import { PendingIds } from '../shared/requestId';
import { dayText } from '../shared/i18n';
import { type Words, placeText, wordsIn } from './text';

declare const google: { script: { host: { close(): void } } };

const monthSelect = byId<HTMLSelectElement>('month');
const recordButton = byId<HTMLButtonElement>('record');
const declineButton = byId<HTMLButtonElement>('decline');
const breachButton = byId<HTMLButtonElement>('breach');
const closeButton = byId<HTMLButtonElement>('close');
const switchFrom = byId<HTMLInputElement>('switch-from');
const switchConfirm = byId<HTMLButtonElement>('switch-confirm');
const switchBack = byId<HTMLButtonElement>('switch-back');
const errorBox = byId('error');
const noticeBox = byId('notice');

let lang: Lang = 'en';
let t: Words = wordsIn('en');
let view: ContestView | undefined;
let selected: string | undefined;
/** The open switch panel: a decline or a breach of the partner receiving the leads. */
let mode: 'declined' | 'breach' | undefined;
let late: LeadBreaches | undefined;
/** The row whose Cancel was clicked once: a second click writes the cancelling row (one stray click writes nothing). */
let cancelArmed: number | undefined;
let inFlight = false;
/** Counts month loads, so an answer for a month no longer picked is dropped. */
let loads = 0;
const requestIds = new PendingIds();

function setLanguage(next: Lang): void {
  lang = next;
  t = wordsIn(next);
  document.documentElement.lang = next;
  fill(byId('month-label'), t.month);
  fill(byId('h-place'), t.place);
  fill(byId('h-partner'), t.partner);
  fill(byId('h-growth'), t.growth);
  fill(byId('h-subscriptions'), t.subscriptions);
  fill(byId('h-status'), t.status);
  fill(byId('tie-legend'), t.tieLegend);
  fill(byId('left-out-title'), t.leftOut);
  fill(byId('records-title'), t.records);
  fill(byId('h-lead'), t.lead);
  fill(byId('h-received'), t.received);
  fill(byId('h-sla'), t.sla);
  fill(byId('switch-from-label'), t.switchFrom);
  fill(declineButton, t.decline);
  fill(breachButton, t.breach);
  fill(switchBack, t.back);
  fill(closeButton, t.close);
}

const showError = (message: string) => fill(errorBox, message);
const showNotice = (message: string) => fill(noticeBox, message);

/** The podium row picked, when it can be recorded now. */
function pickedRow(): PodiumRow | undefined {
  return view?.podium.find((row) => row.eligible && row.partner === selected);
}

/** Buttons follow the state: nothing to do while a call is in flight; each action only when it applies. */
function updateButtons(): void {
  const holder = view?.switch ?? null;
  const picked = pickedRow();
  recordButton.disabled = inFlight || !view || !!holder || !picked;
  fill(recordButton, picked && view ? t.recordNamed(picked.partner, view.name) : t.record);
  declineButton.disabled = inFlight || !view || (!holder && !picked) || mode !== undefined;
  breachButton.disabled = inFlight || !holder || mode !== undefined;
  monthSelect.disabled = inFlight || monthSelect.options.length === 0;
  for (const button of document.querySelectorAll<HTMLButtonElement>('#records-list button')) button.disabled = inFlight;
  switchBack.disabled = inFlight;
  const day = switchFrom.value;
  switchConfirm.disabled = inFlight || !holder || !mode || !day;
  if (holder && mode) {
    const shown = dayText(day, lang);
    const label =
      mode === 'breach' ? (holder.to ? t.switchTo(holder.to, shown) : t.breachFrom(shown)) : holder.to ? t.passTo(holder.to, shown) : t.declineFrom(shown);
    fill(switchConfirm, label);
  }
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
      h('td', { class: 'status' }, row.statusText),
    );
    if (row.eligible) {
      tr.addEventListener('click', () => {
        if (inFlight) return;
        selected = row.partner;
        cancelArmed = undefined;
        render();
      });
    }
    return tr;
  });
  fill(byId('podium').querySelector('tbody')!, ...rows);
  byId('tie-legend').hidden = !current.podium.some((row) => row.tied);
}

function renderRecords(current: ContestView): void {
  byId('records').hidden = current.records.length === 0;
  const items = current.records.map((record) => {
    const armed = cancelArmed === record.row;
    const label = armed ? t.confirmCancel(record.row) : t.cancelRow(record.row);
    const cancel = record.cancellable
      ? h('button', { type: 'button', class: armed ? 'cancel-record armed' : 'cancel-record', 'data-row': record.row }, label)
      : null;
    cancel?.addEventListener('click', () => {
      if (inFlight) return;
      if (!armed) {
        cancelArmed = record.row;
        render();
      } else void act({ action: 'cancel', row: record.row });
    });
    return h('li', { 'data-row': record.row }, record.text, cancel);
  });
  fill(byId('records-list'), ...items);
}

function renderSwitch(current: ContestView): void {
  const holder = current.switch;
  const open = !!holder && mode !== undefined;
  byId('switch').hidden = !open;
  if (!holder || !open) return;
  fill(byId('switch-title'), mode === 'breach' ? t.breachTitle(holder.partner) : t.declineTitle(holder.partner));
  fill(byId('switch-to'), holder.toText);
  byId('late').hidden = mode !== 'breach' || !late;
  if (mode === 'breach' && late) {
    fill(byId('late-note'), late.note);
    const rows = late.leads.map((lead) =>
      h('tr', {}, h('td', { class: 'lead' }, lead.lead), h('td', {}, lead.received), h('td', { class: 'sla' }, lead.status)),
    );
    fill(byId('late-leads').querySelector('tbody')!, ...rows);
  }
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
    renderRecords(current);
    renderSwitch(current);
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
  mode = undefined;
  late = undefined;
  cancelArmed = undefined;
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
    render();
  } catch (error) {
    if (load === loads) showError(messageOf(error));
  } finally {
    if (load === loads) updateButtons();
  }
}

/** Opens the panel for a decline or a breach of the partner receiving the leads; a breach first lists its late leads. */
async function openSwitch(next: 'declined' | 'breach'): Promise<void> {
  const current = view;
  if (!current?.switch || inFlight) return;
  mode = next;
  late = undefined;
  cancelArmed = undefined;
  switchFrom.min = current.switch.first;
  switchFrom.max = current.switch.last;
  switchFrom.value = current.switch.suggested;
  showError('');
  render();
  if (next !== 'breach') return;
  const load = loads;
  try {
    const answer = await call('getLeadBreaches', current.month);
    if (load !== loads || mode !== 'breach') return;
    if (!answer.ok) showError(answer.message);
    else late = answer;
  } catch (error) {
    if (load === loads) showError(messageOf(error));
  }
  render();
}

async function act(request: Omit<ContestRequest, 'month' | 'requestId'>): Promise<void> {
  if (inFlight || !view) return;
  const month = view.month;
  cancelArmed = undefined;
  const requestId = requestIds.for([month, request.action, request.partner ?? '', request.from ?? '', request.row ?? ''].join('\u0000'));
  inFlight = true;
  updateButtons();
  showError('');
  showNotice('');
  let recorded = false;
  try {
    const answer = await call('recordContestResult', { ...request, month, requestId });
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

function recordWinner(): void {
  const row = pickedRow();
  if (!row) showError(t.pick);
  else void act({ action: 'winner', partner: row.partner });
}

function decline(): void {
  if (view?.switch) {
    void openSwitch('declined');
    return;
  }
  const row = pickedRow();
  if (!row) showError(t.pick);
  else void act({ action: 'declined', partner: row.partner });
}

function confirmSwitch(): void {
  const holder = view?.switch;
  if (!holder || !mode) return;
  if (!switchFrom.value) {
    showError(t.pickDay);
    return;
  }
  void act({ action: mode, partner: holder.partner, from: switchFrom.value });
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
recordButton.addEventListener('click', recordWinner);
declineButton.addEventListener('click', decline);
breachButton.addEventListener('click', () => void openSwitch('breach'));
switchFrom.addEventListener('input', updateButtons);
switchConfirm.addEventListener('click', confirmSwitch);
switchBack.addEventListener('click', () => {
  mode = undefined;
  late = undefined;
  render();
});
closeButton.addEventListener('click', () => google.script.host.close());

void start();
