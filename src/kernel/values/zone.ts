import { type Day, type LocalDateTime, utcMs } from './dates';
import { t, type Text } from '../i18n';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/**
 * A time zone name that is neither an IANA zone this runtime knows nor a fixed
 * offset. Not an InputError: no cell is at fault, the spreadsheet's setting is
 * (the add-on names the function around it).
 */
export class UnknownTimeZone extends Error {
  readonly text: Text;

  constructor(readonly zoneName: string) {
    const text = t`the spreadsheet's time zone "${zoneName}" is not known here; choose a time zone in File > Settings`;
    super(text.en);
    this.name = 'UnknownTimeZone';
    this.text = text;
  }
}

/**
 * A fixed offset as Sheets writes a custom time zone (`GMT+03:00`, `GMT-05:30`,
 * plain `GMT`), also `UTC+3` or `GMT+0300`: `+` is east of Greenwich, as in
 * ISO 8601 (unlike `Etc/GMT-3`, which Intl reads, and which is UTC+3).
 */
const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

/** The offset in milliseconds a fixed-offset zone name stands for, or undefined for any other name. */
export function fixedOffsetOf(name: string): number | undefined {
  const m = FIXED_OFFSET.exec(name.trim());
  if (!m) return undefined;
  if (!m[1]) return 0;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/**
 * One time zone: which calendar day an instant falls on there, and which
 * instant a local day or date-time starts at. An IANA zone goes through Intl
 * (standard JavaScript, available in Apps Script V8), caching the UTC offset
 * per hour, since a column of dates repeats the same few offsets; a fixed
 * offset (`GMT+03:00`, which Intl does not take) needs no Intl at all.
 * A name that is neither throws UnknownTimeZone: falling back to UTC would
 * put dates on the wrong day without a word.
 */
export class TimeZone {
  private static readonly known = new Map<string, TimeZone>();

  /** One shared instance per zone name: building an Intl formatter costs far more than a call's work. */
  static named(name: string): TimeZone {
    let zone = TimeZone.known.get(name);
    if (!zone) {
      zone = new TimeZone(name);
      TimeZone.known.set(name, zone);
    }
    return zone;
  }

  readonly name: string;
  private readonly format: Intl.DateTimeFormat | undefined;
  private readonly fixed: number | undefined;
  private readonly offsets = new Map<number, number>();
  private readonly midnights = new Map<Day, number>();

  constructor(name: string) {
    this.name = name;
    this.fixed = fixedOffsetOf(name);
    if (this.fixed !== undefined) return;
    try {
      this.format = makeFormat(name);
    } catch {
      throw new UnknownTimeZone(name);
    }
  }

  /** Milliseconds to add to UTC to get the local wall-clock time at an instant. */
  offsetAt(ms: number): number {
    if (this.fixed !== undefined) return this.fixed;
    const hour = Math.floor(ms / MS_PER_HOUR);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = this.computeOffset(hour * MS_PER_HOUR);
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** The calendar day, in this zone, that an instant falls on. */
  dayOf(ms: number): Day {
    return Math.floor((ms + this.offsetAt(ms)) / MS_PER_DAY);
  }

  /** The instant a local wall-clock time names (for a time skipped by a clock change, the instant after it). */
  instantOf(local: Pick<LocalDateTime, 'year' | 'month' | 'day'> & Partial<LocalDateTime>): number {
    return this.instantOfWall(utcMs(local.year, local.month, local.day, local.hour, local.minute, local.second));
  }

  /** The instant the day starts at (local midnight); a column of dates repeats its days, so they are remembered. */
  startOfDay(day: Day): number {
    let instant = this.midnights.get(day);
    if (instant === undefined) {
      instant = this.instantOfWall(day * MS_PER_DAY);
      if (this.midnights.size >= 100_000) this.midnights.clear();
      this.midnights.set(day, instant);
    }
    return instant;
  }

  private instantOfWall(wallMs: number): number {
    const first = wallMs - this.offsetAt(wallMs);
    const second = wallMs - this.offsetAt(first);
    return second;
  }

  private computeOffset(ms: number): number {
    const parts = (this.format as Intl.DateTimeFormat).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    let year = get('year');
    if (parts.find((p) => p.type === 'era')?.value === 'B') year = 1 - year;
    return utcMs(year, get('month'), get('day'), get('hour'), get('minute'), get('second')) - ms;
  }
}

function makeFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'narrow',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}
