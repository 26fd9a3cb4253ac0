import { enRu } from '../../helpers/textMatchers';
import { describe, expect, it } from 'vitest';
import { ANACONDA_PROGRAM, NO_CAP, type ReferralProgram } from '../../../src/programs/referral/rules/seed';
import { REFERRAL_RULES } from '../../../src/programs/referral/rules/table';
import { REFERRAL_WHAT_IF, type Referral } from '../../../src/programs/referral/rules/whatIf';

/* What if… for referral credits (SPEC §13): expected values worked out by hand from the template's sample referrals. */

const row = (referrer: string, referred: string, own: number, referredContract: number, installed = true, newCustomer = true): Referral => ({
  referrer,
  referred,
  own,
  referredContract,
  installed,
  newCustomer,
});

const SAMPLES = [
  row('Optima Accounting', 'Kappa Payroll', 1000, 1000),
  row('Optima Accounting', 'Lambda Retail', 1000, 400),
  row('Optima Accounting', 'Mu Shipping', 1000, 2500, false),
  row('Optima Accounting', 'Nu Hotels', 1000, 3000),
  row('Xi Clinics', 'Omicron Labs', 2400, 1800),
  row('Xi Clinics', 'Pi Dental', 2400, 2600, false),
  row('Xi Clinics', 'Rho Pharmacy', 2400, 900, true, false),
];

const HALF_NO_CAP: ReferralProgram = { creditShare: 0.5, cap: NO_CAP };
const compare = (data: Referral[], after: ReferralProgram, lang: 'en' | 'ru' = 'en') => REFERRAL_WHAT_IF.compare(data, ANACONDA_PROGRAM, after, lang, 0);

describe('What if… for referral credits', () => {
  it('is the referral rules table, named as the menu names the program', () => {
    expect(REFERRAL_WHAT_IF.table).toBe(REFERRAL_RULES);
    expect(REFERRAL_WHAT_IF.label).toEqual(enRu('Referral credits', 'Реферальные скидки'));
  });

  it('50% with no cap: the changed referrals, the total of the credits and the credits per referrer', () => {
    // Seed: 1,000 + 400 + 0 + 1,000 (3,000 capped) + 1,800 + 0 + 0 (already a customer) = 4,200.
    // 50%, no cap: 500 + 200 + 0 + 1,500 + 900 + 0 + 0 = 3,100.
    const result = compare(SAMPLES, HALF_NO_CAP);
    expect(result.rows).toBe(7);
    expect(result.changed).toEqual([
      { name: 'Optima Accounting — Kappa Payroll', before: '1,000', after: '500' },
      { name: 'Optima Accounting — Lambda Retail', before: '400', after: '200' },
      { name: 'Optima Accounting — Nu Hotels', before: '1,000', after: '1,500' },
      { name: 'Xi Clinics — Omicron Labs', before: '1,800', after: '900' },
    ]);
    expect(result.totals).toEqual([{ label: enRu('Total credits', 'Всего скидок'), before: '4,200', after: '3,100' }]);
    expect(result.chart.title.en).toBe('Credits per referrer');
    expect(result.chart.buckets).toEqual([
      { label: 'Optima Accounting', before: 2400, after: 2200 },
      { label: 'Xi Clinics', before: 1800, after: 900 },
    ]);
  });

  it('shows amounts as a Russian sheet does', () => {
    const result = compare(SAMPLES, HALF_NO_CAP, 'ru');
    expect(result.totals[0]).toMatchObject({ before: '4 200', after: '3 100' });
    expect(result.changed[2]).toEqual({ name: 'Optima Accounting — Nu Hotels', before: '1 000', after: '1 500' });
    expect(result.chart.title.ru).toBe('Скидки по рекомендателям');
  });

  it('a fixed cap above every own contract changes only the referral above its own; the same rules change nothing', () => {
    // A cap of 5,000 instead of the own contract: only Nu Hotels (3,000) is above its referrer's own (1,000).
    const result = compare(SAMPLES, { creditShare: 1, cap: { kind: 'amount', amount: 5000 } });
    expect(result.changed).toEqual([{ name: 'Optima Accounting — Nu Hotels', before: '1,000', after: '3,000' }]);
    expect(result.totals[0]).toMatchObject({ before: '4,200', after: '6,200' });
    expect(compare(SAMPLES, ANACONDA_PROGRAM).changed).toEqual([]);
  });

  it('groups a referrer written in another case, names a referral by what it has of its referrer and referred company, and adds as Sheets does', () => {
    const data = [row('Acme', 'Beta', 1000, 1), row('ACME', '', 1000, 2), row('', 'Gamma', 1000, 4)];
    // 10%, no cap: 0.1 + 0.2 + 0.4 = 0.7 (not 0.7000000000000001); the seed: 1 + 2 + 4 = 7.
    const result = compare(data, { creditShare: 0.1, cap: NO_CAP });
    expect(result.totals[0]).toMatchObject({ before: '7', after: '0.7' });
    expect(result.changed.map((c) => c.name)).toEqual(['Acme — Beta', 'ACME', 'Gamma']);
    expect(result.chart.buckets).toEqual([
      { label: 'Acme', before: 3, after: 0.3 },
      { label: '(no referrer)', before: 4, after: 0.4 },
    ]);
  });
});
