import { booleanFrom } from '../values/booleans';
import { type Day, dayFromCivil, parseDateText } from '../values/dates';
import { numberOf } from '../values/cellValues';
import { dayOfCell } from '../values/days';
import { InputError } from '../errors';
import { t, type Text } from '../i18n';
import type { Notation } from '../values/locale';
import { shareFrom } from '../values/shares';
import { isDate, isEmpty } from './cells';
import type { CallContext } from './context';

/**
 * Turns one cell into the value a rule needs, or throws an InputError saying
 * what is wrong with it. `type` is the JSDoc type of one cell, for the stubs.
 */
export interface Reader<T> {
  readonly type: string;
  read(cell: unknown, ctx: CallContext): T;
}

function reader<T>(type: string, needed: Text, read: (cell: unknown, ctx: CallContext) => T): Reader<T> {
  return {
    type,
    read(cell, ctx) {
      if (isEmpty(cell)) throw new InputError(t`is empty, but ${needed} is needed`);
      return read(cell, ctx);
    },
  };
}

const NOT_A_NUMBER = t`is not a number`;

/** A non-empty cell's number, text read in the locale's notation; the readers below share it rather than nest one reader in another. */
function numberIn(cell: unknown, notation: Notation): number {
  const n = numberOf(cell, notation);
  if (n !== n) throw new InputError(NOT_A_NUMBER);
  return n;
}

/** Any finite number, or text holding one in the spreadsheet locale's notation (`1 250,50`, `-5`, `150 000 руб.`: SPEC §2.4). */
export const number: Reader<number> = reader('number', t`a number`, numberIn);

/** An amount of money: a number that is never negative. */
export const money: Reader<number> = reader('number', t`an amount`, (cell, ctx) => {
  const n = numberIn(cell, ctx);
  if (n < 0) throw new InputError(t`is negative, but an amount cannot be`);
  return n;
});

/** A whole number from `min` to `max`: people, contracts, places. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): Reader<number> {
  const range = max === Number.MAX_SAFE_INTEGER ? t`of ${min} or more` : t`from ${min} to ${max}`;
  return reader('number', t`a whole number`, (cell, ctx) => {
    const n = numberIn(cell, ctx);
    if (!Number.isInteger(n) || n < min || n > max) throw new InputError(t`is not a whole number ${range}`);
    return n;
  });
}

/** A count of things: 0, 1, 2… */
export const count: Reader<number> = wholeNumber(0);

/** A fraction from 0 to 1, or text like `75%`. */
export const share: Reader<number> = reader('number', t`a share`, (cell, ctx) => {
  if (typeof cell !== 'number' && typeof cell !== 'string') throw new InputError(t`is not a share`);
  return shareFrom(cell, ctx);
});

/** A checkbox or a yes/no word; an empty cell is false. */
export const flag: Reader<boolean> = {
  type: 'boolean',
  read(cell) {
    return isEmpty(cell) ? false : booleanFrom(cell);
  },
};

const anyText: Reader<string> = reader('string', t`a text`, (cell) => {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  throw new InputError(t`is not a text`);
});

/** Could this character be whitespace (as String.prototype.trim sees it)? Errs on the side of yes. */
function maybeSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Text, trimmed; numbers are read as their digits (a partner called 1001).
 * A text that plainly needs no check (not empty, nothing to trim at either
 * end) is taken as it is: a column of 100,000 names is read at the cost of a
 * loop.
 */
export const text: Reader<string> = {
  type: anyText.type,
  read: (cell, ctx) =>
    typeof cell === 'string' && cell !== '' && !maybeSpace(cell.charCodeAt(0)) && !maybeSpace(cell.charCodeAt(cell.length - 1))
      ? cell
      : anyText.read(cell, ctx),
};

const NOT_A_DATE = t`is not a date (use a date cell, 2026-01-31 or 31.01.2026)`;

/** A calendar day in the spreadsheet's time zone, from a Date or from text (slashes in the locale's order: SPEC §2.7). */
export const date: Reader<Day> = reader('Date', t`a date`, (cell, ctx) => {
  const day = dayOfCell(cell, ctx);
  if (day !== day) throw new InputError(NOT_A_DATE);
  return day;
});

const FIRST_DAY = dayFromCivil(1, 1, 1);
const LAST_DAY = dayFromCivil(9999, 12, 31);

/** A date as `date` reads it, within the years 1–9999, so that adding months (a term, an expiry) always gives a date. */
export const calendarDate: Reader<Day> = {
  type: date.type,
  read(cell, ctx) {
    const day = date.read(cell, ctx);
    if (day < FIRST_DAY || day > LAST_DAY) throw new InputError(t`is outside the years 1 to 9999`);
    return day;
  },
};

/** An instant (milliseconds since the epoch): a Date, or local date-time text in the spreadsheet's zone. */
export const dateTime: Reader<number> = reader('Date', t`a date and time`, (cell, ctx) => {
  if (isDate(cell)) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) throw new InputError(NOT_A_DATE);
    return ms;
  }
  const parsed = typeof cell === 'string' ? parseDateText(cell, ctx) : undefined;
  if (!parsed) throw new InputError(NOT_A_DATE);
  return ctx.zone.instantOf(parsed);
});

/**
 * A word from a fixed list, read by a rules parser that names the accepted
 * words when it fails. A column repeats the same few words, so the answer for
 * each distinct text (or number) is remembered, also across calls when the
 * reader is kept: the parsers are pure and read a word the same in every
 * locale. A known cell is answered first, before any other check. At most
 * 1,000 cells are remembered at a time.
 */
export function word<T>(parse: (text: string) => T): Reader<T> {
  const known = new Map<string | number, T>();
  const read = reader('string', t`a word`, (cell) => {
    if (typeof cell !== 'string' && typeof cell !== 'number') throw new InputError(t`is not a text`);
    return parse(String(cell));
  });
  return {
    type: read.type,
    read(cell, ctx) {
      if (typeof cell !== 'string' && typeof cell !== 'number') return read.read(cell, ctx);
      let value = known.get(cell);
      if (value === undefined) {
        value = read.read(cell, ctx);
        if (known.size >= 1000) known.clear();
        known.set(cell, value);
      }
      return value;
    },
  };
}

/** The same reader, but an empty cell (or an omitted argument) gives `fallback`. */
export function optional<T, F>(base: Reader<T>, fallback: F): Reader<T | F> {
  return {
    type: base.type,
    read: (cell, ctx) => (isEmpty(cell) ? fallback : base.read(cell, ctx)),
  };
}

/** An omitted argument gives `whenOmitted`; a given but empty cell gives `whenEmpty`. */
export function omittable<T>(base: Reader<T>, whenOmitted: T, whenEmpty: T): Reader<T> {
  return {
    type: base.type,
    read: (cell, ctx) => (cell === undefined || cell === null ? whenOmitted : isEmpty(cell) ? whenEmpty : base.read(cell, ctx)),
  };
}

/**
 * The same reader, remembering its answer for each distinct text, number and
 * Date it reads: a column repeats the same few hundred dates and words, and
 * reading one (a date's day in the spreadsheet's zone above all) costs far
 * more than looking it up. Answers depend on the call's context (its zone
 * and notation), so make a fresh one for each call or read of a sheet, never
 * a shared one. Errors are not remembered: they end the read anyway.
 */
export function remembered<T>(base: Reader<T>): Reader<T> {
  const values = new Map<string | number, T>();
  // Dates by their minute: a date cell is a midnight, a whole minute, and a small integer is a cheap key.
  const minutes = new Map<number, T>();
  return {
    type: base.type,
    read(cell, ctx) {
      if (isDate(cell)) {
        const ms = cell.getTime();
        if (ms % 60_000 !== 0) return base.read(cell, ctx);
        const minute = ms / 60_000;
        let day = minutes.get(minute);
        if (day === undefined && !minutes.has(minute)) {
          day = base.read(cell, ctx);
          minutes.set(minute, day);
        }
        return day as T;
      }
      if ((typeof cell !== 'string' && typeof cell !== 'number') || cell === '') return base.read(cell, ctx);
      let value = values.get(cell);
      if (value === undefined && !values.has(cell)) {
        value = base.read(cell, ctx);
        values.set(cell, value);
      }
      return value as T;
    },
  };
}
