import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../helpers/bundle';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const b = loadBundle({ timeZone: 'Europe/Moscow', locale: 'en_US' });
const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
const col = <T>(values: T[]) => values.map((v) => [v]);

describe('invariants', () => {
  it('REFERRAL_CREDIT never exceeds either contract', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount, fc.boolean()), { minLength: 2, maxLength: 20 }), (rows) => {
        const out = b.call('REFERRAL_CREDIT', col(rows.map((r) => r[0])), col(rows.map((r) => r[1])), col(rows.map((r) => r[2]))) as number[][];
        rows.forEach(([own, referred, installed], i) => {
          const credit = out[i][0];
          expect(credit).toBeGreaterThanOrEqual(0);
          expect(credit).toBeLessThanOrEqual(own);
          expect(credit).toBeLessThanOrEqual(referred);
          if (!installed) expect(credit).toBe(0);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('REFERRAL_SCHEDULE under any rules table: no discount above the contract, every credit used once, applied drops the first contracts', () => {
    const whole = fc.integer({ min: 1, max: 5000 });
    const rules = fc.record({ share: fc.constantFrom('100%', '50%', '25%', '10%'), cap: fc.constantFrom('own contract', 'none', 700, 2500) });
    fc.assert(
      // own ≥ 100 and referrals ≤ 5,000: at most 50 contracts a credit, 600 in all (a schedule spills at most 1,000).
      fc.property(
        fc.integer({ min: 100, max: 5000 }),
        fc.array(fc.tuple(whole, fc.boolean(), fc.boolean()), { minLength: 2, maxLength: 12 }),
        rules,
        (own, rows, { share, cap }) => {
          const table = [
            ['Credit share', 'Cap'],
            [share, cap],
          ];
          const referred = col(rows.map((r) => r[0]));
          const installed = col(rows.map((r) => r[1]));
          const isNew = col(rows.map((r) => r[2]));
          const credits = (b.call('REFERRAL_CREDIT', own, referred, installed, isNew, table) as number[][]).map((r) => r[0]);
          const total = credits.reduce((sum, c) => sum + c, 0);
          const schedule = b.call('REFERRAL_SCHEDULE', own, referred, installed, '', '', isNew, table) as number[][];
          schedule.forEach(([contract, discount, toPay], i) => {
            expect(contract).toBe(i + 1);
            expect(discount).toBeGreaterThanOrEqual(0);
            expect(discount).toBeLessThanOrEqual(own);
            expect(toPay).toBe(own - discount);
          });
          // The discounts add up to the credits (to Sheets' precision), or the one contract shown is paid in full.
          const paid = schedule.reduce((sum, row) => sum + row[1], 0);
          expect(Math.abs(paid - total)).toBeLessThan(1e-6 * Math.max(1, total));
          // `applied` k shows the same contracts from k + 1 on.
          const k = Math.min(2, schedule.length - (total > 0 ? 0 : 1));
          if (total > 0 && k > 0) {
            const later = b.call('REFERRAL_SCHEDULE', own, referred, installed, '', k, isNew, table) as number[][];
            expect(later).toEqual(k < schedule.length ? schedule.slice(k) : [[k + 1, 0, own]]);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('LEVEL_DISCOUNT never exceeds 40% nor falls below the base', () => {
    const base: Record<string, number> = { Retail: 0.1, Competency: 0.2, SaaS: 0.25 };
    fc.assert(
      fc.property(
        fc.constantFrom('Retail', 'Competency', 'SaaS'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom('', 'participated', 'hosted'),
        (level, reviews, plan, certified, event) => {
          const discount = b.call('LEVEL_DISCOUNT', level, reviews, plan, certified, event) as number;
          expect(discount).toBeLessThanOrEqual(0.4);
          expect(discount).toBeGreaterThanOrEqual(base[level]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('LEVEL_DISCOUNT: a level by number is the level by name; both events add both bonuses; the seed table passed changes nothing', () => {
    const names = ['Retail', 'Competency', 'SaaS'];
    const seedTable = [
      ['Level', 'Base discount', 'Reviews bonus', 'Plan bonus', 'Certified bonus', 'Participation bonus', 'Hosting bonus', 'Cap'],
      ['Retail', 0.1, 0, 0.1, 0, 0.01, 0.025, 0.4],
      ['Competency', 0.2, 0.05, 0.1, 0.025, 0.01, 0.025, 0.4],
      ['SaaS', 0.25, 0.05, 0.05, 0.025, 0.01, 0.025, 0.4],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 0, max: 9 }),
        (n, reviews, plan, certified) => {
          const both = b.call('LEVEL_DISCOUNT', names[n - 1], reviews, plan, certified, 'participated, hosted') as number;
          expect(b.call('LEVEL_DISCOUNT', n, reviews, plan, certified, 'hosted, participated')).toBe(both);
          expect(b.call('LEVEL_DISCOUNT', String(n), reviews, plan, certified, 'participated, hosted', seedTable)).toBe(both);
          const none = b.call('LEVEL_DISCOUNT', n, reviews, plan, certified, '') as number;
          // +1% and +2.5% at every level, up to the 40% cap
          expect(both).toBeCloseTo(Math.min(0.4, none + 0.035), 12);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('LEVEL_CHECK lists the re-registration exactly when the report date is past the participation year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (year, asOf) => {
          const day = asOf.toISOString().slice(0, 10);
          const result = b.call('LEVEL_CHECK', 'Retail', 0, 0, '', '', '', year, day) as string;
          expect(result).toBe(Number(day.slice(0, 4)) > year ? `re-registration for ${year + 1}` : 'ok');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('GROWTH_RANK places are a valid competition ranking, consistent with growth', () => {
    const partner = fc.record({
      previous: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 1000 })),
      current: fc.integer({ min: 0, max: 2000 }),
      subs: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(partner, { minLength: 2, maxLength: 30 }), (rows) => {
        const names = rows.map((_, i) => `P${i}`);
        const places = (
          b.call('GROWTH_RANK', col(names), col(rows.map((r) => r.previous)), col(rows.map((r) => r.current)), col(rows.map((r) => r.subs))) as unknown[][]
        ).map((r) => r[0]);
        const ranked = rows.map((r, i) => ({ ...r, place: places[i] })).filter((r) => r.place !== '');
        // exactly the partners with a previous invoice are ranked
        expect(ranked.length).toBe(rows.filter((r) => typeof r.previous === 'number' && r.previous > 0).length);
        // place = 1 + the number of partners strictly ahead (integers: growth compares as current × other.previous)
        const ahead = (x: (typeof ranked)[0], y: (typeof ranked)[0]) => {
          const lhs = y.current * (x.previous as number);
          const rhs = x.current * (y.previous as number);
          return lhs > rhs || (lhs === rhs && y.subs > x.subs);
        };
        for (const r of ranked) expect(r.place).toBe(1 + ranked.filter((o) => ahead(r, o)).length);
      }),
      { numRuns: RUNS },
    );
  });

  it('PARTNER_TIER never drops as sales grow', () => {
    const order = ['White', 'Bronze', 'Silver', 'Gold', 'Trusted'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000_000 }),
        fc.integer({ min: 0, max: 40_000_000 }),
        fc.boolean(),
        fc.constantFrom('none', 'quarterly', 'monthly', 0, 4, 12),
        fc.boolean(),
        fc.boolean(),
        (a, c, training, marketing, reporting, staff) => {
          const [low, high] = a <= c ? [a, c] : [c, a];
          const t1 = b.call('PARTNER_TIER', low, training, marketing, reporting, staff) as string;
          const t2 = b.call('PARTNER_TIER', high, training, marketing, reporting, staff) as string;
          expect(order.indexOf(t1)).toBeGreaterThanOrEqual(0);
          expect(order.indexOf(t2)).toBeGreaterThanOrEqual(order.indexOf(t1));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('BONUS_POINTS never decreases as as_of moves later', () => {
    const codes = [
      'employees',
      'program_sets',
      'assigned',
      'completed',
      'commissions',
      'protocols',
      'mintrud_exports',
      'renewal',
      'feedback_feature',
      'success_story',
    ];
    const start = Date.UTC(2026, 0, 1);
    const day = (n: number) => new Date(start + n * 86_400_000 - 3 * 3_600_000); // midnight in Moscow (UTC+3)
    const logRow = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom(...codes), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(
        fc.array(logRow, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 450 }),
        fc.integer({ min: 0, max: 450 }),
        (rows, opened, x, y) => {
          const log = rows.map(([d, code, value]) => [day(d), 'Client', code, value]);
          const [early, late] = x <= y ? [x, y] : [y, x];
          const p1 = b.call('BONUS_POINTS', 'Client', day(opened), log, day(early)) as number;
          const p2 = b.call('BONUS_POINTS', 'Client', day(opened), log, day(late)) as number;
          expect(p2).toBeGreaterThanOrEqual(p1);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('LEAD_SLA under any valid lead-handling table: a step is late or overdue exactly when its own deadline says so', () => {
    // 1–3 steps, hours non-decreasing; each lead: step times within 0–100 h of receipt (or not done), a report moment.
    const table = fc
      .array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 3 })
      .map((hours) => [...hours].sort((x, y) => x - y).map((h, i) => [`step ${i + 1}`, h]));
    const HOUR = 3_600_000;
    const received = Date.parse('2026-03-02T06:00:00Z');
    fc.assert(
      fc.property(
        table,
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 100 }),
        (rows, done, asOfHours) => {
          const steps = done.map((h, i) => (i < rows.length && h !== undefined ? new Date(received + h * HOUR) : ''));
          const status = b.call('LEAD_SLA', new Date(received), steps[0], steps[1], steps[2], new Date(received + asOfHours * HOUR), [
            ['Step', 'Within hours'],
            ...rows,
          ]) as string;
          const expected: string[] = [];
          rows.forEach(([name, hours], i) => {
            const at = done[i];
            const isDone = at !== undefined && at <= asOfHours;
            if (isDone && at > (hours as number)) expected.push(`late: ${name}`);
            if (!isDone && asOfHours > (hours as number)) expected.push(`overdue: ${name}`);
          });
          const allDone = rows.every((_, i) => done[i] !== undefined && (done[i] as number) <= asOfHours);
          expect(status).toBe(expected.length ? expected.join('; ') : allDone ? 'ok' : 'on track');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('GROWTH_PCT, GROWTH_RANK and CONTEST_TOP give the same results with any valid lead-handling table as without one', () => {
    const table = fc
      .array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 3 })
      .map((hours) => [['Step', 'Within hours'], ...[...hours].sort((x, y) => x - y).map((h, i) => [`s${i}`, h])]);
    const partner = fc.record({ previous: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 1000 })), current: fc.integer({ min: 0, max: 2000 }) });
    fc.assert(
      fc.property(table, fc.array(partner, { minLength: 1, maxLength: 10 }), (rules, rows) => {
        const names = col(rows.map((_, i) => `P${i}`));
        const previous = col(rows.map((r) => r.previous));
        const current = col(rows.map((r) => r.current));
        expect(b.call('GROWTH_PCT', previous, current, rules)).toEqual(b.call('GROWTH_PCT', previous, current));
        expect(b.call('GROWTH_RANK', names, previous, current, '', '', rules)).toEqual(b.call('GROWTH_RANK', names, previous, current));
        expect(b.call('CONTEST_TOP', names, previous, current, '', '', '', rules)).toEqual(b.call('CONTEST_TOP', names, previous, current));
      }),
      { numRuns: RUNS },
    );
  });
});
