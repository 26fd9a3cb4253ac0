import type { Text } from './i18n';

/**
 * A value the rules cannot accept. `text` says what is wrong with the value
 * ("is not a number"); the adapter adds the function, argument, row and value.
 * `item` (0-based) names the entry of a list the problem was found at, when the
 * core works on whole columns (a partner listed twice, say). `argument`
 * (0-based, in the order the rule takes them) names the argument of a row the
 * problem is in, when it is not the first (a lead's follow-up dated before the
 * lead arrived).
 */
export class InputError extends Error {
  constructor(
    readonly text: Text,
    readonly item?: number,
    readonly argument?: number,
  ) {
    super(text.en);
    this.name = 'InputError';
  }
}

/**
 * A problem with one cell of a range read as a whole (a log, a table):
 * `item` is its row in the range (0-based, a header row included), `column`
 * its column, `cell` its value, and `header` its column's name where the
 * range has named columns. The adapter names the sheet cell when it can.
 */
export class CellError extends InputError {
  constructor(
    text: Text,
    row: number,
    readonly column: number,
    readonly cell: unknown,
    readonly header?: Text,
  ) {
    super(text, row);
    this.name = 'CellError';
  }
}
