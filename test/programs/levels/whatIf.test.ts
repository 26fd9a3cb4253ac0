import { describe, expect, it } from 'vitest';
import { readRulesTable, seedTable } from '../../../src/kernel/functions/rulesTable';
import { HOSTED, PARTICIPATED } from '../../../src/programs/levels/rules/program';
import { LEVELS_SEED } from '../../../src/programs/levels/rules/seed';
import { LEVELS_TABLE } from '../../../src/programs/levels/rules/table';
import { LEVELS_WHAT_IF, type LevelsData, discountShown } from '../../../src/programs/levels/rules/whatIf';
import { ctx } from '../../helpers/context';

/*
 * What if… for levels (SPEC §13) without a spreadsheet: every partner's
 * discount under the seed's table and under an edited one. Expected values
 * by hand from SPEC §7's table.
 */

const partner = (name: string, row: number, level: string | number, reviewsShare: number, planMet: boolean, certifiedStaff: number, events: number) => ({
  partner: name,
  row,
  level,
  inputs: { reviewsShare, planMet, certifiedStaff, events },
});

const DATA: LevelsData = {
  partners: [
    partner('Atlas CRM', 2, 'SaaS', 0.8, true, 3, HOSTED), // 25 + 5 + 5 + 2.5 + 2.5 = 40%
    partner('Boreas Retail', 3, 'Retail', 0.9, true, 5, PARTICIPATED), // 10 + 10 + 1 = 21%
    partner('Cetus Consulting', 4, 'Competency', 0.6, false, 2, 0), // 20%
    partner('Draco Solutions', 5, 2, 0.4, true, 1, PARTICIPATED), // level 2 = Competency: 20 + 10 + 1 = 31%
    partner('Fornax Group', 6, 'Competency Partner', 0.5, false, 2, PARTICIPATED | HOSTED), // 20 + 1 + 2.5 = 23.5%
    partner('', 7, 'SaaS', 0, false, 0, 0), // 25%
  ],
};

/** The seed's table as the rules sheet holds it, with some cells edited (row 1 = the header; columns by English header). */
function edited(changes: [number, string, unknown][]) {
  const cells = seedTable(LEVELS_TABLE, 'en');
  for (const [row, header, value] of changes) cells[row][cells[0].indexOf(header)] = value;
  return readRulesTable(LEVELS_TABLE, cells, ctx());
}

describe('compare', () => {
  it('lists the partners whose discount changes, and the totals and bands before and after', () => {
    // SaaS base 25% → 28%; Competency's plan bonus 10% → 8%
    const after = edited([
      [3, 'Base discount', 0.28],
      [2, 'Plan bonus', 0.08],
    ]);
    const result = LEVELS_WHAT_IF.compare(DATA, LEVELS_SEED, after, 'en', 0);
    expect(result.rows).toBe(6);
    // Atlas: 28 + 15 = 43% → capped 40%: unchanged. Draco: 20 + 8 + 1 = 29%. Row 7: 28%.
    expect(result.changed).toEqual([
      { name: 'Draco Solutions', before: '31.0%', after: '29.0%' },
      { name: 'row 7', before: '25.0%', after: '28.0%' },
    ]);
    // average: (40 + 21 + 20 + 31 + 23.5 + 25) / 6 = 26.75% → 26.8%; after (40 + 21 + 20 + 29 + 23.5 + 28) / 6 = 26.92% → 26.9%
    expect(result.totals.map((t) => [t.label.en, t.before, t.after])).toEqual([
      ['Retail: partners', '1', '1'],
      ['Competency: partners', '3', '3'],
      ['SaaS: partners', '2', '2'],
      ['Average discount', '26.8%', '26.9%'],
    ]);
    expect(result.chart.title.en).toBe('Partners per discount band');
    expect(result.chart.buckets).toEqual([
      { label: '20–25%', before: 3, after: 3 }, // 21, 20, 23.5
      { label: '25–30%', before: 1, after: 2 }, // row 7 at 25; then Draco 29 and row 7 28
      { label: '30–35%', before: 1, after: 0 }, // Draco 31
      { label: '35–40%', before: 0, after: 0 },
      { label: '40%', before: 1, after: 1 }, // Atlas at the cap
    ]);
  });

  it('shows the results in Russian with a decimal comma', () => {
    const after = edited([[3, 'Hosting bonus', 0.03]]);
    // SaaS hosting 3%: Atlas 25 + 15.5 = 40.5% → 40%, unchanged; nothing else hosts at SaaS
    const same = LEVELS_WHAT_IF.compare(DATA, LEVELS_SEED, after, 'ru', 0);
    expect(same.changed).toEqual([]);
    const cheaper = edited([[2, 'Hosting bonus', 0.02]]);
    // Fornax: 20 + 1 + 2 = 23%
    const result = LEVELS_WHAT_IF.compare(DATA, LEVELS_SEED, cheaper, 'ru', 0);
    expect(result.changed).toEqual([{ name: 'Fornax Group', before: '23,5%', after: '23,0%' }]);
    expect(result.totals.map((t) => [t.label.ru, t.before, t.after]).at(-1)).toEqual(['Средняя скидка', '26,8%', '26,7%']);
    expect(result.totals[0].label.ru).toBe('Retail: партнёров');
  });

  it('counts the partners whose level the edited table no longer has', () => {
    // SaaS renamed Cloud: "SaaS" names no level any more (level 3 would)
    const after = edited([[3, 'Level', 'Cloud']]);
    const result = LEVELS_WHAT_IF.compare(DATA, LEVELS_SEED, after, 'en', 0);
    expect(result.changed).toEqual([
      { name: 'Atlas CRM', before: '40.0%', after: '"SaaS" is not a level' },
      { name: 'row 7', before: '25.0%', after: '"SaaS" is not a level' },
    ]);
    // average after: (21 + 20 + 31 + 23.5) / 4 = 23.875% → 23.9%
    expect(result.totals.map((t) => [t.label.en, t.before, t.after])).toEqual([
      ['Retail: partners', '1', '1'],
      ['Competency: partners', '3', '3'],
      ['SaaS: partners', '2', '0'],
      ['Cloud: partners', '0', '0'],
      ['Level not found', '0', '2'],
      ['Average discount', '26.8%', '23.9%'],
    ]);
    expect(result.chart.buckets.map((b) => [b.label, b.before, b.after])).toEqual([
      ['20–25%', 3, 3],
      ['25%', 1, 0], // only row 7, exactly at 25%: the band is named by that discount
      ['30–35%', 1, 1],
      ['35–40%', 0, 0],
      ['40%', 1, 0],
    ]);
  });

  it('has nothing to show for a sheet without partners', () => {
    const result = LEVELS_WHAT_IF.compare({ partners: [] }, LEVELS_SEED, LEVELS_SEED, 'en', 0);
    expect(result).toMatchObject({ rows: 0, changed: [], chart: { buckets: [] } });
    expect(result.totals.at(-1)).toMatchObject({ before: '—', after: '—' });
  });

  it('compares 10,000 partners without trouble', () => {
    const many: LevelsData = {
      partners: Array.from({ length: 10_000 }, (_, i) => partner(`P${i}`, i + 2, (i % 3) + 1, (i % 100) / 100, i % 2 === 0, i % 5, i % 4)),
    };
    const result = LEVELS_WHAT_IF.compare(many, LEVELS_SEED, edited([[1, 'Cap', 0.2]]), 'en', 0);
    expect(result.rows).toBe(10_000);
    // Retail capped at 20%: a Retail partner with the plan (10 + 10) and any event goes from 21–23.5% down to 20%
    expect(result.changed.every((row) => row.after === '20.0%')).toBe(true);
    expect(result.changed.length).toBeGreaterThan(0);
  });
});

describe('discountShown', () => {
  it('shows one decimal, more only where a share needs them', () => {
    expect(discountShown(0.4, 'en')).toBe('40.0%');
    expect(discountShown(0.235, 'en')).toBe('23.5%');
    expect(discountShown(0.2375, 'ru')).toBe('23,75%');
    expect(discountShown(0.12345, 'en')).toBe('12.345%');
  });
});
