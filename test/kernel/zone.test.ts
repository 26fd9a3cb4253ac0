import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/kernel/values/dates';
import { TimeZone, UnknownTimeZone } from '../../src/kernel/values/zone';

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

  it('refuses an unknown zone name, naming it, rather than fall back to UTC silently', () => {
    expect(() => new TimeZone('Mars/Olympus')).toThrow(UnknownTimeZone);
    expect(() => TimeZone.named('Mars/Olympus')).toThrow('time zone "Mars/Olympus" is not known');
    for (const bad of ['GMT+24:00', 'GMT+03:60', 'GMT+', 'GMT 3', '+03:00', '']) expect(() => new TimeZone(bad)).toThrow(UnknownTimeZone);
    let error: UnknownTimeZone | undefined;
    try {
      new TimeZone('Mars/Olympus');
    } catch (thrown) {
      error = thrown as UnknownTimeZone;
    }
    expect(error?.text.ru).toBe('часовой пояс таблицы «Mars/Olympus» здесь неизвестен; выберите часовой пояс в меню «Файл» > «Настройки»');
  });

  it('takes the custom fixed-offset zones of Sheets, GMT+03:00 east of Greenwich', () => {
    const plus3 = new TimeZone('GMT+03:00');
    expect(plus3.name).toBe('GMT+03:00');
    // Midnight of 31 January at UTC+3 is 21:00 UTC on 30 January.
    expect(plus3.startOfDay(dayFromCivil(2026, 1, 31))).toBe(ms('2026-01-30T21:00:00Z'));
    expect(plus3.dayOf(ms('2026-01-30T21:00:00Z'))).toBe(dayFromCivil(2026, 1, 31));
    expect(plus3.dayOf(ms('2026-01-30T20:59:59Z'))).toBe(dayFromCivil(2026, 1, 30));
    expect(plus3.instantOf({ year: 2026, month: 7, day: 1, hour: 9, minute: 15 })).toBe(ms('2026-07-01T06:15:00Z')); // no summer time

    const minus530 = new TimeZone('GMT-05:30');
    // Midnight of 31 January at UTC−5:30 is 05:30 UTC that day.
    expect(minus530.startOfDay(dayFromCivil(2026, 1, 31))).toBe(ms('2026-01-31T05:30:00Z'));
    expect(minus530.dayOf(ms('2026-01-31T05:29:59Z'))).toBe(dayFromCivil(2026, 1, 30));

    for (const utc of ['GMT', 'UTC', 'GMT+00:00', 'gmt-0']) expect(new TimeZone(utc).startOfDay(dayFromCivil(2026, 1, 31))).toBe(ms('2026-01-31T00:00:00Z'));
    // Other spellings of the same offsets.
    expect(new TimeZone('GMT+3').offsetAt(0)).toBe(3 * HOUR);
    expect(new TimeZone('UTC+0530').offsetAt(0)).toBe(5.5 * HOUR);
    expect(new TimeZone('GMT+14:00').dayOf(ms('2026-01-01T10:00:00Z'))).toBe(dayFromCivil(2026, 1, 2));
    expect(new TimeZone('GMT-12:00').dayOf(ms('2026-01-01T11:59:59Z'))).toBe(dayFromCivil(2025, 12, 31));
  });

  it('reads the Etc/GMT zones with their inverted sign: Etc/GMT-3 is UTC+3', () => {
    const etc = new TimeZone('Etc/GMT-3');
    expect(etc.startOfDay(dayFromCivil(2026, 1, 31))).toBe(ms('2026-01-30T21:00:00Z'));
    expect(etc.offsetAt(0)).toBe(new TimeZone('GMT+03:00').offsetAt(0));
  });

  it('handles leap days in zones on both sides of UTC', () => {
    for (const [zone, utcStart] of [
      ['Asia/Tokyo', '2024-02-28T15:00:00Z'],
      ['America/Los_Angeles', '2024-02-29T08:00:00Z'],
    ] as const) {
      const tz = new TimeZone(zone);
      expect(tz.startOfDay(dayFromCivil(2024, 2, 29))).toBe(ms(utcStart));
      expect(tz.dayOf(ms(utcStart))).toBe(dayFromCivil(2024, 2, 29));
    }
  });
});
