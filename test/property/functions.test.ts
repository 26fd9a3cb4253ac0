import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../helpers/bundle';
import { argument } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const bundle = loadBundle({ timeZone: 'Asia/Tokyo', locale: 'ru_RU' });
const english = loadBundle({ timeZone: 'America/New_York', locale: 'en_US' });
const functions = bundle.call('(() => IncentiveDesk.functions)') as { name: string; params: { name: string }[] }[];

function isValidCell(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** A valid result: one valid cell, or a non-empty rectangle of valid cells. */
function isValidResult(value: unknown): boolean {
  if (!Array.isArray(value)) return isValidCell(value);
  if (value.length === 0 || !value.every(Array.isArray)) return false;
  const width = value[0].length;
  return width > 0 && value.every((row: unknown[]) => row.length === width && row.every(isValidCell));
}

describe('every custom function takes any sheet values', () => {
  for (const fn of functions) {
    it(`${fn.name} returns valid cells or throws an error that starts with its name`, () => {
      const args = fc
        .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 2 }))
        .chain(([rows, cols]) => fc.tuple(...fn.params.map(() => argument(rows, cols))));
      fc.assert(
        fc.property(args, fc.boolean(), (values, useEnglish) => {
          const target = useEnglish ? english : bundle;
          let result: unknown;
          try {
            result = target.call(fn.name, ...values);
          } catch (error) {
            // thrown inside the script's realm: an Error of that realm
            expect(Object.prototype.toString.call(error)).toBe('[object Error]');
            expect((error as Error).message.startsWith(`${fn.name}: `)).toBe(true);
            expect((error as Error).message).not.toMatch(/internal error|undefined|NaN/);
            return;
          }
          expect(isValidResult(result), JSON.stringify(result)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
