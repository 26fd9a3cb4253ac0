import { describe, expect, it } from 'vitest';
import { editText, parseTyped } from '../../dev/preview/input';

const en = { locale: 'en_US', timeZone: 'Europe/Moscow' };
const ru = { locale: 'ru_RU', timeZone: 'Europe/Moscow' };

describe('what a user types into a preview cell', () => {
  it('reads numbers as the locale writes them, and percentages as fractions', () => {
    expect(parseTyped('150000', en)).toEqual({ value: 150000 });
    expect(parseTyped('1,250.5', en)).toEqual({ value: 1250.5 });
    expect(parseTyped('1250,5', ru)).toEqual({ value: 1250.5 });
    expect(parseTyped('-3.5', en)).toEqual({ value: -3.5 });
    // 15% is stored as the fraction 0.15 (SPEC §2.5).
    expect(parseTyped('15%', en)).toEqual({ value: 0.15 });
  });

  it('reads TRUE and FALSE in any case as booleans', () => {
    expect(parseTyped('TRUE', en)).toEqual({ value: true });
    expect(parseTyped('false', ru)).toEqual({ value: false });
  });

  it('reads 2026-01-31 (and 31.01.2026 in ru_RU) as midnight of that day in the spreadsheet zone', () => {
    // Moscow is UTC+3 all year: local midnight of 31 January is 21:00 UTC on 30 January.
    const midnight = new Date('2026-01-30T21:00:00Z');
    expect(parseTyped('2026-01-31', en)).toEqual({ value: midnight });
    // Dotted dates where the dot is not the decimal mark (ru_RU); in en_US the dot is a decimal point, so it stays text.
    expect(parseTyped('31.01.2026', ru)).toEqual({ value: midnight });
    expect(parseTyped('31.01.2026', en)).toEqual({ value: '31.01.2026' });
    // 10:00 in Moscow is 07:00 UTC.
    expect(parseTyped('2026-10-01 10:00', en)).toEqual({ value: new Date('2026-10-01T07:00:00Z') });
    expect(parseTyped('2026-10-01', { locale: 'en_US', timeZone: 'Asia/Tokyo' })).toEqual({ value: new Date('2026-09-30T15:00:00Z') });
    // Slashes in the locale's order: month first in en_US, day first in ru_RU.
    expect(parseTyped('01/31/2026', en)).toEqual({ value: midnight });
    expect(parseTyped('31/01/2026', ru)).toEqual({ value: midnight });
    // Not a calendar day: text.
    expect(parseTyped('2026-02-30', en)).toEqual({ value: '2026-02-30' });
    expect(parseTyped('31/01/2026', en)).toEqual({ value: '31/01/2026' });
  });

  it('keeps other text as text, a leading quote included, and reads = as a formula', () => {
    expect(parseTyped('Orion Soft', en)).toEqual({ value: 'Orion Soft' });
    expect(parseTyped("'123", en)).toEqual({ value: '123' });
    expect(parseTyped("'=1+1", en)).toEqual({ value: '=1+1' });
    expect(parseTyped('=GROWTH_PCT(B2:B, C2:C)', en)).toEqual({ formula: '=GROWTH_PCT(B2:B, C2:C)' });
    expect(parseTyped('', en)).toEqual({ value: '' });
  });

  it('keeps everything typed into a plain-text (@) cell as text', () => {
    expect(parseTyped('0770123456', { ...en, numberFormat: '@' })).toEqual({ value: '0770123456' });
    expect(parseTyped('2026-01-31', { ...en, numberFormat: '@' })).toEqual({ value: '2026-01-31' });
  });
});

describe('the text the cell editor starts with', () => {
  it('writes values so that typing them back gives the same value', () => {
    expect(editText(1250.5, en)).toBe('1250.5');
    expect(editText(1250.5, ru)).toBe('1250,5');
    // A fraction formatted as a percentage is edited as one: 0.4 → 40%.
    expect(editText(0.4, { ...en, numberFormat: '0.0%' })).toBe('40%');
    expect(editText(true, en)).toBe('TRUE');
    expect(editText(new Date('2026-01-30T21:00:00Z'), en)).toBe('2026-01-31');
    expect(editText(new Date('2026-01-30T21:00:00Z'), ru)).toBe('31.01.2026');
    expect(editText(new Date('2026-10-01T07:00:00Z'), en)).toBe('2026-10-01 10:00');
    expect(editText('Orion Soft', en)).toBe('Orion Soft');
    // Text that would be read as a number or a formula gets the quote Sheets shows.
    expect(editText('123', en)).toBe("'123");
    expect(editText('=x', en)).toBe("'=x");
    expect(editText('123', { ...en, numberFormat: '@' })).toBe('123');
    for (const [value, settings] of [
      [0.4, { ...ru, numberFormat: '0.0%' }],
      [new Date('2026-10-01T07:00:00Z'), ru],
      ['TRUE', en],
      [-5, ru],
    ] as const) {
      expect(parseTyped(editText(value, settings), settings)).toEqual({ value });
    }
  });
});
