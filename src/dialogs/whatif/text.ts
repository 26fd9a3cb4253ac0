import { amountText, pluralWord, tx, wordsFor } from '../shared/i18n';

/** The What if… dialog's own words; everything about the program comes worded from the server. */
function words() {
  return {
    loading: tx`Loading…`,
    program: tx`Program`,
    rules: tx`Rules`,
    from: (sheet: string) => tx`The "${sheet}" sheet as it is now. Change any cell, add or remove rows, then Compare; nothing is written until Apply.`,
    row: tx`Row`,
    addRow: tx`Add row`,
    removeRow: (row: number) => tx`Remove row ${row}`,
    cell: (header: string, row: number) => (header ? tx`${header}, row ${row}` : tx`Column, row ${row}`),
    header: (column: number) => tx`Header of column ${column}`,
    formula: tx`Computed by a formula on the sheet: a change here replaces the formula.`,
    compare: tx`Compare`,
    apply: tx`Apply`,
    reload: tx`Reload from sheet`,
    close: tx`Close`,
    summary: (changed: number, rows: number) =>
      changed === 0
        ? tx`No result changes (${amountText(rows)} ${pluralWord(rows, 'row computed', 'rows computed')}).`
        : tx`The result changes in ${amountText(changed)} of ${amountText(rows)} ${pluralWord(rows, 'row', 'rows', 'of')}.`,
    changed: tx`Rows that change`,
    name: tx`Name`,
    before: tx`Before`,
    after: tx`After`,
    more: (n: number) => tx`…and ${amountText(n)} more ${pluralWord(n, 'row', 'rows')}.`,
    totals: tx`Totals`,
    total: tx`Total`,
    outdated: tx`The table was edited after this comparison: Compare again to apply it.`,
    stale: tx`The rules sheet changed after this table was read from it, so Apply would refuse: reload from the sheet first.`,
    nothingToApply: tx`The table is as the sheet holds it: edit it to compare a change.`,
  };
}

export type Words = ReturnType<typeof words>;

/** The dialog's words in a language (the server's answers name it). */
export const wordsIn = wordsFor(words);
