import { type Day, type LocalDateTime, utcMs } from './dates';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/**
 * One IANA time zone: which calendar day an instant falls on there, and which
 * instant a local day or date-time starts at. Uses Intl (standard JavaScript,
 * available in Apps Script V8), caching the UTC offset per hour, since a column
 * of dates repeats the same few offsets.
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
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();
  private readonly midnights = new Map<Day, number>();

  constructor(name: string) {
    let format: Intl.DateTimeFormat;
    try {
      format = makeFormat(name);
    } catch {
      format = makeFormat('UTC');
      name = 'UTC';
    }
    this.name = name;
    this.format = format;
  }

  /** Milliseconds to add to UTC to get the local wall-clock time at an instant. */
  offsetAt(ms: number): number {
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
    const parts = this.format.formatToParts(new Date(ms));
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
