import { describeValue } from '../../kernel/functions/cells';
import { CellError, type InputError } from '../../kernel/errors';
import { valueThen } from '../../kernel/functions/errors';
import { type Lang, perLang, quote, t, type Text } from '../../kernel/i18n';
import { columnLetter } from '../../kernel/templates/layout';
import type { TableProblem } from './grid';

/** What the What if… server says. */

export const NO_PROGRAM_YET: Text = t`What if… has no program to compare in this version of the add-on.`;

export function noRulesSheet(sheets: Text[]): Text {
  const list = perLang((lang) => sheets.map((name) => quote(name[lang])[lang]).join(', '));
  return t`No program's rules sheet is in this spreadsheet (${list}). Insert a program template from the add-on menu (Insert template), then open What if… again.`;
}

export function unknownProgram(key: unknown): Text {
  const shown = typeof key === 'string' ? key : String(key);
  return t`"${shown}" is not a program What if… can compare. Reopen the dialog.`;
}

export const BAD_GRID: Text = t`The edited table did not arrive whole (or is larger than 1,000 rows). Reopen the dialog and try again; nothing was written.`;

export function stale(sheet: string): Text {
  return t`The "${sheet}" sheet changed after this table was read from it, so nothing was written. Reload the table to see the sheet as it is now, then make your change again.`;
}

export function applied(sheet: string): Text {
  return t`The edited rules are written to the "${sheet}" sheet; the formulas that read it recompute.`;
}

/** The readers' words for a problem: `"abc" is not a number`, `«abc» — не число`; about the table, `has no … column`. */
const valueText = (problem: TableProblem, lang: Lang) => valueThen(describeValue(problem.cell, lang), problem.text)[lang];

/** A problem of the edited grid, shown beside its cell: `Min sales: "abc" is not a number.` */
export function editedProblem(problem: TableProblem, lang: Lang): string {
  const { row, column } = problem;
  if (row === null) return t`The table ${problem.text}.`[lang];
  if (column === null) return t`Row ${row + 1}: ${problem.text}.`[lang];
  const header = problem.header?.[lang];
  return row === 0 || !header ? `${valueText(problem, lang)}.` : `${header}: ${valueText(problem, lang)}.`;
}

/** A problem of the rules sheet as it stands, naming its cell there: `The "Rules: partners" sheet, cell B3 (Min sales): "abc" is not a number.` */
export function sheetProblem(problem: TableProblem, sheet: string, lang: Lang): string {
  const { row, column } = problem;
  const header = row !== 0 && problem.header?.[lang] ? t` (${problem.header[lang]})`[lang] : '';
  const where =
    row === null
      ? t`The "${sheet}" sheet: the table ${problem.text}`
      : column === null
        ? t`The "${sheet}" sheet, row ${row + 1}: ${problem.text}`
        : t`The "${sheet}" sheet, cell ${columnLetter(column)}${row + 1}${header}: ${valueText(problem, lang)}`;
  return t`${where}. Correct the sheet: What if… compares the edited table with the rules the sheet holds now.`[lang];
}

/** Data the program cannot compute under one of the tables (a log code no rule defines, say): its reader's words. */
export function notComputed(error: InputError, lang: Lang): string {
  const what = error instanceof CellError ? valueThen(describeValue(error.cell, lang), error.text) : error.text;
  return t`The data cannot be computed under these rules: ${what}.`[lang];
}
