/** The two languages every text result and error message comes in. */
export type Lang = 'en' | 'ru';

/** A text in both languages; core modules return these and the adapter picks one. */
export interface Bilingual {
  en: string;
  ru: string;
}

/** Russian when the spreadsheet locale is Russian (`ru`, `ru_RU`…), English otherwise (SPEC §2.8). */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^ru(\b|_|-|$)/i.test(locale.trim()) ? 'ru' : 'en';
}

export function bi(en: string, ru: string): Bilingual {
  return { en, ru };
}

/** The Russian noun form for a count: 1 балл, 2 балла, 5 баллов, 21 балл, 11 баллов; fractions take the "few" form. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const whole = Math.abs(n);
  if (!Number.isInteger(whole)) return few;
  const mod10 = whole % 10;
  const mod100 = whole % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
