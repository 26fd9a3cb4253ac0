/**
 * Every custom function in an el_GR spreadsheet (SPEC §2.8, issue 15), through dist/Code.js:
 * Greek words in (tiers, marketing, events, outcomes, yes/no, activity codes, headers), Greek
 * numbers and dates in (1.250,50, 31/01/2026), Greek results and errors out. Expected values by
 * hand from SPEC and the seeds; the Greek words are the catalog's (src/kernel/lang/el.ts), as the
 * reference lists them (docs/FUNCTIONS.md, "Words in each language"):
 *
 * - Tiers (seed 001): Silver needs 500,000 of sales, quarterly marketing and sales training, and
 *   registers a deal for 6 months; Bronze needs 150,000.
 * - Levels (seed 003): SaaS 25% + reviews 5% + plan 5% + certified 2.5% + hosting 2.5% = 40% (the
 *   cap); level 2 (Competency) 20% + plan 10%… see each case.
 * - Bonus (seed 000): M_EMPLOYEES_3 gives 5 points for 3 employees within 14 days of access.
 */
import { describe, expect, it } from 'vitest';
import { column, loadBundle } from '../helpers/bundle';

const el = loadBundle({ locale: 'el_GR', timeZone: 'Europe/Athens' });
/** Midnight of a day in Athens (UTC+2 in winter, +3 in summer). */
const athens = (iso: string, offset: string) => new Date(`${iso}T00:00:00${offset}`);

describe('partner tiers and deals in Greek', () => {
  it('PARTNER_TIER reads Greek words and numbers and answers with the Greek tier', () => {
    expect(el.call('PARTNER_TIER', '620.000', 'ναι', 'τριμηνιαία', 'όχι', 'όχι')).toBe('Ασημένιος');
    expect(el.call('PARTNER_TIER', 620000, true, 'quarterly', false, false)).toBe('Ασημένιος');
    expect(el.call('PARTNER_TIER', 620000, true, 'τριμηνιαία', false, false, 'όχι')).toBe('μη εξουσιοδοτημένος');
    expect(el.error('PARTNER_TIER', 620000, true, 'εβδομαδιαία')).toBe(
      'PARTNER_TIER: marketing: «εβδομαδιαία» δεν είναι συχνότητα μάρκετινγκ· χρησιμοποιήστε καθόλου, τριμηνιαία, μηνιαία (none, quarterly, monthly) ή τον αριθμό των δράσεων μάρκετινγκ των τελευταίων 12 μηνών',
    );
  });

  it('TIER_GAP lists what is missing for the next tier, in Greek, with Greek separators', () => {
    // 380,000: Bronze; Silver needs 500,000 − 380,000 = 120,000 more, quarterly marketing, sales training.
    expect(el.call('TIER_GAP', 380000, 'όχι', 'καθόλου')).toBe('Ασημένιος: πωλήσεις +120.000· τριμηνιαίο μάρκετινγκ· εκπαίδευση στις πωλήσεις');
  });

  it('TIER_BENEFIT reads the tier and the benefit in Greek', () => {
    expect(el.call('TIER_BENEFIT', 'Ασημένιος', 'διάρκεια καταχώρισης')).toBe(6);
    expect(el.call('TIER_BENEFIT', 'μη εξουσιοδοτημένος', 'έκπτωση')).toBe(0);
    expect(el.error('TIER_BENEFIT', 'Πλατινένιος', 'έκπτωση')).toMatch(
      /^TIER_BENEFIT: tier: «Πλατινένιος» δεν είναι βαθμίδα συνεργάτη· χρησιμοποιήστε Λευκός, Χάλκινος, Ασημένιος, Χρυσός, Έμπιστος \(White, Bronze, Silver, Gold, Trusted\) ή «μη εξουσιοδοτημένος»$/,
    );
  });

  it('DEAL_EXPIRY reads a day-first date with slashes', () => {
    // 31/01/2026 + 6 months (Silver) = 31 July 2026, midnight in Athens (EEST, UTC+3).
    expect(el.call('DEAL_EXPIRY', '31/01/2026', 'Ασημένιος', 0)).toEqual(athens('2026-07-31', '+03:00'));
  });

  it('DEAL_STATUS finds Greek headers and answers with Greek statuses', () => {
    const deals = [
      ['Ημερομηνία καταχώρισης', 'Συνεργάτης', 'Βαθμίδα συνεργάτη', 'Πελάτης', 'Προϊόντα', 'Έκβαση'],
      ['01/03/2026', 'Vega', 'Ασημένιος', 'Άλφα Α.Ε.', 'DLP', ''],
      ['02/03/2026', 'Polaris', 'Χάλκινος', 'Άλφα Α.Ε.', 'DLP', ''],
      ['02/03/2026', 'Orion', 'Χάλκινος', 'Βήτα', 'DLP', 'κερδισμένη'],
    ];
    // As of 5 March: row 2 is open, in term and recently registered; row 3 is another partner's
    // registration of the same customer and product while row 2 is open; row 4 was won. The
    // header row gets the column's header.
    expect(el.call('DEAL_STATUS', deals, '05/03/2026')).toEqual([['Κατάσταση συμφωνίας'], ['ενεργή'], ['διπλή εγγραφή της γραμμής 2'], ['κερδισμένη']]);
    expect(el.error('DEAL_STATUS', [deals[0].slice(0, 3), deals[1].slice(0, 3)], '05/03/2026')).toMatch(
      /^DEAL_STATUS: deals: ένα εύρος δεν έχει τις στήλες «Πελάτης» \(ή «Customer», «Заказчик»\), «Προϊόντα»/,
    );
  });

  it('PILOT_STATUS: a pilot of 30 days started on 1 March is running on 10 March', () => {
    expect(el.call('PILOT_STATUS', '01/03/2026', 30, '', '10/03/2026')).toBe('σε εξέλιξη');
  });
});

describe('referral credits in Greek (seed 002)', () => {
  it('REFERRAL_CREDIT reads Greek amounts and yes/no', () => {
    // min(own 1,000, referred 2,500) = 1,000 when installed; nothing when not.
    expect(el.call('REFERRAL_CREDIT', '1.000 €', '2.500,00 €', 'ναι')).toBe(1000);
    expect(el.call('REFERRAL_CREDIT', '1.000 €', '2.500,00 €', 'όχι')).toBe(0);
    expect(el.error('REFERRAL_CREDIT', 1000, 2500, 'ίσως')).toMatch(/^REFERRAL_CREDIT: installed: «ίσως» δεν είναι ναι\/όχι/);
  });

  it('REFERRAL_SCHEDULE spends the credits on the next contracts', () => {
    // Seed 002: each credit discounts one of the referrer's next contracts (of 1,000): 400 off the first (600 to pay), 700 off the second (300).
    expect(el.call('REFERRAL_SCHEDULE', '1.000', column(400, 700), 'ναι')).toEqual([
      [1, 400, 600],
      [2, 700, 300],
    ]);
  });
});

describe('partner levels in Greek (seed 003)', () => {
  it('LEVEL_DISCOUNT reads the Greek events and yes/no', () => {
    // SaaS 25% + reviews 5% (80% > 75%) + plan 5% + certified 2.5% (3 > 2) + hosting 2.5% = 40%.
    expect(el.call('LEVEL_DISCOUNT', 'SaaS', '80%', 'ναι', 3, 'διοργάνωση')).toBeCloseTo(0.4, 10);
    // Competency 20% + plan 10%? no: plan not met; participation 1% + hosting 2.5% = 23.5%.
    expect(el.call('LEVEL_DISCOUNT', 2, 0, 'όχι', 0, 'συμμετοχή, διοργάνωση')).toBeCloseTo(0.235, 10);
    expect(el.error('LEVEL_DISCOUNT', 2, 0, false, 0, 'ταξίδι')).toMatch(/^LEVEL_DISCOUNT: event: «ταξίδι» /);
  });

  it('LEVEL_CHECK lists the unmet requirements in Greek', () => {
    // Competency needs 2 certified specialists: 1 of 2; reviews 60% ≥ 50%, marketing and announcement met.
    expect(el.call('LEVEL_CHECK', 'Competency', 1, 0.6, 'ναι', 'ναι')).toBe('πιστοποιημένοι ειδικοί 1 από 2');
    expect(el.call('LEVEL_CHECK', 'Competency', 2, 0.6, 'ναι', 'ναι')).toBe('ολοκληρώθηκε');
  });
});

describe('growth contest and leads in Greek (seed 004)', () => {
  it('GROWTH_PCT, GROWTH_RANK and CONTEST_TOP read Greek amounts', () => {
    expect(el.call('GROWTH_PCT', '1.000', '1.400,00')).toBeCloseTo(0.4, 10);
    const partners = column('Άλφα', 'Βήτα');
    expect(el.call('GROWTH_RANK', partners, column('1.000', '1.000'), column('1.500', '1.200'))).toEqual([[1], [2]]);
    expect(el.call('CONTEST_TOP', partners, column(1000, 1000), column(1500, 1200))[0].slice(0, 2)).toEqual([1, 'Άλφα']);
  });

  it('LEAD_SLA answers in Greek, and refuses a contact before the lead arrived in Greek', () => {
    // Received 2 March 09:00, first contact 09:30: within the first hour; follow-ups not due yet on 3 March.
    expect(el.call('LEAD_SLA', '02/03/2026 09:00', '02/03/2026 09:30', '', '', '03/03/2026')).toBe('εντός προθεσμίας');
    expect(el.error('LEAD_SLA', '02/03/2026 09:00', '01/03/2026 09:30', '', '', '03/03/2026')).toMatch(/^LEAD_SLA: first_contact: .*πριν/);
  });
});

describe('bonus points in Greek (seed 000)', () => {
  const activity = [
    ['Ημερομηνία', 'Πελάτης', 'Κωδικός', 'Τιμή'],
    ['05/03/2026', 'Άλφα', 'εργαζόμενοι', 3],
  ];

  it('BONUS_POINTS and BONUS_BALANCE read Greek activity codes and dates', () => {
    // 3 employees on 5 March, access opened on 1 March: M_EMPLOYEES_3 within 14 days, 5 points.
    expect(el.call('BONUS_POINTS', 'Άλφα', '01/03/2026', activity, '31/03/2026')).toBe(5);
    expect(el.call('BONUS_BALANCE', 'Άλφα', 5, [['Ημερομηνία', 'Πελάτης', 'Ανταμοιβή', 'Πόντοι']])).toBe(5);
    expect(el.error('BONUS_POINTS', 'Άλφα', '01/03/2026', [activity[0], ['05/03/2026', 'Άλφα', 'κάτι', 1]], '31/03/2026')).toMatch(
      /^BONUS_POINTS: activity, .*«κάτι» /,
    );
  });

  it('REWARD_COST reads the Greek reward name; REWARD_CATALOG and BONUS_DETAILS answer in Greek', () => {
    expect(el.call('REWARD_COST', 'δωροεπιταγή OZON αξίας 2.000 ρουβλίων')).toBe(60);
    expect(el.call('REWARD_COST', 'OZON_2000')).toBe(60);
    const catalog = el.call('REWARD_CATALOG') as unknown[][];
    expect(catalog.find((row) => row[0] === 'OZON_2000')).toEqual(['OZON_2000', 'δωροεπιταγή OZON αξίας 2.000 ρουβλίων', 60]);
    const ledger = [
      ['Ημερομηνία', 'Πελάτης', 'Ανταμοιβή', 'Πόντοι'],
      ['10/03/2026', 'Άλφα', 'OZON_2000', 3],
    ];
    // Earned 5, spent 3 on 10 March: the statement ends with the balance, 2.
    const details = el.call('BONUS_DETAILS', 'Άλφα', '01/03/2026', activity, '31/03/2026', ledger) as unknown[][];
    expect(details.at(-1)?.[0]).toBe('υπόλοιπο');
    expect(details.at(-1)?.at(-1)).toBe(2);
  });
});
