/**
 * Wall clocks of time zones as Apps Script (Java) sees them: IANA names, and
 * fixed offsets such as `GMT+03:00` that Sheets also allows; an unknown zone
 * is GMT. Both directions: an instant's wall clock, and the instant of a wall
 * clock (what a date typed into a cell means in the spreadsheet's zone).
 */

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
  /** Minutes east of UTC. */
  offset: number;
  dayOfYear: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formats.set(zone, f);
  }
  return f;
}

/** A fixed offset written `GMT+3`, `GMT+03:00`, `UTC-0530`…, in minutes; undefined for a named zone. */
export function fixedOffset(zone: string): number | undefined {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(zone.trim());
  if (!m) return undefined;
  if (!m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The wall-clock fields of an instant in a zone; an unknown zone is GMT, as in Apps Script (Java). */
export function wallClock(ms: number, zone: string): Wall {
  let offset = fixedOffset(zone);
  if (offset === undefined) {
    try {
      const parts = formatFor(zone).formatToParts(new Date(ms));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      let year = get('year');
      if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
      const wall = Date.UTC(2000, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
      const d = new Date(wall);
      d.setUTCFullYear(year);
      offset = Math.round((d.getTime() - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
    } catch {
      offset = 0;
    }
  }
  const local = new Date(ms + offset * 60000);
  const startOfYear = Date.UTC(local.getUTCFullYear(), 0, 1);
  const yearStart = new Date(startOfYear);
  yearStart.setUTCFullYear(local.getUTCFullYear());
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offset,
    dayOfYear: Math.floor((local.getTime() - yearStart.getTime()) / 86400000) + 1,
  };
}

/**
 * The instant at which the zone's clock shows this wall time (month 1–12).
 * Where the clock skips (a DST gap) it is the instant the offset before the
 * gap gives, which lands after the gap, as java.util.Calendar does.
 */
export function instantOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, zone = 'UTC'): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year);
  const wall = d.getTime();
  let guess = wall - wallClock(wall, zone).offset * 60000;
  for (let i = 0; i < 2; i++) {
    const next = wall - wallClock(guess, zone).offset * 60000;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}
