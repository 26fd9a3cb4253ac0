/**
 * The catalogs (SPEC §2.8): every text the code writes as t`…`, tx`…` or plural(…) has an entry in every
 * language's catalog, no catalog keeps a text the code no longer uses, every translation uses each of its
 * key's values, and a plural entry has every form the language's plural rules ask for.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysUnder } from '../../build/texts.mjs';
import { CATALOGS, LANGS, type Lang, langFromLocale, plural, t } from '../../src/kernel/i18n';

const used = keysUnder(join(__dirname, '../../src'));
const others = LANGS.filter((lang) => lang !== 'en');

describe('the catalogs', () => {
  it('finds the texts of the code (a sanity check of the scan itself)', () => {
    expect(used.size).toBeGreaterThan(400);
    expect(used.get('Nothing was written.')).toEqual({ plural: false, values: 0 });
    expect(used.get('"{0}"')).toEqual({ plural: false, values: 1 });
    expect(used.get('point|points')).toEqual({ plural: true, values: 0 });
  });

  it.each(others)('%s has every text the code uses, and none it does not', (lang) => {
    const texts = CATALOGS[lang].texts;
    expect([...used.keys()].filter((key) => !(key in texts))).toEqual([]);
    expect(Object.keys(texts).filter((key) => !used.has(key))).toEqual([]);
  });

  it.each(others)('%s uses every value of each text, and only those', (lang) => {
    const wrong: string[] = [];
    for (const [key, entry] of Object.entries(CATALOGS[lang].texts)) {
      const info = used.get(key);
      if (!info || info.plural) continue;
      if (typeof entry !== 'string' || entry.trim() === '') {
        wrong.push(`${key}: not a text`);
        continue;
      }
      const indexes = [...entry.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
      const expected = Array.from({ length: info.values }, (_, i) => i);
      if (JSON.stringify([...new Set(indexes)]) !== JSON.stringify(expected)) wrong.push(`${key} → ${entry}`);
      if (key.includes('{row}') !== entry.includes('{row}')) wrong.push(`${key} → ${entry}: {row}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(others)('%s gives every plural form its language needs', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const wrong: string[] = [];
    for (const [key, info] of used) {
      if (!info.plural) continue;
      const entry = CATALOGS[lang].texts[key];
      if (typeof entry !== 'object') wrong.push(`${key}: not plural forms`);
      else for (const category of categories) if (!entry[category]?.trim()) wrong.push(`${key}: no ${category}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('texts at run time', () => {
  it('reads the language from a locale', () => {
    expect(['ru', 'ru_RU', 'el', 'el_GR', 'en_GB', 'de_DE', '', null].map(langFromLocale)).toEqual(['ru', 'ru', 'el', 'el', 'en', 'en', 'en', 'en']);
  });

  it('fills values in where each language puts them, and a text value in its own language', () => {
    const name = t`Partner`;
    const text = t`${'Vega'} is not on the "${name}" sheet.`;
    expect(text.en).toBe('Vega is not on the "Partner" sheet.');
    expect(text.ru).toBe('Партнёра Vega нет на листе «Партнёр».');
    expect(text.el).toBe('Ο συνεργάτης Vega δεν υπάρχει στο φύλλο «Συνεργάτης».');
    expect(Object.keys(text).sort()).toEqual([...LANGS].sort());
  });

  it('chooses the plural form by each language’s rules', () => {
    const forms = (n: number, lang: Lang) => plural(n, 'point', 'points')[lang];
    expect([1, 2, 5, 21, 11, 0].map((n) => forms(n, 'en'))).toEqual(['point', 'points', 'points', 'points', 'points', 'points']);
    expect([1, 2, 5, 21, 11, 0].map((n) => forms(n, 'ru'))).toEqual(['балл', 'балла', 'баллов', 'балл', 'баллов', 'баллов']);
    expect([1, 2, 0].map((n) => forms(n, 'el'))).toEqual(['πόντος', 'πόντοι', 'πόντοι']);
  });
});
