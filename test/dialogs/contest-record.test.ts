/**
 * recordContestResult (SPEC §8, §9.3): recording a winner, a winner who declined (the next place
 * takes the leads), and text written to the log. Set-up and the template's sample worked out by
 * hand: test/helpers/contestDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { CONTEST_LOG } from '../../src/programs/growth/template';
import { ok } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { id, logRows, record, refusesWritingNothing, setInvoices, setLog, sheet, workbook, writes } from '../helpers/contestDialog';

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
        expect(message).toBe(
          `A winner for October 2026 is already recorded: Cloud Accounting (place 1, recorded by manager@example.com on ${today}). Nothing was written.`,
        );
      }
    }
  });

  it("writes the result word in the log sheet's language", () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    const result = ok(record(addon, '2026-10', 'Облачная бухгалтерия', 'winner'));
    expect(result.message).toBe('Победитель за октябрь 2026 записан: «Облачная бухгалтерия» (место 1). Лиды на ноябрь 2026 получает этот партнёр.');
    const last = logRows(spreadsheet, 'ru').at(-1)!;
    expect(last.slice(1, 6)).toEqual([1, 'Облачная бухгалтерия', 0.4, 2, 'победитель']);
  });

  it("writes the result word in the language the log sheet was inserted in, not the user's; the message in the user's", () => {
    const ru = workbook('ru_RU'); // «Журнал конкурса»
    const toRu = ok(
      ru.addon.callAs({ locale: 'en' }, 'recordContestResult', { month: '2026-10', partner: 'Облачная бухгалтерия', action: 'winner', requestId: id() }),
    );
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

  it("records one of the tied partners once the place above is settled (a decline), on that partner's row", () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'declined'));
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.podium.map((r: any) => [r.partner, r.status, r.eligible])).toEqual([
      ['Cloud Accounting', 'declined', false],
      ['Ural Service', 'open', true],
      ['Smart Office', 'open', true],
    ]);
    expect(view.note).toBe(
      'Place 2 is shared by Ural Service, Smart Office (equal growth and subscriptions): pick the partner that takes the leads for November 2026.',
    );
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
    expect(
      logRows(spreadsheet)
        .slice(-2)
        .map((r) => r[5]),
    ).toEqual(['declined', 'winner']);
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

describe('text from the request and the sheets', () => {
  it('writes names that look like formulas as text', () => {
    const { spreadsheet, addon } = workbook();
    setLog(spreadsheet, []);
    setInvoices(spreadsheet, [
      ['\'=HYPERLINK("x")', midnight('2026-09-01'), 100, 0],
      ["'+Plus Partners", midnight('2026-09-01'), 100, 0],
      ['\'=HYPERLINK("x")', midnight('2026-10-01'), 300, 0],
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
