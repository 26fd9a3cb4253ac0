import { describe, expect, it } from 'vitest';
import { RULES_TABLES } from '../../src/app/registry';
import { readRulesTable, seedTable } from '../../src/kernel/functions/rulesTable';
import { loadBundle } from '../helpers/bundle';
import { ctx } from '../helpers/context';

/*
 * Every rules table (SPEC §12) as the function reference shows it: its worked
 * example, run through dist/Code.js, gives the result the reference prints;
 * and the seed's table, as a template's rules sheet holds it in each
 * language, is read without a complaint.
 */
describe.each(RULES_TABLES.map((table) => [table.key, table] as const))('the %s rules table', (_key, table) => {
  const en = loadBundle({ locale: 'en_US', timeZone: 'Europe/Moscow' });

  it('gives the result its reference example prints', () => {
    const { fn, args, result } = table.example;
    expect(en.call(fn, ...args, table.example.table)).toEqual(result);
  });

  it('reads the seed table of its template rules sheet in English and Russian', () => {
    expect(() => readRulesTable(table, seedTable(table, 'en'), ctx('en_US'))).not.toThrow();
    expect(() => readRulesTable(table, seedTable(table, 'ru'), ctx('ru_RU'))).not.toThrow();
  });
});

it('no two rules tables share a key', () => {
  const keys = RULES_TABLES.map((t) => t.key);
  expect(new Set(keys).size).toBe(keys.length);
});
