/**
 * Utilities: formatDate with Java SimpleDateFormat patterns (as Apps Script),
 * getUuid, sleep (returns at once; no time passes in the runtime), and a
 * small formatString.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from './errors';
import { type Execution, expose } from './runtime';
import { isDate } from './values';
import { type Wall, wallClock } from './zone';

export { wallClock } from './zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

function offsetText(minutes: number, colon: boolean, withMinutes = true): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (!withMinutes) return `${sign}${hh}`;
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

function field(letter: string, count: number, w: Wall): string {
  switch (letter) {
    case 'G':
      return w.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? pad(w.year % 100, 2) : pad(w.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[w.month - 1];
      if (count === 3) return MONTHS[w.month - 1].slice(0, 3);
      return pad(w.month, count);
    case 'd':
      return pad(w.day, count);
    case 'D':
      return pad(w.dayOfYear, count);
    case 'E':
      return count >= 4 ? WEEKDAYS[w.weekday] : WEEKDAYS[w.weekday].slice(0, 3);
    case 'u':
      return pad(w.weekday === 0 ? 7 : w.weekday, count);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.hour, count);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, count);
    case 'K':
      return pad(w.hour % 12, count);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, count);
    case 'm':
      return pad(w.minute, count);
    case 's':
      return pad(w.second, count);
    case 'S':
      return pad(w.ms, count);
    case 'z':
      return w.offset === 0 ? 'GMT' : `GMT${offsetText(w.offset, true)}`;
    case 'Z':
      return offsetText(w.offset, false);
    case 'X':
      if (w.offset === 0) return 'Z';
      return count === 1 ? offsetText(w.offset, false, w.offset % 60 !== 0) : offsetText(w.offset, count >= 3);
    default:
      throw new ServiceError(`Illegal pattern character '${letter}'`);
  }
}

/** Utilities.formatDate(date, timeZone, pattern) with SimpleDateFormat letters and '…' literals ('' is a quote). */
export function formatDate(date: unknown, timeZone: string, pattern: string): string {
  if (!isDate(date) || Number.isNaN(date.getTime())) {
    throw new ServiceError(`The parameters (${isDate(date) ? 'Date' : typeof date},String,String) don't match the method signature for Utilities.formatDate.`);
  }
  const w = wallClock(date.getTime(), String(timeZone));
  let out = '';
  let i = 0;
  const p = String(pattern);
  while (i < p.length) {
    const ch = p[i];
    if (ch === "'") {
      if (p[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = p.indexOf("'", i + 1);
      if (end < 0) throw new ServiceError('Unterminated quote');
      out += p.slice(i + 1, end);
      // A doubled quote inside a literal is a quote.
      i = end + 1;
      while (p[i] === "'" && p[i + 1] !== undefined) {
        const next = p.indexOf("'", i + 1);
        if (next < 0) throw new ServiceError('Unterminated quote');
        out += `'${p.slice(i + 1, next)}`;
        i = next + 1;
      }
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (p[j] === ch) j += 1;
      out += field(ch, j - i, w);
      i = j;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** %s, %d, %f (with an optional precision: %.2f) and %%. */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(/%(\.\d+)?([sdf%])/g, (_, precision: string | undefined, kind: string) => {
    if (kind === '%') return '%';
    const value = args[next++];
    if (kind === 'd') return String(Math.trunc(Number(value)));
    if (kind === 'f') return Number(value).toFixed(precision ? Number(precision.slice(1)) : 6);
    return String(value);
  });
}

class MemoryUtilities {
  formatDate(date: unknown, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0) throw new ServiceError("The parameters don't match the method signature for Utilities.sleep.");
  }
}

export function utilities(exec: Execution): GoogleAppsScript.Utilities.Utilities {
  return expose(new MemoryUtilities(), 'Utilities', exec) as unknown as GoogleAppsScript.Utilities.Utilities;
}
