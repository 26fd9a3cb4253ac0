import { describe, expect, it } from 'vitest';
import { booleanFrom } from '../../src/core/booleans';
import { InputError } from '../../src/core/errors';
import { langFromLocale, pluralRu } from '../../src/core/i18n';
import { shareFrom } from '../../src/core/shares';
import { normalizeWord } from '../../src/core/text';

describe('shareFrom', () => {
  it('takes fractions and percentages', () => {
    expect(shareFrom(0.75)).toBe(0.75);
    expect(shareFrom(0)).toBe(0);
    expect(shareFrom(1)).toBe(1);
    expect(shareFrom('75%')).toBe(0.75);
    expect(shareFrom(' 75 % ')).toBe(0.75);
    expect(shareFrom('12,5%')).toBe(0.125);
    expect(shareFrom('0,3')).toBe(0.3);
    expect(shareFrom('100%')).toBe(1);
  });
  it('refuses shares out of range or unreadable', () => {
    expect(() => shareFrom(1.01)).toThrow('is above 100%');
    expect(() => shareFrom('101%')).toThrow('is above 100%');
    expect(() => shareFrom(75)).toThrow('is above 100%');
    expect(() => shareFrom(-0.1)).toThrow('negative');
    expect(() => shareFrom('lots')).toThrow(InputError);
    expect(() => shareFrom(NaN)).toThrow(InputError);
    expect(() => shareFrom('%')).toThrow(InputError);
  });
});

describe('booleanFrom', () => {
  it.each([
    [true, true], [false, false], [1, true], [0, false],
    ['yes', true], ['Y', true], ['TRUE', true], ['да', true], ['Да ', true], ['x', true], ['X', true], ['истина', true],
    ['no', false], ['n', false], ['False', false], ['нет', false], ['ЛОЖЬ', false], ['', false], ['  ', false],
  ])('reads %j as %s', (value, expected) => {
    expect(booleanFrom(value)).toBe(expected);
  });
  it.each([2, -1, 'maybe', 'возможно', new Date(0), 0.5])('refuses %j', (value) => {
    expect(() => booleanFrom(value)).toThrow(InputError);
  });
  it('names the accepted words in both languages', () => {
    try {
      booleanFrom('maybe');
    } catch (error) {
      expect((error as InputError).text.en).toContain('yes/no');
      expect((error as InputError).text.ru).toContain('да/нет');
    }
  });
});

describe('normalizeWord', () => {
  it('trims, lower-cases, reads ё as е and collapses spaces', () => {
    expect(normalizeWord('  Своё\u00a0 Мероприятие ')).toBe('свое мероприятие');
    expect(normalizeWord('SaaS\tPartner')).toBe('saas partner');
  });
});

describe('langFromLocale', () => {
  it('is Russian only for ru locales', () => {
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

describe('pluralRu', () => {
  it.each([
    [1, 'балл'], [2, 'балла'], [4, 'балла'], [5, 'баллов'], [11, 'баллов'], [12, 'баллов'], [14, 'баллов'],
    [21, 'балл'], [22, 'балла'], [25, 'баллов'], [101, 'балл'], [111, 'баллов'], [0, 'баллов'], [1.5, 'балла'], [-3, 'балла'],
  ])('%d %s', (n, word) => {
    expect(pluralRu(n, 'балл', 'балла', 'баллов')).toBe(word);
  });
});
