import { describe, expect, it } from 'vitest';
import { column, loadBundle } from '../helpers/bundle';

describe('smoke', () => {
  it('runs', () => {
    const b = loadBundle({ timeZone: 'Asia/Tokyo', locale: 'ru_RU' });
    expect(b.call('GROWTH_PCT', 20000, 28000)).toBe(0.4);
    expect(b.call('GROWTH_PCT', column(20000, '', 100), column(28000, 5, ''))).toEqual([[0.4], [''], [-1]]);
    console.log(b.error('GROWTH_PCT', column(20000, 'n/a'), column(1, 2)));
    console.log(b.error('LEVEL_DISCOUNT', 'Gold'));
    console.log(b.call('LEVEL_DISCOUNT', 'SaaS', '80%', true, 3, 'hosted'), b.call('LEVEL_DISCOUNT', 'Retail', 0.9, true, 5, 'participated'));
    console.log(b.call('REFERRAL_SCHEDULE', 1000, column(1000, 400, 2500, 3000), column(true, true, false, true)));
    console.log(b.call('CONTEST_TOP', column('a', 'b', 'c', 'd'), column(300.3, 100.1, 10, 0), column(330.33, 110.11, 11, 5)));
    console.log(b.call('LEAD_SLA', column(new Date('2026-01-10T10:00:00Z')), column(new Date('2026-01-10T12:00:00Z')), '', '', '2026-01-20'));
    console.log(b.call('LEVEL_CHECK', column('Competency', 'SaaS', 'Retail'), 1, 0.4));
  });
});
