import { describe, expect, it } from 'vitest';
import { type Entrant, rankContest } from '../../../src/programs/growth/rules/contest';
import { compareGrowth, growthFraction } from '../../../src/programs/growth/rules/growth';
import { GROWTH_PROGRAM } from '../../../src/programs/growth/rules/seed';
import { leadSlaStatus } from '../../../src/programs/growth/rules/sla';

/** The seed's three steps (SPEC §8): first contact within 1 hour, follow-ups within 72 and 336 hours. */
const SEED = GROWTH_PROGRAM.leads;

describe('growthFraction', () => {
  it('is (B − A) / A', () => {
    expect(growthFraction(20000, 28000)).toBe(0.4); // SPEC §8 / seed 004: (28000 − 20000) / 20000 = 40%
    expect(growthFraction(1000, 500)).toBe(-0.5);
    expect(growthFraction(1000, 0)).toBe(-1);
    expect(growthFraction(1000, 1000)).toBe(0);
  });
  it('has no growth without a previous amount', () => {
    expect(growthFraction(0, 5000)).toBeUndefined();
  });
  it('gives equal growths equal numbers, however they were typed', () => {
    // 300.30 → 330.33 and 100.10 → 110.11 are both exactly +10%
    expect(growthFraction(300.3, 330.33)).toBe(0.1);
    expect(growthFraction(100.1, 110.11)).toBe(0.1);
    expect(growthFraction(300.3, 330.33)).toBe(growthFraction(100.1, 110.11));
  });
});

describe('compareGrowth', () => {
  it('ties exactly equal growth', () => {
    expect(compareGrowth({ previous: 300.3, current: 330.33 }, { previous: 100.1, current: 110.11 })).toBe(0);
    expect(compareGrowth({ previous: 0.3, current: 0.6 }, { previous: 0.1, current: 0.2 })).toBe(0); // 0.6/0.3 and 0.2/0.1 are both 2
  });
  it('orders by growth', () => {
    expect(compareGrowth({ previous: 100, current: 150 }, { previous: 100, current: 140 })).toBeGreaterThan(0);
    expect(compareGrowth({ previous: 100, current: 50 }, { previous: 10, current: 6 })).toBeLessThan(0); // −50% < −40%
    // differences far below floating-point noise of the ratios are still seen
    expect(compareGrowth({ previous: 3, current: 3.0000000000001 }, { previous: 1, current: 1 })).toBeGreaterThan(0);
  });
});

const entrant = (partner: string, previous: number | undefined, current: number, subscriptions = 0): Entrant => ({ partner, previous, current, subscriptions });

describe('rankContest', () => {
  it('ranks by growth, best first, with competition places', () => {
    const placings = rankContest([
      entrant('Alfa', 20000, 28000), // +40%
      entrant('Beta', 10000, 15000), // +50%
      entrant('Gamma', 5000, 5500), // +10%
    ]);
    expect(placings.map((p) => [p.index, p.place])).toEqual([
      [1, 1],
      [0, 2],
      [2, 3],
    ]);
    expect(placings[0].growth).toBe(0.5);
  });

  it('breaks growth ties by subscriptions, and still-tied partners share a place', () => {
    const placings = rankContest([
      entrant('A', 100, 120, 2), // +20%, 2 subscriptions
      entrant('B', 200, 240, 5), // +20%, 5 subscriptions → ahead of A
      entrant('C', 50, 60, 5), // +20%, 5 subscriptions → tied with B
      entrant('D', 100, 110, 9), // +10%
    ]);
    // B and C share 1st; A is 3rd (place 2 is skipped); D is 4th
    expect(placings.map((p) => [p.index, p.place])).toEqual([
      [1, 1],
      [2, 1],
      [0, 3],
      [3, 4],
    ]);
  });

  it('ties growth decided exactly, not by floating-point accident', () => {
    const placings = rankContest([entrant('X', 300.3, 330.33), entrant('Y', 100.1, 110.11)]);
    expect(placings.map((p) => p.place)).toEqual([1, 1]);
  });

  it('leaves out partners with no previous invoice and the excluded ones', () => {
    const placings = rankContest(
      [entrant('Alfa', 0, 900), entrant('Beta', undefined, 500), entrant('Gamma', 100, 300), entrant('Delta', 100, 200)],
      [' gamma '],
    );
    expect(placings.map((p) => [p.index, p.place])).toEqual([[3, 1]]);
  });

  it('ranks a fall to nothing last (−100%)', () => {
    const placings = rankContest([entrant('A', 100, 0), entrant('B', 100, 50)]);
    expect(placings.map((p) => [p.index, p.growth])).toEqual([
      [1, -0.5],
      [0, -1],
    ]);
  });

  it('refuses a partner listed twice, naming the second entry', () => {
    expect(() => rankContest([entrant('Alfa', 1, 2), entrant('Beta', 1, 2), entrant('ALFA ', 1, 3)])).toThrow(expect.objectContaining({ item: 2 }));
  });
});

describe('leadSlaStatus', () => {
  const received = Date.parse('2026-03-02T10:00:00Z');
  const h = (hours: number) => received + hours * 3_600_000;

  it('is ok when every step was done in time (deadlines inclusive)', () => {
    expect(leadSlaStatus(received, [h(1), h(72), h(336)], h(400), 'en', SEED)).toBe('ok');
  });
  it('reports each late step', () => {
    expect(leadSlaStatus(received, [h(1) + 1, h(72), h(336) + 60_000], h(400), 'en', SEED)).toBe('late: first contact; late: follow-up 14d');
  });
  it('reports overdue steps not done by their deadline', () => {
    // as of 80 hours: first contact done on time, the 3-day follow-up (72 h) is overdue, the 14-day one is not due yet
    expect(leadSlaStatus(received, [h(0.5), undefined, undefined], h(80), 'en', SEED)).toBe('overdue: follow-up 3d');
  });
  it('is on track while no deadline has passed', () => {
    expect(leadSlaStatus(received, [h(0.5), undefined, undefined], h(72), 'en', SEED)).toBe('on track');
    expect(leadSlaStatus(received, [undefined, undefined, undefined], h(1), 'en', SEED)).toBe('on track');
  });
  it('mixes late and overdue in step order', () => {
    expect(leadSlaStatus(received, [h(2), undefined, undefined], h(337), 'en', SEED)).toBe(
      'late: first contact; overdue: follow-up 3d; overdue: follow-up 14d',
    );
  });
  it('ignores steps recorded after the report moment', () => {
    expect(leadSlaStatus(received, [h(0.5), h(100), undefined], h(50), 'en', SEED)).toBe('on track');
  });
  it('speaks Russian', () => {
    expect(leadSlaStatus(received, [h(2), undefined, undefined], h(337), 'ru', SEED)).toBe(
      'опоздание: первый контакт; просрочен: повторный контакт 3 дня; просрочен: повторный контакт 14 дней',
    );
    expect(leadSlaStatus(received, [h(1), h(2), h(3)], h(4), 'ru', SEED)).toBe('выполнено');
    expect(leadSlaStatus(received, [h(1), undefined, undefined], h(4), 'ru', SEED)).toBe('в норме');
  });
});

describe('growth from a vanishing amount', () => {
  it('is an error rather than Infinity', () => {
    // 150 000 / 5e-324 overflows every double
    expect(() => growthFraction(5e-324, 150000)).toThrow('too small to grow from');
  });
});
