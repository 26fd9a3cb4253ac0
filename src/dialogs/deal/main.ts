import type { Lang } from '../../app/api';
import type { DealOutcome, DealRef, DealState, OpenDeal, PartnerDeals } from '../../programs/partners/api';
import { byId, fill, h } from '../shared/dom';
import { call, messageOf } from '../shared/server';
import { PendingIds } from '../shared/requestId';
import { dayText } from '../shared/i18n';
import { type Words, wordsIn } from './text';

/*
 * The Register a deal sidebar: pick a partner (its tier as the server's core
 * computes it), type the customer, tax ID, products and expected amount, and
 * Register. Below, the partner's open registrations: pick one to extend it
 * or to record a status update. The server checks every rule and answers
 * with a refusal naming the program's reason; this page only shows it. Every
 * text from the sheets goes in as text (textContent, option labels), never as
 * HTML.
 */

declare const google: { script: { host: { close(): void } } };

const form = byId<HTMLFormElement>('form');
const partnerSelect = byId<HTMLSelectElement>('partner');
const customerInput = byId<HTMLInputElement>('customer');
const taxIdInput = byId<HTMLInputElement>('tax-id');
const productsInput = byId<HTMLInputElement>('products');
const amountInput = byId<HTMLInputElement>('amount');
const registerButton = byId<HTMLButtonElement>('register');
const extendButton = byId<HTMLButtonElement>('extend');
const updateButton = byId<HTMLButtonElement>('update');
const outcomeSelect = byId<HTMLSelectElement>('outcome');
const errorBox = byId('error');
const noticeBox = byId('notice');

let lang: Lang = /^ru\b/i.test(navigator.language || '') ? 'ru' : 'en';
let t: Words = wordsIn(lang);
let state: DealState | undefined;
let list: PartnerDeals | undefined;
let selectedRow: number | undefined;
/** A call is in flight: every action button is disabled until it is answered. */
let inFlight = false;
/** Counts list loads, so an answer for a partner no longer picked is dropped. */
let loads = 0;
const ids = new PendingIds();

byId('loading').textContent = t.loading;

function showError(message: string): void {
  noticeBox.textContent = '';
  errorBox.textContent = message;
}

function showNotice(message: string): void {
  errorBox.textContent = '';
  noticeBox.textContent = message;
}

function clearMessages(): void {
  errorBox.textContent = '';
  noticeBox.textContent = '';
}

function setWords(): void {
  document.documentElement.lang = lang;
  const words: Record<string, string> = {
    'partner-label': t.partner,
    'customer-label': t.customer,
    'tax-id-label': t.taxId,
    'products-label': t.products,
    'products-hint': t.productsHint,
    'amount-label': t.amount,
    register: t.register,
    close: t.close,
    'deals-title': t.deals,
    extend: t.extend,
    'outcome-label': t.outcome,
    update: t.update,
  };
  for (const [id, text] of Object.entries(words)) byId(id).textContent = text;
  const keep = outcomeSelect.value;
  const outcomes: DealOutcome[] = ['open', 'won', 'lost', 'cancelled'];
  fill(outcomeSelect, h('option', { value: '' }, t.keepOutcome), ...outcomes.map((o) => h('option', { value: o }, t.outcomes[o])));
  outcomeSelect.value = keep;
}

function selectedDeal(): OpenDeal | undefined {
  return list?.deals.find((d) => d.row === selectedRow);
}

function updateButtons(): void {
  registerButton.disabled = inFlight || !state;
  extendButton.disabled = inFlight || !selectedDeal();
  updateButton.disabled = inFlight || !selectedDeal();
  partnerSelect.disabled = inFlight;
}

function renderPartners(keep: string): void {
  if (!state) return;
  const options = [h('option', { value: '' }, state.partners.length ? t.pickPartner : t.noPartners)];
  for (const partner of state.partners) {
    const notes = [partner.tier, partner.authorised ? '' : t.notAuthorised, partner.downgraded ? t.downgraded : ''].filter(Boolean).join(', ');
    options.push(h('option', { value: partner.name }, notes ? `${partner.name} (${notes})` : partner.name));
  }
  fill(partnerSelect, ...options);
  partnerSelect.value = state.partners.some((p) => p.name === keep) ? keep : '';
}

function renderPartner(): void {
  const partner = state?.partners.find((p) => p.name === partnerSelect.value);
  byId('tier-line').textContent = partner && !partner.problem ? t.tierLine(partner.tier, partner.registrationMonths, partner.extensionsAllowed) : '';
  byId('partner-problem').textContent = partner?.problem ?? (partner && !partner.authorised ? `${partner.name}: ${t.notAuthorised}` : '');
}

function renderDeals(): void {
  const box = byId('deals');
  const empty = byId('deals-empty');
  if (!list || list.partner !== partnerSelect.value) {
    fill(box);
    empty.textContent = partnerSelect.value ? '' : t.pickPartnerFirst;
    updateButtons();
    return;
  }
  if (!selectedDeal()) selectedRow = undefined;
  empty.textContent = list.deals.length ? '' : t.noDeals;
  const items = list.deals.map((deal) => {
    const picked = deal.row === selectedRow;
    const radio = h('input', { type: 'radio', name: 'deal', value: deal.row, checked: picked, 'aria-label': `${t.row(deal.row)}: ${deal.customer}` });
    const item = h(
      'li',
      {
        'data-row': deal.row,
        class: [picked ? 'selected' : '', deal.expired ? 'expired' : ''].filter(Boolean).join(' '),
        role: 'radio',
        'aria-checked': picked ? 'true' : 'false',
      },
      radio,
      h(
        'div',
        {},
        h('div', { class: 'd-head' }, h('span', { class: 'd-row' }, t.row(deal.row)), ' · ', h('span', { class: 'd-customer' }, deal.customer)),
        deal.taxId ? h('div', { class: 'd-tax muted' }, deal.taxId) : null,
        h('div', { class: 'd-products' }, deal.products),
        h(
          'div',
          { class: 'muted' },
          h('span', { class: 'd-registered' }, t.registered(dayText(deal.registered))),
          ' · ',
          // An expired registration says so, whatever its status says first (a duplicate, a repeat…).
          deal.expired
            ? h('span', { class: 'd-expires warn' }, t.expiredOn(dayText(deal.expires)))
            : h('span', { class: 'd-expires' }, t.expires(dayText(deal.expires))),
        ),
        h(
          'div',
          {},
          h('span', { class: 'd-status' }, deal.status),
          ' · ',
          h('span', { class: 'd-extensions muted' }, t.extensions(deal.extensions, deal.extensionsAllowed)),
        ),
      ),
    );
    item.addEventListener('click', () => {
      if (inFlight) return;
      selectedRow = deal.row;
      renderDeals();
    });
    return item;
  });
  fill(box, ...items);
  updateButtons();
}

/** Loads the open registrations of the partner picked. */
async function loadDeals(): Promise<void> {
  const partner = partnerSelect.value;
  const load = ++loads;
  if (!partner) {
    list = undefined;
    renderDeals();
    return;
  }
  try {
    const next = await call('getPartnerDeals', partner);
    if (load !== loads) return;
    if (!next.ok) {
      list = undefined;
      renderDeals();
      showError(next.message);
      return;
    }
    list = next;
    renderDeals();
  } catch (error) {
    if (load === loads) showError(messageOf(error));
  }
}

async function load(): Promise<void> {
  try {
    const next = await call('getDealState');
    byId('loading').hidden = true;
    byId('main').hidden = false;
    if (!next.ok) {
      setWords();
      updateButtons();
      showError(next.message);
      return;
    }
    state = next;
    lang = next.lang;
    t = wordsIn(lang);
    setWords();
    renderPartners(partnerSelect.value);
    renderPartner();
    renderDeals();
  } catch (error) {
    byId('loading').hidden = true;
    byId('main').hidden = false;
    setWords();
    updateButtons();
    showError(messageOf(error));
  }
}

/** Runs one action with every action button disabled, the clicked one saying it is working. */
async function run(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
  if (inFlight) return;
  inFlight = true;
  const label = button.textContent ?? '';
  button.textContent = button === registerButton ? t.registering : t.working;
  updateButtons();
  try {
    await action();
  } finally {
    inFlight = false;
    button.textContent = label;
    updateButtons();
  }
}

async function register(): Promise<void> {
  const fields = {
    partner: partnerSelect.value,
    customer: customerInput.value.trim(),
    taxId: taxIdInput.value.trim(),
    products: productsInput.value.trim(),
    amount: amountInput.value.trim(),
  };
  const requestId = ids.for(JSON.stringify(['register', fields]));
  try {
    const result = await call('registerDeal', { ...fields, requestId });
    ids.done();
    if (!result.ok) {
      showError(result.message);
      return;
    }
    for (const input of [customerInput, taxIdInput, productsInput, amountInput]) input.value = '';
    selectedRow = result.row;
    showNotice(result.message);
    await loadDeals();
  } catch (error) {
    // No answer: the same registration sent again keeps its id, so it cannot be recorded twice.
    showError(messageOf(error));
  }
}

function refOf(deal: OpenDeal): DealRef {
  return { row: deal.row, partner: deal.partner, customer: deal.customer, registered: deal.registered };
}

async function change(kind: 'extend' | 'update'): Promise<void> {
  const deal = selectedDeal();
  if (!deal) return showError(t.pickDeal);
  const ref = refOf(deal);
  const outcome = outcomeSelect.value as DealOutcome | '';
  const requestId = ids.for(JSON.stringify([kind, ref, kind === 'update' ? outcome : '']));
  try {
    const result = kind === 'extend' ? await call('extendDeal', { deal: ref, requestId }) : await call('updateDealStatus', { deal: ref, outcome, requestId });
    ids.done();
    if (!result.ok) {
      showError(result.message);
      return;
    }
    if (kind === 'update') outcomeSelect.value = '';
    showNotice(result.message);
    await loadDeals();
  } catch (error) {
    showError(messageOf(error));
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state) return;
  void run(registerButton, register);
});
extendButton.addEventListener('click', () => void run(extendButton, () => change('extend')));
updateButton.addEventListener('click', () => void run(updateButton, () => change('update')));
partnerSelect.addEventListener('change', () => {
  clearMessages();
  selectedRow = undefined;
  renderPartner();
  void loadDeals();
});
byId('close').addEventListener('click', () => google.script.host.close());

void load();
