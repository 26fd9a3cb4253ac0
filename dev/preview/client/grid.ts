/**
 * The cell grid: drawing the open sheet (frozen rows and columns, text
 * running over empty neighbours, checkboxes, drop-downs), selecting, and
 * editing a cell in place or in the formula bar. What is typed goes to the
 * server through the commit handler main.ts gives (wireGrid).
 */
import type { CellView, SheetView } from '../types';
import { $, a1, columnLetters, el } from './dom';
import { lang, state } from './state';
import { CHROME } from './texts';

/** Sends what was typed into a cell (set by wireGrid). */
let commit: (row: number, col: number, input: string) => Promise<void> = async () => undefined;

export function currentSheet(): SheetView | undefined {
  return state.workbook?.sheets.find((s) => s.name === state.sheet);
}

function cellAt(row: number, col: number): CellView | undefined {
  return currentSheet()?.cells[row - 1]?.[col - 1];
}

function tdAt(row: number, col: number): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(`#grid td[data-row="${row}"][data-col="${col}"]`);
}

export function renderGrid(): void {
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

export function select(row: number, col: number, scroll = true): void {
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
export function finishEdit(cancel: boolean): void {
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

/** Mouse and keyboard on the grid and the formula bar; `send` writes what was typed. */
export function wireGrid(send: (row: number, col: number, input: string) => Promise<void>): void {
  commit = send;
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
}
