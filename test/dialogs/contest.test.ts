/**
 * The Growth contest dialog (SPEC §8, §9.3) through dist/Code.js on the in-memory spreadsheet:
 * the menu item, the months it offers, the podium it shows, and its words. Set-up and the
 * template's sample worked out by hand: test/helpers/contestDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { placeText, wordsIn } from '../../src/dialogs/contest/text';
import { ok, refused } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { setInvoices, workbook, writes } from '../helpers/contestDialog';

const SAMPLE_PODIUM_EN = [
  { place: 1, tied: false, partner: 'Cloud Accounting', growth: 0.4, growthText: '+40.0%', subscriptions: 2, status: 'open', statusText: '', eligible: true },
  { place: 2, tied: true, partner: 'Ural Service', growth: 0.1, growthText: '+10.0%', subscriptions: 3, status: 'open', statusText: '', eligible: false },
  { place: 2, tied: true, partner: 'Smart Office', growth: 0.1, growthText: '+10.0%', subscriptions: 3, status: 'open', statusText: '', eligible: false },
];

describe('the menu item', () => {
  it("opens the contest dialog as a modal in the user's language, self-contained", () => {
    for (const [locale, title] of [
      ['en_US', 'Growth contest'],
      ['ru_RU', 'Конкурс роста'],
    ] as const) {
      const { addon } = workbook(locale);
      addon.call('showContestDialog');
      const dialog = addon.runtime.ui.lastDialog!;
      expect(dialog.kind).toBe('modal');
      expect(dialog.title).toBe(title);
      expect(dialog.content).toContain('google.script.run');
      expect(dialog.content).toContain('recordContestResult');
      expect(dialog.content).not.toMatch(/<script[^>]+src=/);
      expect(dialog.content).not.toMatch(/innerHTML/);
      // nothing from a CDN but Google's add-on CSS
      const external = [...dialog.content.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
      expect(external).toEqual(['https://ssl.gstatic.com/docs/script/css/add-ons1.css']);
    }
  });
});

describe('getContestMonths', () => {
  it("lists the months that have invoices, latest first, in the user's language", () => {
    const { addon } = workbook();
    expect(addon.call('getContestMonths')).toEqual({
      ok: true,
      lang: 'en',
      months: [
        { month: '2026-10', label: 'October 2026' },
        { month: '2026-09', label: 'September 2026' },
        { month: '2026-08', label: 'August 2026' },
      ],
    });
    const ru = workbook('ru_RU').addon;
    expect(ru.call('getContestMonths')).toMatchObject({
      lang: 'ru',
      months: [
        { month: '2026-10', label: 'Октябрь 2026' },
        { month: '2026-09', label: 'Сентябрь 2026' },
        { month: '2026-08', label: 'Август 2026' },
      ],
    });
  });

  it('counts any date of a month for that month, each month once', () => {
    const { spreadsheet, addon } = workbook();
    setInvoices(spreadsheet, [
      ['A', midnight('2026-03-31'), 100, 0],
      ['B', midnight('2026-03-01'), 100, 0],
      ['A', midnight('2025-12-15'), 100, 0],
      ['A', midnight('2026-01-31'), 100, 0],
      ['C', '2026-02-14', 100, 0], // a date typed as text
    ]);
    expect(addon.call('getContestMonths').months.map((m: any) => m.month)).toEqual(['2026-03', '2026-02', '2026-01', '2025-12']);
  });

  it("takes the month in the spreadsheet's zone, not the script's", () => {
    // 2027-01-01 00:30 in Tokyo is 2026-12-31 18:30 in Moscow (the script's zone): it is January's.
    const { spreadsheet, addon } = workbook('en_US', 'Asia/Tokyo');
    setInvoices(spreadsheet, [['A', new Date('2027-01-01T00:30:00+09:00'), 100, 0]]);
    expect(addon.call('getContestMonths').months).toEqual([{ month: '2027-01', label: 'January 2027' }]);
  });

  it("refuses, in the user's language, without invoices or without the sheet", () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    setInvoices(spreadsheet, [], 'ru');
    expect(addon.call('getContestMonths')).toEqual({
      ok: false,
      lang: 'ru',
      message: 'На листе «Счета» ещё нет счетов: добавьте строки с партнёром, месяцем, суммой и подписками.',
    });
    const bare = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Moscow' }) });
    expect(bare.call('getContestMonths')).toEqual({
      ok: false,
      lang: 'en',
      message: 'There is no "Invoices" sheet. Insert the template from the add-on menu first.',
    });
  });

  it('names the row and column of a month it cannot read', () => {
    const { spreadsheet, addon } = workbook();
    setInvoices(spreadsheet, [
      ['A', midnight('2026-10-01'), 100, 0],
      ['B', 'soon', 100, 0],
    ]);
    expect(refused(addon.call('getContestMonths'))).toBe(
      'The "Invoices" sheet, row 3, column Month: "soon" is not a date (use a date cell, 2026-01-31 or 31.01.2026). Correct the cell; nothing was written.',
    );
  });
});

describe("getContest on the template's sample", () => {
  it("shows October's podium with the tie, and who is left out and why (English)", () => {
    const { addon } = workbook();
    expect(addon.call('getContest', '2026-10')).toEqual({
      ok: true,
      lang: 'en',
      month: '2026-10',
      label: 'October 2026',
      name: 'October 2026',
      previousLabel: 'September 2026',
      podium: SAMPLE_PODIUM_EN,
      leftOut: [
        { partner: 'North IT', reason: 'receives the leads during October 2026 as the winner for September 2026, so it does not take part' },
        { partner: 'Volga Soft', reason: 'has no invoice for September 2026, so it has no growth to rank' },
      ],
      winner: null,
      records: [],
      switch: null,
      note: 'The leads for November 2026 go to place 1: Cloud Accounting. Record the winner, or "Winner declined" to pass the leads to the next place.',
    });
  });

  it("shows September's contest with its recorded winner: who holds the leads, the record, and what a decline or breach would do", () => {
    const { addon } = workbook();
    const view = ok(addon.call('getContest', '2026-09'));
    // September against August: North IT +50%, Cloud Accounting +25%, Ural Service +5%, Smart Office 0%.
    expect(view.podium.map((r: any) => [r.place, r.partner, r.growthText, r.status, r.statusText, r.eligible])).toEqual([
      [1, 'North IT', '+50.0%', 'winner', 'winner', false],
      [2, 'Cloud Accounting', '+25.0%', 'open', '', false],
      [3, 'Ural Service', '+5.0%', 'open', '', false],
    ]);
    expect(view.winner).toMatchObject({ partner: 'North IT', place: 1, user: 'manager@example.com', since: '2026-10-01' });
    expect(view.records).toEqual([{ row: 2, text: 'Row 2: North IT — winner, leads from 2026-10-01', cancellable: true }]);
    // The leads are given during October: a switch is dated from 1 to 31 October (today is later: its last day).
    expect(view.switch).toEqual({
      partner: 'North IT',
      first: '2026-10-01',
      last: '2026-10-31',
      suggested: expect.stringMatching(/^2026-10-(01|31)$/),
      to: 'Cloud Accounting',
      toText: 'The leads pass to place 2: Cloud Accounting.',
    });
    expect(view.note).toBe('The winner for September 2026 is recorded: North IT. It receives the leads during October 2026.');
    const ru = ok(workbook('ru_RU').addon.call('getContest', '2026-09'));
    expect(ru.name).toBe('сентябрь 2026');
    expect(ru.records[0].text).toBe('Строка 2: «Северный ИТ» — победитель, лиды с 01.10.2026');
    expect(ru.switch.toText).toBe('Лиды переходят к месту 2: «Облачная бухгалтерия».');
  });

  it('shows the same in Russian', () => {
    const { addon } = workbook('ru_RU');
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view).toMatchObject({ lang: 'ru', label: 'Октябрь 2026', previousLabel: 'Сентябрь 2026', winner: null });
    expect(view.podium.map((r: any) => [placeText(r.place, r.tied), r.partner, r.growthText, r.subscriptions, r.eligible])).toEqual([
      ['1', 'Облачная бухгалтерия', '+40,0%', 2, true],
      ['2 =', 'Урал Сервис', '+10,0%', 3, false],
      ['2 =', 'Умный офис', '+10,0%', 3, false],
    ]);
    expect(view.leftOut).toEqual([
      { partner: 'Северный ИТ', reason: 'получает лиды на октябрь 2026 как победитель за сентябрь 2026, поэтому не участвует' },
      { partner: 'Волга Софт', reason: 'нет счёта за сентябрь 2026, поэтому прирост не посчитать' },
    ]);
  });

  it('reads and writes nothing but the two sheets it needs', () => {
    const { addon } = workbook();
    addon.resetCounts();
    ok(addon.call('getContest', '2026-10'));
    expect(writes(addon)).toEqual({});
    expect(addon.counts()['Range.getValues']).toBe(2); // Invoices and Contest log, one batch each
  });

  it('refuses a month without invoices, and a month whose previous month has none', () => {
    const { addon } = workbook();
    expect(refused(addon.call('getContest', '2026-11'))).toBe('There are no invoices for November 2026: there is nothing to rank.');
    expect(refused(addon.call('getContest', '2026-08'))).toBe(
      "There are no invoices for July 2026, the month before, so nobody's growth in August 2026 can be computed.",
    );
    const ru = workbook('ru_RU').addon;
    expect(refused(ru.call('getContest', '2026-11'))).toBe('Счетов за ноябрь 2026 нет: ранжировать нечего.');
  });

  it('refuses what is not a month', () => {
    const { addon } = workbook();
    for (const month of ['2026-13', '2026-1', 'October', '', null]) expect(refused(addon.call('getContest', month))).toMatch(/is not a month \(YYYY-MM\)/);
  });
});

describe("the dialog's words", () => {
  it('names its buttons in each language (the catalogs are checked whole in test/kernel/catalogs.test.ts) and marks ties the same way in all', () => {
    expect(placeText(2, true)).toBe('2 =');
    expect(placeText(1, false)).toBe('1');
    const [en, ru, el] = [wordsIn('en'), wordsIn('ru'), wordsIn('el')];
    expect([en.record, ru.record, en.decline, ru.decline]).toEqual(['Record winner', 'Записать победителя', 'Winner declined', 'Победитель отказался']);
    expect(el.record).not.toBe(en.record);
  });
});
