import { isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { InputError } from '../../kernel/errors';
import { type Reader, flag, money, optional } from '../../kernel/functions/readers';
import { type Lang, t } from '../../kernel/i18n';
import { cellProblem } from '../../kernel/sheets/cellProblem';
import { Refused } from '../../kernel/sheets/refusal';
import { type Table, columnValue, readTable } from '../../kernel/sheets/table';
import type { Referral } from './rules/whatIf';
import { REFERRALS } from './template';

/*
 * The referral program's one reader of its sheets: the Referrals sheet, in
 * one getValues, each row read as REFERRAL_CREDIT reads the template's
 * columns (a row without an own contract has no credit, as the formula
 * leaves it empty). A cell those readers refuse refuses the call, naming
 * the cell. A sheet from an older template without the Already a customer
 * column counts every referred company as a new customer, as the function
 * does when new_customer is omitted.
 */

const REQUIRED = ['referrer', 'own', 'referredContract', 'installed'] as const;

const referredContract = optional(money, 0);

/** Nothing is written by a read: the advice is only to correct the cell. */
const CORRECT = t`Correct the cell and try again.`;

/** One cell read with the functions' reader; a value it refuses refuses the call, naming the cell. */
function readCell<T>(table: Table, row: unknown[], index: number, key: string, reader: Reader<T>, ctx: CallContext, lang: Lang): T {
  const value = columnValue(table, row, key);
  try {
    return reader.read(value, ctx);
  } catch (error) {
    if (error instanceof InputError) throw new Refused(cellProblem(table, index, key, value, error.text, CORRECT)[lang]);
    throw error;
  }
}

/** The text of a name cell, as the sheet shows it. */
const name = (cell: unknown) => (isEmpty(cell) ? '' : String(cell).trim());

export function readReferrals(lang: Lang, ctx: CallContext): Referral[] {
  const table = readTable(REFERRALS, lang, REQUIRED);
  const referrals: Referral[] = [];
  table.rows.forEach((row, index) => {
    if (isEmpty(columnValue(table, row, 'own'))) return;
    const already = table.columns.alreadyCustomer === undefined ? false : readCell(table, row, index, 'alreadyCustomer', flag, ctx, lang);
    referrals.push({
      referrer: name(columnValue(table, row, 'referrer')),
      referred: name(columnValue(table, row, 'referred')),
      own: readCell(table, row, index, 'own', money, ctx, lang),
      referredContract: readCell(table, row, index, 'referredContract', referredContract, ctx, lang),
      installed: readCell(table, row, index, 'installed', flag, ctx, lang),
      newCustomer: !already,
    });
  });
  return referrals;
}
