import { describe, expect, it } from 'vitest';
import { booleanFrom } from '../../src/kernel/values/booleans';
import { InputError } from '../../src/kernel/errors';
import { langFromLocale, plural } from '../../src/kernel/i18n';
import { notationOf } from '../../src/kernel/values/locale';
import { shareFrom } from '../../src/kernel/values/shares';
import { normalizeWord } from '../../src/kernel/values/text';

const en = notationOf('en_US');
const ru = notationOf('ru_RU');
const el = notationOf('el_GR');

describe('shareFrom', () => {
  /** In an en_US spreadsheet. */
  const share = (value: number | string) => shareFrom(value, en);

  it('takes fractions and percentages', () => {
    expect(share(0.75)).toBe(0.75);
    expect(share(0)).toBe(0);
    expect(share(1)).toBe(1);
    expect(share('75%')).toBe(0.75);
    expect(share(' 75 % ')).toBe(0.75);
    expect(share('12,5%')).toBe(0.125);
    expect(share('0,3')).toBe(0.3);
    expect(share('100%')).toBe(1);
  });
  it("reads percentages in the locale's notation", () => {
    expect(shareFrom('12,5%', ru)).toBe(0.125);
    expect(shareFrom('0,75', el)).toBe(0.75);
    expect(shareFrom('12.5 %', el)).toBe(0.125); // a lone dot before one digit is decimal everywhere
    // 0,500 groups in en_US, where it is no number at all (a group of 0), and is a half in ru_RU.
    expect(() => shareFrom('0,500', en)).toThrow(InputError);
    expect(shareFrom('0,500', ru)).toBe(0.5);
  });
  it('refuses shares out of range or unreadable', () => {
    expect(() => share(1.01)).toThrow('is above 100%');
    expect(() => share('101%')).toThrow('is above 100%');
    expect(() => share(75)).toThrow('is above 100%');
    expect(() => share(-0.1)).toThrow('negative');
    expect(() => share('lots')).toThrow(InputError);
    expect(() => share(NaN)).toThrow(InputError);
    expect(() => share('%')).toThrow(InputError);
  });
});

describe('booleanFrom', () => {
  it.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['да', true],
    ['Да ', true],
    ['x', true],
    ['X', true],
    ['истина', true],
    ['no', false],
    ['n', false],
    ['False', false],
    ['нет', false],
    ['ЛОЖЬ', false],
    ['', false],
    ['  ', false],
    // Greek, in any case, with or without the accent.
    ['ναι', true],
    ['Ναι', true],
    ['ΝΑΙ', true],
    ['ναί', true],
    ['όχι', false],
    ['Όχι', false],
    ['ΟΧΙ', false],
    ['οχι', false],
    [' Οχι ', false],
  ])('reads %j as %s', (value, expected) => {
    expect(booleanFrom(value)).toBe(expected);
  });
  it.each([2, -1, 'maybe', 'возможно', 'ίσως', 'ν', new Date(0), 0.5])('refuses %j', (value) => {
    expect(() => booleanFrom(value)).toThrow(InputError);
  });
  it('names the accepted words, Greek ones included, in both languages', () => {
    let error: InputError | undefined;
    try {
      booleanFrom('maybe');
    } catch (thrown) {
      error = thrown as InputError;
    }
    expect(error?.text.en).toBe('is not yes/no (use TRUE/FALSE, 1/0, yes/no, да/нет, ναι/όχι or x)');
    expect(error?.text.ru).toBe('не да/нет (используйте ИСТИНА/ЛОЖЬ, 1/0, да/нет, yes/no, ναι/όχι или x)');
  });
});

describe('normalizeWord', () => {
  it('trims, lower-cases, reads ё as е and collapses spaces', () => {
    expect(normalizeWord('  Своё\u00a0 Мероприятие ')).toBe('свое мероприятие');
    expect(normalizeWord('SaaS\tPartner')).toBe('saas partner');
  });
  it('drops Greek accents and diaeresis, whatever the case, and keeps й', () => {
    expect(normalizeWord('Όχι')).toBe('οχι');
    expect(normalizeWord('ΆΈΉΊΌΎΏ')).toBe('αεηιουω');
    expect(normalizeWord('άέήίόύώ ϊΐϋΰ')).toBe('αεηιουω ιιυυ');
    expect(normalizeWord('Πρωτοβουλία Αθήνας')).toBe('πρωτοβουλια αθηνας');
    expect(normalizeWord('Новый Майский')).toBe('новый майский');
  });
});

describe('langFromLocale', () => {
  it('is Russian for ru locales, Greek for el locales, English otherwise', () => {
    expect(langFromLocale('el_GR')).toBe('el');
    expect(langFromLocale('el')).toBe('el');
    expect(langFromLocale('ell')).toBe('en');
    expect(langFromLocale('ru')).toBe('ru');
    expect(langFromLocale('ru_RU')).toBe('ru');
    expect(langFromLocale('ru-RU')).toBe('ru');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('de_DE')).toBe('en');
    expect(langFromLocale('rue')).toBe('en'); // Rusyn is not Russian
    expect(langFromLocale(undefined)).toBe('en');
    expect(langFromLocale('')).toBe('en');
  });
});

describe('plural: Russian forms through Intl.PluralRules and the catalog', () => {
  it.each([
    [1, 'балл'],
    [2, 'балла'],
    [4, 'балла'],
    [5, 'баллов'],
    [11, 'баллов'],
    [12, 'баллов'],
    [14, 'баллов'],
    [21, 'балл'],
    [22, 'балла'],
    [25, 'баллов'],
    [101, 'балл'],
    [111, 'баллов'],
    [0, 'баллов'],
    [1.5, 'балла'],
    [-3, 'балла'],
  ])('%d %s', (n, word) => {
    expect(plural(n, 'point', 'points').ru).toBe(word);
  });
});
