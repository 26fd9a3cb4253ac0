import { describe, expect, it } from 'vitest';
import { column, loadBundle } from '../helpers/bundle';

describe.each([
  ['east of UTC', 'Asia/Tokyo'],
  ['west of UTC', 'America/Los_Angeles'],
])('referral and level families through dist/Code.js, spreadsheet %s', (_side, timeZone) => {
  const en = loadBundle({ timeZone, locale: 'en_US' });
  const ru = loadBundle({ timeZone, locale: 'ru' });

  it('REFERRAL_CREDIT: min(own, referred) when installed; omitted means installed, an empty cell means not', () => {
    expect(en.call('REFERRAL_CREDIT', 1000, 2500)).toBe(1000);
    expect(en.call('REFERRAL_CREDIT', 1000, 400, true)).toBe(400);
    expect(en.call('REFERRAL_CREDIT', 1000, 400, false)).toBe(0);
    expect(en.call('REFERRAL_CREDIT', column(1000, 1000, '', 1000), column(1000, 400, 300, 3000), column(true, '', true, 'да'))).toEqual([
      [1000],
      [0],
      [''],
      [1000],
    ]);
  });

  it('REFERRAL_SCHEDULE: the SPEC §6 example', () => {
    // credits: 1000 (installed), 400 (installed), 2500 not installed → none, 3000 installed → capped at 1000
    const schedule = [
      [1, 1000, 0],
      [2, 400, 600],
      [3, 1000, 0],
    ];
    expect(en.call('REFERRAL_SCHEDULE', 1000, column(1000, 400, 2500, 3000), column(true, true, false, true))).toEqual(schedule);
    expect(en.call('REFERRAL_SCHEDULE', '1 000', column(1000, 400, 2500, 3000, ''), column(true, true, false, true, ''))).toEqual(schedule);
    expect(en.call('REFERRAL_SCHEDULE', 1000, column(1000, 400), column(true, true), 4)).toEqual([
      [1, 1000, 0],
      [2, 400, 600],
      [3, 0, 1000],
      [4, 0, 1000],
    ]);
    expect(en.call('REFERRAL_SCHEDULE', 1000, column('', ''))).toEqual([[1, 0, 1000]]);
    expect(en.call('REFERRAL_SCHEDULE', '', column(5))).toBe('');
    expect(en.error('REFERRAL_SCHEDULE', 1000, column(5), true, 0)).toBe('REFERRAL_SCHEDULE: contracts: 0 is not a whole number from 1 to 1000');
  });

  it('LEVEL_DISCOUNT: the SPEC §7 examples and the cap', () => {
    expect(en.call('LEVEL_DISCOUNT', 'SaaS', '80%', true, 3, 'hosted')).toBe(0.4);
    expect(en.call('LEVEL_DISCOUNT', 'Retail', 0.9, true, 5, 'participated')).toBe(0.21);
    expect(
      ru.call(
        'LEVEL_DISCOUNT',
        column('Competency', 'SaaS Partner', ''),
        column(0.8, '', 1),
        column('да', 'нет', true),
        column(3, 0, 9),
        column('участие', '', 'x'),
      ),
    ).toEqual([
      [0.385], // 20 + 5 + 10 + 2.5 + 1 = 38.5%
      [0.25],
      [''],
    ]);
  });

  it('LEVEL_DISCOUNT lists the accepted words for unknown levels and events', () => {
    expect(en.error('LEVEL_DISCOUNT', column('SaaS', 'Gold'))).toBe(
      'LEVEL_DISCOUNT: level, row 2 of the range: "Gold" is not a level; use Retail, Competency, SaaS (or 1–3)',
    );
    expect(ru.error('LEVEL_DISCOUNT', 'SaaS', '', '', '', 'webinar')).toBe(
      'LEVEL_DISCOUNT: event: «webinar» — неизвестное мероприятие; допустимы участие, своё мероприятие или оба через запятую: участие, своё мероприятие (или пусто)',
    );
    expect(en.error('LEVEL_DISCOUNT', 'SaaS', 1.5)).toBe('LEVEL_DISCOUNT: reviews_share: 1.5 is above 100%');
  });

  it('LEVEL_CHECK: requirements per level in both languages', () => {
    expect(
      en.call('LEVEL_CHECK', column('Retail', 'Competency', 'SaaS'), column(0, 2, 1), column(0, '50%', 0), column('', true, ''), column('', true, true)),
    ).toEqual([['ok'], ['ok'], ['certified specialists 1 of 2']]);
    expect(ru.call('LEVEL_CHECK', 'Competency', 2, 0.3, false, true)).toBe('отзывы клиентов 30% из 50% внедрений; маркетинговая активность');
  });
});
