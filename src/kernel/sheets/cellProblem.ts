import { InputError } from '../errors';
import { type Lang, perLang, same, t, type Text } from '../i18n';
import { describeValue } from '../functions/cells';
import type { CallContext } from '../functions/context';
import type { Reader } from '../functions/readers';
import { Refused } from './refusal';
import { type Table, columnValue } from './table';

/*
 * A cell of a template's table that a dialog's server call cannot read, said
 * the way the manager finds it: the sheet as it is named, the row, the
 * column's header, the value, and what is wrong with it (the same words a
 * custom function's error uses). The call refuses with it, writing nothing.
 */

/**
 * `The "Invoices" sheet, row 3, column Amount: "lots" is not a number. Correct the cell; nothing was written.`
 * (`index` is the row's index in table.rows: the sheet row is index + 2), then `advice`.
 */
export function cellProblem(table: Table, index: number, key: string, value: unknown, problem: Text, advice = CORRECT_THE_CELL): Text {
  const header = table.template.columns.find((c) => c.key === key)?.header ?? same('');
  const sheet = table.sheet.getName();
  const row = index + 2;
  return t`The "${sheet}" sheet, row ${row}, column ${header}: ${perLang((lang) => describeValue(value, lang))} ${problem}. ${advice}`;
}

export const CORRECT_THE_CELL: Text = t`Correct the cell; nothing was written.`;

/** The refusal of a call that met a cell it cannot read. */
export function cellRefused(table: Table, index: number, key: string, value: unknown, problem: Text, lang: Lang): Refused {
  return new Refused(cellProblem(table, index, key, value, problem)[lang]);
}

/** One cell of a table's row (`index` in table.rows) read with a shared reader; a value it cannot take refuses the call, naming the cell. */
export function readCell<T>(table: Table, row: unknown[], index: number, key: string, reader: Reader<T>, ctx: CallContext, lang: Lang): T {
  const value = columnValue(table, row, key);
  try {
    return reader.read(value, ctx);
  } catch (error) {
    if (error instanceof InputError) throw cellRefused(table, index, key, value, error.text, lang);
    throw error;
  }
}
