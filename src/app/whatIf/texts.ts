import { describeValue } from '../../kernel/functions/cells';
import { CellError, type InputError } from '../../kernel/errors';
import { type Bilingual, type Lang, bi } from '../../kernel/i18n';
import { columnLetter } from '../../kernel/templates/layout';
import type { TableProblem } from './grid';

/** What the What if… server says, in English and Russian. */

export const NO_PROGRAM_YET: Bilingual = bi(
  'What if… has no program to compare in this version of the add-on.',
  'В этой версии дополнения «Что если…» пока не сравнивает ни одну программу.',
);

export function noRulesSheet(sheets: Bilingual[]): Bilingual {
  const list = (lang: Lang) => sheets.map((name) => (lang === 'ru' ? `«${name.ru}»` : `"${name.en}"`)).join(', ');
  return bi(
    `No program's rules sheet is in this spreadsheet (${list('en')}). Insert a program template from the add-on menu (Insert template), then open What if… again.`,
    `В этой таблице нет листа с правилами программы (${list('ru')}). Вставьте шаблон программы из меню дополнения («Вставить шаблон») и снова откройте «Что если…».`,
  );
}

export function unknownProgram(key: unknown): Bilingual {
  const shown = typeof key === 'string' ? key : String(key);
  return bi(
    `"${shown}" is not a program What if… can compare. Reopen the dialog.`,
    `«${shown}» — не программа, которую может сравнить «Что если…». Откройте окно заново.`,
  );
}

export const BAD_GRID: Bilingual = bi(
  'The edited table did not arrive whole (or is larger than 1,000 rows). Reopen the dialog and try again; nothing was written.',
  'Изменённая таблица пришла не целиком (или в ней больше 1000 строк). Откройте окно заново и повторите; ничего не записано.',
);

export function stale(sheet: string): Bilingual {
  return bi(
    `The "${sheet}" sheet changed after this table was read from it, so nothing was written. Reload the table to see the sheet as it is now, then make your change again.`,
    `Лист «${sheet}» изменился после того, как таблица была с него прочитана, поэтому ничего не записано. Загрузите таблицу заново, чтобы увидеть лист таким, какой он сейчас, и внесите изменение ещё раз.`,
  );
}

export function applied(sheet: string): Bilingual {
  return bi(
    `The edited rules are written to the "${sheet}" sheet; the formulas that read it recompute.`,
    `Изменённые правила записаны на лист «${sheet}»; формулы, которые его читают, пересчитываются.`,
  );
}

/** The readers' words for a problem: `"abc" is not a number`, `«abc» — не число`; about the table, `has no … column`. */
const valueText = (problem: TableProblem, lang: Lang) => `${describeValue(problem.cell, lang)}${lang === 'ru' ? ' — ' : ' '}${problem.text[lang]}`;

/** A problem of the edited grid, shown beside its cell: `Min sales: "abc" is not a number.` */
export function editedProblem(problem: TableProblem, lang: Lang): string {
  const { row, column } = problem;
  const ru = lang === 'ru';
  if (row === null) return ru ? `В таблице ${problem.text.ru}.` : `The table ${problem.text.en}.`;
  if (column === null) return ru ? `Строка ${row + 1}: ${problem.text.ru}.` : `Row ${row + 1}: ${problem.text.en}.`;
  const header = problem.header?.[lang];
  return row === 0 || !header ? `${valueText(problem, lang)}.` : `${header}: ${valueText(problem, lang)}.`;
}

/** A problem of the rules sheet as it stands, naming its cell there: `The "Rules: partners" sheet, cell B3 (Min sales): "abc" is not a number.` */
export function sheetProblem(problem: TableProblem, sheet: string, lang: Lang): string {
  const { row, column } = problem;
  const ru = lang === 'ru';
  const header = row !== 0 && problem.header?.[lang] ? (ru ? ` («${problem.header.ru}»)` : ` (${problem.header.en})`) : '';
  const where =
    row === null
      ? `${ru ? `Лист «${sheet}»: в таблице` : `The "${sheet}" sheet: the table`} ${problem.text[lang]}`
      : column === null
        ? `${ru ? `Лист «${sheet}», строка` : `The "${sheet}" sheet, row`} ${row + 1}: ${problem.text[lang]}`
        : `${ru ? `Лист «${sheet}», ячейка` : `The "${sheet}" sheet, cell`} ${columnLetter(column)}${row + 1}${header}: ${valueText(problem, lang)}`;
  const advice = ru
    ? 'Исправьте лист: «Что если…» сравнивает изменённую таблицу с правилами, которые записаны на нём сейчас.'
    : 'Correct the sheet: What if… compares the edited table with the rules the sheet holds now.';
  return `${where}. ${advice}`;
}

/** Data the program cannot compute under one of the tables (a log code no rule defines, say): its reader's words. */
export function notComputed(error: InputError, lang: Lang): string {
  const what = error instanceof CellError ? `${describeValue(error.cell, lang)}${lang === 'ru' ? ' — ' : ' '}${error.text[lang]}` : error.text[lang];
  return lang === 'ru' ? `По этим правилам данные не посчитать: ${what}.` : `The data cannot be computed under these rules: ${what}.`;
}
