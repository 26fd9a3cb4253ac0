import { el } from './lang/el';
import { ru } from './lang/ru';

/*
 * Languages (SPEC §2.8). A text is written once, in English, where the code
 * uses it, as a tagged template: t`Unknown tier ${name}`. Its English text,
 * with {0}, {1}… standing for the values in order, is the key of every other
 * language's catalog (src/kernel/lang/<code>.ts), which may move the values
 * around: 'Неизвестный статус {0}'. A catalog also says how the language
 * writes numbers and dates. test/kernel/catalogs.test.ts fails when a catalog
 * lacks a key the code uses, or keeps one it no longer does.
 *
 * A fourth language is one catalog file and its line in CATALOGS below.
 */

/** A catalog entry: a translation, or a word's forms by Intl.PluralRules category. */
export type Entry = string | Partial<Record<Intl.LDMLPluralRule, string>>;

export interface Catalog {
  /** How the language writes a number: 1,250.5 / 1 250,5 / 1.250,5. */
  readonly number: { readonly group: string; readonly decimal: string };
  /** How it writes a date, d/m/y order and separator: 2026-03-15 / 15.03.2026 / 15/03/2026. */
  readonly date: 'iso' | `dmy${string}`;
  /** English text (values as {0}, {1}…) → this language's. */
  readonly texts: { readonly [english: string]: Entry };
}

const ENGLISH: Catalog = { number: { group: ',', decimal: '.' }, date: 'iso', texts: {} };

/** Every language the add-on speaks: English (the texts in the code) and one catalog per other language. */
export const CATALOGS = { en: ENGLISH, ru, el } satisfies Record<string, Catalog>;

export type Lang = keyof typeof CATALOGS;
export const LANGS = Object.keys(CATALOGS) as Lang[];

/** A text in every language; pure code returns these and the adapter picks one. */
export type Text = { readonly [L in Lang]: string };

/** A value a text is built from: as it is, or per language. */
export type TextValue = string | number | Text;

/** The language of a locale (`ru`, `ru_RU`, `el_GR`…), English when none matches (SPEC §2.8). */
export function langFromLocale(locale: string | null | undefined): Lang {
  const code = typeof locale === 'string' ? locale.trim().toLowerCase().split(/[_-]/)[0] : '';
  return (LANGS as string[]).includes(code) ? (code as Lang) : 'en';
}

/** A text computed per language (a number or a date written as each language writes it). */
export function perLang(text: (lang: Lang) => string): Text {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) out[lang] = text(lang);
  return out;
}

/** The same text in every language (a name, a code). */
export function same(text: string): Text {
  return perLang(() => text);
}

type Piece = string | number;
const compiled = new WeakMap<TemplateStringsArray, Record<Lang, Piece[]>>();

/** Splits a translation into literal pieces and value indexes ({0} → 0). */
function pieces(translation: string): Piece[] {
  return translation.split(/\{(\d+)\}/).map((piece, i) => (i % 2 ? Number(piece) : piece));
}

function compile(strings: TemplateStringsArray, context: string): Record<Lang, Piece[]> {
  const english = strings.reduce((key, literal, i) => `${key}{${i - 1}}${literal}`);
  const key = context ? `${context}::${english}` : english;
  const out = {} as Record<Lang, Piece[]>;
  for (const lang of LANGS) {
    const entry = (CATALOGS[lang] as Catalog).texts[key];
    out[lang] = pieces(typeof entry === 'string' ? entry : english);
  }
  return out;
}

function tag(context: string) {
  return (strings: TemplateStringsArray, ...values: TextValue[]): Text => {
    let parts = compiled.get(strings);
    if (!parts) compiled.set(strings, (parts = compile(strings, context)));
    const out = {} as Record<Lang, string>;
    for (const lang of LANGS) {
      let text = '';
      for (const piece of parts[lang]) {
        if (typeof piece === 'string') text += piece;
        else {
          const value = values[piece];
          text += typeof value === 'object' ? value[lang] : String(value);
        }
      }
      out[lang] = text;
    }
    return out;
  };
}

/**
 * A text in every language from its English: t`Row ${n}`. The catalogs are
 * read once per call site (the template's strings are the cache key).
 */
export const t = Object.assign(tag(''), {
  /** The same English with another meaning ("Tier" as a Deals header and as a Partners one): its own key, `context::English`. */
  in: (context: string) => tag(context),
});

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The word for a count in each language: plural(5, 'point', 'points') → points / баллов / πόντοι. */
export function plural(n: number, one: string, other: string, context?: string): Text {
  const key = `${context ? `${context}::` : ''}${one}|${other}`;
  return perLang((lang) => {
    if (lang === 'en') return n === 1 || n === -1 ? one : other;
    const entry = (CATALOGS[lang] as Catalog).texts[key];
    if (typeof entry !== 'object') return Math.abs(n) === 1 ? one : other;
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    return entry[rules.select(Math.abs(n))] ?? entry.other ?? other;
  });
}

/** Quotation marks as the language writes them around a name: "Vega" / «Vega». */
export function quote(text: string): Text {
  return t`"${text}"`;
}

/** "a, b and c" in each language. */
export function listOf(items: readonly string[]): Text {
  if (items.length <= 1) return same(items[0] ?? '');
  return t`${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A date as the language writes it (its catalog's order and separator): 2026-03-15, 15.03.2026, 15/03/2026. */
export function writeDate(lang: Lang, year: number, month: number, day: number): string {
  const order = CATALOGS[lang].date;
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return order === 'iso' ? `${year}-${mm}-${dd}` : `${dd}${order.slice(3)}${mm}${order.slice(3)}${year}`;
}

/** The Sheets number format of a date in the language's order. */
export function sheetsDateFormat(lang: Lang): string {
  const order = CATALOGS[lang].date;
  return order === 'iso' ? 'yyyy-mm-dd' : `dd${order.slice(3)}mm${order.slice(3)}yyyy`;
}

/** A text's distinct forms, English first: a sheet, a header or a word found by its name in any language. */
export function everyForm(text: Text): string[] {
  return [...new Set(LANGS.map((lang) => text[lang]))];
}

/** The language `value` is a form of `text` in; `preferred` when several are alike. */
export function langOfForm(text: Text, value: string, preferred: Lang): Lang | undefined {
  if (text[preferred] === value) return preferred;
  return LANGS.find((lang) => text[lang] === value);
}

/** Texts joined in each language: joinTexts([a, b], ', '). */
export function joinTexts(texts: readonly Text[], separator: string | Text = ''): Text {
  return perLang((lang) => texts.map((text) => text[lang]).join(typeof separator === 'string' ? separator : separator[lang]));
}

/** A company's name inside a sentence: as it is in English, in «…» where the language quotes names. */
export function named(name: string): Text {
  return t.in('name')`${name}`;
}

/** The semicolon between the items of a list of problems: `; `, and `· ` in Greek (where `;` is the question mark). */
export const SEMICOLON: Text = t.in('punctuation')`; `;

/** Every form of a plural word in every language (a unit read in any of them): pluralForms('day', 'days', 'window'). */
export function pluralForms(one: string, other: string, context?: string): string[] {
  const key = `${context ? `${context}::` : ''}${one}|${other}`;
  const forms = new Set([one, other]);
  for (const lang of LANGS) {
    const entry = (CATALOGS[lang] as Catalog).texts[key];
    if (typeof entry === 'object') for (const form of Object.values(entry)) if (form) forms.add(form);
  }
  return [...forms];
}

/**
 * Accepted words for a message, in the message's language, then in English
 * where those differ: `нет, ежеквартально, ежемесячно (none, quarterly,
 * monthly)`. Every language is read; English is the one any reader shares.
 */
export function wordList(words: readonly Text[]): Text {
  return perLang((lang) => {
    const own = words.map((word) => word[lang]).join(', ');
    const english = words.map((word) => word.en).join(', ');
    return own === english ? own : `${own} (${english})`;
  });
}
