/**
 * The preview page: sheet tabs, a cell grid, the add-on menu, the language
 * switch, and the dialogs the add-on opens (in a 300-px side panel or a
 * modal). Everything it shows comes from the preview server; every action
 * (a menu item, a cell edit, a server call from a dialog) ends with the
 * workbook drawn again from the server's answer. Text from the workbook is
 * only ever set as text, never parsed as HTML.
 */
import type { ActionResult, BridgeMessage, CellView, DialogView, Lang, MenuItemView, MessageView, SheetView, WorkbookView } from '../types';

const CHROME = {
  en: {
    extensions: 'Extensions',
    reset: 'Reset',
    badge: 'local preview',
    unavailable: 'Not available in this build yet',
    spilled: (a1: string) => `Spilled from ${a1}`,
    failed: 'The preview server refused',
    dismiss: 'Dismiss',
  },
  ru: {
    extensions: 'Расширения',
    reset: 'Сбросить',
    badge: 'локальный просмотр',
    unavailable: 'В этой сборке пока недоступно',
    spilled: (a1: string) => `Результат формулы из ${a1}`,
    failed: 'Сервер просмотра отказал',
    dismiss: 'Закрыть',
  },
} as const;

interface State {
  workbook: WorkbookView | null;
  sheet: string;
  /** The sheet the add-on had active in the last snapshot: when the add-on changes it, the page follows. */
  serverActive: string;
  sel: { row: number; col: number };
  editing: { row: number; col: number; input: HTMLInputElement; done: boolean } | null;
  dialogs: { sidebar: DialogView | null; modal: DialogView | null };
}

const state: State = { workbook: null, sheet: '', serverActive: '', sel: { row: 1, col: 1 }, editing: null, dialogs: { sidebar: null, modal: null } };

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing`);
  return node as T;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

const lang = (): Lang => state.workbook?.lang ?? 'en';

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const a1 = (row: number, col: number) => `${columnLetters(col)}${row}`;

// ---- talking to the server ----

let pending = 0;

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  pending += 1;
  document.body.classList.add('busy');
  try {
    const response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(data.error ?? `${response.status} ${response.statusText}`);
    return data;
  } finally {
    pending -= 1;
    if (pending === 0) document.body.classList.remove('busy');
  }
}

async function act(path: string, body: unknown): Promise<void> {
  try {
    applyResult(await request<ActionResult>('POST', path, body));
  } catch (error) {
    showMessages([{ kind: 'error', title: CHROME[lang()].failed, message: error instanceof Error ? error.message : String(error) }]);
  }
}

async function refresh(): Promise<void> {
  try {
    applyWorkbook(await request<WorkbookView>('GET', '/api/workbook'));
  } catch (error) {
    showMessages([{ kind: 'error', title: CHROME[lang()].failed, message: error instanceof Error ? error.message : String(error) }]);
  }
}

function applyResult(result: ActionResult): void {
  applyWorkbook(result.workbook);
  showMessages(result.messages);
  if (result.dialog) openDialog(result.dialog);
}

function applyWorkbook(wb: WorkbookView): void {
  const old = state.workbook;
  if (old && wb.seq < old.seq) return;
  if (old && wb.generation !== old.generation) {
    // A rebuilt workbook (language switch, reset): the same tab, in the new language.
    closeDialog('sidebar');
    closeDialog('modal');
    const index = old.sheets.findIndex((s) => s.name === state.sheet);
    state.sheet = wb.sheets[index]?.name ?? wb.active;
  } else if (wb.active !== state.serverActive) {
    state.sheet = wb.active;
  }
  state.workbook = wb;
  state.serverActive = wb.active;
  if (!wb.sheets.some((s) => s.name === state.sheet)) state.sheet = wb.sheets[0]?.name ?? '';
  if (!old || old.lang !== wb.lang) renderChrome();
  renderMenu();
  renderTabs();
  renderGrid();
}

// ---- chrome: title, language, menu, tabs ----

function renderChrome(): void {
  const wb = state.workbook!;
  const t = CHROME[wb.lang];
  document.documentElement.lang = wb.lang;
  $('doc-name').textContent = wb.name;
  $('badge').textContent = t.badge;
  $('locale-info').textContent = `${wb.locale} · ${wb.timeZone}`;
  $('reset').textContent = t.reset;
  document.querySelectorAll<HTMLButtonElement>('.lang button').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === wb.lang));
  });
}

function renderMenu(): void {
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
    void act('/api/menu', { name: item.functionName });
  });
  return button;
}

function closeMenu(): void {
  $('addon-menu').hidden = true;
  $('addon-menu-button').setAttribute('aria-expanded', 'false');
  document.querySelectorAll('.submenu.open').forEach((open) => open.classList.remove('open'));
}

function renderTabs(): void {
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

// ---- the grid ----

function currentSheet(): SheetView | undefined {
  return state.workbook?.sheets.find((s) => s.name === state.sheet);
}

function cellAt(row: number, col: number): CellView | undefined {
  return currentSheet()?.cells[row - 1]?.[col - 1];
}

function tdAt(row: number, col: number): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(`#grid td[data-row="${row}"][data-col="${col}"]`);
}

function renderGrid(): void {
  const sheet = currentSheet();
  const table = $('grid');
  state.editing = null;
  table.replaceChildren();
  if (!sheet) return;
  const style = getComputedStyle(document.documentElement);
  const headH = parseFloat(style.getPropertyValue('--head-h')) || 24;
  const rowH = parseFloat(style.getPropertyValue('--row-h')) || 23;
  const rowHeadW = parseFloat(style.getPropertyValue('--rowhead-w')) || 46;
  const lefts: number[] = [];
  let x = rowHeadW;
  for (const w of sheet.widths) {
    lefts.push(x);
    x += w;
  }
  table.style.width = `${x}px`;

  const colgroup = el('colgroup');
  for (const w of [rowHeadW, ...sheet.widths]) {
    const col = el('col');
    col.style.width = `${w}px`;
    colgroup.append(col);
  }
  const head = el('tr');
  head.append(el('th', { class: 'corner' }));
  sheet.widths.forEach((_, i) => {
    const th = el('th', { scope: 'col' }, columnLetters(i + 1));
    if (i + 1 <= sheet.frozenCols) {
      th.style.left = `${lefts[i]}px`;
      th.style.zIndex = '4';
    }
    if (i + 1 === sheet.frozenCols) th.classList.add('last-frozen-col');
    head.append(th);
  });
  const thead = el('thead');
  thead.append(head);

  const tbody = el('tbody');
  sheet.cells.forEach((line, r) => {
    const row = r + 1;
    const tr = el('tr');
    const th = el('th', { scope: 'row' }, String(row));
    if (row <= sheet.frozenRows) {
      th.classList.add('frozen-row');
      th.style.top = `${headH + r * rowH}px`;
    }
    if (row === sheet.frozenRows) th.classList.add('last-frozen-row');
    tr.append(th);
    line.forEach((cell, c) => {
      const col = c + 1;
      const td = el('td', { 'data-row': String(row), 'data-col': String(col), 'data-a1': a1(row, col) });
      const spill = col > sheet.frozenCols ? overflowWidth(sheet, line, c) : 0;
      if (spill) td.dataset.overflow = String(spill);
      fillCell(td, cell);
      if (row <= sheet.frozenRows) {
        td.classList.add('frozen-row');
        td.style.top = `${headH + r * rowH}px`;
      }
      if (col <= sheet.frozenCols) {
        td.classList.add('frozen-col');
        td.style.left = `${lefts[c]}px`;
      }
      if (row === sheet.frozenRows) td.classList.add('last-frozen-row');
      if (col === sheet.frozenCols) td.classList.add('last-frozen-col');
      tr.append(td);
    });
    tbody.append(tr);
  });
  table.append(colgroup, thead, tbody);
  const { row, col } = state.sel;
  select(Math.min(row, sheet.numRows), Math.min(col, sheet.numCols), false);
}

const isBlank = (cell: CellView | undefined) => !!cell && cell.kind === 'empty' && !cell.checkbox && !cell.formula && !cell.spilledFrom;

/**
 * As in Sheets, text runs on over the empty cells to its right: the width it
 * may take (its own and theirs), or 0 when it stays in its cell.
 */
function overflowWidth(sheet: SheetView, line: CellView[], c: number): number {
  const cell = line[c];
  if (cell.kind !== 'text' || cell.checkbox || cell.choices || !isBlank(line[c + 1])) return 0;
  let width = sheet.widths[c];
  for (let j = c + 1; j < line.length && isBlank(line[j]); j++) width += sheet.widths[j];
  return width;
}

/** A cell's content, classes and hover text. */
function fillCell(td: HTMLTableCellElement, cell: CellView): void {
  td.replaceChildren();
  td.className = td.className
    .split(' ')
    .filter((c) => /^(frozen-|last-frozen-|selected)/.test(c))
    .join(' ');
  td.classList.add(`k-${cell.kind}`);
  td.removeAttribute('title');
  if (cell.bold) td.classList.add('bold');
  if (cell.status === 'ok') td.classList.add('formula');
  if (cell.status === 'unevaluated') td.classList.add('unevaluated');
  if (cell.spilledFrom) td.classList.add('spill');
  if (cell.choices && cell.kind !== 'error') td.classList.add('dropdown');
  if (cell.error) td.title = cell.error;
  else if (cell.formula) td.title = cell.formula;
  else if (cell.spilledFrom) td.title = CHROME[lang()].spilled(cell.spilledFrom);
  if (cell.checkbox && (cell.kind === 'boolean' || cell.kind === 'empty')) {
    td.classList.add('checkbox');
    const box = el('input', { type: 'checkbox', tabindex: '-1', 'aria-label': a1(Number(td.dataset.row), Number(td.dataset.col)) });
    const checked = cell.kind === 'boolean' && cell.input === 'TRUE';
    box.checked = checked;
    box.addEventListener('click', (event) => {
      // The box shows the server's value: it changes when the edit comes back.
      event.preventDefault();
      const row = Number(td.dataset.row);
      const col = Number(td.dataset.col);
      select(row, col);
      void commit(row, col, checked ? 'FALSE' : 'TRUE');
    });
    td.append(box);
    return;
  }
  if (td.dataset.overflow) {
    td.classList.add('overflow');
    const text = el('span', { class: 'overflow-text' }, cell.display);
    text.style.width = `${Number(td.dataset.overflow) - 9}px`;
    td.append(text);
  } else td.textContent = cell.display;
}

function select(row: number, col: number, scroll = true): void {
  const sheet = currentSheet();
  if (!sheet) return;
  row = Math.max(1, Math.min(row, sheet.numRows));
  col = Math.max(1, Math.min(col, sheet.numCols));
  tdAt(state.sel.row, state.sel.col)?.classList.remove('selected');
  state.sel = { row, col };
  const td = tdAt(row, col);
  td?.classList.add('selected');
  if (scroll) td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  $('name-box').textContent = a1(row, col);
  const input = $<HTMLInputElement>('formula-input');
  if (document.activeElement !== input) input.value = cellAt(row, col)?.input ?? '';
}

function startEdit(initial?: string): void {
  const { row, col } = state.sel;
  const td = tdAt(row, col);
  const cell = cellAt(row, col);
  if (!td || !cell) return;
  finishEdit(true);
  const input = el('input', { class: 'cell-editor', spellcheck: 'false', autocomplete: 'off', 'aria-label': a1(row, col) });
  input.value = initial ?? cell.input;
  const parts: HTMLElement[] = [input];
  if (cell.choices) {
    const list = el('datalist', { id: 'cell-choices' });
    for (const choice of cell.choices) list.append(el('option', { value: choice }));
    input.setAttribute('list', 'cell-choices');
    parts.push(list);
  }
  td.classList.add('editing');
  td.replaceChildren(...parts);
  const editing = { row, col, input, done: false };
  state.editing = editing;
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      finishEdit(false);
      select(event.key === 'Enter' ? row + (event.shiftKey ? -1 : 1) : row, event.key === 'Tab' ? col + (event.shiftKey ? -1 : 1) : col);
      $('grid-wrap').focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finishEdit(true);
      $('grid-wrap').focus();
    }
    event.stopPropagation();
  });
  input.addEventListener('input', () => {
    $<HTMLInputElement>('formula-input').value = input.value;
  });
  input.addEventListener('blur', () => finishEdit(false));
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

/** Ends editing: commits what was typed, or (cancel) puts the cell back as it was. */
function finishEdit(cancel: boolean): void {
  const editing = state.editing;
  if (!editing || editing.done) return;
  editing.done = true;
  state.editing = null;
  const { row, col, input } = editing;
  const td = tdAt(row, col);
  const cell = cellAt(row, col);
  if (td && cell) {
    td.classList.remove('editing');
    fillCell(td, cell);
  }
  if (!cancel && cell && input.value !== cell.input) void commit(row, col, input.value);
  else select(state.sel.row, state.sel.col, false);
}

async function commit(row: number, col: number, input: string): Promise<void> {
  await act('/api/edit', { sheet: state.sheet, row, col, input });
}

function onGridKey(event: KeyboardEvent): void {
  if (state.editing || !currentSheet()) return;
  const { row, col } = state.sel;
  const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (moves[event.key]) {
    event.preventDefault();
    select(row + moves[event.key][0], col + moves[event.key][1]);
  } else if (event.key === 'Tab') {
    event.preventDefault();
    select(row, col + (event.shiftKey ? -1 : 1));
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEdit();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    if (cellAt(row, col)?.input !== '') void commit(row, col, '');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    startEdit(event.key);
  }
}

// ---- dialogs and messages ----

type Place = 'sidebar' | 'modal';

function openDialog(dialog: DialogView): void {
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

function closeDialog(place: Place): void {
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
  if (!data || data.incentivePreview !== true || !place) return;
  if (data.type === 'close') closeDialog(place);
  else if (data.type === 'size' && place === 'modal') {
    if (data.height) $<HTMLIFrameElement>('modal-frame').style.height = `${data.height}px`;
    if (data.width) document.querySelector<HTMLElement>('.modal-box')!.style.width = `${data.width}px`;
  } else if (data.type === 'ran') {
    showMessages(data.messages);
    if (data.dialog) openDialog(data.dialog);
    void refresh();
  }
}

function showMessages(messages: readonly MessageView[]): void {
  const box = $('messages');
  for (const m of messages) {
    const node = el('div', { class: `message kind-${m.kind}`, role: m.kind === 'error' ? 'alert' : 'status' });
    if (m.title) node.append(el('strong', {}, m.title));
    node.append(el('span', { class: 'message-text' }, m.message));
    const dismiss = el('button', { type: 'button', 'aria-label': CHROME[lang()].dismiss }, '×');
    dismiss.addEventListener('click', () => node.remove());
    node.append(dismiss);
    box.append(node);
    if (m.kind === 'toast') setTimeout(() => node.remove(), 5000);
    while (box.children.length > 4) box.firstElementChild!.remove();
  }
}

// ---- wiring ----

function wire(): void {
  const grid = $('grid');
  grid.addEventListener('mousedown', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (!td || td.classList.contains('editing')) return;
    finishEdit(false);
    select(Number(td.dataset.row), Number(td.dataset.col), false);
    $('grid-wrap').focus();
    event.preventDefault();
  });
  grid.addEventListener('dblclick', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (!td || td.classList.contains('checkbox') || td.classList.contains('editing')) return;
    select(Number(td.dataset.row), Number(td.dataset.col), false);
    startEdit();
  });
  const wrap = $('grid-wrap');
  wrap.tabIndex = 0;
  wrap.addEventListener('keydown', onGridKey);

  const formula = $<HTMLInputElement>('formula-input');
  formula.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const { row, col } = state.sel;
      const value = formula.value;
      wrap.focus();
      if (value !== cellAt(row, col)?.input) void commit(row, col, value);
    } else if (event.key === 'Escape') {
      formula.value = cellAt(state.sel.row, state.sel.col)?.input ?? '';
      wrap.focus();
    }
  });

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

  document.querySelectorAll<HTMLButtonElement>('.lang button').forEach((button) => {
    button.addEventListener('click', () => {
      if (button.dataset.lang !== lang()) void act('/api/language', { lang: button.dataset.lang });
    });
  });
  $('reset').addEventListener('click', () => void act('/api/reset', {}));
  $('sidebar-close').addEventListener('click', () => closeDialog('sidebar'));
  $('modal-close').addEventListener('click', () => closeDialog('modal'));
  window.addEventListener('message', onBridgeMessage);
}

wire();
void refresh();
