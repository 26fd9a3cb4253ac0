import type { Bilingual } from './i18n';

/**
 * A value the rules cannot accept. `text` says what is wrong with the value
 * ("is not a number"); the adapter adds the function, argument, row and value.
 * `item` (0-based) names the entry of a list the problem was found at, when the
 * core works on whole columns (a partner listed twice, say).
 */
export class InputError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly item?: number,
  ) {
    super(text.en);
    this.name = 'InputError';
  }
}
