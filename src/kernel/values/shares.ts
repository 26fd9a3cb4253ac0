import { InputError } from '../errors';
import { t } from '../i18n';
import type { Notation } from './locale';
import { parseNumberText } from './numbers';

/**
 * A share as Sheets stores a percentage: a fraction from 0 to 1.
 * Text may carry a percent sign (`75%` is 0.75); a bare number above 1 is
 * refused rather than guessed to be a percentage. Text is read in the
 * spreadsheet locale's notation (`12,5%`).
 */
export function shareFrom(value: number | string, notation: Notation): number {
  let fraction: number | undefined;
  if (typeof value === 'number') {
    fraction = Number.isFinite(value) ? value : undefined;
  } else {
    const text = value.trim();
    fraction = text.endsWith('%') ? divide100(parseNumberText(text.slice(0, -1), notation)) : parseNumberText(text, notation);
  }
  if (fraction === undefined) throw new InputError(t`is not a share (use a fraction or a percentage like 75%)`);
  if (fraction < 0) throw new InputError(t`is a negative share`);
  if (fraction > 1) throw new InputError(t`is above 100%`);
  return fraction;
}

function divide100(n: number | undefined): number | undefined {
  return n === undefined ? undefined : n / 100;
}
