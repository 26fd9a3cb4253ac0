import { describe, expect, it } from 'vitest';
import { compareDecimals, decimalOf, multiply } from '../../src/kernel/values/decimal';

describe('decimalOf', () => {
  it('reads the decimal as typed', () => {
    expect(decimalOf(300.3)).toEqual({ units: 3003n, exponent: -1 });
    expect(decimalOf(110.11)).toEqual({ units: 11011n, exponent: -2 });
    expect(decimalOf(20000)).toEqual({ units: 20000n, exponent: 0 });
    expect(decimalOf(1e-7)).toEqual({ units: 1n, exponent: -7 });
    expect(decimalOf(1.5e21)).toEqual({ units: 15n, exponent: 20 });
    expect(decimalOf(-2.5)).toEqual({ units: -25n, exponent: -1 });
  });
});

describe('compareDecimals', () => {
  it('compares exactly across exponents', () => {
    expect(compareDecimals(decimalOf(0.1), decimalOf(0.1))).toBe(0);
    expect(compareDecimals(decimalOf(1.05), decimalOf(1.0500001))).toBe(-1);
    expect(compareDecimals(decimalOf(2e21), decimalOf(1.9e21))).toBe(1);
    // 0.1 × 3 is exactly 0.3 in decimals, although 0.1 * 3 !== 0.3 in floating point
    expect(compareDecimals(multiply(decimalOf(0.1), decimalOf(3)), decimalOf(0.3))).toBe(0);
  });
});
