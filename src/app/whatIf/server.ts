import type { Refusal } from '../../kernel/api';
import type { RulesTable } from '../../kernel/functions/rulesTable';
import type { Lang } from '../../kernel/i18n';
import { readCall, writeCall } from '../../kernel/sheets/dialogCall';
import { DIALOGS, showDialog } from '../../kernel/sheets/dialogs';
import type { EntryPoint } from '../../kernel/sheets/entry';
import { userLang } from '../../kernel/sheets/language';
import { Refused, refusal } from '../../kernel/sheets/refusal';
import { InputError } from '../../kernel/errors';
import type { WhatIfSource } from '../../kernel/sheets/whatIfSource';
import { serverCall } from '../serverCall';
import type { WhatIfApi, WhatIfApplied, WhatIfColumn, WhatIfCompared, WhatIfGrid, WhatIfTable, WhatIfTableProblem } from './api';
import { type TableProblem, cellsToWrite, editedCells, gridOf, holdsBlock, readTable } from './grid';
import { type RulesSheet, cellText, columnFor, findRulesSheet, readRulesSheet } from './rulesSheet';
import { WHAT_IF_SOURCES } from './sources';
import { BAD_GRID, NO_PROGRAM_YET, applied, editedProblem, noRulesSheet, notComputed, sheetProblem, stale, unknownProgram } from './texts';

/*
 * What if… (SPEC §13), the dialog's server side, for any list of programs
 * (WhatIfSource: a rules table, a pure compare, a data reader). Every call
 * goes through the kernel's dialog call: Compare reads the rules sheet, the
 * edited grid (both with the table's own reader, as the formulas read the
 * sheet) and the data, lets the program compare, and writes nothing; Apply
 * re-reads the rules sheet under the document lock and writes the edited
 * table in ONE setValues, or refuses writing nothing when the sheet changed
 * since the dialog read it. A request applied already (the sheet holds what
 * it writes) answers as the first time and writes nothing: the table itself
 * is where its request id's work lives, and no store grows anywhere.
 */

type Source = WhatIfSource<unknown, unknown>;

/** How many changed rows Compare sends; the rest are counted. */
export const CHANGED_ROWS_SHOWN = 100;

interface Checked {
  source: Source;
  grid: string[][];
  token: string;
}

/** The dialog's four calls over these programs. */
export function whatIfServer(sources: readonly Source[]): WhatIfApi {
  const sourceOf = (key: unknown) => sources.find((source) => source.program.table.key === key);

  /** A Compare or Apply request as sent, checked before anything is read; a malformed one is refused in these words. */
  function check(request: unknown, lang: Lang): Checked | Refusal {
    const r = (request ?? {}) as Partial<Record<keyof WhatIfGrid, unknown>>;
    const source = sourceOf(r.program);
    if (!source) return refusal(unknownProgram(r.program), lang);
    const grid = gridOf(r.cells, source.program.table.columns.length);
    if (!grid || typeof r.token !== 'string' || r.token.length > 100) return refusal(BAD_GRID, lang);
    return { source, grid, token: r.token };
  }

  return {
    getWhatIfPrograms() {
      let lang: Lang = userLang();
      const found = readCall((call) => {
        lang = call.lang;
        if (!sources.length) return refusal(NO_PROGRAM_YET, lang);
        const programs = sources.flatMap((source) => {
          const sheet = findRulesSheet(source.program.table);
          return sheet ? [{ key: source.program.table.key, label: source.program.label[lang], sheet: sheet.getName() }] : [];
        });
        if (!programs.length) return refusal(noRulesSheet(sources.map((s) => s.program.table.sheetName)), lang);
        return { ok: true as const, lang, programs };
      });
      return { ...found, lang };
    },

    getWhatIfTable(program) {
      return readCall((call): WhatIfTable | Refusal => {
        const source = sourceOf(program);
        if (!source) return refusal(unknownProgram(program), call.lang);
        const spec = source.program.table;
        const sheet = readRulesSheet(spec, call.lang);
        const cells = sheet.values.map((row, r) => row.map((value, c) => cellText(value, sheet.formats[r][c], call.ctx)));
        const formulas = sheet.formulas.flatMap((row, r) => row.flatMap((formula, column) => (formula ? [{ row: r, column }] : [])));
        let last = cells.length;
        while (last > 1 && cells[last - 1].every((text) => text === '') && !formulas.some((f) => f.row === last - 1)) last--;
        return {
          ok: true,
          lang: call.lang,
          program: spec.key,
          label: source.program.label[call.lang],
          sheet: sheet.name,
          columns: cells[0].map((header) => columnView(spec, header, sheet)),
          cells: cells.slice(0, last),
          formulas,
          token: sheet.token,
        };
      });
    },

    compareWhatIf(request) {
      const checked = check(request, userLang());
      if ('ok' in checked) return checked;
      return readCall((call): WhatIfCompared | WhatIfTableProblem | Refusal => {
        const { source, grid } = checked;
        const spec = source.program.table;
        const sheet = readRulesSheet(spec, call.lang, grid.length);
        const current = readTable(spec, sheet.values, call.ctx);
        if ('problem' in current) return problemOf('sheet', current.problem, sheet, call.lang);
        const edited = readTable(spec, editedCells(sheet, cellsToWrite(spec, sheet, grid, call.ctx)), call.ctx);
        if ('problem' in edited) return problemOf('edited', edited.problem, sheet, call.lang);
        const result = computed(() => source.program.compare(source.readData(call), current.program, edited.program, call.lang, call.today), call.lang);
        return {
          ok: true,
          rows: result.rows,
          changedCount: result.changed.length,
          changed: result.changed.slice(0, CHANGED_ROWS_SHOWN).map(({ name, before, after }) => ({ name, before, after })),
          more: Math.max(0, result.changed.length - CHANGED_ROWS_SHOWN),
          totals: result.totals.map((total) => ({ label: total.label[call.lang], before: total.before, after: total.after })),
          chart: {
            title: result.chart.title[call.lang],
            buckets: result.chart.buckets.map(({ label, before, after }) => ({ label, before, after })),
          },
          stale: sheet.token !== checked.token,
        };
      });
    },

    applyWhatIf(request) {
      const lang = userLang();
      const checked = check(request, lang);
      if ('ok' in checked) return checked;
      return writeCall((request as { requestId?: unknown }).requestId, (call): WhatIfApplied | WhatIfTableProblem | Refusal => {
        const { source, grid } = checked;
        const spec = source.program.table;
        const sheet = readRulesSheet(spec, call.lang, grid.length);
        const block = cellsToWrite(spec, sheet, grid, call.ctx);
        const edited = readTable(spec, editedCells(sheet, block), call.ctx);
        if ('problem' in edited) return problemOf('edited', edited.problem, sheet, call.lang);
        // The answer is made before the write: nothing that could fail runs after it.
        const answer: WhatIfApplied = { ok: true, sheet: sheet.name, message: applied(sheet.name)[call.lang] };
        if (holdsBlock(sheet, block)) return answer;
        if (sheet.token !== checked.token) return refusal(stale(sheet.name), call.lang);
        const missing = block.length - sheet.sheet.getMaxRows();
        if (missing > 0) sheet.sheet.insertRowsAfter(sheet.sheet.getMaxRows(), missing);
        sheet.sheet.getRange(1, 1, block.length, sheet.width).setValues(block.map((line) => line.map((cell) => cell.write)));
        return answer;
      });
    },
  };
}

/** How the grid edits a column: by its header's column of the table (checkbox, drop-down, number…), else as text. */
function columnView(spec: RulesTable<unknown>, header: string, sheet: RulesSheet): WhatIfColumn {
  const column = columnFor(spec, header);
  if (!column) return { kind: 'text', choices: [], known: false, required: false };
  const kind = column.checkbox
    ? 'checkbox'
    : column.choices
      ? 'choice'
      : column.format === 'percent'
        ? 'percent'
        : column.format === 'money' || column.format === 'integer'
          ? 'number'
          : 'text';
  return { kind, choices: column.choices?.(sheet.lang) ?? [], known: true, required: !!column.required };
}

/** A program's compare, an InputError it throws (data the rules cannot take) refused in the user's words. */
function computed<T>(work: () => T, lang: Lang): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) throw new Refused(notComputed(error, lang));
    throw error;
  }
}

function problemOf(table: 'edited' | 'sheet', problem: TableProblem, sheet: RulesSheet, lang: Lang): WhatIfTableProblem {
  const message = table === 'edited' ? editedProblem(problem, lang) : sheetProblem(problem, sheet.name, lang);
  return { ok: false, message, table, row: problem.row, column: problem.column };
}

const server = whatIfServer(WHAT_IF_SOURCES);

/** The What if… dialog's menu item and server functions. */
export const whatIfEntryPoints = [
  { name: 'showWhatIfDialog', params: [], description: 'Menu: opens the What if… dialog.', run: () => showDialog(DIALOGS.whatIf) },
  serverCall({
    name: 'getWhatIfPrograms',
    params: [],
    description: 'Dialog server call: the programs whose rules sheet is in this spreadsheet.',
    run: server.getWhatIfPrograms,
  }),
  serverCall({
    name: 'getWhatIfTable',
    params: ['program'],
    description: "Dialog server call: a program's rules sheet as an editable table, with a token of its content.",
    run: server.getWhatIfTable,
  }),
  serverCall({
    name: 'compareWhatIf',
    params: ['request'],
    description: 'Dialog server call: every data row under the current rules and under the edited table; writes nothing.',
    run: server.compareWhatIf,
  }),
  serverCall({
    name: 'applyWhatIf',
    params: ['request'],
    description: 'Dialog server call: writes the edited table into the rules sheet in one write under the document lock.',
    run: server.applyWhatIf,
  }),
] as const satisfies readonly EntryPoint[];
