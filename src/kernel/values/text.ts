/** Any run of whitespace, including the no-break and thin spaces Sheets users paste. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/** Greek vowels with a tonos or dialytika, and the plain vowel each is read as. */
const GREEK_ACCENTED = /[άέήίόύώϊΐϋΰ]/g;
const GREEK_PLAIN: Record<string, string> = { ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ό: 'ο', ύ: 'υ', ώ: 'ω', ϊ: 'ι', ΐ: 'ι', ϋ: 'υ', ΰ: 'υ' };
const plainGreek = (ch: string) => GREEK_PLAIN[ch];

/** Greek vowels without their tonos or dialytika (capitals are often typed without them): `Μαργαρίτα` as `Μαργαριτα`. */
export function withoutGreekAccents(text: string): string {
  return text.replace(GREEK_ACCENTED, plainGreek);
}

/**
 * The form in which words are compared: trimmed, lower-case, ё read as е,
 * Greek accents dropped (όχι as οχι: capitals are often typed without them),
 * inner whitespace collapsed to one space. Only these letters are folded: a
 * blanket NFD strip would also turn the Russian й into и.
 */
export function normalizeWord(text: string): string {
  return text.replace(SPACES, ' ').trim().toLowerCase().replace(/ё/g, 'е').replace(GREEK_ACCENTED, plainGreek);
}

/**
 * A column header as compared (SPEC §12): a word as normalizeWord reads it,
 * with every space, underscore and mark between the letters and digits
 * ignored: `Min sales`, `min_sales` and `MinSales` are one header.
 */
export function headerKey(text: string): string {
  return normalizeWord(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A dictionary from every accepted spelling (normalised) to a value. */
export function wordTable<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, words] of entries) {
    for (const word of words) table.set(normalizeWord(word), value);
  }
  return table;
}

/** Text cut to a length that still reads well inside an error message. */
export function excerpt(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
