/**
 * The Growth contest dialog's server functions (SPEC §8, §9.3), through
 * dist/Code.js on the in-memory spreadsheet with the growth template inserted.
 *
 * The template's sample, worked out by hand (growth = (B − A) / A, SPEC §8):
 * - Cloud Accounting: 20 000 → 28 000: 8 000 / 20 000 = +40%, 2 subscriptions → place 1.
 * - Ural Service: 300.30 → 330.33: 30.03 / 300.30 = +10%, 3 subscriptions;
 *   Smart Office: 100.10 → 110.11: 10.01 / 100.10 = +10%, 3 subscriptions → both place 2 ("2 ="), next place would be 4.
 * - North IT: 15 000 → 30 000 = +100%, but the log records it as September's winner: it receives
 *   the leads during October, so it is left out of October's contest.
 * - Volga Soft: no September invoice → no growth, not ranked.
 * The spreadsheet's zone is Europe/Moscow (UTC+3 all year) unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { CONTEST_LOG, INVOICES } from '../../src/programs/growth/template';
import { TEXT, placeText } from '../../src/dialogs/contest/text';
import { ok, refused, requestIds } from '../helpers/dialogs';
import { midnight } from '../helpers/days';

type Lang = 'en' | 'ru';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Local midnight of a calendar day in a zone given by its UTC offset (Moscow by default). */

function workbook(locale: 'en_US' | 'ru_RU' = 'en_US', timeZone = 'Europe/Moscow') {
  const spreadsheet = createSpreadsheet({ locale, timeZone });
  const addon = loadAddon({ spreadsheet });
  expect(addon.call('insertGrowthTemplate')).toMatchObject({ ok: true });
  return { spreadsheet, addon, lang: (locale === 'ru_RU' ? 'ru' : 'en') as Lang };
}

function sheet(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang) {
  const found = spreadsheet.getSheetByName(template.name[lang]);
  if (!found) throw new Error(`no ${template.name[lang]} sheet`);
  return found;
}

/** The whole Contest log sheet, every cell. */
const logOf = (spreadsheet: Spreadsheet, lang: Lang = 'en') => sheet(spreadsheet, CONTEST_LOG, lang).getDataRange().getValues();
/** The log's rows under the header. */
const logRows = (spreadsheet: Spreadsheet, lang: Lang = 'en') => logOf(spreadsheet, lang).slice(1);

/** Replaces the rows under a table's header (test set-up, through the host's own handle). */
function replaceRows(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang, rows: unknown[][], width: number) {
  const target = sheet(spreadsheet, template, lang);
  target.getRange(2, 1, Math.max(target.getLastRow(), 2), width).clearContent();
  if (rows.length) target.getRange(2, 1, rows.length, width).setValues(rows);
}
const setInvoices = (spreadsheet: Spreadsheet, rows: unknown[][], lang: Lang = 'en') => replaceRows(spreadsheet, INVOICES, lang, rows, 4);
const setLog = (spreadsheet: Spreadsheet, rows: unknown[][], lang: Lang = 'en') => replaceRows(spreadsheet, CONTEST_LOG, lang, rows.map((row) => [...row, '', ''].slice(0, 9)), 9);

const id = requestIds('contest-test');
const record = (addon: Addon, month: string, partner: string, action: 'winner' | 'declined', requestId = id()) =>
  addon.call('recordContestResult', { month, partner, action, requestId });

/** The writes a call made to the spreadsheet, by service method. */
function writes(addon: Addon): Record<string, number> {
  return Object.fromEntries(
    Object.entries(addon.counts()).filter(([name]) => /^(Range|Sheet|Spreadsheet)\.(set|append|insert|delete|clear|copy|move|sort)/.test(name)),
  );
}

/** Runs a call that must refuse: the whole log is unchanged and nothing at all was written. */
function refusesWritingNothing(spreadsheet: Spreadsheet, addon: Addon, run: () => unknown, lang: Lang = 'en'): string {
  const before = logOf(spreadsheet, lang);
  addon.resetCounts();
  const message = refused(run());
  expect(writes(addon)).toEqual({});
  expect(logOf(spreadsheet, lang)).toEqual(before);
  return message;
}

const SAMPLE_PODIUM_EN = [
  { place: 1, tied: false, partner: 'Cloud Accounting', growth: 0.4, growthText: '+40.0%', subscriptions: 2, status: 'open', eligible: true },
  { place: 2, tied: true, partner: 'Ural Service', growth: 0.1, growthText: '+10.0%', subscriptions: 3, status: 'open', eligible: false },
  { place: 2, tied: true, partner: 'Smart Office', growth: 0.1, growthText: '+10.0%', subscriptions: 3, status: 'open', eligible: false },
];

describe('the menu item', () => {
  it('opens the contest dialog as a modal in the user\'s language, self-contained', () => {
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
  it('lists the months that have invoices, latest first, in the user\'s language', () => {
    const { addon } = workbook();
    expect(addon.call('getContestMonths')).toEqual({
      ok: true,
      lang: 'en',
      months: [
        { month: '2026-10', label: 'October 2026' },
        { month: '2026-09', label: 'September 2026' },
      ],
    });
    const ru = workbook('ru_RU').addon;
    expect(ru.call('getContestMonths')).toMatchObject({ lang: 'ru', months: [{ month: '2026-10', label: 'Октябрь 2026' }, { month: '2026-09', label: 'Сентябрь 2026' }] });
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

  it('takes the month in the spreadsheet\'s zone, not the script\'s', () => {
    // 2027-01-01 00:30 in Tokyo is 2026-12-31 18:30 in Moscow (the script's zone): it is January's.
    const { spreadsheet, addon } = workbook('en_US', 'Asia/Tokyo');
    setInvoices(spreadsheet, [['A', new Date('2027-01-01T00:30:00+09:00'), 100, 0]]);
    expect(addon.call('getContestMonths').months).toEqual([{ month: '2027-01', label: 'January 2027' }]);
  });

  it('refuses, in the user\'s language, without invoices or without the sheet', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    setInvoices(spreadsheet, [], 'ru');
    expect(addon.call('getContestMonths')).toEqual({ ok: false, lang: 'ru', message: 'На листе «Счета» ещё нет счетов: добавьте строки с партнёром, месяцем, суммой и подписками.' });
    const bare = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Moscow' }) });
    expect(bare.call('getContestMonths')).toEqual({ ok: false, lang: 'en', message: 'There is no "Invoices" sheet. Insert the template from the add-on menu first.' });
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

describe('getContest on the template\'s sample', () => {
  it('shows October\'s podium with the tie, and who is left out and why (English)', () => {
    const { addon } = workbook();
    expect(addon.call('getContest', '2026-10')).toEqual({
      ok: true,
      lang: 'en',
      month: '2026-10',
      label: 'October 2026',
      previousLabel: 'September 2026',
      podium: SAMPLE_PODIUM_EN,
      leftOut: [
        { partner: 'North IT', reason: 'receives the leads during October 2026 as the winner for September 2026, so it does not take part' },
        { partner: 'Volga Soft', reason: 'has no invoice for September 2026, so it has no growth to rank' },
      ],
      winner: null,
      note: 'The leads for November 2026 go to place 1: Cloud Accounting. Record the winner, or "Winner declined" to pass the leads to the next place.',
    });
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
    expect(refused(addon.call('getContest', '2026-09'))).toBe(
      "There are no invoices for August 2026, the month before, so nobody's growth in September 2026 can be computed.",
    );
    const ru = workbook('ru_RU').addon;
    expect(refused(ru.call('getContest', '2026-11'))).toBe('Счетов за ноябрь 2026 нет: ранжировать нечего.');
  });

  it('refuses what is not a month', () => {
    const { addon } = workbook();
    for (const month of ['2026-13', '2026-1', 'October', '', null]) expect(refused(addon.call('getContest', month))).toMatch(/is not a month \(YYYY-MM\)/);
  });
});

describe('recordContestResult: record winner', () => {
  it('appends the winner to the log in ONE write: month as a date, place, partner, growth, subscriptions, result, user, time', () => {
    const { spreadsheet, addon } = workbook();
    const before = logRows(spreadsheet);
    addon.resetCounts();
    const start = Date.now();
    const result = record(addon, '2026-10', 'Cloud Accounting', 'winner', 'req-1');
    const end = Date.now();
    expect(result).toEqual({
      ok: true,
      requestId: 'req-1',
      month: '2026-10',
      rows: [{ place: 1, partner: 'Cloud Accounting', result: 'winner' }],
      handover: null,
      message: 'Cloud Accounting is recorded as the winner for October 2026 (place 1): it receives the leads during November 2026.',
    });
    // one batched write and nothing else
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    const rows = logRows(spreadsheet);
    expect(rows.slice(0, before.length)).toEqual(before);
    expect(rows).toHaveLength(before.length + 1);
    const [month, place, partner, growth, subscriptions, word, user, at] = rows[before.length];
    expect(month).toEqual(midnight('2026-10-01')); // the 1st of October, local midnight in Moscow
    expect([place, partner, growth, subscriptions, word, user]).toEqual([1, 'Cloud Accounting', 0.4, 2, 'winner', 'manager@example.com']);
    expect(at).toBeInstanceOf(Date);
    expect((at as Date).getTime()).toBeGreaterThanOrEqual(start - 1000);
    expect((at as Date).getTime()).toBeLessThanOrEqual(end + 1000);
  });

  it('then shows the winner, and refuses another winner for the month naming it', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'winner'));
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.winner).toMatchObject({ partner: 'Cloud Accounting', place: 1, user: 'manager@example.com' });
    expect(view.winner.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(view.podium.map((r: any) => [r.partner, r.status, r.eligible])).toEqual([
      ['Cloud Accounting', 'winner', false],
      ['Ural Service', 'open', false],
      ['Smart Office', 'open', false],
    ]);
    expect(view.note).toBe('The winner for October 2026 is recorded: Cloud Accounting. It receives the leads during November 2026.');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
    for (const partner of ['Cloud Accounting', 'Ural Service']) {
      for (const action of ['winner', 'declined'] as const) {
        const message = refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', partner, action));
        expect(message).toBe(`A winner for October 2026 is already recorded: Cloud Accounting (place 1, recorded by manager@example.com on ${today}). Nothing was written.`);
      }
    }
  });

  it('writes the result word in the log sheet\'s language', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    const result = ok(record(addon, '2026-10', 'Облачная бухгалтерия', 'winner'));
    expect(result.message).toBe('Победитель за октябрь 2026 записан: «Облачная бухгалтерия» (место 1). Лиды на ноябрь 2026 получает этот партнёр.');
    const last = logRows(spreadsheet, 'ru').at(-1)!;
    expect(last.slice(1, 6)).toEqual([1, 'Облачная бухгалтерия', 0.4, 2, 'победитель']);
  });

  it('writes the result word in the language the log sheet was inserted in, not the user\'s; the message in the user\'s', () => {
    const ru = workbook('ru_RU'); // «Журнал конкурса»
    const toRu = ok(ru.addon.callAs({ locale: 'en' }, 'recordContestResult', { month: '2026-10', partner: 'Облачная бухгалтерия', action: 'winner', requestId: id() }));
    expect(toRu.message).toBe('Облачная бухгалтерия is recorded as the winner for October 2026 (place 1): it receives the leads during November 2026.');
    expect(logRows(ru.spreadsheet, 'ru').at(-1)![5]).toBe('победитель');
    const en = workbook('en_US'); // "Contest log"
    ok(en.addon.callAs({ locale: 'ru' }, 'recordContestResult', { month: '2026-10', partner: 'Cloud Accounting', action: 'declined', requestId: id() }));
    // the decline passes the leads to place 2, shared: one row, in English
    expect(logRows(en.spreadsheet).at(-1)!.slice(2, 6)).toEqual(['Cloud Accounting', 0.4, 2, 'declined']);
  });

  it('matches the partner as a word (case, spaces) and writes the name as the invoices spell it', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', '  cloud   ACCOUNTING ', 'winner'));
    expect(logRows(spreadsheet).at(-1)![2]).toBe('Cloud Accounting');
  });

  it('records one of the tied partners once the place above is settled (a decline), on that partner\'s row', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'declined'));
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.podium.map((r: any) => [r.partner, r.status, r.eligible])).toEqual([
      ['Cloud Accounting', 'declined', false],
      ['Ural Service', 'open', true],
      ['Smart Office', 'open', true],
    ]);
    expect(view.note).toBe('Place 2 is shared by Ural Service, Smart Office (equal growth and subscriptions): pick the partner that takes the leads for November 2026.');
    addon.resetCounts();
    const result = ok(record(addon, '2026-10', 'Smart Office', 'winner'));
    expect(result.rows).toEqual([{ place: 2, partner: 'Smart Office', result: 'winner' }]);
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(logRows(spreadsheet).at(-1)!.slice(1, 6)).toEqual([2, 'Smart Office', 0.1, 3, 'winner']);
  });
});

describe('recordContestResult: winner declined', () => {
  /** Own data: A +50%, B +20%, C +20% with more subscriptions, D +5% (September → October 2026; no log). */
  function fourPartners() {
    const w = workbook();
    setLog(w.spreadsheet, []);
    setInvoices(w.spreadsheet, [
      ['A', midnight('2026-09-01'), 1000, 0],
      ['B', midnight('2026-09-01'), 1000, 0],
      ['C', midnight('2026-09-01'), 1000, 0],
      ['D', midnight('2026-09-01'), 1000, 0],
      ['A', midnight('2026-10-01'), 1500, 1], // +50%
      ['B', midnight('2026-10-01'), 1200, 1], // +20%, 1 subscription
      ['C', midnight('2026-10-01'), 1200, 4], // +20%, 4 subscriptions: ahead of B
      ['D', midnight('2026-10-01'), 1050, 9], // +5%
    ]);
    return w;
  }

  it('records the decline and the next place as winner in ONE write', () => {
    const { spreadsheet, addon } = fourPartners();
    expect(ok(addon.call('getContest', '2026-10')).podium.map((r: any) => [r.place, r.partner, r.growthText])).toEqual([
      [1, 'A', '+50.0%'],
      [2, 'C', '+20.0%'],
      [3, 'B', '+20.0%'],
    ]);
    addon.resetCounts();
    const result = ok(record(addon, '2026-10', 'A', 'declined'));
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(result.rows).toEqual([
      { place: 1, partner: 'A', result: 'declined' },
      { place: 2, partner: 'C', result: 'winner' },
    ]);
    expect(result.handover).toBe('winner');
    expect(result.message).toBe(
      'A declined the leads for October 2026; that is recorded. The leads pass to place 2: C is recorded as the winner and receives the leads during November 2026.',
    );
    const rows = logRows(spreadsheet);
    expect(rows.map((r) => r.slice(0, 6))).toEqual([
      [midnight('2026-10-01'), 1, 'A', 0.5, 1, 'declined'],
      [midnight('2026-10-01'), 2, 'C', 0.2, 4, 'winner'],
    ]);
    expect(rows[0][6]).toBe('manager@example.com');
    // The month is settled: nobody else can be recorded.
    refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'B', 'winner'));
    // C receives November's leads, so it is left out of November's contest.
    setInvoices(spreadsheet, [
      ['A', midnight('2026-10-01'), 1500, 0],
      ['C', midnight('2026-10-01'), 1200, 0],
      ['A', midnight('2026-11-01'), 1600, 0],
      ['C', midnight('2026-11-01'), 2400, 0],
    ]);
    const november = ok(addon.call('getContest', '2026-11'));
    expect(november.podium.map((r: any) => r.partner)).toEqual(['A']);
    expect(november.leftOut[0].partner).toBe('C');
  });

  it('when the next place is tied, records the decline only and asks the manager to pick', () => {
    const { spreadsheet, addon } = workbook();
    const before = logRows(spreadsheet);
    addon.resetCounts();
    const result = ok(record(addon, '2026-10', 'Cloud Accounting', 'declined'));
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(result.rows).toEqual([{ place: 1, partner: 'Cloud Accounting', result: 'declined' }]);
    expect(result.handover).toBe('tied');
    expect(result.message).toBe(
      'Cloud Accounting declined the leads for October 2026; that is recorded. Place 2 is shared by Ural Service, Smart Office: pick the partner that takes the leads and record it with "Record winner".',
    );
    expect(logRows(spreadsheet)).toHaveLength(before.length + 1);
    expect(logRows(spreadsheet).at(-1)!.slice(1, 6)).toEqual([1, 'Cloud Accounting', 0.4, 2, 'declined']);
  });

  it('says so in Russian, writing Russian words to a Russian log', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    const tied = ok(record(addon, '2026-10', 'Облачная бухгалтерия', 'declined'));
    expect(tied.message).toBe(
      'Отказ партнёра «Облачная бухгалтерия» от лидов за октябрь 2026 записан. Место 2 делят «Урал Сервис», «Умный офис»: выберите, кто получит лиды, и запишите его кнопкой «Записать победителя».',
    );
    const passed = ok(record(addon, '2026-10', 'Урал Сервис', 'declined'));
    expect(passed.message).toBe(
      'Отказ партнёра «Урал Сервис» от лидов за октябрь 2026 записан. Лиды переходят к месту 2: партнёр «Умный офис» записан победителем и получает лиды на ноябрь 2026.',
    );
    expect(logRows(spreadsheet, 'ru').map((r) => [r[2], r[5]])).toEqual([
      ['Северный ИТ', 'победитель'],
      ['Облачная бухгалтерия', 'отказался'],
      ['Урал Сервис', 'отказался'],
      ['Умный офис', 'победитель'],
    ]);
  });

  it('a tied partner declining passes the leads to the other one', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'declined'));
    const result = ok(record(addon, '2026-10', 'Ural Service', 'declined'));
    expect(result.rows).toEqual([
      { place: 2, partner: 'Ural Service', result: 'declined' },
      { place: 2, partner: 'Smart Office', result: 'winner' },
    ]);
    expect(logRows(spreadsheet).slice(-2).map((r) => r[5])).toEqual(['declined', 'winner']);
  });

  it('passes the leads beyond the podium when the podium declines, and says when nobody is left', () => {
    const { spreadsheet, addon } = fourPartners();
    ok(record(addon, '2026-10', 'A', 'declined')); // → C winner
    // Start again: C's win removed, then C and B decline too
    setLog(spreadsheet, [[midnight('2026-10-01'), 1, 'A', 0.5, 1, 'declined', 'm@example.com', new Date()]]);
    expect(ok(record(addon, '2026-10', 'C', 'declined')).rows.map((r: any) => r.partner)).toEqual(['C', 'B']);
    setLog(spreadsheet, [
      [midnight('2026-10-01'), 1, 'A', 0.5, 1, 'declined', 'm@example.com', new Date()],
      [midnight('2026-10-01'), 2, 'C', 0.2, 4, 'declined', 'm@example.com', new Date()],
    ]);
    const third = ok(record(addon, '2026-10', 'B', 'declined'));
    expect(third.rows).toEqual([
      { place: 3, partner: 'B', result: 'declined' },
      { place: 4, partner: 'D', result: 'winner' },
    ]);
    // D (place 4) was not on the podium, but the leads went there: the view shows it.
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.podium.map((r: any) => [r.place, r.partner, r.status])).toEqual([
      [1, 'A', 'declined'],
      [2, 'C', 'declined'],
      [3, 'B', 'declined'],
      [4, 'D', 'winner'],
    ]);
    // Everyone declines: the last decline is recorded alone.
    setLog(spreadsheet, logRows(spreadsheet).slice(0, 3));
    const last = ok(record(addon, '2026-10', 'D', 'declined'));
    expect(last.rows).toEqual([{ place: 4, partner: 'D', result: 'declined' }]);
    expect(last.handover).toBe('none');
    expect(last.message).toBe('D declined the leads for October 2026; that is recorded. No other ranked partner is left to take the leads.');
    expect(ok(addon.call('getContest', '2026-10')).note).toBe('Every ranked partner has declined the leads for October 2026.');
  });
});

describe('recordContestResult refuses, writing nothing', () => {
  it('a partner that is not at the best place still open', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Ural Service', 'winner'))).toBe(
      'Ural Service is in place 2; the leads go first to place 1: Cloud Accounting. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Smart Office', 'declined'))).toBe(
      'Smart Office is in place 2; the leads go first to place 1: Cloud Accounting. Nothing was written.',
    );
    const ru = workbook('ru_RU');
    expect(refusesWritingNothing(ru.spreadsheet, ru.addon, () => record(ru.addon, '2026-10', 'Урал Сервис', 'winner'), 'ru')).toBe(
      'Партнёр «Урал Сервис» на месте 2; лиды сначала предлагаются месту 1: «Облачная бухгалтерия». Ничего не записано.',
    );
  });

  it('a partner that already declined', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'declined'));
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'))).toBe(
      'Cloud Accounting has already declined the leads for October 2026. Nothing was written.',
    );
  });

  it('the partner that receives the month\'s leads, one with no growth, and one not in the contest', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'North IT', 'winner'))).toBe(
      'North IT is not ranked for October 2026: it receives the leads during October 2026 as the winner for September 2026, so it does not take part. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Volga Soft', 'winner'))).toBe(
      'Volga Soft is not ranked for October 2026: it has no invoice for September 2026, so it has no growth to rank. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Nobody Ltd', 'winner'))).toBe(
      'Nobody Ltd is not ranked in the contest for October 2026. Nothing was written.',
    );
  });

  it('a month with no invoices, and a month where nobody can be ranked', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-12', 'Cloud Accounting', 'winner'))).toBe(
      'There are no invoices for December 2026: there is nothing to rank.',
    );
    // Only the leads receiver and a newcomer invoiced in both months: nobody to rank.
    setInvoices(spreadsheet, [
      ['North IT', midnight('2026-09-01'), 100, 0],
      ['North IT', midnight('2026-10-01'), 200, 0],
      ['Newcomer', midnight('2026-10-01'), 500, 0],
    ]);
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Newcomer', 'winner'))).toBe(
      'Nobody can be ranked for October 2026: no partner taking part has an invoice for both September 2026 and October 2026.',
    );
    expect(refused(addon.call('getContest', '2026-10'))).toMatch(/^Nobody can be ranked for October 2026/);
  });

  it('when the document lock is not obtained', () => {
    const { spreadsheet, addon } = workbook();
    const release = addon.holdLock('document');
    try {
      expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'))).toBe(
        'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.',
      );
    } finally {
      release();
    }
    // the same request goes through once the lock is free
    ok(record(addon, '2026-10', 'Cloud Accounting', 'winner'));
  });

  it('a request that is not well formed', () => {
    const { spreadsheet, addon } = workbook();
    const good = { month: '2026-10', partner: 'Cloud Accounting', action: 'winner', requestId: 'x' };
    const cases: [unknown, RegExp][] = [
      [{ ...good, requestId: '' }, /no valid id/],
      [{ ...good, requestId: 'x'.repeat(101) }, /no valid id/],
      [{ ...good, action: 'won' }, /Unknown action/],
      [{ ...good, partner: '  ' }, /Pick a partner/],
      [{ ...good, month: '2026-10-01' }, /is not a month/],
      [null, /no valid id/],
    ];
    for (const [request, message] of cases) expect(refusesWritingNothing(spreadsheet, addon, () => addon.call('recordContestResult', request))).toMatch(message);
  });

  it('an invoice cell it cannot read in the months compared (but not an old month\'s typo)', () => {
    const { spreadsheet, addon } = workbook();
    const invoices = sheet(spreadsheet, INVOICES, 'en');
    invoices.getRange(11, 1, 1, 4).setValues([['Old Partner', midnight('2026-05-01'), 'n/a', 'many']]);
    ok(addon.call('getContest', '2026-10')); // May does not matter to October
    invoices.getRange(3, 3).setValue('lots'); // Cloud Accounting's October amount
    const message = refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'));
    expect(message).toBe('The "Invoices" sheet, row 3, column Amount: "lots" is not a number. Correct the cell; nothing was written.');
    invoices.getRange(3, 3).setValue(-5);
    expect(refused(addon.call('getContest', '2026-10'))).toBe(
      'The "Invoices" sheet, row 3, column Amount: -5 is negative, but an amount cannot be. Correct the cell; nothing was written.',
    );
    const ru = workbook('ru_RU');
    sheet(ru.spreadsheet, INVOICES, 'ru').getRange(3, 3).setValue('много'); // «Облачная бухгалтерия», October
    expect(refused(ru.addon.call('getContest', '2026-10'))).toBe('Лист «Счета», строка 3, столбец «Сумма»: «много» — не число. Исправьте ячейку; ничего не записано.');
  });

  it('when the log lacks a column it writes', () => {
    const { spreadsheet, addon } = workbook();
    sheet(spreadsheet, CONTEST_LOG, 'en').getRange(1, 7).setValue('Notes');
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'winner'))).toBe(
      'The "Contest log" sheet has no "Recorded by" column. Insert a column headed "Recorded by" right after the "Result" column (a newly inserted template has it), then try again. Nothing was written.',
    );
  });
});

describe('request ids', () => {
  it('a repeated request id writes nothing and returns the first result', () => {
    const { spreadsheet, addon } = workbook();
    const first = ok(record(addon, '2026-10', 'Cloud Accounting', 'declined', 'same-id'));
    const after = logOf(spreadsheet);
    addon.resetCounts();
    expect(record(addon, '2026-10', 'Cloud Accounting', 'declined', 'same-id')).toEqual(first);
    expect(writes(addon)).toEqual({});
    expect(logOf(spreadsheet)).toEqual(after);
    // even when the request is otherwise different (a retried call carries the id of the first)
    expect(record(addon, '2026-10', 'Ural Service', 'winner', 'same-id')).toEqual(first);
    expect(logOf(spreadsheet)).toEqual(after);
    // a new id is a new request
    ok(record(addon, '2026-10', 'Ural Service', 'winner', 'other-id'));
    expect(logOf(spreadsheet)).toHaveLength(after.length + 1);
  });

  it('concurrent calls with one id write once; with different ids only one winner is recorded', async () => {
    const { spreadsheet, addon } = workbook();
    addon.interleave({ probability: 1, seed: 7 });
    const request = { month: '2026-10', partner: 'Cloud Accounting', action: 'winner', requestId: 'double-click' };
    const same = await addon.callConcurrently(Array.from({ length: 5 }, () => ({ name: 'recordContestResult', args: [request] })));
    expect(same.every((s) => s.ok && s.value.ok === true)).toBe(true);
    expect(logRows(spreadsheet).filter((r) => r[5] === 'winner' && r[2] === 'Cloud Accounting')).toHaveLength(1);

    // Different ids (two managers, or two dialogs): executions overlapping at random service calls.
    for (const seed of [1, 2, 3]) {
      const other = workbook();
      other.addon.interleave({ probability: 0.05, seed }); // rare enough that executions get far before another cuts in
      const many = await other.addon.callConcurrently(
        Array.from({ length: 20 }, (_, i) => ({ name: 'recordContestResult', args: [{ ...request, requestId: `click-${seed}-${i}` }] })),
      );
      expect(other.addon.interleaved).toBeGreaterThan(0);
      expect(many.filter((s) => s.ok && s.value.ok === true)).toHaveLength(1);
      expect(many.filter((s) => s.ok && s.value.ok === false).map((s: any) => s.value.message)).toEqual(
        Array(19).fill(expect.stringMatching(/^A winner for October 2026 is already recorded: Cloud Accounting/)),
      );
      expect(logRows(other.spreadsheet).filter((r) => r[5] === 'winner' && (r[0] as Date).getTime() === midnight('2026-10-01').getTime())).toHaveLength(1);
    }
  });
});

describe('months and the leads receiver', () => {
  it('compares January with December across the year end, leaving out December\'s winner', () => {
    const { spreadsheet, addon } = workbook();
    setInvoices(spreadsheet, [
      ['Alpha', midnight('2026-12-31'), 1000, 0],
      ['Beta', midnight('2026-12-05'), 400, 0],
      ['Beta', midnight('2026-12-20'), 600, 0], // Beta's December: 400 + 600 = 1000
      ['Gamma', midnight('2026-12-01'), 1000, 0],
      ['Alpha', midnight('2027-01-01'), 1300, 1], // +30%
      ['Beta', midnight('2027-01-31'), 1200, 2], // +20%
      ['Gamma', midnight('2027-01-15'), 2000, 0], // +100%, but Gamma won December
      ['Alpha', midnight('2026-11-01'), 500, 0], // November: not compared
    ]);
    setLog(spreadsheet, [[midnight('2026-12-01'), 1, 'Gamma', 0.5, 0, 'winner', 'm@example.com', new Date()]]);
    expect(addon.call('getContestMonths').months.map((m: any) => m.month)).toEqual(['2027-01', '2026-12', '2026-11']);
    const view = ok(addon.call('getContest', '2027-01'));
    expect(view).toMatchObject({ label: 'January 2027', previousLabel: 'December 2026' });
    expect(view.podium.map((r: any) => [r.place, r.partner, r.growthText])).toEqual([
      [1, 'Alpha', '+30.0%'],
      [2, 'Beta', '+20.0%'],
    ]);
    expect(view.leftOut).toEqual([{ partner: 'Gamma', reason: 'receives the leads during January 2027 as the winner for December 2026, so it does not take part' }]);
    ok(record(addon, '2027-01', 'Alpha', 'winner'));
    expect(logRows(spreadsheet).at(-1)![0]).toEqual(midnight('2027-01-01'));
    // December compared with November: Alpha 500 → 1000 = +100%; Beta and Gamma had no November invoice.
    expect(ok(addon.call('getContest', '2026-12')).podium.map((r: any) => [r.partner, r.growthText])).toEqual([['Alpha', '+100.0%']]);
  });

  it('when last month\'s winner declined, leaves out the partner that took the leads instead', () => {
    const { spreadsheet, addon } = workbook();
    setLog(spreadsheet, [
      [midnight('2026-09-01'), 1, 'North IT', 0.5, 0, 'declined', 'm@example.com', new Date()],
      [midnight('2026-09-01'), 2, 'Cloud Accounting', 0.2, 1, 'winner', 'm@example.com', new Date()],
    ]);
    const view = ok(addon.call('getContest', '2026-10'));
    // North IT (+100%) is back; Cloud Accounting receives October's leads.
    expect(view.podium.map((r: any) => [placeText(r.place, r.tied), r.partner, r.growthText])).toEqual([
      ['1', 'North IT', '+100.0%'],
      ['2 =', 'Ural Service', '+10.0%'],
      ['2 =', 'Smart Office', '+10.0%'],
    ]);
    expect(view.leftOut.map((l: any) => l.partner)).toEqual(['Cloud Accounting', 'Volga Soft']);
  });

  it('reads the log\'s words in either language and ignores notes', () => {
    const { spreadsheet, addon } = workbook();
    setLog(spreadsheet, [
      [midnight('2026-09-01'), 1, 'North IT', 0.5, 0, 'Победитель', 'm@example.com', new Date()],
      [midnight('2026-10-01'), '', 'Cloud Accounting', '', '', 'called them, waiting', '', ''],
    ]);
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.leftOut[0].partner).toBe('North IT');
    expect(view.winner).toBeNull();
  });

  it('sums a partner\'s rows of a month exactly, so equal growths still tie', () => {
    const { spreadsheet, addon } = workbook();
    setLog(spreadsheet, []);
    setInvoices(spreadsheet, [
      ['P', midnight('2026-09-01'), 100.1, 0],
      ['P', midnight('2026-09-20'), 200.2, 0], // 100.1 + 200.2 = 300.3 exactly (as floats: 300.29999999999995)
      ['Q', midnight('2026-09-01'), 100.1, 0],
      ['P', midnight('2026-10-01'), 330.33, 1],
      ['Q', midnight('2026-10-01'), 110.11, 1],
      ['p', midnight('2026-10-09'), 0, 1], // the same partner, spelled otherwise: 2 subscriptions in all
      ['Q', midnight('2026-10-09'), 0, 1],
    ]);
    // P: 330.33 / 300.30 − 1 = 10%; Q: 110.11 / 100.10 − 1 = 10%; 2 subscriptions each → tie
    expect(ok(addon.call('getContest', '2026-10')).podium.map((r: any) => [placeText(r.place, r.tied), r.partner, r.subscriptions])).toEqual([
      ['1 =', 'P', 2],
      ['1 =', 'Q', 2],
    ]);
  });
});

describe('text from the request and the sheets', () => {
  it('writes names that look like formulas as text', () => {
    const { spreadsheet, addon } = workbook();
    setLog(spreadsheet, []);
    setInvoices(spreadsheet, [
      ["'=HYPERLINK(\"x\")", midnight('2026-09-01'), 100, 0],
      ["'+Plus Partners", midnight('2026-09-01'), 100, 0],
      ["'=HYPERLINK(\"x\")", midnight('2026-10-01'), 300, 0],
      ["'+Plus Partners", midnight('2026-10-01'), 200, 0],
    ]);
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.podium.map((r: any) => r.partner)).toEqual(['=HYPERLINK("x")', '+Plus Partners']);
    ok(record(addon, '2026-10', '=HYPERLINK("x")', 'declined'));
    const log = sheet(spreadsheet, CONTEST_LOG, 'en');
    expect(log.getRange(2, 3, 2, 1).getValues()).toEqual([['=HYPERLINK("x")'], ['+Plus Partners']]);
    expect(log.getRange(2, 3, 2, 1).getFormulas()).toEqual([[''], ['']]);
  });
});

describe('the dialog\'s words', () => {
  it('has every word in both languages and marks ties the same way in both', () => {
    expect(Object.keys(TEXT.ru).sort()).toEqual(Object.keys(TEXT.en).sort());
    expect(placeText(2, true)).toBe('2 =');
    expect(placeText(1, false)).toBe('1');
    expect([TEXT.en.record, TEXT.ru.record, TEXT.en.decline, TEXT.ru.decline]).toEqual(['Record winner', 'Записать победителя', 'Winner declined', 'Победитель отказался']);
  });
});
