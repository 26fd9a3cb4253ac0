import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kernel/values/dates';
import { levelCheck, levelDiscount, parseEvents, reRegistrationFor } from '../../../src/programs/levels/rules/levels';
import { HOSTED, type LevelRule, PARTICIPATED, findLevel, levelFinder } from '../../../src/programs/levels/rules/program';
import { LEVELS_SEED } from '../../../src/programs/levels/rules/seed';

/*
 * The seed's program (seed 003, SPEC §7) decided without a spreadsheet.
 * Expected values are worked out from SPEC §7's table by hand.
 */

const level = (cell: string | number): LevelRule => {
  const found = findLevel(LEVELS_SEED, cell);
  if (!found) throw new Error(`no level ${cell}`);
  return found;
};
const none = { reviewsShare: 0, planMet: false, certifiedStaff: 0, events: 0 };
const standing = { certifiedStaff: 0, reviewsShare: 0, marketingActive: false, announced: false, saasPurchases: undefined, reRegistration: undefined };

describe('findLevel', () => {
  it('accepts the short and the full names, any case', () => {
    expect(level('SaaS').name).toBe('SaaS');
    expect(level(' saas partner ').name).toBe('SaaS');
    expect(level('CRM Competency Partner').name).toBe('Competency');
    expect(level('RETAIL').name).toBe('Retail');
    expect(level('ASoft Retail Partner').name).toBe('Retail');
  });

  it('reads 1, 2, 3 as the licence agreements write the levels: a number or its text', () => {
    expect([1, 2, 3].map((n) => level(n).name)).toEqual(['Retail', 'Competency', 'SaaS']);
    expect(['1', ' 2 ', '3'].map((n) => level(n).name)).toEqual(['Retail', 'Competency', 'SaaS']);
  });

  it('knows no level 0, 4, 1.5 or Gold, and says which levels there are', () => {
    for (const cell of [0, 4, 1.5, '4', '0', '1.5', 'Gold']) expect(findLevel(LEVELS_SEED, cell), String(cell)).toBeUndefined();
    const find = levelFinder(LEVELS_SEED);
    expect(() => find('Gold')).toThrow('is not a level; use Retail, Competency, SaaS (or 1–3)');
    expect(find(3)).toBe(level('SaaS'));
  });
});

describe('parseEvents', () => {
  it('reads each event in both languages', () => {
    expect(parseEvents('hosted')).toBe(HOSTED);
    expect(parseEvents('Своё мероприятие')).toBe(HOSTED);
    expect(parseEvents('свое мероприятие')).toBe(HOSTED);
    expect(parseEvents('участие')).toBe(PARTICIPATED);
    expect(parseEvents('Participated')).toBe(PARTICIPATED);
    expect(parseEvents('none')).toBe(0);
    expect(parseEvents('нет')).toBe(0);
  });

  it('reads both events, in any order, after a comma or a semicolon', () => {
    const both = PARTICIPATED | HOSTED;
    expect(parseEvents('participated, hosted')).toBe(both);
    expect(parseEvents('hosted;participated')).toBe(both);
    expect(parseEvents('участие, своё мероприятие')).toBe(both);
    expect(parseEvents('Своё мероприятие; участие')).toBe(both);
    expect(parseEvents('hosted, hosted,')).toBe(HOSTED);
  });

  it('lists the accepted words for an unknown event, and refuses none with an event', () => {
    expect(() => parseEvents('webinar')).toThrow('use participated, hosted, or both: participated, hosted');
    expect(() => parseEvents('participated, webinar')).toThrow('is not an event');
    expect(() => parseEvents('none, hosted')).toThrow('says none and an event at once');
  });
});

describe('levelDiscount', () => {
  it('is the base discount without bonuses', () => {
    expect(levelDiscount(level('Retail'), none)).toBe(0.1);
    expect(levelDiscount(level('Competency'), none)).toBe(0.2);
    expect(levelDiscount(level('SaaS'), none)).toBe(0.25);
  });

  it('gives the SPEC §7 examples', () => {
    // SaaS 25% + reviews 5% + plan 5% + certified 2.5% + hosted 2.5% = 40%
    expect(levelDiscount(level('SaaS'), { reviewsShare: 0.8, planMet: true, certifiedStaff: 3, events: HOSTED })).toBe(0.4);
    // Retail 10% + plan 10% + participated 1% = 21% (Retail has no reviews or certification bonus)
    expect(levelDiscount(level('Retail'), { reviewsShare: 0.9, planMet: true, certifiedStaff: 5, events: PARTICIPATED })).toBe(0.21);
    // level 2 is Competency: 20% + 1% + 2.5% = 23.5%
    expect(levelDiscount(level(2), { ...none, events: PARTICIPATED | HOSTED })).toBe(0.235);
  });

  it('needs more than 75% reviews and more than 2 specialists', () => {
    const competency = level('Competency');
    expect(levelDiscount(competency, { ...none, reviewsShare: 0.75 })).toBe(0.2);
    expect(levelDiscount(competency, { ...none, reviewsShare: 0.7501 })).toBe(0.25);
    expect(levelDiscount(competency, { ...none, certifiedStaff: 2 })).toBe(0.2);
    expect(levelDiscount(competency, { ...none, certifiedStaff: 3 })).toBe(0.225);
  });

  it('caps the total at 40%', () => {
    // Competency 20 + 5 + 10 + 2.5 + 2.5 = 40 exactly; with both events 41 → 40; with participation only 38.5
    const all = { reviewsShare: 1, planMet: true, certifiedStaff: 10 };
    expect(levelDiscount(level('Competency'), { ...all, events: HOSTED })).toBe(0.4);
    expect(levelDiscount(level('Competency'), { ...all, events: PARTICIPATED | HOSTED })).toBe(0.4);
    expect(levelDiscount(level('Competency'), { ...all, events: PARTICIPATED })).toBe(0.385);
    // Retail 10 + 10 + 1 + 2.5 = 23.5: far below the cap
    expect(levelDiscount(level('Retail'), { ...all, events: PARTICIPATED | HOSTED })).toBe(0.235);
  });
});

describe('levelCheck', () => {
  it('Retail has no requirements', () => {
    expect(levelCheck(level('Retail'), standing, 'en')).toBe('ok');
    expect(levelCheck(level('Retail'), { ...standing, saasPurchases: false }, 'ru')).toBe('выполнено');
  });

  it('Competency needs 2 specialists, 50% reviews, marketing and the announcement', () => {
    const competency = level('Competency');
    expect(levelCheck(competency, { ...standing, certifiedStaff: 2, reviewsShare: 0.5, marketingActive: true, announced: true }, 'en')).toBe('ok');
    const missing = { ...standing, certifiedStaff: 1, reviewsShare: 0.4 };
    expect(levelCheck(competency, missing, 'en')).toBe(
      'certified specialists 1 of 2; client reviews 40% of 50% of implementations; marketing activity; participation announced on the website',
    );
    expect(levelCheck(competency, missing, 'ru')).toBe(
      'сертифицированные специалисты 1 из 2; отзывы клиентов 40% из 50% внедрений; маркетинговая активность; анонс участия на сайте',
    );
    expect(levelCheck(competency, { ...missing, certifiedStaff: 2, reviewsShare: 0.125, marketingActive: true, announced: true }, 'ru')).toBe(
      'отзывы клиентов 12,5% из 50% внедрений',
    );
  });

  it('SaaS needs 2 specialists, the announcement, and the purchases only when they are given', () => {
    const saas = level('SaaS');
    const fine = { ...standing, certifiedStaff: 2, announced: true };
    expect(levelCheck(saas, fine, 'en')).toBe('ok');
    expect(levelCheck(saas, { ...fine, saasPurchases: true }, 'en')).toBe('ok');
    expect(levelCheck(saas, { ...fine, saasPurchases: false }, 'en')).toBe(
      'SaaS purchases (Isolation module, licences to rent out, a year of extended support)',
    );
    expect(levelCheck(saas, { ...standing, saasPurchases: false }, 'ru')).toBe(
      'сертифицированные специалисты 0 из 2; анонс участия на сайте; покупки для SaaS (модуль «Изоляция», лицензии для сдачи в аренду, расширенная техподдержка на год)',
    );
    // Competency needs no SaaS purchases
    expect(levelCheck(level('Competency'), { ...fine, reviewsShare: 0.5, marketingActive: true, saasPurchases: false }, 'en')).toBe('ok');
  });

  it('lists the re-registration last, for every level', () => {
    expect(levelCheck(level('Retail'), { ...standing, reRegistration: 2027 }, 'en')).toBe('re-registration for 2027');
    expect(levelCheck(level('Retail'), { ...standing, reRegistration: 2027 }, 'ru')).toBe('перерегистрация на 2027 год');
    expect(levelCheck(level('SaaS'), { ...standing, certifiedStaff: 2, saasPurchases: false, reRegistration: 2027 }, 'en')).toBe(
      'participation announced on the website; SaaS purchases (Isolation module, licences to rent out, a year of extended support); re-registration for 2027',
    );
  });
});

describe('reRegistrationFor', () => {
  it('is the next year once the report date is past 31 December of the participation year', () => {
    expect(reRegistrationFor(2026, dayFromCivil(2026, 12, 31))).toBeUndefined();
    expect(reRegistrationFor(2026, dayFromCivil(2027, 1, 1))).toBe(2027);
    expect(reRegistrationFor(2026, dayFromCivil(2026, 1, 1))).toBeUndefined();
    expect(reRegistrationFor(2027, dayFromCivil(2026, 6, 1))).toBeUndefined();
    // SPEC: `re-registration for <year + 1>`, however late the report date
    expect(reRegistrationFor(2024, dayFromCivil(2026, 6, 1))).toBe(2025);
  });
});
