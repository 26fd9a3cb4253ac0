import { InputError } from '../errors';
import { t } from '../i18n';
import { normalizeWord, wordTable } from './text';

const WORDS = wordTable<boolean>([
  [true, ['true', 'yes', 'y', 'x', '✓', '✔', 'да', 'д', 'истина', '1', 'ναι']],
  [false, ['false', 'no', 'n', 'нет', 'н', 'ложь', '0', '-', '—', 'όχι']],
]);

/**
 * A yes/no flag: checkboxes (TRUE/FALSE), 1/0, and the words people type
 * in English, Russian or Greek (ναι/όχι, with or without the accent, as
 * normalizeWord folds it). An empty cell is false.
 */
export function booleanFrom(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const word = normalizeWord(value);
    if (word === '') return false;
    const flag = WORDS.get(word);
    if (flag !== undefined) return flag;
  }
  throw new InputError(t`is not yes/no (use TRUE/FALSE, 1/0, yes/no, да/нет, ναι/όχι or x)`);
}
