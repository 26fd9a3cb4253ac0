import { describe, expect, it } from 'vitest';
import { at, column, loadBundle } from '../helpers/bundle';

describe.each([
  ['east of UTC', 'Asia/Tokyo', '+09:00'],
  ['west of UTC', 'America/New_York', '-05:00'],
])('growth family through dist/Code.js, spreadsheet %s', (_side, timeZone, offset) => {
  const en = loadBundle({ timeZone, locale: 'en_US' });
  const ru = loadBundle({ timeZone, locale: 'ru_RU' });

  it('GROWTH_PCT: 20,000 → 28,000 is 0.4, over a column with empty rows', () => {
    expect(en.call('GROWTH_PCT', 20000, 28000)).toBe(0.4);
    expect(en.call('GROWTH_PCT', column(20000, '', 0, 1000, '10 000'), column(28000, 5, 100, '', '12 500'))).toEqual([
      [0.4], // (28000 − 20000) / 20000
      [''], // no previous amount
      [''], // previous 0: no growth
      [-1], // empty current counts as 0
      [0.25], // text amounts: (12500 − 10000) / 10000
    ]);
  });

  it('GROWTH_RANK: places with exact ties, subscriptions and the excluded partner', () => {
    const partners = column('Alfa', 'Beta', 'Gamma', 'Delta', '', 'Epsilon', 'Zeta');
    const previous = column(300.3, 100.1, 1000, 500, '', 800, '');
    const current = column(330.33, 110.11, 1500, 900, '', 400, 7000);
    const subs = column(1, 1, 0, 2, '', 0, 0);
    // Gamma +50% but excluded; Delta +80% → 1; Alfa and Beta +10% exactly, 1 subscription each → tie at 2;
    // Epsilon −50% → 4; Zeta has no previous invoice → not ranked.
    expect(en.call('GROWTH_RANK', partners, previous, current, subs, 'gamma')).toEqual([[2], [2], [''], [1], [''], [4], ['']]);
    expect(en.call('GROWTH_RANK', partners, previous, current, subs, column('Gamma', 'Delta'))).toEqual([[1], [1], [''], [''], [''], [3], ['']]);
  });

  it('GROWTH_RANK refuses a partner that appears twice, naming the row', () => {
    expect(en.error('GROWTH_RANK', column('Alfa', 'Beta', 'alfa'), column(1, 1, 1), column(2, 2, 2))).toBe(
      'GROWTH_RANK: partners, row 3 of the range: "alfa" is listed twice; each partner must appear in one row',
    );
    expect(ru.error('GROWTH_RANK', column('Alfa', 'Beta', 'alfa'), column(1, 1, 1), column(2, 2, 2))).toBe(
      'GROWTH_RANK: partners, строка 3 диапазона: «alfa» — указан дважды; каждый партнёр должен быть в одной строке',
    );
  });

  it('CONTEST_TOP spills the podium best first, ties included, and is empty when nobody is ranked', () => {
    const partners = column('A', 'B', 'C', 'D', 'E');
    const previous = column(100, 100, 100, 100, 100);
    const current = column(150, 130, 130, 120, 110);
    const subs = column(0, 3, 3, 9, 0);
    // A +50% → 1; B and C +30% with 3 subscriptions each → tie at 2; D +20% → 4 (off the podium)
    expect(en.call('CONTEST_TOP', partners, previous, current, subs)).toEqual([
      [1, 'A', 0.5, 0],
      [2, 'B', 0.3, 3],
      [2, 'C', 0.3, 3],
    ]);
    expect(en.call('CONTEST_TOP', partners, previous, current, subs, '', 1)).toEqual([[1, 'A', 0.5, 0]]);
    expect(en.call('CONTEST_TOP', column('A', 'B'), column('', 0), column(5, 5))).toBe('');
  });

  it('LEAD_SLA: deadlines at +1 h, +72 h and +336 h, inclusive, in both languages', () => {
    const received = at(`2026-03-02T10:00:00${offset}`);
    const plus = (hours: number, extraMs = 0) => new Date(received.getTime() + hours * 3_600_000 + extraMs);
    const asOf = at(`2026-03-20T00:00:00${offset}`); // 422 hours after receipt
    expect(en.call('LEAD_SLA', received, plus(1), plus(72), plus(336), asOf)).toBe('ok');
    expect(en.call('LEAD_SLA', received, plus(1, 1000), plus(72), '', asOf)).toBe('late: first contact; overdue: follow-up 14d');
    expect(ru.call('LEAD_SLA', received, plus(1, 1000), plus(72), '', asOf)).toBe('опоздание: первый контакт; просрочен: повторный контакт 14 дней');
    // as_of given as a date means 00:00 of that day in the spreadsheet's zone: 2026-03-05 00:00 is 62 hours after receipt
    expect(en.call('LEAD_SLA', received, plus(0.5), '', '', '2026-03-05')).toBe('on track');
    expect(en.call('LEAD_SLA', received, plus(0.5), '', '', '2026-03-06')).toBe('overdue: follow-up 3d'); // 86 h
    expect(ru.call('LEAD_SLA', received, plus(0.5), '', '', '2026-03-05')).toBe('в норме');
  });

  it('LEAD_SLA reads date-time text in the spreadsheet zone and keeps empty rows empty', () => {
    // received 02.03.2026 10:00 local; first contact 11:00 local is exactly on the 1-hour deadline
    expect(en.call('LEAD_SLA', column('02.03.2026 10:00', ''), column('02.03.2026 11:00', 'x'), '', '', at(`2026-03-03T00:00:00${offset}`))).toEqual([
      ['on track'],
      [''],
    ]);
    expect(en.error('LEAD_SLA', column('02.03.2026 10:00', 'soon'), '', '', '', '2026-03-03')).toBe(
      'LEAD_SLA: received, row 2 of the range: "soon" is not a date (use a date cell, 2026-01-31 or 31.01.2026)',
    );
  });

  it('LEAD_SLA: a step dated before the lead arrived is an error naming that step and its row (SPEC §8)', () => {
    const received = column('02.03.2026 10:00', '02.03.2026 10:00');
    // Row 2's first contact, 09:30, is half an hour before the lead came in.
    expect(en.error('LEAD_SLA', received, column('02.03.2026 10:20', '02.03.2026 09:30'), '', '', '2026-03-03')).toBe(
      'LEAD_SLA: first_contact, row 2 of the range: "02.03.2026 09:30" is before the lead was received',
    );
    expect(ru.error('LEAD_SLA', received, column('02.03.2026 10:20', '02.03.2026 10:30'), column('', ''), column('01.03.2026 12:00', ''), '2026-03-03')).toBe(
      'LEAD_SLA: follow_up_2, строка 1 диапазона: «01.03.2026 12:00» — раньше, чем получен лид',
    );
    // Exactly at receipt is allowed (a contact the same minute).
    expect(en.call('LEAD_SLA', received, column('02.03.2026 10:00', '02.03.2026 10:00'), '', '', '2026-03-02')).toEqual([['on track'], ['on track']]);
  });

  it('reports bad amounts with function, argument, row and value', () => {
    expect(en.error('GROWTH_PCT', column(100, 200, 'n/a'), column(1, 2, 3))).toBe('GROWTH_PCT: previous, row 3 of the range: "n/a" is not a number');
    expect(ru.error('GROWTH_PCT', column(100, -5), column(1, 2))).toBe(
      'GROWTH_PCT: previous, строка 2 диапазона: -5 — отрицательная, а сумма не может быть меньше нуля',
    );
    expect(en.error('GROWTH_PCT', column(1, 2), column(1, 2, 3))).toBe(
      'GROWTH_PCT: ranges differ in size: previous is 2×1, current is 3×1; all ranges must be the same size',
    );
  });
});

describe('the lead-handling rules table as the last argument `rules` (SPEC §12.5), through dist/Code.js', () => {
  const en = loadBundle({ timeZone: 'Europe/Moscow', locale: 'en_US' });
  const ru = loadBundle({ timeZone: 'Europe/Moscow', locale: 'ru_RU' });
  const TWO = [
    ['Step', 'Within hours'],
    ['call back', 2],
    ['send offer', 48],
  ];

  it('LEAD_SLA applies two steps of its own; omitted or empty, the seed applies as before', () => {
    // Received 2 March 09:00 (Moscow): call back due 11:00, send offer due 4 March 09:00.
    const received = column('02.03.2026 09:00', '02.03.2026 09:00', '02.03.2026 09:00');
    const first = column('02.03.2026 11:00', '02.03.2026 11:01', '02.03.2026 10:00');
    const second = column('04.03.2026 09:00', '', '');
    expect(en.call('LEAD_SLA', received, first, second, '', '04.03.2026 09:00', TWO)).toEqual([['ok'], ['late: call back'], ['on track']]);
    expect(en.call('LEAD_SLA', received, first, second, '', '04.03.2026 09:01', TWO)).toEqual([
      ['ok'],
      ['late: call back; overdue: send offer'],
      ['overdue: send offer'],
    ]);
    expect(ru.call('LEAD_SLA', received, first, second, '', '04.03.2026 09:01', TWO)[1]).toEqual(['опоздание: call back; просрочен: send offer']);
    // The seed's table: first contact within 1 hour, so 11:00 is late; the 3-day follow-up is due 5 March 09:00.
    expect(en.call('LEAD_SLA', received, first, second, '', '04.03.2026 09:01')).toEqual([['late: first contact'], ['late: first contact'], ['on track']]);
    expect(en.call('LEAD_SLA', received, first, second, '', '04.03.2026 09:01', '')).toEqual(
      en.call('LEAD_SLA', received, first, second, '', '04.03.2026 09:01'),
    );
  });

  it('LEAD_SLA refuses a step time past the last step of the table, naming the argument and the row', () => {
    expect(
      en.error('LEAD_SLA', column('02.03.2026 09:00', '02.03.2026 09:00'), column('', ''), column('', ''), column('', '03.03.2026 10:00'), '2026-03-04', TWO),
    ).toBe('LEAD_SLA: follow_up_2, row 2 of the range: "03.03.2026 10:00" is given, but the rules table has only 2 steps: leave it empty');
    expect(
      ru.error('LEAD_SLA', '02.03.2026 09:00', '', '03.03.2026 10:00', '', '2026-03-04', [
        ['Шаг', 'Срок, часов'],
        ['звонок', 1],
      ]),
    ).toBe('LEAD_SLA: follow_up_1: «03.03.2026 10:00» — указано, а в таблице правил только 1 шаг: оставьте пустым');
  });

  it('GROWTH_PCT, GROWTH_RANK and CONTEST_TOP read and check the table: same results with a good one, an error with a bad one', () => {
    expect(en.call('GROWTH_PCT', 20000, 28000, TWO)).toBe(0.4);
    const partners = column('A', 'B');
    expect(en.call('GROWTH_RANK', partners, column(100, 100), column(150, 120), '', '', TWO)).toEqual([[1], [2]]);
    expect(en.call('CONTEST_TOP', partners, column(100, 100), column(150, 120), '', '', 1, TWO)).toEqual([[1, 'A', 0.5, 0]]);
    const bad = [
      ['Step', 'Within hours'],
      ['a', 2],
      ['b', 'abc'],
    ];
    expect(en.error('GROWTH_PCT', 1, 2, bad)).toBe('GROWTH_PCT: rules, row 3 of the range (Within hours): "abc" is not a number');
    expect(
      en.error('GROWTH_RANK', partners, column(100, 100), column(150, 120), '', '', [
        ['Step', 'Hours'],
        ['a', 5],
        ['b', 1],
      ]),
    ).toBe('GROWTH_RANK: rules, row 3 of the range (Hours): 1 is fewer hours than the step above (5); deadlines never fall down the table');
    expect(en.error('CONTEST_TOP', partners, column(1, 1), column(2, 2), '', '', '', [['Step']])).toBe(
      'CONTEST_TOP: rules: a range has no "Within hours" column (headers are read from its first row)',
    );
  });
});
