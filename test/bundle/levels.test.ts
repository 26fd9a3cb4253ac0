import { describe, expect, it } from 'vitest';
import { at, column, loadBundle } from '../helpers/bundle';

/*
 * LEVEL_DISCOUNT and LEVEL_CHECK through dist/Code.js, called as Sheets calls
 * them (SPEC §7 as it now reads, §12.2): levels written 1, 2, 3, both events,
 * SaaS purchases, the participation year and the report date, and a rules
 * table as the last argument. Expected values by hand.
 */

const SAAS = 'SaaS purchases (Isolation module, licences to rent out, a year of extended support)';
const SAAS_RU = 'покупки для SaaS (модуль «Изоляция», лицензии для сдачи в аренду, расширенная техподдержка на год)';

/** A vendor's own table: Start and Pro, Pro capped at 25% and requiring 3 certified specialists. */
const OWN = [
  ['Level', 'Base discount', 'Plan bonus', 'Certified bonus', 'Hosting bonus', 'Certified above', 'Cap', 'Required certified'],
  ['Start', '5%', '5%', '', '1%', 3, '', ''],
  ['Pro', '15%', '8%', '3%', '2%', 3, '25%', 3],
];

describe.each([
  ['east of UTC', 'Asia/Tokyo'],
  ['west of UTC', 'America/Los_Angeles'],
])('the level family through dist/Code.js, spreadsheet %s', (_side, timeZone) => {
  const en = loadBundle({ timeZone, locale: 'en_US' });
  const ru = loadBundle({ timeZone, locale: 'ru_RU' });

  it('LEVEL_DISCOUNT: every SPEC §7 example', () => {
    expect(en.call('LEVEL_DISCOUNT', 'SaaS', '80%', true, 3, 'hosted')).toBe(0.4);
    expect(en.call('LEVEL_DISCOUNT', 'Retail', 0.9, true, 5, 'participated')).toBe(0.21);
    expect(en.call('LEVEL_DISCOUNT', 2, 0, false, 0, 'participated, hosted')).toBe(0.235);
    expect(ru.call('LEVEL_DISCOUNT', 2, 0, false, 0, 'участие, своё мероприятие')).toBe(0.235);
  });

  it('LEVEL_DISCOUNT: levels 1, 2, 3 as numbers or text, in a range', () => {
    // base discounts 10, 20, 25%; "3" with the plan: 25 + 5 = 30%
    expect(en.call('LEVEL_DISCOUNT', column(1, 2, 3, '3', ' 1 '), column(0, 0, 0, 0, 0), column(false, false, false, true, false))).toEqual([
      [0.1],
      [0.2],
      [0.25],
      [0.3],
      [0.1],
    ]);
    expect(en.error('LEVEL_DISCOUNT', column(1, 4))).toBe('LEVEL_DISCOUNT: level, row 2 of the range: 4 is not a level; use Retail, Competency, SaaS (or 1–3)');
    expect(ru.error('LEVEL_DISCOUNT', true)).toBe('LEVEL_DISCOUNT: level: TRUE — не уровень (укажите название или номер)');
  });

  it('LEVEL_DISCOUNT: both events in either language and order', () => {
    // Competency 20 + participation 1 + hosting 2.5 = 23.5%; Retail 10 + 3.5 = 13.5%; SaaS all bonuses 41% → 40%
    expect(
      ru.call(
        'LEVEL_DISCOUNT',
        column('Competency', 'Retail', 'SaaS'),
        column('', '', 0.8),
        column('', '', true),
        column('', '', 3),
        column('своё мероприятие; участие', 'hosted, participated', 'участие, своё мероприятие'),
      ),
    ).toEqual([[0.235], [0.135], [0.4]]);
    expect(en.error('LEVEL_DISCOUNT', 'SaaS', '', '', '', 'none, hosted')).toBe(
      'LEVEL_DISCOUNT: event: "none, hosted" says none and an event at once; leave it empty, or name the events',
    );
  });

  it('LEVEL_CHECK: SaaS purchases checked only when given; an empty cell of a given range is not made', () => {
    expect(en.call('LEVEL_CHECK', 'SaaS', 2, 0, false, true)).toBe('ok');
    expect(en.call('LEVEL_CHECK', 'SaaS', 2, 0, false, true, true)).toBe('ok');
    expect(en.call('LEVEL_CHECK', 'SaaS', 2, 0, false, true, false)).toBe(SAAS);
    expect(ru.call('LEVEL_CHECK', column('SaaS', 'SaaS', 'Competency'), 2, 0.5, true, true, column('да', '', ''))).toEqual([
      ['выполнено'],
      [SAAS_RU],
      ['выполнено'],
    ]);
  });

  it('LEVEL_CHECK: the participation year as a year, its text, or a date in it, against the report date', () => {
    const asOf = at('2027-01-10T12:00:00Z');
    expect(en.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', 2026, asOf)).toBe('re-registration for 2027');
    expect(en.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', '2027', asOf)).toBe('ok');
    expect(en.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', '2026-03-15', '2027-01-01')).toBe('re-registration for 2027');
    expect(en.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', '2026-03-15', '2026-12-31')).toBe('ok');
    expect(ru.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', '15.03.2026', '01.01.2027')).toBe('перерегистрация на 2027 год');
    // a date cell in the year: the spreadsheet zone's day decides (noon UTC is 15 March in Tokyo and in Los Angeles alike)
    expect(en.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', at('2026-03-15T12:00:00Z'), asOf)).toBe('re-registration for 2027');
    // the SPEC §7 example of LEVEL_CHECK's new arguments
    expect(en.call('LEVEL_CHECK', 'SaaS', 2, 0, '', true, false, 2026, '2027-01-10')).toBe(`${SAAS}; re-registration for 2027`);
    expect(ru.call('LEVEL_CHECK', 'Competency', 1, 0.3, false, true, '', 2026, '10.01.2027')).toBe(
      'сертифицированные специалисты 1 из 2; отзывы клиентов 30% из 50% внедрений; маркетинговая активность; перерегистрация на 2027 год',
    );
  });

  it('LEVEL_CHECK: each partner its own year; as_of omitted is today; an empty year is not checked', () => {
    expect(en.call('LEVEL_CHECK', column('Retail', 'Retail', 'Retail'), 0, 0, '', '', '', column(2025, '', 2026), '2026-06-01')).toEqual([
      ['re-registration for 2026'],
      ['ok'],
      ['ok'],
    ]);
    // today is after 2000, and before 9999
    expect(en.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', 2000)).toBe('re-registration for 2001');
    expect(en.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', 9999)).toBe('ok');
  });

  it('LEVEL_CHECK: a year or report date it cannot read', () => {
    expect(en.error('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', 'last year')).toBe(
      'LEVEL_CHECK: year: "last year" is not a year (use a year such as 2026, or any date in it)',
    );
    expect(ru.error('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', 2026.5)).toBe(
      'LEVEL_CHECK: year: 2026.5 — не год (укажите год, например 2026, или любую дату в нём)',
    );
    expect(en.error('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', 2026, 'soon')).toMatch(/^LEVEL_CHECK: as_of: "soon" is not a date/);
  });

  it('a rules table of its own as the last argument, after empty arguments (SPEC §2.10)', () => {
    // Pro: 15 + 8 + 3 (4 > 3) + 2 = 28% → its cap 25%; Start: 5 + 5 + 1 = 11%, no certified bonus
    expect(en.call('LEVEL_DISCOUNT', column('Pro', 'start', 2), column(0.9, 0.9, ''), true, 4, 'hosted', OWN)).toEqual([[0.25], [0.11], [0.25]]);
    expect(en.call('LEVEL_DISCOUNT', 'Pro', '', '', '', '', OWN)).toBe(0.15);
    expect(en.call('LEVEL_CHECK', column('Pro', 'Start'), 2, 0, '', '', '', '', '', OWN)).toEqual([['certified specialists 2 of 3'], ['ok']]);
    expect(en.error('LEVEL_DISCOUNT', 'SaaS', '', '', '', '', OWN)).toBe('LEVEL_DISCOUNT: level: "SaaS" is not a level; use Start, Pro (or 1–2)');
    // an empty rules argument is the seed's table
    expect(en.call('LEVEL_DISCOUNT', 'SaaS', '', '', '', '', '')).toBe(0.25);
  });

  it('a rules table it refuses, named by row and header (SPEC §12)', () => {
    const bad = OWN.map((row) => [...row]);
    bad[2][6] = '10%';
    expect(en.error('LEVEL_DISCOUNT', 'Pro', '', '', '', '', bad)).toBe(
      'LEVEL_DISCOUNT: rules, row 3 of the range (Cap): "10%" is below the level\'s base discount 15%',
    );
    expect(
      ru.error('LEVEL_CHECK', 'Pro', 0, 0, '', '', '', '', '', [
        ['Уровень', 'Бонус'],
        ['Pro', 1],
      ]),
    ).toMatch(/^LEVEL_CHECK: rules, строка 1 диапазона \(Бонус\): «Бонус» — такого столбца в таблице «Уровни» нет; её столбцы: Уровень, Базовая скидка, /);
    expect(en.error('LEVEL_CHECK', 'Pro', 0, 0, '', '', '', '', '', [['Level'], ['Pro']])).toBe(
      'LEVEL_CHECK: rules: a range has no "Base discount" column (headers are read from its first row)',
    );
  });
});
