import { CATALOGS, type Lang, type Text } from '../../src/kernel/i18n';

/*
 * Texts for tests. Pure (no vitest): the What if… test bundle bundles the
 * made-up program that uses bi(). Matchers are in textMatchers.ts.
 */

/** A made-up message for a test, in English and Russian (Greek as the English: no catalog holds it). */
export function bi(en: string, ru: string): Text {
  return { en, ru, el: en };
}

/** A text of the catalogs by its English (a sample name as a template writes it in a language). */
export function inLang(english: string, lang: Lang): string {
  const entry = CATALOGS[lang].texts[english];
  return typeof entry === 'string' ? entry : english;
}
