import { InputError } from '../../kernel/errors';
import { t } from '../../kernel/i18n';
import { isDate } from '../../kernel/functions/cells';
import { type Reader, count, optional, share, word } from '../../kernel/functions/readers';
import { civilFromDay } from '../../kernel/values/dates';
import { dayOfCell } from '../../kernel/values/days';
import { parseEvents } from './rules/levels';

/*
 * How the levels program reads a cell, the same for its custom functions and
 * for its sheet reader (What if…), so that both take and refuse the same values.
 */

/** A level as the cell holds it; which level it names depends on the rules table, so it is looked up later. */
export const levelCell: Reader<string | number> = {
  type: 'string',
  read(cell) {
    if (typeof cell === 'number' || typeof cell === 'string') return cell;
    throw new InputError(t`is not a level (use its name or its number)`);
  },
};

/** Reviews as a share; empty is 0. */
export const reviewsShare = optional(share, 0);

/** Certified specialists; empty is 0. */
export const certifiedStaff = optional(count, 0);

/** participated, hosted, both, or none; empty is none. */
export const events = optional(word(parseEvents), 0);

const NOT_A_YEAR = t`is not a year (use a year such as 2026, or any date in it)`;

/** A participation year: 2026, the text `2026`, or any date in it (its year in the spreadsheet's zone). */
export const yearOf: Reader<number> = {
  type: 'number',
  read(cell, ctx) {
    let year = Number.NaN;
    if (typeof cell === 'number') year = cell;
    else if (typeof cell === 'string' && /^\s*\d{1,4}\s*$/.test(cell)) year = Number(cell);
    else if (typeof cell === 'string' || isDate(cell)) {
      const day = dayOfCell(cell, ctx);
      if (day === day) year = civilFromDay(day).year;
    }
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new InputError(NOT_A_YEAR);
    return year;
  },
};
