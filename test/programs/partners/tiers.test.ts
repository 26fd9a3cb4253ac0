import { enRu } from '../../helpers/textMatchers';
import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil } from '../../../src/kernel/values/dates';
import { TIERS_PROGRAM } from '../../../src/programs/partners/rules/seed';
import {
  type Standing,
  dealExpiry,
  parseBenefit,
  parseMarketing,
  parseTier,
  partnerTier,
  tierBenefit,
  tierGap,
} from '../../../src/programs/partners/rules/tiers';

const P = TIERS_PROGRAM;
const day = (y: number, m: number, d: number) => dayFromCivil(y, m, d);
const iso = (n: number) => {
  const c = civilFromDay(n);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};

const nothing: Standing = { sales: 0, marketing: 'none', salesTraining: false, monthlyReporting: false, dedicatedStaff: false };
const standing = (over: Partial<Standing>): Standing => ({ ...nothing, ...over });
const tierOf = (over: Partial<Standing>) => partnerTier(standing(over), P).name.en;
const gapOf = (over: Partial<Standing>) => tierGap(standing(over), P);

describe('the tier table (SPEC §5)', () => {
  it('lists the five tiers lowest first, with English and Russian names', () => {
    expect(TIERS_PROGRAM.tiers.map((t) => t.name)).toEqual([
      enRu('White', 'Белый'),
      enRu('Bronze', 'Бронзовый'),
      enRu('Silver', 'Серебряный'),
      enRu('Gold', 'Золотой'),
      enRu('Trusted', 'Доверенный'),
    ]);
  });
});

describe('parseTier', () => {
  it('reads English and Russian names, any case, ё or е, with "status"', () => {
    expect(parseTier('Silver', P).key).toBe('silver');
    expect(parseTier('  gold ', P).key).toBe('gold');
    expect(parseTier('БРОНЗОВЫЙ', P).key).toBe('bronze');
    expect(parseTier('Белый статус', P).key).toBe('white');
    expect(parseTier('Доверенный партнёр', P).key).toBe('trusted');
    expect(parseTier('доверенный партнер', P).key).toBe('trusted');
    expect(parseTier('Trusted Partner', P).key).toBe('trusted');
  });
  it('names the accepted tiers for an unknown one', () => {
    expect(() => parseTier('Platinum', P)).toThrow('is not a partner tier; use White, Bronze, Silver, Gold, Trusted');
  });
});

describe('parseMarketing', () => {
  it('reads the words in both languages', () => {
    expect(parseMarketing('none', P)).toBe('none');
    expect(parseMarketing('Нет', P)).toBe('none');
    expect(parseMarketing('quarterly', P)).toBe('quarterly');
    expect(parseMarketing('Ежеквартально', P)).toBe('quarterly');
    expect(parseMarketing('MONTHLY', P)).toBe('monthly');
    expect(parseMarketing('ежемесячно', P)).toBe('monthly');
  });
  it('reads a count of activities in 12 months: 12 or more is monthly, 4 or more quarterly', () => {
    expect(parseMarketing('0', P)).toBe('none');
    expect(parseMarketing('3', P)).toBe('none'); // just below 4
    expect(parseMarketing('4', P)).toBe('quarterly'); // exactly 4
    expect(parseMarketing('11', P)).toBe('quarterly'); // just below 12
    expect(parseMarketing('12', P)).toBe('monthly'); // exactly 12
    expect(parseMarketing('40', P)).toBe('monthly');
  });
  it('refuses other words and counts, listing the accepted words', () => {
    for (const bad of ['weekly', 'раз в год', '-1', '4.5']) {
      expect(() => parseMarketing(bad, P)).toThrow('use none, quarterly, monthly or the number of marketing activities');
    }
  });
});

describe('partnerTier: each threshold at and just below its value', () => {
  it('is White for any authorised partner', () => {
    expect(tierOf({})).toBe('White');
    expect(tierOf({ sales: 149_999.99 })).toBe('White'); // just below 150,000
  });
  it('is Bronze from 150,000 of sales', () => {
    expect(tierOf({ sales: 150_000 })).toBe('Bronze');
    // Silver's conditions other than sales do not matter below 500,000
    expect(tierOf({ sales: 499_999.99, marketing: 'monthly', salesTraining: true })).toBe('Bronze');
  });
  it('is Silver from 500,000 with quarterly marketing and sales training', () => {
    const silver = { sales: 500_000, marketing: 'quarterly' as const, salesTraining: true };
    expect(tierOf(silver)).toBe('Silver');
    expect(tierOf({ ...silver, marketing: 'monthly' })).toBe('Silver'); // monthly is at least quarterly
    expect(tierOf({ ...silver, marketing: 'none' })).toBe('Bronze');
    expect(tierOf({ ...silver, salesTraining: false })).toBe('Bronze');
    expect(tierOf({ ...silver, marketing: parseMarketing('4', P) })).toBe('Silver');
    expect(tierOf({ ...silver, marketing: parseMarketing('3', P) })).toBe('Bronze');
  });
  it('is Gold from 5,000,000 with quarterly marketing, training and monthly reporting', () => {
    const gold = { sales: 5_000_000, marketing: 'quarterly' as const, salesTraining: true, monthlyReporting: true };
    expect(tierOf(gold)).toBe('Gold');
    expect(tierOf({ ...gold, sales: 4_999_999.99 })).toBe('Silver');
    expect(tierOf({ ...gold, monthlyReporting: false })).toBe('Silver');
    expect(tierOf({ ...gold, salesTraining: false })).toBe('Bronze');
  });
  it('is Trusted from 30,000,000 with monthly marketing, training and dedicated staff', () => {
    const trusted = { sales: 30_000_000, marketing: 'monthly' as const, salesTraining: true, monthlyReporting: true, dedicatedStaff: true };
    expect(tierOf(trusted)).toBe('Trusted');
    expect(tierOf({ ...trusted, sales: 29_999_999.99 })).toBe('Gold');
    expect(tierOf({ ...trusted, marketing: 'quarterly' })).toBe('Gold');
    expect(tierOf({ ...trusted, marketing: parseMarketing('12', P) })).toBe('Trusted');
    expect(tierOf({ ...trusted, marketing: parseMarketing('11', P) })).toBe('Gold');
    expect(tierOf({ ...trusted, dedicatedStaff: false })).toBe('Gold');
    // Trusted's conditions do not include monthly reporting: the highest tier whose conditions all hold
    expect(tierOf({ ...trusted, monthlyReporting: false })).toBe('Trusted');
  });
  it('gives Silver for the SPEC example PARTNER_TIER(620000, TRUE, "quarterly", FALSE, FALSE)', () => {
    expect(tierOf({ sales: 620_000, salesTraining: true, marketing: 'quarterly' })).toBe('Silver');
  });
});

describe('tierGap', () => {
  it('gives the SPEC example: the next tier, then each missing condition in the table order', () => {
    // Bronze (380,000 ≥ 150,000); Silver needs 500,000 − 380,000 = 120,000 more, marketing, training
    expect(gapOf({ sales: 380_000 })).toEqual(
      enRu('Silver: sales +120,000; quarterly marketing; sales training', 'Серебряный: продажи +120 000; ежеквартальный маркетинг; обучение продажам'),
    );
  });
  it('names only what is missing', () => {
    expect(gapOf({})?.en).toBe('Bronze: sales +150,000');
    expect(gapOf({ sales: 600_000, salesTraining: true })?.en).toBe('Silver: quarterly marketing');
    expect(gapOf({ sales: 600_000, marketing: 'quarterly' })?.en).toBe('Silver: sales training');
    // Silver with all but reporting at 5,000,000: Gold lacks only the reporting
    expect(gapOf({ sales: 5_000_000, marketing: 'quarterly', salesTraining: true })?.en).toBe('Gold: monthly deal reporting');
  });
  it('shows the shortfall to the cent, never as +0', () => {
    // 150,000 − 149,999.5 = 0.5
    expect(gapOf({ sales: 149_999.5 })).toEqual(enRu('Bronze: sales +0.5', 'Бронзовый: продажи +0,5'));
    // 150,000 − 149,999.999 = 0.001, shown rounded up to a cent
    expect(gapOf({ sales: 149_999.999 })?.en).toBe('Bronze: sales +0.01');
  });
  it("lists Trusted's conditions for a Gold partner", () => {
    // 30,000,000 − 5,000,000 = 25,000,000
    const gold = { sales: 5_000_000, marketing: 'quarterly' as const, salesTraining: true, monthlyReporting: true };
    expect(gapOf(gold)).toEqual(
      enRu(
        'Trusted: sales +25,000,000; monthly marketing; dedicated sales, presales and support staff',
        'Доверенный: продажи +25 000 000; ежемесячный маркетинг; выделенные сотрудники по продажам, пресейлу и поддержке',
      ),
    );
  });
  it('is nothing at the top tier', () => {
    expect(gapOf({ sales: 31_000_000, marketing: 'monthly', salesTraining: true, dedicatedStaff: true })).toBeUndefined();
  });
});

describe('tierBenefit', () => {
  it('reads every cell of the SPEC table', () => {
    const table = ['White', 'Bronze', 'Silver', 'Gold', 'Trusted'].map((name) => {
      const tier = parseTier(name, P);
      return ['discount', 'registration_months', 'extensions', 'leads_per_month', 'nfr_months'].map((b) => tierBenefit(tier, parseBenefit(b, P)));
    });
    const individual = enRu('individual', 'индивидуальная');
    const statusTerm = enRu('status term', 'срок статуса');
    expect(table).toEqual([
      [0.1, 3, 0, 0, 0],
      [0.2, 3, 1, 1, 0],
      [0.3, 6, 1, 2, 6],
      [0.4, 9, 0, 3, 9],
      [individual, 12, 0, 10, statusTerm],
    ]);
  });
  it('reads the benefit names with spaces or in Russian', () => {
    expect(parseBenefit('Registration months', P)).toBe('registration_months');
    expect(parseBenefit('скидка', P)).toBe('discount');
    expect(parseBenefit('NFR', P)).toBe('nfr_months');
    // SPEC §5: the plain words, in English and Russian
    expect(() => parseBenefit('cashback', P)).toThrow('use discount, registration months, extensions, leads per month, NFR months');
  });
});

describe('dealExpiry: EDATE(registered, term × (1 + extensions))', () => {
  it('gives the SPEC example: 15.03.2026, Silver, 1 extension → 15.03.2027', () => {
    // Silver: 6 months × (1 + 1) = 12 months
    expect(iso(dealExpiry(day(2026, 3, 15), parseTier('Silver', P), 1))).toBe('2027-03-15');
  });
  it('ends at the month end when the month is shorter', () => {
    // 31 January + 3 months: there is no 31 April → 30 April
    expect(iso(dealExpiry(day(2026, 1, 31), parseTier('White', P)))).toBe('2026-04-30');
    // 30 November 2027 + 3 months → 29 February 2028 (leap year)
    expect(iso(dealExpiry(day(2027, 11, 30), parseTier('Bronze', P)))).toBe('2028-02-29');
    // 29 February 2028 + 12 months (Trusted) → 28 February 2029
    expect(iso(dealExpiry(day(2028, 2, 29), parseTier('Trusted', P)))).toBe('2029-02-28');
    // 29 February 2028 + 3 months → 29 May 2028
    expect(iso(dealExpiry(day(2028, 2, 29), parseTier('White', P)))).toBe('2028-05-29');
  });
  it('counts the extensions in one step from the registration date', () => {
    // Bronze with 1 extension: 30 November 2026 + 6 months = 30 May 2027
    // (in two steps it would be 28 February, then 28 May)
    expect(iso(dealExpiry(day(2026, 11, 30), parseTier('Bronze', P), 1))).toBe('2027-05-30');
    // Gold: 9 months, no extension: 31 May 2026 + 9 → 28 February 2027
    expect(iso(dealExpiry(day(2026, 5, 31), parseTier('Gold', P)))).toBe('2027-02-28');
  });
});
