/**
 * recordContestResult (SPEC §8, §9.3): recording a winner, a winner who declined (the next place
 * takes the leads), and text written to the log; each action ONE appended row. Set-up and the
 * template's sample worked out by hand: test/helpers/contestDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { CONTEST_LOG } from '../../src/programs/growth/template';
import { ok } from '../helpers/dialogs';
import { midnight } from '../helpers/days';
import { id, logRow, logRows, record, refusesWritingNothing, setInvoices, setLog, sheet, workbook, writes } from '../helpers/contestDialog';

describe('recordContestResult: record winner', () => {
  it('appends the winner to the log as ONE row in ONE write: month as a date, place, partner, growth, subscriptions, result, leads to, from, user, time', () => {
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
      row: { place: 1, partner: 'Cloud Accounting', result: 'winner', leadsTo: 'Cloud Accounting', from: '2026-11-01', cancels: null },
      handover: null,
      message: 'Cloud Accounting is recorded as the winner for October 2026 (place 1): it receives the leads during November 2026.',
    });
    // one batched write and nothing else
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    const rows = logRows(spreadsheet);
    expect(rows.slice(0, before.length)).toEqual(before);
    expect(rows).toHaveLength(before.length + 1);
    const [month, place, partner, growth, subscriptions, word, leadsTo, from, cancels, user, at, requestId] = rows[before.length];
    expect(month).toEqual(midnight('2026-10-01')); // the 1st of October, local midnight in Moscow
    expect([place, partner, growth, subscriptions, word, leadsTo, cancels, user, requestId]).toEqual([
      1,
      'Cloud Accounting',
      0.4,
      2,
      'winner',
      'Cloud Accounting',
      '',
      'manager@example.com',
      'req-1',
    ]);
    expect(from).toEqual(midnight('2026-11-01')); // it receives the leads from the 1st of November
    expect(at).toBeInstanceOf(Date);
    expect((at as Date).getTime()).toBeGreaterThanOrEqual(start - 1000);
    expect((at as Date).getTime()).toBeLessThanOrEqual(end + 1000);
  });

  it('then shows the winner, and refuses another winner for the month naming it, and a decline by any other partner', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'winner'));
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.winner).toMatchObject({ partner: 'Cloud Accounting', place: 1, user: 'manager@example.com', since: '2026-11-01' });
    expect(view.winner.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(view.podium.map((r: any) => [r.partner, r.status, r.eligible])).toEqual([
      ['Cloud Accounting', 'winner', false],
      ['Ural Service', 'open', false],
      ['Smart Office', 'open', false],
    ]);
    expect(view.note).toBe('The winner for October 2026 is recorded: Cloud Accounting. It receives the leads during November 2026.');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
    for (const partner of ['Cloud Accounting', 'Ural Service']) {
      const message = refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', partner, 'winner'));
      expect(message).toBe(
        `A winner for October 2026 is already recorded: Cloud Accounting (place 1, recorded by manager@example.com on ${today}). Nothing was written.`,
      );
    }
    // Only the partner receiving the leads can decline them now, from a day of November.
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Ural Service', 'declined'))).toBe(
      'Ural Service does not receive the leads for November 2026: Cloud Accounting does. Nothing was written.',
    );
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'Cloud Accounting', 'declined'))).toBe(
      'Pick the day from which the leads pass on. Nothing was written.',
    );
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
    expect(result.row).toMatchObject({ place: 2, partner: 'Smart Office', result: 'winner', leadsTo: 'Smart Office', from: '2026-11-01' });
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(logRows(spreadsheet).at(-1)!.slice(1, 8)).toEqual([2, 'Smart Office', 0.1, 3, 'winner', 'Smart Office', midnight('2026-11-01')]);
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

  it('records the decline as ONE row naming the next place, which takes the leads', () => {
    const { spreadsheet, addon } = fourPartners();
    expect(ok(addon.call('getContest', '2026-10')).podium.map((r: any) => [r.place, r.partner, r.growthText])).toEqual([
      [1, 'A', '+50.0%'],
      [2, 'C', '+20.0%'],
      [3, 'B', '+20.0%'],
    ]);
    addon.resetCounts();
    const result = ok(record(addon, '2026-10', 'A', 'declined'));
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(result.row).toEqual({ place: 1, partner: 'A', result: 'declined', leadsTo: 'C', from: '2026-11-01', cancels: null });
    expect(result.handover).toBe('winner');
    expect(result.message).toBe(
      'A declined the leads for October 2026; that is recorded. The leads pass to place 2: C is recorded as the winner and receives the leads during November 2026.',
    );
    const rows = logRows(spreadsheet);
    expect(rows.map((r) => r.slice(0, 8))).toEqual([[midnight('2026-10-01'), 1, 'A', 0.5, 1, 'declined', 'C', midnight('2026-11-01')]]);
    expect(rows[0][9]).toBe('manager@example.com');
    expect(ok(addon.call('getContest', '2026-10')).podium.map((r: any) => [r.partner, r.status])).toEqual([
      ['A', 'declined'],
      ['C', 'winner'],
      ['B', 'open'],
    ]);
    // The month is settled: nobody else can be recorded.
    expect(refusesWritingNothing(spreadsheet, addon, () => record(addon, '2026-10', 'B', 'winner'))).toMatch(
      /^The leads for November 2026 already go to C \(since 2026-11-01, recorded by manager@example\.com on \d{4}-\d{2}-\d{2}\)\. Nothing was written\.$/,
    );
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
    expect(result.row).toEqual({ place: 1, partner: 'Cloud Accounting', result: 'declined', leadsTo: '', from: '2026-11-01', cancels: null });
    expect(result.handover).toBe('tied');
    expect(result.message).toBe(
      'Cloud Accounting declined the leads for October 2026; that is recorded. Place 2 is shared by Ural Service, Smart Office: pick the partner that takes the leads and record it with "Record winner".',
    );
    expect(logRows(spreadsheet)).toHaveLength(before.length + 1);
    expect(logRows(spreadsheet).at(-1)!.slice(1, 7)).toEqual([1, 'Cloud Accounting', 0.4, 2, 'declined', '']);
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
    expect(logRows(spreadsheet, 'ru').map((r) => [r[2], r[5], r[6]])).toEqual([
      ['Северный ИТ', 'победитель', 'Северный ИТ'],
      ['Облачная бухгалтерия', 'отказался', ''],
      ['Урал Сервис', 'отказался', 'Умный офис'],
    ]);
  });

  it('a tied partner declining passes the leads to the other one', () => {
    const { spreadsheet, addon } = workbook();
    ok(record(addon, '2026-10', 'Cloud Accounting', 'declined'));
    const result = ok(record(addon, '2026-10', 'Ural Service', 'declined'));
    expect(result.row).toEqual({ place: 2, partner: 'Ural Service', result: 'declined', leadsTo: 'Smart Office', from: '2026-11-01', cancels: null });
    expect(
      logRows(spreadsheet)
        .slice(-2)
        .map((r) => [r[2], r[5], r[6]]),
    ).toEqual([
      ['Cloud Accounting', 'declined', ''],
      ['Ural Service', 'declined', 'Smart Office'],
    ]);
  });

  it('passes the leads beyond the podium when the podium declines, and says when nobody is left', () => {
    const { spreadsheet, addon } = fourPartners();
    ok(record(addon, '2026-10', 'A', 'declined')); // → C takes the leads
    // Start again with A's decline typed by hand (nobody named to take the leads), then C and B decline too
    setLog(spreadsheet, [logRow(midnight('2026-10-01'), 1, 'A', 'declined')]);
    expect(ok(record(addon, '2026-10', 'C', 'declined')).row).toMatchObject({ partner: 'C', leadsTo: 'B' });
    setLog(spreadsheet, [logRow(midnight('2026-10-01'), 1, 'A', 'declined'), logRow(midnight('2026-10-01'), 2, 'C', 'declined')]);
    const third = ok(record(addon, '2026-10', 'B', 'declined'));
    expect(third.row).toEqual({ place: 3, partner: 'B', result: 'declined', leadsTo: 'D', from: '2026-11-01', cancels: null });
    // D (place 4) was not on the podium, but the leads went there: the view shows it.
    const view = ok(addon.call('getContest', '2026-10'));
    expect(view.podium.map((r: any) => [r.place, r.partner, r.status])).toEqual([
      [1, 'A', 'declined'],
      [2, 'C', 'declined'],
      [3, 'B', 'declined'],
      [4, 'D', 'winner'],
    ]);
    // Everyone declines: D holds the leads, so its decline is dated; nobody is left to take them.
    const last = ok(addon.call('recordContestResult', { month: '2026-10', partner: 'D', action: 'declined', from: '2026-11-01', requestId: id() }));
    expect(last.row).toEqual({ place: 4, partner: 'D', result: 'declined', leadsTo: '', from: '2026-11-01', cancels: null });
    expect(last.handover).toBe('none');
    expect(last.message).toBe('D declined the leads for November 2026 from 2026-11-01; that is recorded. No other ranked partner is left to take the leads.');
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
    // One row: the partner that declined, and the one that takes the leads (Leads to)
    expect([log.getRange('C2').getValue(), log.getRange('G2').getValue()]).toEqual(['=HYPERLINK("x")', '+Plus Partners']);
    expect(
      log
        .getRange('A2:L2')
        .getFormulas()[0]
        .every((f) => f === ''),
    ).toBe(true);
  });
});
