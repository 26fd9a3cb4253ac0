/**
 * The rules table as an editable grid: one text cell per sheet cell (row 0
 * the headers), checkboxes for flag columns, suggestions for drop-down
 * columns; rows can be added and removed. What the readers refuse is shown
 * in a row right below the cell's row, the cell marked and described by it.
 * Every text is set as a value or text node, never parsed.
 */
import type { WhatIfColumn, WhatIfTable, WhatIfTableProblem } from '../../app/whatIf/api';
import { fill, h } from '../shared/dom';
import type { Words } from './text';

const PROBLEM_ID = 'grid-problem';

export class RulesGrid {
  private table: WhatIfTable | undefined;
  /** The grid's text, row 0 the headers. */
  cells: string[][] = [];
  private problem: WhatIfTableProblem | undefined;
  private disabled = false;

  constructor(
    private readonly body: HTMLElement,
    private readonly words: () => Words,
    private readonly onEdit: () => void,
  ) {}

  get width(): number {
    return this.table?.columns.length ?? 0;
  }

  show(table: WhatIfTable): void {
    this.table = table;
    this.cells = table.cells.map((row) => [...row]);
    this.problem = undefined;
    this.render();
  }

  /** The grid as sent to the server. */
  snapshot(): string[][] {
    return this.cells.map((row) => [...row]);
  }

  /** Whether the grid differs from the table as read (empty rows at the end do not count). */
  edited(): boolean {
    const trimmed = (rows: string[][]) => {
      const out = [...rows];
      while (out.length > 1 && out[out.length - 1].every((cell) => cell === '')) out.pop();
      return JSON.stringify(out);
    };
    return !!this.table && trimmed(this.cells) !== trimmed(this.table.cells);
  }

  addRow(): void {
    this.cells.push(new Array(this.width).fill(''));
    this.edit();
    this.render();
    this.body.querySelector<HTMLInputElement>(`input[data-row="${this.cells.length - 1}"]`)?.focus();
  }

  private removeRow(row: number): void {
    this.cells.splice(row, 1);
    this.edit();
    this.render();
  }

  setDisabled(disabled: boolean): void {
    this.disabled = disabled;
    for (const control of Array.from(this.body.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'))) control.disabled = disabled;
  }

  showProblem(problem: WhatIfTableProblem): void {
    this.problem = problem;
    this.render();
  }

  private edit(): void {
    if (this.problem) {
      this.problem = undefined;
      this.body.querySelector('tr.problem')?.remove();
      for (const input of Array.from(this.body.querySelectorAll('[aria-invalid]'))) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    }
    this.onEdit();
  }

  private render(): void {
    const table = this.table;
    if (!table) {
      fill(this.body);
      return;
    }
    const t = this.words();
    const rows: HTMLElement[] = [];
    const problem = this.problem;
    // A message about the table as a whole goes under the headers.
    const problemRow = problem ? (problem.row ?? 0) : -1;
    this.cells.forEach((line, r) => {
      const number = h('th', { class: 'row-number', scope: 'row' }, r + 1);
      const cells = line.map((text, c) => h('td', {}, this.input(table, table.columns[c], r, c, text, t)));
      const remove =
        r === 0 ? h('td', {}) : h('td', {}, h('button', { type: 'button', class: 'remove', 'aria-label': t.removeRow(r + 1), title: t.removeRow(r + 1) }, '×'));
      remove.querySelector('button')?.addEventListener('click', () => this.removeRow(r));
      const tr = h('tr', { class: r === 0 ? 'headers' : '' }, number, ...cells, remove);
      if (problem && problem.row === r && problem.column === null) number.classList.add('invalid');
      rows.push(tr);
      if (problem && r === problemRow) {
        rows.push(h('tr', { class: 'problem' }, h('td', {}), h('td', { colspan: line.length + 1, id: PROBLEM_ID }, problem.message)));
      }
    });
    fill(this.body, ...rows);
    if (this.disabled) this.setDisabled(true);
  }

  private input(table: WhatIfTable, column: WhatIfColumn | undefined, r: number, c: number, text: string, t: Words): HTMLInputElement {
    const header = this.cells[0]?.[c] ?? '';
    const label = r === 0 ? t.header(c + 1) : t.cell(header, r + 1);
    const formula = table.formulas.some((f) => f.row === r && f.column === c);
    const flag = r > 0 && column?.kind === 'checkbox' && (text === 'TRUE' || text === 'FALSE' || text === '');
    const input = flag
      ? h('input', { type: 'checkbox', 'aria-label': label, 'data-row': r, 'data-col': c, checked: text === 'TRUE' })
      : h('input', {
          type: 'text',
          value: text,
          'aria-label': label,
          'data-row': r,
          'data-col': c,
          class: [r === 0 ? 'header' : (column?.kind ?? 'text'), formula ? 'formula' : ''].join(' ').trim(),
          title: formula ? t.formula : false,
          inputmode: r > 0 && (column?.kind === 'number' || column?.kind === 'percent') ? 'decimal' : false,
          list: r > 0 && column?.kind === 'choice' && column.choices.length ? `choices-${c}` : false,
          spellcheck: 'false',
        });
    const problem = this.problem;
    if (problem && problem.row === r && problem.column === c) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', PROBLEM_ID);
    }
    input.addEventListener(flag ? 'change' : 'input', () => {
      this.cells[r][c] = flag ? (input.checked ? 'TRUE' : 'FALSE') : input.value;
      this.edit();
    });
    return input;
  }

  /** The drop-down words of each choice column, as datalists the text cells suggest from. */
  datalists(): HTMLElement[] {
    return (this.table?.columns ?? []).flatMap((column, c) =>
      column.kind === 'choice' && column.choices.length
        ? [h('datalist', { id: `choices-${c}` }, ...column.choices.map((word) => h('option', { value: word })))]
        : [],
    );
  }
}
