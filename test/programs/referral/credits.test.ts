import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/kernel/errors';
import { AppliedTooMany, creditRule, referralCredit, referralSchedule } from '../../../src/programs/referral/rules/credits';
import { ANACONDA_PROGRAM, NO_CAP, type ReferralProgram } from '../../../src/programs/referral/rules/seed';

const SEED = ANACONDA_PROGRAM;
const HALF_NO_CAP: ReferralProgram = { creditShare: 0.5, cap: NO_CAP };

describe('referralCredit, the seed 002 rule', () => {
  it("is the referred contract capped at the referrer's own, once installed", () => {
    expect(referralCredit(SEED, 1000, 400, true)).toBe(400);
    expect(referralCredit(SEED, 1000, 1000, true)).toBe(1000);
    expect(referralCredit(SEED, 1000, 3000, true)).toBe(1000);
    expect(referralCredit(SEED, 1000, 3000, false)).toBe(0);
  });

  it('is 0 when the referred company already was a customer; a new customer by default', () => {
    expect(referralCredit(SEED, 1000, 400, true, false)).toBe(0);
    expect(referralCredit(SEED, 1000, 400, true, true)).toBe(400);
    expect(referralCredit(SEED, 1000, 400, false, true)).toBe(0);
  });
});

describe('referralCredit under a vendor rule (SPEC §12.4)', () => {
  it('50% with no cap: half of the referred contract, even above the own contract', () => {
    expect(referralCredit(HALF_NO_CAP, 1000, 3000, true)).toBe(1500);
    expect(referralCredit(HALF_NO_CAP, 1000, 400, true)).toBe(200);
    expect(referralCredit(HALF_NO_CAP, 1000, 2500, false)).toBe(0);
    expect(referralCredit(HALF_NO_CAP, 1000, 3000, true, false)).toBe(0);
  });

  it('a share capped at the own contract, and a fixed cap whatever the own contract', () => {
    const halfOwn: ReferralProgram = { creditShare: 0.5, cap: { kind: 'own' } };
    expect(referralCredit(halfOwn, 1000, 3000, true)).toBe(1000); // 1,500 capped at 1,000
    expect(referralCredit(halfOwn, 1000, 1200, true)).toBe(600);
    const upTo800: ReferralProgram = { creditShare: 1, cap: { kind: 'amount', amount: 800 } };
    expect(referralCredit(upTo800, 1000, 3000, true)).toBe(800);
    expect(referralCredit(upTo800, 500, 3000, true)).toBe(800);
    expect(referralCredit(upTo800, 1000, 600, true)).toBe(600);
  });

  it('reads the product as Sheets does, to 15 digits: 10% of 3 is 0.3', () => {
    expect(referralCredit({ creditShare: 0.1, cap: NO_CAP }, 1000, 3, true)).toBe(0.3);
    expect(referralCredit({ creditShare: 0, cap: NO_CAP }, 1000, 3000, true)).toBe(0);
  });
});

describe('creditRule, the rule a call runs over every row', () => {
  it('gives what referralCredit gives, for the seed and for a vendor rule', () => {
    const seed = creditRule(SEED);
    // A table read from a sheet is a new object with the seed's values: it runs the same rule.
    expect(creditRule({ creditShare: 1, cap: { kind: 'own' } })).toBe(seed);
    expect(seed(1000, 3000, true, true)).toBe(1000);
    expect(seed(1000, 400, true, true)).toBe(400);
    expect(seed(1000, 400, false, true)).toBe(0);
    expect(seed(1000, 400, true, false)).toBe(0);
    const half = creditRule(HALF_NO_CAP);
    expect(half).not.toBe(seed);
    expect(half(1000, 3000, true, true)).toBe(1500);
    expect(half(1000, 3000, true, false)).toBe(0);
    expect(creditRule({ creditShare: 1, cap: { kind: 'amount', amount: 800 } })(500, 3000, true, true)).toBe(800);
  });
});

describe('referralSchedule', () => {
  it('applies the SPEC §6 example: credits 1000, 400, 1000 on a 1000 contract', () => {
    expect(referralSchedule(1000, [1000, 400, 1000])).toEqual([
      { contract: 1, discount: 1000, toPay: 0 },
      { contract: 2, discount: 400, toPay: 600 },
      { contract: 3, discount: 1000, toPay: 0 },
    ]);
  });

  it('SPEC §6 with applied 1: starts with credit 2 and numbers the contracts from 2', () => {
    expect(referralSchedule(1000, [1000, 400, 1000], undefined, 1)).toEqual([
      { contract: 2, discount: 400, toPay: 600 },
      { contract: 3, discount: 1000, toPay: 0 },
    ]);
    // With every credit used, the next contract is paid in full.
    expect(referralSchedule(1000, [1000, 400, 1000], undefined, 3)).toEqual([{ contract: 4, discount: 0, toPay: 1000 }]);
    expect(referralSchedule(1000, [1000, 400, 1000], 3, 1)).toEqual([
      { contract: 2, discount: 400, toPay: 600 },
      { contract: 3, discount: 1000, toPay: 0 },
      { contract: 4, discount: 0, toPay: 1000 },
    ]);
  });

  it('refuses more applied credits than there are', () => {
    expect(() => referralSchedule(1000, [1000, 400, 1000], undefined, 4)).toThrow(AppliedTooMany);
    expect(() => referralSchedule(1000, [], undefined, 1)).toThrow("is more than the 0 contracts the referrer's credits pay for");
  });

  it('shows at least one contract, and pays in full once credits run out', () => {
    expect(referralSchedule(800, [])).toEqual([{ contract: 1, discount: 0, toPay: 800 }]);
    expect(referralSchedule(800, [300], 3)).toEqual([
      { contract: 1, discount: 300, toPay: 500 },
      { contract: 2, discount: 0, toPay: 800 },
      { contract: 3, discount: 0, toPay: 800 },
    ]);
  });

  it('shows fewer contracts than credits when asked, in referral order', () => {
    expect(referralSchedule(1000, [200, 300, 400], 2)).toEqual([
      { contract: 1, discount: 200, toPay: 800 },
      { contract: 2, discount: 300, toPay: 700 },
    ]);
  });

  it('never discounts more than the contract: a larger credit pays it in full, and the rest goes to the next one before the next credit', () => {
    // 50%, no cap, own 1,000: referrals 1,000, 400, 2,500 (not installed), 3,000 give credits 500, 200, 1,500.
    // Contract 1: 500; 2: 200; 3: 1,000 of the 1,500; 4: the 500 left of it.
    const credits = [500, 200, 1500];
    expect(referralSchedule(1000, credits)).toEqual([
      { contract: 1, discount: 500, toPay: 500 },
      { contract: 2, discount: 200, toPay: 800 },
      { contract: 3, discount: 1000, toPay: 0 },
      { contract: 4, discount: 500, toPay: 500 },
    ]);
    // Three contracts already paid: what is left is the last 500.
    expect(referralSchedule(1000, credits, undefined, 3)).toEqual([{ contract: 4, discount: 500, toPay: 500 }]);
    // A credit of 2,500 on a 1,000 contract, then one of 300: 1,000, 1,000, 500 (alone), then 300.
    expect(referralSchedule(1000, [2500, 300])).toEqual([
      { contract: 1, discount: 1000, toPay: 0 },
      { contract: 2, discount: 1000, toPay: 0 },
      { contract: 3, discount: 500, toPay: 500 },
      { contract: 4, discount: 300, toPay: 700 },
    ]);
    // Decimal amounts are left as Sheets reads them: 2,500.10 − 1,000 − 1,000 = 500.10.
    expect(referralSchedule(1000, [2500.1]).map((c) => c.discount)).toEqual([1000, 1000, 500.1]);
  });

  it('refuses to spill more than 1,000 contracts unless asked for fewer; a contract of 0 takes no discount', () => {
    expect(() => referralSchedule(1, [5000])).toThrow(InputError);
    expect(() => referralSchedule(1, [5000])).toThrow('the credits pay for more than 1000 contracts');
    expect(referralSchedule(1, [5000], 2)).toEqual([
      { contract: 1, discount: 1, toPay: 0 },
      { contract: 2, discount: 1, toPay: 0 },
    ]);
    expect(referralSchedule(0, [500])).toEqual([{ contract: 1, discount: 0, toPay: 0 }]);
  });

  it('shows one contract per credit however many there are (the seed never spreads a credit)', () => {
    const schedule = referralSchedule(1000, new Array(1500).fill(100));
    expect(schedule).toHaveLength(1500);
    expect(schedule[1499]).toEqual({ contract: 1500, discount: 100, toPay: 900 });
    // 1,500 credits of 2,000 on a 1,000 contract would take 3,000 rows: more than one per credit.
    expect(() => referralSchedule(1000, new Array(1500).fill(2000))).toThrow('the credits pay for more than 1500 contracts');
  });
});
