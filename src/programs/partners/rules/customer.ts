import { withoutGreekAccents } from '../../../kernel/values/text';
/**
 * Who a deal registration is for. Two registrations name the same customer
 * when both carry a tax ID and the IDs are equal (two different IDs are two
 * customers, whatever the names), and otherwise when their legal names are
 * equal once normalised: case, ё/е, Greek accents, quotes of every kind, punctuation, spacing
 * and legal forms (ООО, АО, ПАО, ЗАО, ОАО, ИП, LLC, Ltd, Inc, GmbH, and the
 * Greek Α.Ε., Ε.Π.Ε., Ι.Κ.Ε., Ο.Ε., Ε.Ε.) do not count. Names are not transliterated: `Romashka LLC` and `Ромашка` are two
 * customers.
 */

/**
 * Legal forms, as the tokens they leave after normalisation. Besides SPEC's
 * abbreviations: their spelled-out forms, dotted spellings (L.L.C.), and the
 * Russian abbreviations typed in Latin letters (OOO, ZAO…).
 */
const LEGAL_FORMS: readonly string[] = [
  'ооо',
  'ао',
  'пао',
  'зао',
  'оао',
  'ип',
  'llc',
  'ltd',
  'inc',
  'gmbh',
  'общество с ограниченной ответственностью',
  'публичное акционерное общество',
  'закрытое акционерное общество',
  'открытое акционерное общество',
  'акционерное общество',
  'индивидуальный предприниматель',
  'limited liability company',
  'limited',
  'incorporated',
  'l l c',
  'g m b h',
  'ooo',
  'ao',
  'pao',
  'zao',
  'oao',
  // Greek (a Greek manager's sample customers are «Μαργαρίτα» Ε.Π.Ε.), dotted or not, and spelled out.
  'αε',
  'α ε',
  'επε',
  'ε π ε',
  'ικε',
  'ι κ ε',
  'οε',
  'ο ε',
  'εε',
  'ε ε',
  'ανωνυμη εταιρεια',
  'εταιρεια περιορισμενης ευθυνης',
  'ιδιωτικη κεφαλαιουχικη εταιρεια',
];

/** Legal forms as token sequences, longest first so that `акционерное общество` loses to `публичное акционерное общество`. */
const FORM_TOKENS: readonly string[][] = LEGAL_FORMS.map((form) => form.split(' ')).sort((a, b) => b.length - a.length);

/** Anything that is not a letter or a digit separates words: spaces, quotes «»"'“”„, dots, commas, dashes, brackets. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
const wordCharacters = new Map<number, boolean>();

/**
 * Is this code point part of a word? Latin letters, digits and Cyrillic are
 * answered at once; other characters through a Unicode regular expression,
 * remembered, since a Unicode regular expression over every name is slow.
 */
function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x430 && code <= 0x44f) return true; // а–я (the text is lower case by now)
  let known = wordCharacters.get(code);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code));
    wordCharacters.set(code, known);
  }
  return known;
}

/** The words of a name, lower case, ё as е. */
function tokens(text: string): string[] {
  let lower = text.toLowerCase();
  if (lower.includes('ё')) lower = lower.replace(/ё/g, 'е');
  lower = withoutGreekAccents(lower);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const code = lower.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCharacter(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

/** First words of the legal forms, to pass over the other words quickly. */
const FORM_STARTS = new Set(FORM_TOKENS.map((form) => form[0]));

function formAt(words: readonly string[], i: number): number {
  if (!FORM_STARTS.has(words[i])) return 0;
  for (const form of FORM_TOKENS) {
    if (i + form.length > words.length) continue;
    let matches = true;
    for (let k = 0; k < form.length && matches; k++) matches = words[i + k] === form[k];
    if (matches) return form.length;
  }
  return 0;
}

/**
 * The comparable form of a legal name: `ООО «Ромашка»`, `"Ромашка" ООО` and
 * `ромашка` all give `ромашка`. Words are joined without spaces, so spacing
 * and hyphenation do not matter either (`Ромашка-Плюс` = `Ромашка Плюс`). A
 * name that is nothing but a legal form keeps its words.
 */
export function legalNameKey(name: string): string {
  const words = tokens(name);
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    const skip = formAt(words, i);
    if (skip) i += skip;
    else kept.push(words[i++]);
  }
  // A name of punctuation only ("—") is compared as typed rather than matching every other such name.
  return (kept.length ? kept : words).join('') || name.trim().toLowerCase();
}

/** The comparable form of a tax ID (ИНН): letters and digits only, upper case, without a leading `ИНН`/`INN`/`TIN`; `""` for none. */
export function taxIdKey(taxId: string): string {
  if (/^\d+$/.test(taxId)) return taxId;
  return taxId
    .replace(SEPARATORS, '')
    .toUpperCase()
    .replace(/^(?:ИНН|INN|TIN)(?=\p{N})/u, '');
}

export interface CustomerIdentity {
  /** legalNameKey of the name. */
  name: string;
  /** taxIdKey of the tax ID; `""` when the row has none. */
  taxId: string;
}

export function customerIdentity(name: string, taxId = ''): CustomerIdentity {
  return { name: legalNameKey(name), taxId: taxIdKey(taxId) };
}

/** The same customer: equal tax IDs where both have one, else equal normalised names. */
export function sameCustomer(a: CustomerIdentity, b: CustomerIdentity): boolean {
  return a.taxId !== '' && b.taxId !== '' ? a.taxId === b.taxId : a.name === b.name;
}
