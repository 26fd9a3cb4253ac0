import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoRecalculate, cellInfo, recalculate, sheetCells } from '../../dev/formulas';
import { createSpreadsheet, hostServices, loadAddon } from '../../dev/memory';

const FIXTURE = join(__dirname, 'fixtures/Code.js');

function contestSheet(locale = 'en_US') {
  const ss = createSpreadsheet({ locale, sheets: ['Contest'] });
  const sheet = ss.getSheetByName('Contest')!;
  sheet.getRange('A1:D6').setValues([
    ['Partner', 'Previous', 'Current', 'Subscriptions'],
    ['Alpha', 300.3, 330.33, 2],
    ['Beta', 100.1, 110.11, 1],
    ['Gamma', 200, 250, 0],
    ['Delta', '', 500, 3],
    ['Epsilon', 1000, 900, 5],
  ]);
  return { ss, sheet };
}

describe('recalculate with the add-on functions (dist/Code.js)', () => {
  it('computes per-row columns, ranks and the podium from open-ended ranges', () => {
    const { ss, sheet } = contestSheet();
    sheet.getRange('E2').setFormula('=GROWTH_PCT(B2:B, C2:C)');
    sheet.getRange('F2').setFormula('=GROWTH_RANK(A2:A, B2:B, C2:C, D2:D)');
    sheet.getRange('H2').setFormula('=CONTEST_TOP(A2:A, B2:B, C2:C, D2:D)');
    const addon = loadAddon({ spreadsheet: ss });
    const report = recalculate(ss, addon);
    expect(report).toMatchObject({ errors: 0, unevaluated: 0, converged: true });

    // Growth: Alpha (330.33 − 300.30) / 300.30 = 10%, Beta (110.11 − 100.10) / 100.10 = 10%,
    // Gamma (250 − 200) / 200 = 25%, Delta has no previous invoice (''), Epsilon (900 − 1000) / 1000 = −10%.
    const growth = sheet
      .getRange('E2:E6')
      .getValues()
      .map(([g]) => g);
    expect(growth[0]).toBeCloseTo(0.1, 12);
    expect(growth[1]).toBeCloseTo(0.1, 12);
    expect(growth.slice(2)).toEqual([0.25, '', -0.1]);
    // Places: Gamma 1; Alpha and Beta tie exactly at 10%, Alpha has more subscriptions (2 > 1): 2 and 3; Epsilon 4; Delta not ranked.
    expect(sheet.getRange('F2:F6').getValues()).toEqual([[2], [3], [1], [''], [4]]);
    // The podium spills from H2 into H2:K4: place | partner | growth | subscriptions.
    const podium = sheet.getRange('H2:K5').getValues();
    expect(podium.map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, 'Gamma', 0],
      [2, 'Alpha', 2],
      [3, 'Beta', 1],
      ['', '', ''],
    ]);
    expect(podium[0][2]).toBe(0.25);
    expect(podium[1][2]).toBeCloseTo(0.1, 12);
    expect(cellInfo(ss, 'Contest', 3, 9)).toMatchObject({ value: 'Alpha', formula: '', spilledFrom: 'H2' });
    expect(cellInfo(ss, 'Contest', 2, 8)).toMatchObject({ value: 1, formula: '=CONTEST_TOP(A2:A, B2:B, C2:C, D2:D)', status: 'ok' });
  });

  it('passes literals: an excluded partner and a number of places', () => {
    const { ss, sheet } = contestSheet();
    sheet.getRange('H2').setFormula('=CONTEST_TOP(A2:A, B2:B, C2:C, D2:D, "Gamma", 2)');
    recalculate(ss, loadAddon({ spreadsheet: ss }));
    // Without Gamma: Alpha 1, Beta 2 (the tie at 10% broken by subscriptions), 2 places shown.
    expect(sheet.getRange('H2:I4').getValues()).toEqual([
      [1, 'Alpha'],
      [2, 'Beta'],
      ['', ''],
    ]);
  });

  it('computes the level formulas per row, in the spreadsheet language', () => {
    const ss = createSpreadsheet({ locale: 'ru_RU', sheets: ['Levels'] });
    const sheet = ss.getSheetByName('Levels')!;
    sheet.getRange('A1:E4').setValues([
      ['Level', 'Reviews', 'Plan met', 'Certified', 'Event'],
      ['SaaS', 0.8, true, 3, 'hosted'],
      ['Retail', 0.9, true, 5, 'participated'],
      ['Competency', 0.6, false, 2, ''],
    ]);
    sheet.getRange('F2').setFormula('=LEVEL_DISCOUNT(A2:A, B2:B, C2:C, D2:D, E2:E)');
    sheet.getRange('G2').setFormula('=LEVEL_CHECK(A2:A, D2:D, B2:B, TRUE, TRUE)');
    recalculate(ss, loadAddon({ spreadsheet: ss }));
    // SaaS 25 + reviews 5 + plan 5 + certified 2.5 + hosted 2.5 = 40%; Retail 10 + plan 10 + participated 1 = 21%;
    // Competency 20 (reviews 60% not above 75%, plan not met, 2 certified not above 2, no event).
    const discounts = sheet
      .getRange('F2:F4')
      .getValues()
      .map(([d]) => d as number);
    expect(discounts[0]).toBeCloseTo(0.4, 12);
    expect(discounts[1]).toBeCloseTo(0.21, 12);
    expect(discounts[2]).toBeCloseTo(0.2, 12);
    // Every requirement met (marketing and announcement given as TRUE): "ok" in Russian.
    expect(sheet.getRange('G2:G4').getValues()).toEqual([['выполнено'], ['выполнено'], ['выполнено']]);
  });

  it('reads date cells for LEAD_SLA with a report-date cell', () => {
    const ss = createSpreadsheet({ timeZone: 'UTC', sheets: ['Leads'] });
    const sheet = ss.getSheetByName('Leads')!;
    const d = (iso: string) => new Date(iso);
    sheet.getRange('A1:D3').setValues([
      ['Received', 'First contact', 'Follow-up 3d', 'Follow-up 14d'],
      [d('2026-01-10T10:00Z'), d('2026-01-10T10:30Z'), d('2026-01-12T09:00Z'), d('2026-01-19T09:00Z')],
      [d('2026-01-10T10:00Z'), d('2026-01-10T11:30Z'), '', ''],
    ]);
    sheet.getRange('H1').setValue(d('2026-01-20T00:00Z'));
    sheet.getRange('E2').setFormula('=LEAD_SLA(A2:A, B2:B, C2:C, D2:D, $H$1)');
    recalculate(ss, loadAddon({ spreadsheet: ss }));
    // Row 2: contact 30 min after receipt (≤ 1 h), follow-ups on 12 Jan (≤ 13 Jan 10:00) and 19 Jan (≤ 24 Jan 10:00),
    // all before the report date: ok.
    // Row 3: contact after 1 h 30 min: late; the 3-day follow-up was due 13 Jan 10:00, before the report date: overdue;
    // the 14-day one is due 24 Jan, after it.
    expect(sheet.getRange('E2:E3').getValues()).toEqual([['ok'], ['late: first contact; overdue: follow-up 3d']]);
  });

  it('orders formulas by what they read, across sheets, calling each function once', () => {
    const ss = createSpreadsheet({ sheets: ['Summary', 'Refs'] });
    const refs = ss.getSheetByName('Refs')!;
    refs.getRange('A1:C5').setValues([
      ['Own contract', 'Referred contract', 'Installed'],
      [1000, 1000, true],
      [1000, 400, true],
      [1000, 2500, false],
      [1000, 3000, true],
    ]);
    refs.getRange('D2').setFormula('=REFERRAL_CREDIT(A2:A, B2:B, C2:C)');
    // Summary comes first in sheet order but reads the credits Refs!D2 spills.
    const summary = ss.getSheetByName('Summary')!;
    summary.getRange('A1').setFormula('=REFERRAL_SCHEDULE(Refs!A2, Refs!D2:D)');
    summary.getRange('A5').setFormula("=REFERRAL_SCHEDULE('Refs'!A2, Refs!B2:B5, Refs!C2:C5)");
    const addon = loadAddon({ spreadsheet: ss });
    const report = recalculate(ss, addon);
    // Credits: min(1000, 1000) = 1000, min(1000, 400) = 400, not installed 0, min(1000, 3000) = 1000.
    expect(refs.getRange('D2:D5').getValues()).toEqual([[1000], [400], [0], [1000]]);
    // Schedule (SPEC §6): contract 1 gets 1000 (pays 0), contract 2 gets 400 (pays 600), contract 3 gets 1000 (pays 0).
    const schedule = [
      [1, 1000, 0],
      [2, 400, 600],
      [3, 1000, 0],
    ];
    expect(summary.getRange('A1:C3').getValues()).toEqual(schedule);
    expect(summary.getRange('A5:C7').getValues()).toEqual(schedule);
    // One call per formula: the credits were computed before the schedule read them; the second pass only confirms.
    expect(report).toMatchObject({ calls: 3, passes: 2, converged: true });
    // Nothing changed: no function is called again (Sheets caches custom functions by their arguments).
    expect(recalculate(ss, addon)).toMatchObject({ calls: 0, passes: 1 });
    // A changed input recomputes what depends on it.
    refs.getRange('C4').setValue(true);
    expect(recalculate(ss, addon).calls).toBe(3);
    expect(summary.getRange('A1:C4').getValues()).toEqual([...schedule.slice(0, 2), [3, 1000, 0], [4, 1000, 0]]);
  });

  it('refuses a spill over data with #REF!, and spills again once the cell is cleared', () => {
    const { ss, sheet } = contestSheet();
    sheet.getRange('H2').setFormula('=CONTEST_TOP(A2:A, B2:B, C2:C, D2:D)');
    sheet.getRange('I3').setValue('in the way');
    const addon = loadAddon({ spreadsheet: ss });
    expect(recalculate(ss, addon).errors).toBe(1);
    expect(cellInfo(ss, 'Contest', 2, 8)).toMatchObject({
      value: '#REF!',
      status: 'error',
      error: 'Array result was not expanded because it would overwrite data in I3.',
    });
    expect(sheet.getRange('H3').getValue()).toBe('');
    sheet.getRange('I3').clearContent();
    recalculate(ss, addon);
    expect(sheet.getRange('H2:I4').getValues()).toEqual([
      [1, 'Gamma'],
      [2, 'Alpha'],
      [3, 'Beta'],
    ]);
  });

  it('shrinks a spill when the result gets smaller', () => {
    const { ss, sheet } = contestSheet();
    sheet.getRange('H2').setFormula('=CONTEST_TOP(A2:A, B2:B, C2:C, D2:D)');
    const addon = loadAddon({ spreadsheet: ss });
    recalculate(ss, addon);
    expect(sheet.getRange('H4').getValue()).toBe(3);
    // Without previous invoices for Beta and Gamma only Alpha and Epsilon are ranked.
    sheet.getRange('B3:B4').setValues([[''], ['']]);
    recalculate(ss, addon);
    expect(sheet.getRange('H2:I4').getValues()).toEqual([
      [1, 'Alpha'],
      [2, 'Epsilon'],
      ['', ''],
    ]);
  });

  it('shows an error cell with its message, and errors in what a formula reads', () => {
    const ss = createSpreadsheet({ sheets: ['S'] });
    const sheet = ss.getSheetByName('S')!;
    sheet.getRange('A1').setFormula('=LEVEL_DISCOUNT("Gold")');
    sheet.getRange('B1').setFormula('=GROWTH_PCT(A1, 2)');
    sheet.getRange('C1').setFormula('=GROWTH_PCT(C1, 2)');
    sheet.getRange('D1').setFormula('=SUM(A1:A3)');
    sheet.getRange('E1').setFormula('=LEVEL_CHECK(A1');
    sheet.getRange('F1').setFormula('=GROWTH_PCT(Nowhere!A1, 2)');
    const report = recalculate(ss, loadAddon({ spreadsheet: ss }));
    const [a, b, c, d, e, f] = sheetCells(ss, 'S')[0];
    expect(a).toMatchObject({ value: '#ERROR!', status: 'error' });
    expect(a.error).toMatch(/^LEVEL_DISCOUNT: level: "Gold"/);
    expect(b).toMatchObject({ value: '#ERROR!', status: 'error' });
    expect(b.error).toMatch(/^Error in referenced cell A1: LEVEL_DISCOUNT/);
    expect(c).toMatchObject({ value: '#REF!', error: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.' });
    // SUM over a range holding an error shows that error, as Sheets does.
    expect(d).toMatchObject({ value: '#ERROR!', status: 'error' });
    expect(d.error).toMatch(/^Error in referenced cell A1: LEVEL_DISCOUNT/);
    expect(e).toMatchObject({ value: '#ERROR!', status: 'error', error: 'Formula parse error.' });
    expect(f).toMatchObject({ value: '#REF!', error: "Unresolved sheet name 'Nowhere'." });
    expect(report).toMatchObject({ errors: 6, unevaluated: 0, converged: true, passes: 2 });
    // Range.getValues shows the codes, as Sheets does.
    expect(sheet.getRange('A1:F1').getValues()).toEqual([['#ERROR!', '#ERROR!', '#REF!', '#ERROR!', '#ERROR!', '#REF!']]);
  });

  it('recalculates on read after a change when attached', () => {
    const { ss, sheet } = contestSheet();
    sheet.getRange('E2').setFormula('=GROWTH_PCT(B2:B, C2:C)');
    const addon = loadAddon({ spreadsheet: ss });
    const detach = autoRecalculate(addon);
    expect(sheet.getRange('E4').getValue()).toBe(0.25);
    // Gamma's current invoice 250 → 300: (300 − 200) / 200 = 0.5.
    sheet.getRange('C4').setValue(300);
    expect(sheet.getRange('E4').getValue()).toBe(0.5);
    expect(sheet.getRange('E4').getDisplayValue()).toBe('0.5');
    // The add-on's own reads see computed values too, and its counts exclude the evaluation's calls.
    addon.resetCounts();
    expect(addon.runExecution(({ SpreadsheetApp }) => SpreadsheetApp.getActive().getRange('Contest!E4').getValue())).toBe(0.5);
    expect(addon.counts()).toEqual({ 'Range.getValue': 1, 'Spreadsheet.getRange': 1, 'SpreadsheetApp.getActive': 1 });
    detach();
    sheet.getRange('C4').setValue(250);
    expect(sheet.getRange('E4').getValue()).toBe(0.5);
  });
});

describe('recalculate with a fixture bundle', () => {
  const setup = () => {
    const ss = createSpreadsheet({ sheets: ['S'] });
    return { ss, sheet: ss.getSheetByName('S')!, addon: loadAddon({ spreadsheet: ss, codePath: FIXTURE }) };
  };

  it('passes a single cell as a value, a range as a 2D array, and literals as they are', () => {
    const { ss, sheet, addon } = setup();
    sheet.getRange('A1:B3').setValues([
      [1, 2],
      [3, 4],
      [5, ''],
    ]);
    sheet.getRange('J1').setFormula('=TYPES(A1, A1:B2, A2:A, 5, "x", TRUE, )');
    recalculate(ss, addon);
    // A2:A runs to the sheet's last row with content (3): 2 rows.
    expect(sheet.getRange('J1').getValue()).toBe('number:1; array 2x2; array 2x1; number:5; string:x; boolean:true; string:');
  });

  it('follows spills it reads, even of cells that are not formula cells', () => {
    const { ss, sheet, addon } = setup();
    // A1 reads D2, which only BLOCK's spill from C1 fills: [[1, 2], [3, 4]] puts 4 in D2.
    sheet.getRange('A1').setFormula('=DOUBLE(D2)');
    sheet.getRange('C1').setFormula('=BLOCK()');
    const report = recalculate(ss, addon);
    expect(sheet.getRange('A1').getValue()).toBe(8);
    expect(sheet.getRange('C1:D2').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(report.converged).toBe(true);
    expect(report.errors).toBe(0);
  });

  it('does not let a custom function write, and flags non-finite results', () => {
    const { ss, sheet, addon } = setup();
    sheet.getRange('A1').setFormula('=WRITE_IT()');
    sheet.getRange('A2').setFormula('=BROKEN()');
    recalculate(ss, addon);
    expect(cellInfo(ss, 'S', 1, 1)).toMatchObject({ value: '#ERROR!', error: 'You do not have permission to call setValue' });
    expect(cellInfo(ss, 'S', 2, 1)).toMatchObject({ value: '#NUM!', error: 'The function returned NaN.' });
    expect(sheet.getRange('Z1').getValue()).toBe('');
  });

  it('finds a formula reading its own spilled result circular', () => {
    const { ss, sheet, addon } = setup();
    // DOUBLE(A2:A3) returns two rows, which spill into A1:A2: it would read A2, its own result.
    sheet.getRange('A1').setFormula('=DOUBLE(A2:A3)');
    const report = recalculate(ss, addon);
    expect(cellInfo(ss, 'S', 1, 1)).toMatchObject({
      value: '#REF!',
      error: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
    });
    expect(report.converged).toBe(true);
  });

  it('refuses a spill that runs off the grid', () => {
    const { ss, sheet, addon } = setup();
    sheet.getRange('Z1').setFormula('=BLOCK()');
    recalculate(ss, addon);
    expect(cellInfo(ss, 'S', 1, 26)).toMatchObject({ value: '#REF!', error: 'Result was not automatically expanded, please insert more columns (1).' });
  });

  it('makes the calling cell the active range while its function runs, as Sheets does', () => {
    const ss = createSpreadsheet({ sheets: ['S', 'T'] });
    const addon = loadAddon({ spreadsheet: ss, codePath: FIXTURE });
    ss.getSheetByName('T')!.getRange('C3').setFormula('=WHERE_AM_I()');
    recalculate(ss, addon);
    // S is the active sheet, but inside the function the calling cell's sheet T is.
    expect(ss.getSheetByName('T')!.getRange('C3:F3').getValues()).toEqual([['C3', '=WHERE_AM_I()', 'T', 'C3']]);
    // A call that no cell makes (a script run by hand, a test) has no active range.
    expect(addon.call('WHERE_AM_I')).toBe('no active range');
  });

  it('leaves the host handle counts alone', () => {
    const { ss, sheet, addon } = setup();
    sheet.getRange('A1').setFormula('=BLOCK()');
    const host = hostServices(ss);
    host.resetCounts();
    recalculate(ss, addon);
    expect(host.counts()).toEqual({});
    expect(addon.counts()).toEqual({});
  });
});
