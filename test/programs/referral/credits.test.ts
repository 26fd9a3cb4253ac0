import { describe, expect, it } from 'vitest';
import { referralCredit, referralSchedule } from '../../../src/programs/referral/rules/credits';

describe('referralCredit', () => {
  it("is the referred contract capped at the referrer's own, once installed", () => {
    expect(referralCredit(1000, 400, true)).toBe(400);
    expect(referralCredit(1000, 1000, true)).toBe(1000);
    expect(referralCredit(1000, 3000, true)).toBe(1000);
    expect(referralCredit(1000, 3000, false)).toBe(0);
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
});
