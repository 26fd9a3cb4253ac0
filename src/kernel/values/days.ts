import { timeOf } from './cellValues';
import { type Day, dayFromCivil, parseDateText } from './dates';
import type { Notation, SheetReading } from './locale';
import type { TimeZone } from './zone';

/*
 * Date cells read as calendar days: a Date by the day it falls on in the
 * spreadsheet's time zone, text (`2026-01-31`, `31.01.2026`, slashes in the
 * locale's order: SPEC §2.7) by the day it names. NaN when the cell holds no
 * date, so that a reader of a million log rows tests `day !== day` rather
 * than catching an error per row. dayOfCell reads one cell (the custom
 * functions' `date` reader delegates to it); DayReader gives the same answers
 * with caches in front, for whole columns.
 */

const floor = Math.floor;
const NAN = Number.NaN;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** Slots of DayReader's offset cache (a power of two): midnights 1024 days apart share a slot. */
const OFFSET_SLOTS = 1 << 13;

/** The day a date typed as text names; NaN when it names none (or a day that does not exist). */
export function dayOfText(text: string, notation: Pick<Notation, 'dayFirst'>): number {
  const parsed = parseDateText(text, notation);
  return parsed ? dayFromCivil(parsed.year, parsed.month, parsed.day) : NAN;
}

/** The calendar day a date cell names in the sheet's zone; NaN for anything that is not a date (a number, an empty cell, an invalid Date). */
export function dayOfCell(cell: unknown, sheet: SheetReading): Day {
  if (typeof cell === 'string') return dayOfText(cell, sheet);
  const ms = timeOf(cell);
  if (ms !== ms) return NAN;
  const day = sheet.zone.dayOf(ms);
  // At the far ends of the Date range no zone offset is known.
  return day - day === 0 ? day : NAN;
}

/**
 * dayOfCell for a whole column: remembers the UTC offset of every hour it has
 * met (in a small direct-mapped table, in front of the zone's own cache), the
 * last Date, and every text, since log dates repeat.
 */
export class DayReader {
  private lastMs = NAN;
  private lastDay = NAN;
  private readonly hours = new Float64Array(OFFSET_SLOTS).fill(NAN);
  private readonly offsets = new Float64Array(OFFSET_SLOTS);
  private readonly texts = new Map<string, number>();

  private readonly zone: TimeZone;
  private readonly notation: Pick<Notation, 'dayFirst'>;

  constructor(sheet: SheetReading) {
    this.zone = sheet.zone;
    this.notation = { dayFirst: sheet.dayFirst };
  }

  /** The day, or NaN when the cell is not a date. */
  read(cell: unknown): Day {
    if (typeof cell === 'string') {
      let day = this.texts.get(cell);
      if (day === undefined) {
        day = dayOfText(cell, this.notation);
        this.texts.set(cell, day);
      }
      return day;
    }
    const ms = timeOf(cell);
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
    // zone.dayOf's own formula, its offset taken from the table above (NaN at the far ends of the Date range).
    return (this.lastDay = floor((ms + offset) / MS_PER_DAY));
  }
}
