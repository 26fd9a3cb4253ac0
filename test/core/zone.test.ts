import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/dates';
import { TimeZone } from '../../src/core/zone';

const HOUR = 3_600_000;
const ms = (iso: string) => new Date(iso).getTime();

describe('TimeZone', () => {
  it('puts an instant on the calendar day of the zone, east of UTC', () => {
    const tokyo = new TimeZone('Asia/Tokyo'); // UTC+9, no daylight saving
    // Midnight 31 Jan in Tokyo is 15:00 on 30 Jan in UTC.
    expect(tokyo.dayOf(ms('2026-01-30T15:00:00Z'))).toBe(dayFromCivil(2026, 1, 31));
    expect(tokyo.dayOf(ms('2026-01-30T14:59:59Z'))).toBe(dayFromCivil(2026, 1, 30));
    expect(tokyo.startOfDay(dayFromCivil(2026, 1, 31))).toBe(ms('2026-01-30T15:00:00Z'));
  });

  it('puts an instant on the calendar day of the zone, west of UTC, across daylight saving', () => {
    const ny = new TimeZone('America/New_York'); // UTC−5 in winter, UTC−4 in summer
    expect(ny.startOfDay(dayFromCivil(2026, 1, 31))).toBe(ms('2026-01-31T05:00:00Z'));
    expect(ny.startOfDay(dayFromCivil(2026, 7, 1))).toBe(ms('2026-07-01T04:00:00Z'));
    expect(ny.dayOf(ms('2026-02-01T04:59:59Z'))).toBe(dayFromCivil(2026, 1, 31));
    // 2026-03-08: clocks go forward at 02:00; the day itself starts at 05:00 UTC.
    expect(ny.startOfDay(dayFromCivil(2026, 3, 8))).toBe(ms('2026-03-08T05:00:00Z'));
    expect(ny.startOfDay(dayFromCivil(2026, 3, 9))).toBe(ms('2026-03-09T04:00:00Z'));
  });

  it('resolves local wall-clock times', () => {
    const moscow = new TimeZone('Europe/Moscow'); // UTC+3
    expect(moscow.instantOf({ year: 2026, month: 1, day: 31, hour: 14, minute: 30, second: 0 })).toBe(ms('2026-01-31T11:30:00Z'));
    const ny = new TimeZone('America/New_York');
    // 02:30 on 8 March 2026 does not exist in New York; it resolves to an instant within the hour after the jump.
    const skipped = ny.instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 });
    expect(skipped >= ms('2026-03-08T06:30:00Z') - HOUR && skipped <= ms('2026-03-08T07:30:00Z')).toBe(true);
  });

  it('handles zones with half-hour offsets and a date-line crossing', () => {
    const kolkata = new TimeZone('Asia/Kolkata'); // UTC+5:30
    expect(kolkata.startOfDay(dayFromCivil(2026, 2, 28))).toBe(ms('2026-02-27T18:30:00Z'));
    const kiritimati = new TimeZone('Pacific/Kiritimati'); // UTC+14
    expect(kiritimati.dayOf(ms('2026-01-01T10:00:00Z'))).toBe(dayFromCivil(2026, 1, 2));
    const pagoPago = new TimeZone('Pacific/Pago_Pago'); // UTC−11
    expect(pagoPago.dayOf(ms('2026-01-01T10:00:00Z'))).toBe(dayFromCivil(2025, 12, 31));
  });

  it('falls back to UTC for an unknown zone name', () => {
    const bad = new TimeZone('Mars/Olympus');
    expect(bad.name).toBe('UTC');
    expect(bad.startOfDay(dayFromCivil(2026, 1, 31))).toBe(ms('2026-01-31T00:00:00Z'));
  });

  it('handles leap days in zones on both sides of UTC', () => {
    for (const [zone, utcStart] of [['Asia/Tokyo', '2024-02-28T15:00:00Z'], ['America/Los_Angeles', '2024-02-29T08:00:00Z']] as const) {
      const tz = new TimeZone(zone);
      expect(tz.startOfDay(dayFromCivil(2024, 2, 29))).toBe(ms(utcStart));
      expect(tz.dayOf(ms(utcStart))).toBe(dayFromCivil(2024, 2, 29));
    }
  });
});
