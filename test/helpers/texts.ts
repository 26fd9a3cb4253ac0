import type { Text } from '../../src/kernel/i18n';

/** A made-up message for a test, in English and Russian (Greek as the English: no catalog holds it). */
export function bi(en: string, ru: string): Text {
  return { en, ru, el: en };
}
