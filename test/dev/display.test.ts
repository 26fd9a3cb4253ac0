import { describe, expect, it } from 'vitest';
import { displayValue } from '../../dev/memory/display';

/* What Google Sheets shows for a number format, as its format documentation describes: `0` is a digit always shown,
 * `#` a digit shown only when significant, and the decimal separator stays when the format has a decimal part. */
describe('number formats as Sheets displays them', () => {
  it('shows a trailing separator for #,##0.## on a whole number, as Google does', () => {
    expect(displayValue(120000, '#,##0.##', 'en_US', 'UTC')).toBe('120,000.');
    expect(displayValue(120000.5, '#,##0.##', 'en_US', 'UTC')).toBe('120,000.5');
  });

  it('shows two decimals for #,##0.00, with the locale marks', () => {
    expect(displayValue(120000, '#,##0.00', 'en_US', 'UTC')).toBe('120,000.00');
    expect(displayValue(1250.5, '#,##0.00', 'ru_RU', 'UTC')).toBe('1\u00a0250,50');
    expect(displayValue(300.3, '#,##0.00', 'en_US', 'UTC')).toBe('300.30');
  });

  it('shows no separator for a format without a decimal part', () => {
    expect(displayValue(380000, '#,##0', 'en_US', 'UTC')).toBe('380,000');
  });
});
