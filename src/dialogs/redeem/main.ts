import type { Lang } from '../../app/api';
import type { ClientPoints, RedeemRequest, RedeemState } from '../../programs/bonus/api';
import { busy, byId, fill, h } from '../shared/dom';
import { call, messageOf } from '../shared/server';
import { PendingIds } from '../shared/requestId';
import { tx } from '../shared/i18n';
import { type Words, formatDay, formatPoints, wordsIn } from './text';

/*
 * The Redeem points sidebar: pick a client, see earned / spent / balance as
 * of today (and as of the Clients sheet's report date beside it, when that is
 * another day, so the sheet's figures and the dialog's never puzzle anyone)
 * and the catalog, pick a reward by name and code and a quantity, confirm;
 * Refresh re-reads the sheets. Every text from the sheets goes in as text
 * (textContent, option labels), never as HTML.
 */

declare const google: { script: { host: { close(): void } } };

const form = byId<HTMLFormElement>('form');
const clientSelect = byId<HTMLSelectElement>('client');
const rewardSelect = byId<HTMLSelectElement>('reward');
const quantityInput = byId<HTMLInputElement>('quantity');
const confirmButton = byId<HTMLButtonElement>('confirm');
const refreshButton = byId<HTMLButtonElement>('refresh');
const errorBox = byId('error');
const noticeBox = byId('notice');

let state: RedeemState | undefined;
let lang: Lang = /^ru\b/i.test(navigator.language || '') ? 'ru' : 'en';
let t: Words = wordsIn(lang);

/**
 * The confirmation in flight or last failed in transit: the same request
 * (same client, reward and quantity) sent again keeps its id, so a retried
 * call cannot record twice. Cleared once the server has answered.
 */
const requestIds = new PendingIds();

byId('loading').textContent = t.loading;

function selectedClient(): ClientPoints | undefined {
  return state?.clients.find((c) => c.name === clientSelect.value);
}

/** The quantity typed, when it is a whole number ≥ 1. */
function quantity(): number | undefined {
  const text = quantityInput.value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

function showError(message: string): void {
  noticeBox.textContent = '';
  errorBox.textContent = message;
}

function showNotice(message: string): void {
  errorBox.textContent = '';
  noticeBox.textContent = message;
}

function setWords(): void {
  document.documentElement.lang = lang;
  const words: Record<string, string> = {
    'client-label': t.client,
    'earned-label': t.earned,
    'spent-label': t.spent,
    'balance-label': t.balance,
    'catalog-label': t.catalog,
    'reward-label': t.reward,
    'quantity-label': t.quantity,
    confirm: t.confirm,
    refresh: t.refresh,
    close: t.close,
  };
  for (const [id, text] of Object.entries(words)) byId(id).textContent = text;
}

function renderClients(keep: string): void {
  if (!state) return;
  const options = [h('option', { value: '' }, state.clients.length ? t.pickClient : t.noClients)];
  for (const client of state.clients) options.push(h('option', { value: client.name }, client.name));
  fill(clientSelect, ...options);
  clientSelect.value = state.clients.some((c) => c.name === keep) ? keep : '';
}

function renderCatalog(): void {
  if (!state) return;
  const rows = state.catalog.map((reward) => {
    const row = h(
      'tr',
      { 'data-code': reward.code },
      h('td', {}, h('div', {}, reward.name), h('div', { class: 'muted' }, reward.code)),
      h('td', { class: 'num' }, formatPoints(reward.points)),
    );
    row.addEventListener('click', () => {
      rewardSelect.value = reward.code;
      update();
    });
    return row;
  });
  fill(byId('catalog'), h('tr', {}, h('th', {}, t.reward), h('th', { class: 'num' }, t.points)), ...rows);
  const keep = rewardSelect.value;
  fill(
    rewardSelect,
    h('option', { value: '' }, t.pickReward),
    ...state.catalog.map((reward) => h('option', { value: reward.code }, t.rewardOption(reward.name, reward.code, reward.points))),
  );
  rewardSelect.value = state.catalog.some((r) => r.code === keep) ? keep : '';
}

/** The report date to show beside today: the sheet's, when it is another day. */
function otherReportDate(): string | undefined {
  return state?.reportDate !== undefined && state.reportDate !== state.today ? state.reportDate : undefined;
}

/** Earned / spent / balance as of today and, in a second column, as of the report date. */
function renderFigures(client: ClientPoints | undefined): void {
  if (!state) return;
  const shown = client && !client.problem ? client : undefined;
  const report = otherReportDate();
  const atReport = report === undefined ? undefined : shown?.atReportDate;
  const figure = (n: number | undefined) => (n === undefined ? '–' : formatPoints(n));
  for (const key of ['earned', 'spent', 'balance'] as const) {
    byId(key).textContent = figure(shown?.[key]);
    const cell = byId(`${key}-report`);
    cell.textContent = figure(atReport?.[key]);
    cell.hidden = report === undefined;
  }
  byId('figures-head').hidden = report === undefined;
  const today = formatDay(state.today);
  if (report === undefined) {
    byId('as-of').textContent = state.reportDate === state.today ? t.asOfReportToo(today) : t.asOf(today);
    byId('report-note').textContent = state.reportDateProblem ?? '';
    return;
  }
  const reportDay = formatDay(report);
  fill(byId('today-head'), t.today, h('div', { class: 'muted' }, today));
  fill(byId('report-head'), t.reportDate, h('div', { class: 'muted' }, reportDay));
  byId('as-of').textContent = shown && atReport ? t.balances(shown.balance, reportDay, atReport.balance) : t.dates(today, reportDay);
  byId('report-note').textContent = t.reportNote;
}

/** Redraws the figures, the selection and the cost from the current state and inputs. */
function update(): void {
  if (!state) return;
  const client = selectedClient();
  const problem = byId('client-problem');
  renderFigures(client);
  problem.textContent = client?.problem ?? '';
  problem.hidden = !client?.problem;

  const code = rewardSelect.value;
  for (const row of Array.from(byId('catalog').querySelectorAll('tr[data-code]'))) {
    row.classList.toggle('selected', row.getAttribute('data-code') === code);
  }
  const reward = state.catalog.find((r) => r.code === code);
  const n = quantity();
  const cost = byId('cost');
  cost.classList.remove('short');
  if (!reward) {
    cost.textContent = '';
  } else if (n === undefined) {
    cost.textContent = t.badQuantity;
    cost.classList.add('short');
  } else {
    const total = reward.points * n;
    const parts = [t.cost(total)];
    if (client && !client.problem) {
      const after = client.balance - total;
      parts.push(after >= 0 ? t.after(after) : t.missing(-after));
      if (after < 0) cost.classList.add('short');
    }
    cost.textContent = parts.join(tx.in('punctuation')`; `);
  }
}

function applyState(next: RedeemState): void {
  const keepClient = clientSelect.value;
  state = next;
  lang = next.lang;
  t = wordsIn(lang);
  setWords();
  renderClients(keepClient);
  renderCatalog();
  update();
}

async function load(): Promise<void> {
  try {
    const next = await call('getRedeemState');
    if (!next.ok) {
      byId('loading').hidden = true;
      form.hidden = false;
      setWords();
      showError(next.message);
      return;
    }
    applyState(next);
    byId('loading').hidden = true;
    form.hidden = false;
  } catch (error) {
    byId('loading').hidden = true;
    form.hidden = false;
    setWords();
    showError(messageOf(error));
  }
}

/** Refreshes the figures after a refusal (someone may have redeemed meanwhile), keeping the message shown. */
async function rereadQuietly(): Promise<void> {
  try {
    const next = await call('getRedeemState');
    if (next.ok) applyState(next);
  } catch {
    // the refusal already shown says enough
  }
}

/** The Refresh button: re-reads the sheets, keeping the chosen client (and reward and quantity) when still there. */
async function refresh(): Promise<void> {
  const chosen = clientSelect.value;
  refreshButton.textContent = t.refreshing;
  try {
    const next = await call('getRedeemState');
    if (!next.ok) return showError(next.message);
    applyState(next);
    showNotice(chosen !== '' && clientSelect.value !== chosen ? t.clientGone(chosen) : t.refreshed);
  } catch (error) {
    showError(messageOf(error));
  } finally {
    refreshButton.textContent = t.refresh;
  }
}

async function confirm(): Promise<void> {
  const n = quantity();
  if (!clientSelect.value) return showError(t.needClient);
  if (!rewardSelect.value) return showError(t.needReward);
  if (n === undefined) return showError(t.badQuantity);
  const request: RedeemRequest = {
    client: clientSelect.value,
    reward: rewardSelect.value,
    quantity: n,
    requestId: requestIds.for(JSON.stringify([clientSelect.value, rewardSelect.value, n])),
  };
  confirmButton.textContent = t.working;
  try {
    const result = await call('redeemPoints', request);
    requestIds.done();
    if (!result.ok) {
      showError(result.message);
      await rereadQuietly();
      return;
    }
    const client = state?.clients.find((c) => c.name === result.client);
    if (client) {
      client.earned = result.earned;
      client.spent = result.spent;
      client.balance = result.balance;
      // The report-date figures count the whole ledger too (as the sheet's Balance column does).
      if (client.atReportDate) {
        client.atReportDate.spent = result.spent;
        client.atReportDate.balance = client.atReportDate.earned - result.spent;
      }
    }
    update();
    showNotice(result.message);
  } catch (error) {
    // Not answered (a network failure, an error on the server): the same confirmation sent again keeps its id.
    showError(messageOf(error));
  } finally {
    confirmButton.textContent = t.confirm;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state) return;
  void busy(confirmButton, confirm);
});
clientSelect.addEventListener('change', () => {
  errorBox.textContent = '';
  noticeBox.textContent = '';
  update();
});
rewardSelect.addEventListener('change', update);
quantityInput.addEventListener('input', update);
refreshButton.addEventListener('click', () => void busy(refreshButton, refresh));
byId('close').addEventListener('click', () => google.script.host.close());

void load();
