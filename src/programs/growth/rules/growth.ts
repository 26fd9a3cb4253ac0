import { compareDecimals, decimalOf, multiply } from '../../../kernel/values/decimal';
import { InputError } from '../../../kernel/errors';
import { t } from '../../../kernel/i18n';

/**
 * (current − previous) / previous as a fraction; undefined when there is no
 * previous amount to grow from. Computed on the decimals as typed, so that
 * equal growths (300.30 → 330.33 and 100.10 → 110.11) give the same number.
 */
export function growthFraction(previous: number, current: number): number | undefined {
  if (!(previous > 0)) return undefined;
  const growth = exactGrowth(previous, current);
  if (!Number.isFinite(growth)) {
    throw new InputError(t`is too small to grow from: the growth would be beyond any number`);
  }
  return growth;
}

function exactGrowth(previous: number, current: number): number {
  if (Number.isSafeInteger(previous) && Number.isSafeInteger(current)) return (current - previous) / previous;
  const a = decimalOf(previous);
  const b = decimalOf(current);
  const exponent = Math.min(a.exponent, b.exponent);
  const aUnits = a.units * 10n ** BigInt(a.exponent - exponent);
  const bUnits = b.units * 10n ** BigInt(b.exponent - exponent);
  const diff = bUnits - aUnits;
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (aUnits <= limit && diff <= limit && -diff <= limit) return Number(diff) / Number(aUnits);
  return (current - previous) / previous;
}

export interface Invoices {
  previous: number;
  current: number;
}

/**
 * Compares two partners' growth exactly: (b − a)/a orders like b/a, and
 * b1/a1 vs b2/a2 is b1·a2 vs b2·a1, computed on the decimals as typed.
 * Floating-point ratios decide only when they are clearly apart.
 * Both previous amounts must be positive. Returns > 0 when x grew more.
 */
export function compareGrowth(x: Invoices, y: Invoices): number {
  const gx = x.current / x.previous;
  const gy = y.current / y.previous;
  if (Math.abs(gx - gy) > 1e-9 * Math.max(Math.abs(gx), Math.abs(gy))) return gx > gy ? 1 : -1;
  return compareDecimals(multiply(decimalOf(x.current), decimalOf(y.previous)), multiply(decimalOf(y.current), decimalOf(x.previous)));
}
