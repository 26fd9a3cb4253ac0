/** Any run of whitespace, including the no-break and thin spaces Sheets users paste. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/**
 * The form in which words are compared: trimmed, lower-case, ё read as е,
 * inner whitespace collapsed to one space.
 */
export function normalizeWord(text: string): string {
  return text.replace(SPACES, ' ').trim().toLowerCase().replace(/ё/g, 'е');
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
