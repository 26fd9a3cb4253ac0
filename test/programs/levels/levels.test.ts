import { describe, expect, it } from 'vitest';
import { levelCheck, levelDiscount, parseEvent, parseLevel } from '../../../src/programs/levels/rules/levels';

const none = { reviewsShare: 0, planMet: false, certifiedStaff: 0, event: 'none' as const };

describe('parseLevel', () => {
  it('accepts the short and the full names, any case', () => {
    expect(parseLevel('SaaS').key).toBe('saas');
    expect(parseLevel(' saas partner ').key).toBe('saas');
    expect(parseLevel('CRM Competency Partner').key).toBe('competency');
    expect(parseLevel('RETAIL').key).toBe('retail');
    expect(parseLevel('ASoft Retail Partner').key).toBe('retail');
  });
  it('lists the accepted words for an unknown level', () => {
    expect(() => parseLevel('Gold')).toThrow('is not a level; use Retail, Competency, SaaS');
  });
});

describe('parseEvent', () => {
  it('reads both languages', () => {
    expect(parseEvent('hosted')).toBe('hosted');
    expect(parseEvent('Своё мероприятие')).toBe('hosted');
    expect(parseEvent('свое мероприятие')).toBe('hosted');
    expect(parseEvent('участие')).toBe('participated');
    expect(parseEvent('Participated')).toBe('participated');
  });
  it('lists the accepted words for an unknown event', () => {
    expect(() => parseEvent('webinar')).toThrow('participated or hosted');
  });
});

describe('levelDiscount', () => {
  it('is the base discount without bonuses', () => {
    expect(levelDiscount(parseLevel('Retail'), none)).toBe(0.1);
    expect(levelDiscount(parseLevel('Competency'), none)).toBe(0.2);
    expect(levelDiscount(parseLevel('SaaS'), none)).toBe(0.25);
  });
  it('applies the SPEC §7 examples', () => {
    // SaaS 25% + reviews 5% + plan 5% + certified 2.5% + hosted 2.5% = 40%
    expect(levelDiscount(parseLevel('SaaS'), { reviewsShare: 0.8, planMet: true, certifiedStaff: 3, event: 'hosted' })).toBe(0.4);
    // Retail 10% + plan 10% + participated 1% = 21% (Retail has no reviews or certification bonus)
    expect(levelDiscount(parseLevel('Retail'), { reviewsShare: 0.9, planMet: true, certifiedStaff: 5, event: 'participated' })).toBe(0.21);
  });
  it('needs more than 75% reviews and more than 2 specialists', () => {
    const competency = parseLevel('Competency');
    expect(levelDiscount(competency, { ...none, reviewsShare: 0.75 })).toBe(0.2);
    expect(levelDiscount(competency, { ...none, reviewsShare: 0.7501 })).toBe(0.25);
    expect(levelDiscount(competency, { ...none, certifiedStaff: 2 })).toBe(0.2);
    expect(levelDiscount(competency, { ...none, certifiedStaff: 3 })).toBe(0.225);
  });
  it('caps the total at 40%', () => {
    // Competency 20 + 5 + 10 + 2.5 + 2.5 = 40 exactly; SaaS 25 + 5 + 5 + 2.5 + 2.5 = 40; nothing goes above
    expect(levelDiscount(parseLevel('Competency'), { reviewsShare: 1, planMet: true, certifiedStaff: 10, event: 'hosted' })).toBe(0.4);
    expect(levelDiscount(parseLevel('Competency'), { reviewsShare: 1, planMet: true, certifiedStaff: 10, event: 'participated' })).toBe(0.385);
  });
});

describe('levelCheck', () => {
  it('Retail has no requirements', () => {
    expect(levelCheck(parseLevel('Retail'), { certifiedStaff: 0, reviewsShare: 0, marketingActive: false, announced: false }, 'en')).toBe('ok');
  });
  it('Competency needs 2 specialists, 50% reviews, marketing and the announcement', () => {
    const competency = parseLevel('Competency');
    expect(levelCheck(competency, { certifiedStaff: 2, reviewsShare: 0.5, marketingActive: true, announced: true }, 'en')).toBe('ok');
    const missing = { certifiedStaff: 1, reviewsShare: 0.4, marketingActive: false, announced: false };
    expect(levelCheck(competency, missing, 'en')).toBe(
      'certified specialists 1 of 2; client reviews 40% of 50% of implementations; marketing activity; participation announced on the website',
    );
    expect(levelCheck(competency, missing, 'ru')).toBe(
      'сертифицированные специалисты 1 из 2; отзывы клиентов 40% из 50% внедрений; маркетинговая активность; анонс участия на сайте',
    );
  });
  it('SaaS needs 2 specialists and the announcement only', () => {
    const saas = parseLevel('SaaS');
    expect(levelCheck(saas, { certifiedStaff: 2, reviewsShare: 0, marketingActive: false, announced: true }, 'en')).toBe('ok');
    expect(levelCheck(saas, { certifiedStaff: 2, reviewsShare: 0, marketingActive: false, announced: false }, 'en')).toBe(
      'participation announced on the website',
    );
  });
});
