import { dayFromCivil, parseDateText } from '../../../kernel/values/dates';
import { InputError } from '../../../kernel/errors';
import { type Bilingual, bi } from '../../../kernel/i18n';
import type { Notation, SheetReading } from '../../../kernel/values/locale';
import { parseNumberText } from '../../../kernel/values/numbers';
import { normalizeWord } from '../../../kernel/values/text';
import type { TimeZone } from '../../../kernel/values/zone';

/**
 * Reading sheet rows (as Sheets passes a range, or as `getValues()` returns
 * one) fast: the bonus log may hold a million rows, so these helpers avoid
 * per-cell closures and cache what repeats (dates, client names, codes).
 */

/** A problem with one cell of a log-like range (core/errors.ts). */
export { CellError } from '../../../kernel/errors';

/* Short names for the built-ins the per-row paths use (the bundle binds every built-in once: build/globals.js). */
const isArray = Array.isArray;
const floor = Math.floor;
/** Date.prototype.getTime reads the time of a Date of any realm, and throws for anything else. */
const getTime = Date.prototype.getTime;
const NAN = Number.NaN;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** Slots of DayReader's offset cache (a power of two): midnights 1024 days apart share a slot. */
const OFFSET_SLOTS = 1 << 13;

/** An empty cell, an omitted value, or only spaces. */
export function isBlank(cell: unknown): boolean {
  return cell === '' || cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Turns date cells into calendar days of one zone: a Date by the day it falls
 * on there, text (`2026-01-31`, `31.01.2026`, slashes in the locale's order)
 * by the day it names. Remembers the UTC offset of every hour it has met (in
 * a small direct-mapped table, in front of the zone's own cache) and every
 * text, since log dates repeat.
 */
export class DayReader {
  private lastMs = NAN;
  private lastDay = NAN;
  private readonly hours = new Float64Array(OFFSET_SLOTS).fill(NAN);
  private readonly offsets = new Float64Array(OFFSET_SLOTS);
  private readonly texts = new Map<string, number>();

  private readonly zone: TimeZone;
  private readonly notation: Notation;

  constructor(sheet: SheetReading) {
    this.zone = sheet.zone;
    this.notation = { decimalComma: sheet.decimalComma, dayFirst: sheet.dayFirst };
  }

  /** The day, or NaN when the cell is not a date. */
  read(cell: unknown): number {
    if (typeof cell === 'object' && cell !== null) {
      let ms: number;
      try {
        ms = getTime.call(cell as Date);
      } catch {
        return NAN;
      }
      if (ms === this.lastMs) return this.lastDay;
      if (ms !== ms) return NAN;
      const hour = floor(ms / MS_PER_HOUR);
      const slot = hour & (OFFSET_SLOTS - 1);
      let offset: number;
      if (this.hours[slot] === hour) {
        offset = this.offsets[slot];
      } else {
        offset = this.zone.offsetAt(ms);
        this.hours[slot] = hour;
        this.offsets[slot] = offset;
      }
      this.lastMs = ms;
      return (this.lastDay = floor((ms + offset) / MS_PER_DAY));
    }
    if (typeof cell !== 'string') return NAN;
    let day = this.texts.get(cell);
    if (day === undefined) {
      const parsed = parseDateText(cell, this.notation);
      day = parsed ? dayFromCivil(parsed.year, parsed.month, parsed.day) : NAN;
      this.texts.set(cell, day);
    }
    return day;
  }
}

/** A number cell, or text holding a number in the locale's notation (`1 250`, `-60`); NaN otherwise. */
export function numberOf(cell: unknown, notation: Notation): number {
  if (typeof cell === 'number') return cell - cell === 0 ? cell : NAN;
  if (typeof cell === 'string') return parseNumberText(cell, notation) ?? NAN;
  return NAN;
}

/** A whole number (also for numbers from another realm). */
export const isInteger = Number.isInteger;

/** Anything normalizeWord would change in a lower-cased text besides the case: odd or doubled spaces, ё, Greek accents. */
const NOT_PLAIN = /[^\S ]|^ | $| {2}|ё|[άέήίόύώϊΐϋΰ]/;

/** How a client is matched: trimmed, case-insensitive (ё as е, Greek accents dropped, inner spaces collapsed), as normalizeWord does. */
export function clientKey(name: string): string {
  const lower = name.toLowerCase();
  return NOT_PLAIN.test(lower) ? normalizeWord(name) : lower;
}

/**
 * Gives each distinct client (by its key) a small integer id, remembering the
 * raw spellings seen so each is normalised once. Returns −1 for a cell that
 * holds no client name (empty, a flag, a date); numbers read as their digits.
 */
export class ClientIds {
  readonly ids = new Map<string, number>();
  private readonly raw = new Map<string, number>();

  idOf(cell: unknown): number {
    let text: string;
    if (typeof cell === 'string') {
      const known = this.raw.get(cell);
      if (known !== undefined) return known;
      text = cell;
    } else if (typeof cell === 'number' && cell - cell === 0) {
      text = String(cell);
    } else {
      return -1;
    }
    const key = clientKey(text);
    let id = -1;
    if (key !== '') {
      const found = this.ids.get(key);
      if (found === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      } else {
        id = found;
      }
    }
    if (typeof cell === 'string') this.raw.set(cell, id);
    return id;
  }

  /** The id of a client name given elsewhere (an argument), or −1 when it never appears. */
  find(name: string): number {
    return this.raw.get(name) ?? this.ids.get(clientKey(name)) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** The rows of a range argument; an InputError (no row) when it is not a range of at least `columns` columns. */
export function rangeRows(value: unknown, columns: number, expected: Bilingual): unknown[][] {
  if (!isArray(value)) {
    throw new InputError({ en: `is not a range; needed: columns ${expected.en}`, ru: `не диапазон; нужны столбцы ${expected.ru}` });
  }
  const rows = value as unknown[];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isArray(row) || row.length < columns) {
      throw new InputError({
        en: `has fewer than ${columns} columns; needed: ${expected.en}`,
        ru: `меньше ${columns} столбцов; нужны столбцы ${expected.ru}`,
      });
    }
  }
  return rows as unknown[][];
}

/** What is wrong with the Date and Client cells of a log-like row. */
export const ROW_TEXT = {
  emptyDate: bi('is empty, but the Date column needs a date', 'пустая, а в столбце «Дата» нужна дата'),
  notADate: bi('is not a date (use a date cell, 2026-01-31 or 31.01.2026)', 'не дата (нужна ячейка с датой, 2026-01-31 или 31.01.2026)'),
  emptyClient: bi('is empty, but the Client column needs a client', 'пустая, а в столбце «Клиент» нужен клиент'),
  notAClient: bi('is not a client name', 'не название клиента'),
};
