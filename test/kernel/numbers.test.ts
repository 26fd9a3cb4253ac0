import { describe, expect, it } from 'vitest';
import { notationOf } from '../../src/kernel/values/locale';
import { formatAmount, parseNumberText } from '../../src/kernel/values/numbers';

const en = notationOf('en_US');
const ru = notationOf('ru_RU');
const el = notationOf('el_GR');

describe('parseNumberText: the same in every locale', () => {
  it.each([
    ['150 000', 150000],
    ['150\u00a0000', 150000], // no-break space
    ['150\u202f000', 150000], // narrow no-break space
    ['150\u2009000', 150000], // thin space
    ["1'250.50", 1250.5], // Swiss apostrophe
    ['1 250,50', 1250.5], // a lone comma before two digits is decimal everywhere
    ['1,250.50', 1250.5], // both marks: the last one is decimal
    ['1.250,50', 1250.5],
    ['1.250,50 €', 1250.5],
    ['150000 ₽', 150000],
    ['150 000 руб.', 150000],
    ['150 000 руб', 150000],
    ['150 000 р.', 150000],
    ['1 250 RUB', 1250],
    ['EUR 1.250,50', 1250.5],
    ['1.250,50 eur', 1250.5],
    ['USD 1,250.00', 1250],
    ['1 250,50 ευρώ', 1250.5],
    ['1 250,50 ΕΥΡΩ', 1250.5], // capitals, no accent
    ['$1,250.00', 1250],
    ['€ 5', 5],
    ['-1 250,50 ₽', -1250.5],
    ['$-5', -5],
    ['\u22125', -5], // the typographic minus sign
    ['1,000,000', 1000000], // a mark more than once groups
    ['1.000.000', 1000000],
    ['0.75', 0.75], // any other single mark is decimal
    ['1,5', 1.5],
    ['12.5', 12.5],
    ['1,2345', 1.2345],
    ['120,000.', 120000], // as Sheets shows #,##0.## in English
    ['120 000,', 120000], // … and in Russian
    [',5', 0.5],
    ['-5', -5],
    ['+7', 7],
    ['  42  ', 42],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    for (const notation of [en, ru, el]) expect(parseNumberText(text, notation)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'n/a',
    'abc',
    '1 2',
    '1 2a',
    '1 25 000',
    '1,2,3',
    '1,25,000',
    '1.25.000',
    '1.2.3,4,5',
    '1,250.50.1',
    '1.250,50,1',
    '--5',
    '+-5',
    '5-',
    '1e5',
    'Infinity',
    'NaN',
    '₽',
    '12,5,',
    '1 250.000,50',
    '0,500.5',
    '.',
    '1,,250',
  ])('refuses %j', (text) => {
    for (const notation of [en, ru, el]) expect(parseNumberText(text, notation)).toBeUndefined();
  });
});

describe('parseNumberText: a single mark before exactly three digits follows the locale (SPEC §2.4)', () => {
  it.each([
    // text, en_US, ru_RU, el_GR
    ['1,250', 1250, 1.25, 1.25],
    ['1.250', 1.25, 1250, 1250],
    ['12.000', 12, 12000, 12000],
    ['12,000', 12000, 12, 12],
    ['1.250 €', 1.25, 1250, 1250],
    ['1.250 ευρώ', 1.25, 1250, 1250],
    ['€1,250', 1250, 1.25, 1.25],
    ['USD 1,250', 1250, 1.25, 1.25],
    ['150,000 ₽', 150000, 150, 150],
    ['-2.500', -2.5, -2500, -2500],
  ])('reads %j as %d in en_US, %d in ru_RU, %d in el_GR', (text, inEn, inRu, inEl) => {
    expect(parseNumberText(text, en)).toBe(inEn);
    expect(parseNumberText(text, ru)).toBe(inRu);
    expect(parseNumberText(text, el)).toBe(inEl);
  });

  it('refuses what grouping would read as a number that no one writes, rather than guess', () => {
    // Grouping digits never leaves a first group of 0 or of more than three digits.
    expect(parseNumberText('0.500', en)).toBe(0.5);
    expect(parseNumberText('0.500', ru)).toBeUndefined();
    expect(parseNumberText('0,500', en)).toBeUndefined();
    expect(parseNumberText('0,500', el)).toBe(0.5);
    expect(parseNumberText('1234.567', en)).toBe(1234.567);
    expect(parseNumberText('1234.567', el)).toBeUndefined();
    expect(parseNumberText('1234,567', ru)).toBe(1234.567);
    expect(parseNumberText('1234,567', en)).toBeUndefined();
    // Spaces already group the digits: a comma before three more is decimal in Russian, and a second kind of group mark in English.
    expect(parseNumberText('1 250,500', ru)).toBe(1250.5);
    expect(parseNumberText('1 250,500', en)).toBeUndefined();
  });
});

describe('formatAmount', () => {
  it('groups thousands by language', () => {
    expect(formatAmount(120000, 'en')).toBe('120,000');
    expect(formatAmount(120000, 'ru')).toBe('120 000');
    expect(formatAmount(1250.5, 'en')).toBe('1,250.5');
    expect(formatAmount(1250.5, 'ru')).toBe('1 250,5');
    expect(formatAmount(999, 'en')).toBe('999');
    expect(formatAmount(29_500_000, 'ru')).toBe('29 500 000');
    expect(formatAmount(-1000, 'en')).toBe('-1,000');
  });
});

describe('formatAmount at the edges', () => {
  it('groups every length of number', () => {
    expect(formatAmount(0, 'en')).toBe('0');
    expect(formatAmount(12, 'en')).toBe('12');
    expect(formatAmount(1000, 'en')).toBe('1,000');
    expect(formatAmount(100000, 'ru')).toBe('100 000');
    expect(formatAmount(1234567.891, 'en')).toBe('1,234,567.89'); // rounded to the cent
    expect(formatAmount(0.5, 'ru')).toBe('0,5');
    expect(formatAmount(-0.004, 'en')).toBe('0'); // rounds to zero, no "-0"
  });
});
