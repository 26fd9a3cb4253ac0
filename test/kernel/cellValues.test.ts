/**
 * Number and Date cells (kernel/values/cellValues.ts): the one reading the
 * custom functions' `number` reader and the fast log readers share.
 */
import fc from 'fast-check';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors';
import { number } from '../../src/kernel/functions/readers';
import { numberOf, timeOf } from '../../src/kernel/values/cellValues';
import { ctx } from '../helpers/context';

const en = ctx('en_US');
const ru = ctx('ru_RU');

describe('numberOf', () => {
  it('takes a finite number as it is', () => {
    expect(numberOf(60, en)).toBe(60);
    expect(numberOf(-0.5, en)).toBe(-0.5);
    expect(numberOf(0, en)).toBe(0);
  });

  it("reads text in the locale's notation (SPEC §2.4)", () => {
    expect(numberOf('1 250', en)).toBe(1250);
    expect(numberOf('-60', en)).toBe(-60);
    expect(numberOf('150 000 руб.', ru)).toBe(150_000);
    // one comma before exactly three digits: grouping in en_US, the decimal mark in ru_RU
    expect(numberOf('1,250', en)).toBe(1250);
    expect(numberOf('1,250', ru)).toBe(1.25);
    expect(numberOf('1 250,50', ru)).toBe(1250.5);
  });

  it('is NaN for anything else', () => {
    for (const cell of [Number.NaN, Infinity, -Infinity, '', 'n/a', '1,25,000', true, null, undefined, new Date(0), {}, []]) {
      expect(numberOf(cell, en), String(cell)).toBeNaN();
    }
  });

  it("is what the custom functions' `number` reader reads, which refuses exactly where it is NaN", () => {
    const cells = fc.oneof(
      fc.double(),
      fc.integer().map(String),
      fc.double().map(String),
      fc.string(),
      fc.constantFrom(true, null, '1 250,50', '1,250', '€ -5'),
    );
    for (const context of [en, ru]) {
      fc.assert(
        fc.property(cells, (cell) => {
          const expected = numberOf(cell, context);
          let got: number;
          try {
            got = number.read(cell, context);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            got = Number.NaN;
          }
          return Object.is(got, expected) || (got !== got && expected !== expected);
        }),
        { numRuns: 500 },
      );
    }
  });
});

describe('timeOf', () => {
  it('is the instant of a Date, also one made in another realm', () => {
    expect(timeOf(new Date('2026-01-31T22:30:00Z'))).toBe(Date.UTC(2026, 0, 31, 22, 30));
    expect(timeOf(vm.runInNewContext('new Date(86400000)'))).toBe(86_400_000);
  });

  it('is NaN for an invalid Date and for anything that is not a Date', () => {
    for (const cell of [new Date(Number.NaN), 0, '2026-01-31', null, undefined, {}, [], { getTime: () => 5 }]) {
      expect(timeOf(cell), String(cell)).toBeNaN();
    }
  });
});
