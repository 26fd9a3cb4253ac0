import { describe, expect, it } from 'vitest';
import { at, column, loadBundle } from '../helpers/bundle';

/** UTC offset of local midnight on an ISO day in 2026 (New York keeps daylight time from 8 March to 1 November 2026). */
function offsetOf(timeZone: string, iso: string): string {
  if (timeZone === 'Asia/Tokyo') return '+09:00';
  return iso >= '2026-03-08' && iso < '2026-11-01' ? '-04:00' : '-05:00';
}

describe.each([
  ['east of UTC', 'Asia/Tokyo'],
  ['west of UTC', 'America/New_York'],
])('bonus points through dist/Code.js, spreadsheet %s', (_side, timeZone) => {
  const en = loadBundle({ timeZone, locale: 'en_US' });
  const ru = loadBundle({ timeZone, locale: 'ru_RU' });
  /** Midnight of a day in the spreadsheet's zone, as Sheets passes a date cell. */
  const day = (iso: string) => at(`${iso}T00:00${offsetOf(timeZone, iso)}`);
  /** A local date and time in the spreadsheet's zone. */
  const local = (iso: string, time: string) => at(`${iso}T${time}${offsetOf(timeZone, iso)}`);

  const log = [
    ['Date', 'Client', 'Code', 'Value'],
    [day('2026-01-15'), 'Acme', 'employees', 20],
    [day('2026-01-20'), 'Acme', 'assigned', 1],
    [day('2026-02-05'), 'acme', 'assigned', 3],
    [day('2026-03-02'), 'Acme', 'protocols', 1],
    [day('2026-04-01'), 'Acme', 'renewal', ''],
    [day('2026-01-12'), 'Beta', 'success_story', 2],
    ['', '', '', ''],
  ];

  it('BONUS_POINTS: the SPEC §4 example earns 35, per row of a clients column', () => {
    // Acme: 5 (M_EMPLOYEES_3) + 5 (M_ASSIGNED_1) + 5 (M_ASSIGNED_3) + 5 (M_ASSIGNED_10PCT) + 5 (M_PROTOCOL_1) + 10 (renewal) = 35
    expect(en.call('BONUS_POINTS', 'Acme', day('2026-01-10'), log, day('2026-04-30'))).toBe(35);
    // Beta: success_story 20 × 2 = 40; an empty row gives ""; Nobody has no activity
    expect(
      en.call(
        'BONUS_POINTS',
        column(' ACME', '', 'Beta', 'Nobody'),
        column(day('2026-01-10'), '', day('2026-01-10'), day('2026-01-10')),
        log,
        day('2026-04-30'),
      ),
    ).toEqual([[35], [''], [40], [0]]);
    // as of 01.03: no protocol (02.03) and no renewal (01.04) yet: 20
    expect(en.call('BONUS_POINTS', 'Acme', day('2026-01-10'), log, day('2026-03-01'))).toBe(20);
    // text dates work as well
    expect(en.call('BONUS_POINTS', 'Acme', '10.01.2026', log, '2026-04-30')).toBe(35);
  });

  it('BONUS_POINTS: the 14-day deadline is the last local day, whatever the hour', () => {
    // access opened 10.01 → the 14-day window ends 24.01 in the spreadsheet's zone
    const one = (when: Date) => en.call('BONUS_POINTS', 'Acme', day('2026-01-10'), [[when, 'Acme', 'employees', 3]], day('2026-12-31'));
    expect(one(day('2026-01-24'))).toBe(5);
    expect(one(local('2026-01-24', '23:30'))).toBe(5); // in New York already 25.01 in UTC
    expect(one(day('2026-01-25'))).toBe(0);
    expect(one(local('2026-01-25', '00:30'))).toBe(0); // in Tokyo still 24.01 in UTC
  });

  it('BONUS_POINTS: 31 January + 1 month is 28 February', () => {
    const one = (when: string) => en.call('BONUS_POINTS', 'Acme', day('2026-01-31'), [[day(when), 'Acme', 'commissions', 1]], day('2026-12-31'));
    expect(one('2026-02-28')).toBe(5);
    expect(one('2026-03-01')).toBe(0);
  });

  it('BONUS_POINTS: as_of omitted means today', () => {
    const past = [
      [day('2020-01-15'), 'Acme', 'renewal', 1],
      [day('2099-01-15'), 'Acme', 'success_story', 1], // not yet
    ];
    expect(en.call('BONUS_POINTS', 'Acme', day('2020-01-10'), past)).toBe(10);
  });

  it('BONUS_DETAILS: the statement with dates as local midnights', () => {
    const rows = en.call('BONUS_DETAILS', 'Acme', day('2026-01-10'), log, day('2026-04-30'));
    expect(rows).toHaveLength(16); // 15 milestones + 1 action
    expect(rows[0]).toEqual(['M_EMPLOYEES_3', 'at least 3 employees added to the account', day('2026-01-15'), day('2026-01-24'), 5]);
    expect(rows[1]).toEqual(['M_PROGRAM_SET', 'at least one training program set created', '', day('2026-01-24'), 0]);
    expect(rows[3]).toEqual(['M_ASSIGNED_3', 'training assigned to at least three employees (any program)', day('2026-02-05'), day('2026-02-10'), 5]);
    expect(rows[5]).toEqual(['M_ASSIGNED_10PCT', 'training assigned to at least 10% of employees (any program)', day('2026-02-05'), day('2026-04-10'), 5]);
    expect(rows[14]).toEqual(['M_PROTOCOL_3', 'more than 2 commission protocols formed (3 or more)', '', day('2026-10-10'), 0]);
    expect(rows[15]).toEqual(['renewal', 'contract prolonged', day('2026-04-01'), '', 10]);
    // the points column adds up to BONUS_POINTS
    expect(rows.reduce((sum: number, row: unknown[]) => sum + (row[4] as number), 0)).toBe(35);
  });

  it('BONUS_DETAILS: a late milestone shows its day with 0 points; Russian descriptions', () => {
    const late = [[day('2026-01-25'), 'Acme', 'employees', 3]];
    const rows = ru.call('BONUS_DETAILS', 'Acme', day('2026-01-10'), late, day('2026-04-30'));
    expect(rows[0]).toEqual(['M_EMPLOYEES_3', 'добавлены в кабинет минимум 3 сотрудника', day('2026-01-25'), day('2026-01-24'), 0]);
    expect(rows[8][1]).toBe('выгружены данные в Минтруд');
    const withAction = ru.call('BONUS_DETAILS', 'acme', day('2026-01-10'), log, day('2026-04-30'));
    expect(withAction[15]).toEqual(['пролонгация', 'осуществили пролонгацию договора', day('2026-04-01'), '', 10]);
    expect(en.call('BONUS_DETAILS', '', day('2026-01-10'), log)).toBe('');
  });

  it('names the log row of a bad value, in both languages', () => {
    const bad = [...log.slice(0, 3), [day('2026-01-21'), 'Acme', 'foo', 1]];
    expect(en.error('BONUS_POINTS', 'Acme', day('2026-01-10'), bad)).toMatch(
      /^BONUS_POINTS: activity, row 4 of the range \(Code\): "foo" is not a known code; metrics: employees, /,
    );
    expect(ru.error('BONUS_POINTS', 'Acme', day('2026-01-10'), bad)).toMatch(
      /^BONUS_POINTS: activity, строка 4 диапазона \(Код\): «foo» — неизвестный код; показатели: сотрудники, наборы_программ, /,
    );
    expect(en.error('BONUS_DETAILS', 'Acme', day('2026-01-10'), [...log, [day('2026-01-21'), 'Acme', 'assigned', -2]])).toBe(
      'BONUS_DETAILS: activity, row 9 of the range (Value): -2 is negative, but the metric assigned cannot be',
    );
    expect(en.error('BONUS_POINTS', 'Acme', day('2026-01-10'), [log[1], ['', 'Acme', 'renewal', 1]])).toBe(
      'BONUS_POINTS: activity, row 2 of the range (Date): the cell is empty, but the Date column needs a date',
    );
    expect(en.error('BONUS_POINTS', 'Acme', day('2026-01-10'), column('a', 'b'))).toBe(
      'BONUS_POINTS: activity: a range has fewer than 4 columns; needed: Date | Client | Code | Value',
    );
    expect(en.error('BONUS_POINTS', column('Acme', 'Beta'), column(day('2026-01-10'), 'soon'), log)).toBe(
      'BONUS_POINTS: access_opened, row 2 of the range: "soon" is not a date (use a date cell, 2026-01-31 or 31.01.2026)',
    );
  });

  it('BONUS_BALANCE: earned minus spent, with reversals', () => {
    const redemptions = [
      ['Date', 'Client', 'Reward', 'Points', 'Quantity', 'Request', 'User'],
      [day('2026-03-01'), 'Acme', 'ACT_9', 60, 1, 'r1', 'a@b'],
      [day('2026-03-02'), 'acme', 'DISC_11', 70, 1, 'r2', 'a@b'],
      [day('2026-03-03'), 'Acme', 'ACT_9', -60, 1, 'r3', 'a@b'], // reversal of r1
      [day('2026-03-04'), 'Beta', 'OZON_2000', 60, 1, 'r4', 'a@b'],
    ];
    // Acme 200 − (60 + 70 − 60) = 130; Beta 40 − 60 = −20; Gamma 15 − 0 = 15
    expect(en.call('BONUS_BALANCE', column('Acme', '', 'Beta', 'Gamma'), column(200, '', 40, 15), redemptions)).toEqual([[130], [''], [-20], [15]]);
    expect(en.error('BONUS_BALANCE', 'Acme', 200, [...redemptions, [day('2026-03-05'), 'Acme', 'ACT_9', 'lots', 1, 'r5', 'a@b']])).toBe(
      'BONUS_BALANCE: redemptions, row 6 of the range (Points): "lots" is not a number of points',
    );
  });

  it("REWARD_COST by code or name, and REWARD_CATALOG in the sheet's language", () => {
    expect(en.call('REWARD_COST', 'OZON_2000')).toBe(60);
    expect(
      en.call(
        'REWARD_COST',
        column(
          'act_15',
          '',
          '11% discount on a contract with the TechnoProgress training centre',
          'скидка 9% от суммы договора на следующее внутреннее обучение',
        ),
      ),
    ).toEqual([[80], [''], [70], [60]]);
    expect(en.error('REWARD_COST', column('ACT_9', 'gold'))).toMatch(/^REWARD_COST: reward, row 2 of the range: "gold" is not a reward in the catalog/);
    const catalog = en.call('REWARD_CATALOG');
    expect(catalog).toHaveLength(10);
    expect(catalog[0]).toEqual(['ACT_9', '9% extra free activations for each internal-training program', 60]);
    expect(catalog[9]).toEqual(['OZON_2000', 'OZON gift certificate for 2,000 roubles', 60]);
    expect(ru.call('REWARD_CATALOG')[5]).toEqual(['DISC_15', 'скидка 15% от суммы договора на следующее внутреннее обучение', 80]);
    // every name the catalog shows is accepted back
    for (const [code, name] of [...catalog, ...ru.call('REWARD_CATALOG')]) expect(en.call('REWARD_COST', name)).toBe(en.call('REWARD_COST', code));
  });
});
