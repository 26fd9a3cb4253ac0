import type { Catalog, Lang } from '../../kernel/i18n';

/*
 * A dialog's words (SPEC §2.8), from the same catalogs as the server's: the
 * build puts into each page the catalogs' entries for the texts that page
 * uses (build/texts.mjs finds them), so a dialog is written in English with
 * tx`…` and shows the language the server's first answer names.
 */
declare const __CATALOGS__: Record<Lang, Catalog>;

let lang: Lang = 'en';

/** The language every tx`…` after this call is in (the server's `lang`). */
export function setDialogLang(next: Lang): void {
  lang = next in __CATALOGS__ ? next : 'en';
}

function entry(key: string, inLang = lang) {
  return inLang === 'en' ? undefined : __CATALOGS__[inLang]?.texts[key];
}

/** A text in a given language from its English: txIn('ru')`${n}K`; a context tells one English text with two meanings apart. */
export function txIn(inLang: Lang, context = '') {
  return (strings: TemplateStringsArray, ...values: (string | number)[]): string => {
    const english = strings.reduce((key, literal, i) => `${key}{${i - 1}}${literal}`);
    const translation = entry(context ? `${context}::${english}` : english, inLang);
    const text = typeof translation === 'string' ? translation : english;
    return text.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)]));
  };
}

/** A text in the dialog's language from its English: tx`Row ${n}`; tx.in('context')`…` as t.in on the server. */
export const tx = Object.assign((strings: TemplateStringsArray, ...values: (string | number)[]): string => txIn(lang)(strings, ...values), {
  in:
    (context: string) =>
    (strings: TemplateStringsArray, ...values: (string | number)[]): string =>
      txIn(lang, context)(strings, ...values),
});

/** The word for a count: pluralWord(3, 'extension', 'extensions'); a context tells one pair in two grammatical roles apart. */
export function pluralWord(n: number, one: string, other: string, context?: string): string {
  const forms = entry(`${context ? `${context}::` : ''}${one}|${other}`);
  if (typeof forms !== 'object') return Math.abs(n) === 1 ? one : other;
  return forms[new Intl.PluralRules(lang).select(Math.abs(n))] ?? forms.other ?? other;
}

/** An ISO day (`2026-11-22`) as the language writes dates: 2026-11-22, 22.11.2026, 22/11/2026. */
export function dayText(iso: string, inLang = lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const order = __CATALOGS__[inLang].date;
  if (!m || order === 'iso') return iso;
  const sep = order.slice(3);
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

/** A whole or decimal amount as the language writes it: 1,250.5 / 1 250,5 / 1.250,5. */
export function amountText(value: number, inLang = lang): string {
  const { group, decimal } = __CATALOGS__[inLang].number;
  const [whole, fraction] = Math.abs(Math.round(value * 100) / 100)
    .toString()
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** A dialog's words in a language (the server's answers name it): sets the language, then builds them. */
export function wordsFor<T>(words: () => T): (lang: Lang) => T {
  return (next) => {
    setDialogLang(next);
    return words();
  };
}
