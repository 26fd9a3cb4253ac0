/*
 * Strings written with setValues/setValue/appendRow are read as if a user
 * typed them, in the spreadsheet's locale and time zone. Expected values are
 * worked out by hand from how Google Sheets reads typed text (see the sources
 * in dev/memory/typed.ts): the clock is stopped at 2026-12-31 22:30 UTC,
 * which is already 1 January 2027, 01:30 in Moscow (UTC+3), so a date typed
 * without a year is in 2027 there and in 2026 in New York.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSpreadsheet } from '../../dev/memory';
import { interpretWritten } from '../../dev/memory/values';

const NOW = new Date('2026-12-31T22:30:00Z');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

/** Writes each string into its own cell of one row and reads the row back. */
function typed(locale: string, texts: string[], timeZone = 'Europe/Moscow') {
  const sheet = createSpreadsheet({ locale, timeZone, sheets: ['Data'] }).getSheetByName('Data')!;
  const range = sheet.getRange(1, 1, 1, texts.length);
  range.setValues([texts]);
  return { values: range.getValues()[0], formulas: range.getFormulas()[0], sheet };
}

/** Midnight of a day in Moscow (UTC+3 all year). */
const moscow = (iso: string) => new Date(`${iso}T00:00:00+03:00`);

describe('typed numbers', () => {
  it('reads digits as numbers, leading zeros dropped, in en_US', () => {
    expect(typed('en_US', ['2024', '007', '1.2', '-3.5', '+4', '1e3', '.5', ' 12 ']).values).toEqual([2024, 7, 1.2, -3.5, 4, 1000, 0.5, 12]);
  });

  it('groups with the other mark in threes: 1,234.5 in en_US; a comma alone before two digits is text', () => {
    expect(typed('en_US', ['1,234.5', '1,234,567', '1,250', '1 234', '1,5', '1,25,000']).values).toEqual([1234.5, 1234567, 1250, 1234, '1,5', '1,25,000']);
  });

  it('reads the decimal comma and dot or space groups in ru_RU and de_DE', () => {
    expect(typed('ru_RU', ['1,5', '1 234,5', '1\u00a0234,5', '1.234,5', '12,000', '1,250']).values).toEqual([1.5, 1234.5, 1234.5, 1234.5, 12, 1.25]);
    expect(typed('de_DE', ['1.234,5', '1.234', '0,75']).values).toEqual([1234.5, 1234, 0.75]);
    // In el_GR "12.000" and "1.250" are thousands, not days: no 0th or 250th month.
    expect(typed('el_GR', ['12.000', '1.250', '1,5']).values).toEqual([12000, 1250, 1.5]);
  });

  it('reads percentages as fractions and currency amounts as numbers', () => {
    expect(typed('en_US', ['15%', '2.5 %', '$100', '-$5', '$1,234.50', '(250)', '100 €']).values).toEqual([0.15, 0.025, 100, -5, 1234.5, -250, 100]);
    expect(typed('ru_RU', ['1,5%', '150 000 ₽', '100 р.']).values).toEqual([0.015, 150000, 100]);
  });
});

describe('typed dates', () => {
  it('reads ISO days everywhere as midnight of that day in the spreadsheet zone', () => {
    for (const locale of ['en_US', 'ru_RU', 'el_GR', 'en_GB', 'de_DE']) {
      expect(typed(locale, ['2026-01-31', '2026/1/5']).values, locale).toEqual([moscow('2026-01-31'), moscow('2026-01-05')]);
    }
    // A fixed-offset zone, as Sheets allows: midnight at UTC+3 is 21:00 UTC the day before.
    expect(typed('en_US', ['2026-01-31'], 'GMT+03:00').values).toEqual([new Date('2026-01-30T21:00:00Z')]);
  });

  it('reads slashes month first in en_US, a missing year being this year in the spreadsheet zone', () => {
    const { values } = typed('en_US', ['3/4', '1/2', '03/15/2026', '3/4/26', '15/03/2026', '2/30']);
    expect(values).toEqual([moscow('2027-03-04'), moscow('2027-01-02'), moscow('2026-03-15'), moscow('2026-03-04'), '15/03/2026', '2/30']);
    // In New York it is still 31 December 2026: 3/4 is 4 March 2026 at New York's midnight (UTC−5).
    expect(typed('en_US', ['3/4'], 'America/New_York').values).toEqual([new Date('2026-03-04T05:00:00Z')]);
  });

  it('reads slashes day first in ru_RU, el_GR, en_GB and de_DE', () => {
    for (const locale of ['ru_RU', 'el_GR', 'en_GB', 'de_DE']) {
      const { values } = typed(locale, ['1/2', '15/03/2026', '03/15/2026', '29/2', '29/2/2028']);
      // 2027 is not a leap year: 29 February stays text; 2028 is one.
      expect(values, locale).toEqual([moscow('2027-02-01'), moscow('2026-03-15'), '03/15/2026', '29/2', moscow('2028-02-29')]);
    }
  });

  it('reads the dot as a date separator where it is not the decimal mark', () => {
    expect(typed('ru_RU', ['1.2', '31.01.2026', '12.5', '31.01.26']).values).toEqual([
      moscow('2027-02-01'),
      moscow('2026-01-31'),
      moscow('2027-05-12'),
      moscow('2026-01-31'),
    ]);
    expect(typed('de_DE', ['1.2']).values).toEqual([moscow('2027-02-01')]);
    // Where the dot is the decimal mark, 1.2 is a number.
    expect(typed('en_GB', ['1.2']).values).toEqual([1.2]);
  });

  it('reads month names, dashes, and a time after the day', () => {
    expect(typed('en_US', ['Mar 1 2016', '1 March', 'March 2026', '10-20', '2026-01-31 14:30', '3/4/2026 2:30 PM']).values).toEqual([
      moscow('2016-03-01'),
      moscow('2027-03-01'),
      moscow('2026-03-01'),
      moscow('2027-10-20'),
      new Date('2026-01-31T11:30:00Z'),
      new Date('2026-03-04T11:30:00Z'),
    ]);
    expect(typed('ru_RU', ['1 января 2026', '31.01.2026 09:05']).values).toEqual([moscow('2026-01-01'), new Date('2026-01-31T06:05:00Z')]);
    // A time alone is that time of Sheets' day zero, 30 December 1899.
    expect(typed('en_US', ['14:30'], 'UTC').values).toEqual([new Date(Date.UTC(1899, 11, 30, 14, 30))]);
  });
});

describe('interpretWritten without a spreadsheet', () => {
  it('reads dates only when given the time zone (the preview calls it without one)', () => {
    expect(interpretWritten('3/4', 'en_US', undefined)).toEqual({ value: '3/4' });
    expect(interpretWritten('3/4', 'en_US', undefined, 'Europe/Moscow')).toEqual({ value: moscow('2027-03-04') });
    expect(interpretWritten('007', 'en_US', undefined)).toEqual({ value: 7 });
  });
});

describe('typed booleans, formulas and escapes', () => {
  it('reads TRUE/FALSE in any case, and ИСТИНА/ЛОЖЬ in a Russian spreadsheet only', () => {
    expect(typed('en_US', ['TRUE', 'false', 'True', 'ИСТИНА']).values).toEqual([true, false, true, 'ИСТИНА']);
    expect(typed('ru_RU', ['ИСТИНА', 'ложь', 'TRUE']).values).toEqual([true, false, true]);
  });

  it('makes =… a formula, and +/- text that is no number a formula that Sheets cannot parse', () => {
    const { values, formulas } = typed('ru_RU', ['=1+1', '+7 (495) 000-00-00', '-x', '-', '- 5']);
    expect(formulas).toEqual(['=1+1', '=+7 (495) 000-00-00', '=-x', '', '']);
    // The phone number is a formula with a parse error, shown as #ERROR! at once; the others wait for evaluation.
    expect(values).toEqual(['', '#ERROR!', '', '-', -5]);
  });

  it('keeps text after a leading quote, without the quote', () => {
    expect(typed('en_US', ["'007", "'2024", "'3/4", "'=1+1", "'+7 (495) 000-00-00", "'TRUE"]).values).toEqual([
      '007',
      '2024',
      '3/4',
      '=1+1',
      '+7 (495) 000-00-00',
      'TRUE',
    ]);
  });

  it('keeps any string exactly in a cell formatted as plain text (@), a leading quote included', () => {
    const sheet = createSpreadsheet({ locale: 'en_US', sheets: ['Data'] }).getSheetByName('Data')!;
    const range = sheet.getRange('A1:E1').setNumberFormat('@');
    range.setValues([['2024', '3/4', '=1+1', '+7 (495) 000-00-00', "'007"]]);
    expect(range.getValues()).toEqual([['2024', '3/4', '=1+1', '+7 (495) 000-00-00', "'007"]]);
    expect(range.getFormulas()).toEqual([['', '', '', '', '']]);
    // A number written as a number stays a number.
    expect(sheet.getRange('F1').setNumberFormat('@').setValue(5).getValue()).toBe(5);
  });

  it('reads appendRow and setValue the same way', () => {
    const sheet = createSpreadsheet({ locale: 'en_US', sheets: ['Data'] }).getSheetByName('Data')!;
    sheet.appendRow(['3/4', '007', "'007", 'TRUE']);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[moscow('2027-03-04'), 7, '007', true]]);
    expect(sheet.getRange('A2').setValue('1/2').getValue()).toEqual(moscow('2027-01-02'));
  });
});

describe('50,000 characters per cell', () => {
  const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';

  it('takes 50,000 characters and refuses 50,001, writing nothing of the call', () => {
    const sheet = createSpreadsheet({ sheets: ['Data'] }).getSheetByName('Data')!;
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
    expect(() => sheet.getRange('A2:B2').setValues([['kept?', 'y'.repeat(50_001)]])).toThrow(message);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
    expect(() => sheet.appendRow(['kept?', 'z'.repeat(50_001)])).toThrow(message);
    expect(sheet.getLastRow()).toBe(1);
    expect(() => sheet.getRange('C1').setValue('я'.repeat(50_001))).toThrow(message);
    expect(() => sheet.getRange('C1').setFormula(`="${'a'.repeat(50_000)}"`)).toThrow(message);
  });
});
