/** The page's chrome: the title, the language and start-over buttons, the add-on menu and the sheet tabs. */
import type { MenuItemView } from '../types';
import { $, el } from './dom';
import { finishEdit, renderGrid } from './grid';
import { lang, state } from './state';
import { CHROME } from './texts';

/** Runs a menu item (set by wireMenu). */
let runItem: (functionName: string) => void = () => undefined;

export function renderChrome(): void {
  const wb = state.workbook!;
  const t = CHROME[wb.lang];
  document.documentElement.lang = wb.lang;
  $('doc-name').textContent = wb.name;
  $('badge').textContent = t.badge;
  $('locale-info').textContent = `${wb.locale} · ${wb.timeZone}`;
  $('reset').textContent = t.reset;
  $('reset').title = t.resetTitle;
  $('empty').textContent = t.empty;
  $('empty').title = t.emptyTitle;
  document.querySelectorAll<HTMLButtonElement>('.lang button').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === wb.lang));
  });
}

export function renderMenu(): void {
  const wb = state.workbook!;
  const button = $('addon-menu-button');
  const menu = $('addon-menu');
  const wasOpen = !menu.hidden;
  button.textContent = `${CHROME[wb.lang].extensions} ▸ ${wb.menu?.caption ?? '—'}`;
  menu.replaceChildren();
  if (!wb.menu) return;
  menu.append(el('div', { class: 'menu-title' }, wb.menu.caption));
  for (const item of wb.menu.items) menu.append(menuEntry(item));
  menu.hidden = !wasOpen;
}

function menuEntry(item: MenuItemView): HTMLElement {
  if (item.kind === 'separator') return el('hr');
  if (item.kind === 'submenu') {
    const wrap = el('div', { class: 'submenu' });
    const opener = el('button', { type: 'button', role: 'menuitem', 'aria-haspopup': 'menu' });
    opener.append(el('span', {}, item.caption), el('span', { 'aria-hidden': 'true' }, '▸'));
    opener.addEventListener('click', (event) => {
      event.stopPropagation();
      wrap.classList.toggle('open');
    });
    const inner = el('div', { class: 'menu', role: 'menu' });
    for (const sub of item.items) inner.append(menuEntry(sub));
    wrap.append(opener, inner);
    return wrap;
  }
  const button = el('button', { type: 'button', role: 'menuitem', 'data-function': item.functionName }, item.caption);
  if (!item.available) {
    button.classList.add('unavailable');
    button.title = CHROME[lang()].unavailable;
  }
  button.addEventListener('click', () => {
    closeMenu();
    runItem(item.functionName);
  });
  return button;
}

export function closeMenu(): void {
  $('addon-menu').hidden = true;
  $('addon-menu-button').setAttribute('aria-expanded', 'false');
  for (const open of document.querySelectorAll('.submenu.open')) open.classList.remove('open');
}

export function renderTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const sheet of state.workbook!.sheets) {
    const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === state.sheet), 'data-sheet': sheet.name }, sheet.name);
    tab.addEventListener('click', () => {
      if (sheet.name === state.sheet) return;
      finishEdit(true);
      state.sheet = sheet.name;
      state.sel = { row: 1, col: 1 };
      renderTabs();
      renderGrid();
    });
    tabs.append(tab);
  }
}

/** The add-on menu opens and closes like a Sheets menu; an item runs through `run`. */
export function wireMenu(run: (functionName: string) => void): void {
  runItem = run;
  const menuButton = $('addon-menu-button');
  menuButton.addEventListener('click', (event) => {
    event.stopPropagation();
    const menu = $('addon-menu');
    if (!menu.hidden) return closeMenu();
    menu.hidden = false;
    menuButton.setAttribute('aria-expanded', 'true');
  });
  document.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('.menu')) closeMenu();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenu();
  });
}
