import { describe, expect, it } from 'vitest';
import { formatAmount, parseNumberText } from '../../src/core/numbers';

describe('parseNumberText', () => {
  it.each([
    ['150 000', 150000],
    ['150\u00a0000', 150000], // no-break space
    ['150\u202f000', 150000], // narrow no-break space
    ['150\u2009000', 150000], // thin space
    ['1 250,50', 1250.5],
    ['1,250.50', 1250.5],
    ['1.250,50', 1250.5],
    ['150000 ₽', 150000],
    ['150 000 руб.', 150000],
    ['150 000 руб', 150000],
    ['150 000 р.', 150000],
    ['$1,250.00', 1250],
    ['€ 5', 5],
    ['1,250,000', 1250000],
    ['1.250.000', 1250000],
    ['12,5', 12.5],
    ['0.75', 0.75],
    [',5', 0.5],
    ['-5', -5],
    ['+7', 7],
    ['  42  ', 42],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['', '   ', 'n/a', 'abc', '1 2a', '1,2,3', '1,25,000', '1.2.3,4,5', '--5', '5-', '1e5', 'Infinity', 'NaN', '₽', '1,250.50.1', '12,5,'])(
    'refuses %j',
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );
});

it('reads a lone comma as the decimal mark, as a Russian user means it', () => {
  expect(parseNumberText('1,250')).toBe(1.25);
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
