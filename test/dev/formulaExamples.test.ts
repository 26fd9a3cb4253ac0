/**
 * The formulas the program templates are about to use, built-ins around the
 * add-on's own custom functions (dist/Code.js), on small sheets with results
 * worked out by hand from SPEC §6, §7 and §8.
 */
import { describe, expect, it } from 'vitest';
import { DIST, testBook } from './formulaSheet';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a referral schedule for the referrer named in B1', () => {
  const schedule =
    '=REFERRAL_SCHEDULE(VLOOKUP(B1, Referrers!A2:B, 2, FALSE), FILTER(Referrals!C2:C, Referrals!A2:A = B1), FILTER(Referrals!D2:D, Referrals!A2:A = B1))';
  const book = () =>
    testBook(
      {
        Schedule: [['Referrer', 'Acme'], [], [schedule]],
        Referrers: [
          ['Referrer', 'Own contract'],
          ['Acme', 1000],
          ['Beta', 500],
        ],
        Referrals: [
          ['Referrer', 'Client', 'Contract', 'Installed'],
          ['Acme', 'X', 1000, true],
          ['Beta', 'Y', 300, true],
          ['Acme', 'Z', 400, true],
          ['Acme', 'W', 2500, false],
          ['acme', 'V', 3000, true],
        ],
      },
      { codePath: DIST },
    );

  it("takes the referrer's own contract and its referrals (names matched without case)", () => {
    const b = book();
    b.recalc();
    // SPEC §6's example: own 1,000; referrals 1,000, 400, 2,500 (not installed), 3,000 → credits 1,000, 400, 1,000.
    expect(b.shown('Schedule!A3')).toMatchObject({
      value: [
        [1, 1000, 0],
        [2, 400, 600],
        [3, 1000, 0],
      ],
      status: 'ok',
    });
  });

  it('follows a change of referrer and a referral added below', () => {
    const b = book();
    b.recalc();
    // Beta: own 500, one installed referral of 300 → credit 300, to pay 500 − 300.
    b.put('Schedule!B1', [['Beta']]);
    b.recalc();
    expect(b.shown('Schedule!A3').value).toEqual([[1, 300, 200]]);
    b.put('Schedule!B1', [['Acme']]);
    b.put('Referrals!A7', [['Acme', 'U', 200, true]]);
    b.recalc();
    expect(b.shown('Schedule!A3').value).toEqual([
      [1, 1000, 0],
      [2, 400, 600],
      [3, 1000, 0],
      [4, 200, 800],
    ]);
  });

  it('shows #N/A for an unknown referrer, never a schedule', () => {
    const b = book();
    b.put('Schedule!B1', [['Nobody']]);
    b.recalc();
    expect(b.shown('Schedule!A3')).toMatchObject({ value: '#N/A', status: 'error', error: "Did not find value 'Nobody' in VLOOKUP evaluation." });
  });
});

describe('a contest sheet computed from the Invoices sheet', () => {
  const book = () =>
    testBook(
      {
        Contest: [
          ['Partner', 'Previous', 'Current', 'Growth', 'Previous (per row)', '', '', day('2026-10-01')],
          [
            '=UNIQUE(FILTER(Invoices!A2:A, Invoices!A2:A <> ""))',
            '=ARRAYFORMULA(IF(A2:A = "", "", SUMIFS(Invoices!C2:C, Invoices!A2:A, A2:A, Invoices!B2:B, EDATE($H$1, -1))))',
            '=ARRAYFORMULA(IF(A2:A = "", "", SUMIFS(Invoices!C2:C, Invoices!A2:A, A2:A, Invoices!B2:B, $H$1)))',
            '=GROWTH_PCT(B2:B, C2:C)',
            '=SUMIFS(Invoices!C$2:C, Invoices!A$2:A, A2, Invoices!B$2:B, EDATE($H$1, -1))',
          ],
        ],
        Invoices: [
          ['Partner', 'Month', 'Amount'],
          ['Alpha', day('2026-09-01'), 300],
          ['Beta', day('2026-09-01'), 100],
          ['Gamma', day('2026-09-01'), 200],
          ['Alpha', day('2026-10-01'), 330],
          ['Beta', day('2026-10-01'), 110],
          ['Gamma', day('2026-10-01'), 250],
          ['Beta', day('2026-08-01'), 999],
        ],
      },
      { codePath: DIST },
    );

  it('lists each partner once and sums its previous and current month', () => {
    const b = book();
    expect(b.recalc()).toMatchObject({ errors: 0, unevaluated: 0, converged: true });
    expect(b.shown('Contest!A2').value).toEqual([['Alpha'], ['Beta'], ['Gamma']]);
    // September (the month before the report month H1) and October; Beta's August invoice counts for neither.
    expect(b.shown('Contest!B2').value).toEqual([[300], [100], [200]]);
    expect(b.shown('Contest!C2').value).toEqual([[330], [110], [250]]);
    expect(b.shown('Contest!E2').value).toBe(300);
    // Growth (SPEC §8): (330 − 300) / 300 = 10%, (110 − 100) / 100 = 10%, (250 − 200) / 200 = 25%.
    const growth = b.shown('Contest!D2').value as number[][];
    expect(growth[0][0]).toBeCloseTo(0.1, 12);
    expect(growth[1][0]).toBeCloseTo(0.1, 12);
    expect(growth[2][0]).toBe(0.25);
  });

  it('follows a change of report month and a partner added to Invoices', () => {
    const b = book();
    b.recalc();
    b.put('Contest!H1', [[day('2026-11-01')]]);
    b.put('Invoices!A9', [['Delta', day('2026-10-01'), 500]]);
    b.recalc();
    expect(b.shown('Contest!A2').value).toEqual([['Alpha'], ['Beta'], ['Gamma'], ['Delta']]);
    // October is now the previous month; November has no invoice yet: 0 each, so −100%.
    expect(b.shown('Contest!B2').value).toEqual([[330], [110], [250], [500]]);
    expect(b.shown('Contest!C2').value).toEqual([[0], [0], [0], [0]]);
    expect(b.shown('Contest!D2').value).toEqual([[-1], [-1], [-1], [-1]]);
  });
});

describe('custom functions guarded by IF and IFERROR', () => {
  it('leaves empty rows empty without calling LEVEL_DISCOUNT', () => {
    const row = (r: number) => `=IF(A${r} = "", "", LEVEL_DISCOUNT(A${r}, B${r}, C${r}, D${r}, E${r}))`;
    const b = testBook(
      {
        Levels: [
          ['Level', 'Reviews', 'Plan met', 'Certified', 'Event', 'Discount'],
          ['SaaS', 0.8, true, 3, 'hosted', row(2)],
          ['', '', '', '', '', row(3)],
          ['Competency', 0.6, false, 2, '', row(4)],
        ],
      },
      { codePath: DIST },
    );
    // Two calls: row 3 has no level.
    expect(b.recalc().calls).toBe(2);
    // SaaS 25% + reviews 5 + plan 5 + certified 2.5 + hosted 2.5 = 40%; row 3 ''; Competency 20%, nothing earned.
    expect(b.shown('F2').value).toBeCloseTo(0.4, 12);
    expect(b.shown('F3').value).toBe('');
    expect(b.shown('F4').value).toBeCloseTo(0.2, 12);
  });

  it('turns GROWTH_PCT\'s error into "" and shows its column once the data is fixed', () => {
    const b = testBook(
      {
        Contest: [
          ['Previous', 'Current', '=IFERROR(GROWTH_PCT(A2:A, B2:B), "")'],
          ['n/a', 28000],
          [20000, 28000],
        ],
      },
      { codePath: DIST },
    );
    b.recalc();
    expect(b.shown('C1')).toMatchObject({ value: '', status: 'ok' });
    b.put('Contest!A2', [[25000]]);
    b.recalc();
    // (28,000 − 25,000) / 25,000 = 12%; SPEC §8's example 20,000 → 28,000 = 40%.
    const growth = b.shown('C1').value as number[][];
    expect(growth[0][0]).toBeCloseTo(0.12, 12);
    expect(growth[1][0]).toBeCloseTo(0.4, 12);
  });
});
