/**
 * A number as the decimal the user typed: `300.3` is 3003 × 10⁻¹ exactly,
 * not the binary fraction nearest to it. Used where two ratios of typed
 * amounts must be compared exactly (growth ties).
 */
export interface Decimal {
  units: bigint;
  exponent: number;
}

export function decimalOf(value: number): Decimal {
  // The shortest text that reads back as the same double: what was typed.
  const [mantissa, exp = '0'] = String(value).toLowerCase().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  return { units: BigInt(whole + fraction), exponent: Number(exp) - fraction.length };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, exponent: a.exponent + b.exponent };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  let x = a.units;
  let y = b.units;
  if (a.exponent > b.exponent) x *= 10n ** BigInt(a.exponent - b.exponent);
  else if (b.exponent > a.exponent) y *= 10n ** BigInt(b.exponent - a.exponent);
  return x < y ? -1 : x > y ? 1 : 0;
}
