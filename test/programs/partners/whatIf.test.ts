/**
 * What if… for tiers (SPEC §13), the pure compare: every partner's tier under two tables, with
 * the expected values worked out by hand from SPEC §5 and the tables below.
 */
import { enRu } from '../../helpers/textMatchers';
import { describe, expect, it } from 'vitest';
import { readRulesTable } from '../../../src/kernel/functions/rulesTable';
import { TIERS_PROGRAM } from '../../../src/programs/partners/rules/seed';
import { TIERS_TABLE } from '../../../src/programs/partners/rules/table';
import type { Standing } from '../../../src/programs/partners/rules/tiers';
import { TIERS_WHAT_IF, type TiersPartner, compareTiers } from '../../../src/programs/partners/rules/whatIf';
import { tiersWhatIf } from '../../../src/programs/partners/whatIf';
import { ctx } from '../../helpers/context';

const none: Standing = { sales: 0, marketing: 'none', salesTraining: false, monthlyReporting: false, dedicatedStaff: false };
const partner = (name: string, standing: Partial<Standing>, more: Partial<TiersPartner> = {}): TiersPartner => ({
  name,
  standing: { ...none, ...standing },
  authorised: true,
  override: '',
  ...more,
});

// The template's partners (SPEC §5 tiers): Orion 120,000 White; Polaris 380,000 Bronze; Vega Silver; Deneb not ticked.
const PARTNERS: TiersPartner[] = [
  partner('Orion Soft', { sales: 120_000 }),
  partner('Polaris IT', { sales: 380_000 }),
  partner('Vega Systems', { sales: 620_000, salesTraining: true, marketing: 'quarterly' }),
  partner('Deneb Trade', {}, { authorised: false }),
];

/** The seed's table with Bronze from 100,000 instead of 150,000. */
const bronzeFrom = (min: number) =>
  readRulesTable(
    TIERS_TABLE,
    [
      ['Tier', 'Min sales', 'Sales training', 'Marketing', 'Discount', 'Registration months', 'Extensions'],
      ['White', 0, false, 'none', 0.1, 3, 0],
      ['Bronze', min, false, 'none', 0.2, 3, 1],
      ['Silver', 500_000, true, 'quarterly', 0.3, 6, 1],
    ],
    ctx(),
  );

describe('compareTiers', () => {
  it('lists the partners whose tier changes, the partners per tier and the discounts weighted by sales', () => {
    const result = compareTiers({ partners: PARTNERS }, TIERS_PROGRAM, bronzeFrom(100_000), 'en');
    expect(result.rows).toBe(4);
    // Orion (120,000) reaches Bronze; Polaris stays Bronze, Vega Silver, Deneb not authorised.
    expect(result.changed).toEqual([{ name: 'Orion Soft', before: 'White', after: 'Bronze' }]);
    expect(result.totals).toEqual([
      { label: enRu('White: partners', 'White: партнёров'), before: '1', after: '0' },
      { label: enRu('Bronze: partners', 'Bronze: партнёров'), before: '1', after: '2' },
      { label: enRu('Silver: partners', 'Silver: партнёров'), before: '1', after: '1' },
      // the seed's Gold and Trusted: nobody before, and the edited table has none
      { label: enRu('Gold: partners', 'Gold: партнёров'), before: '0', after: '0' },
      { label: enRu('Trusted: partners', 'Trusted: партнёров'), before: '0', after: '0' },
      { label: enRu('not authorised: partners', 'not authorised: партнёров'), before: '1', after: '1' },
      // before: 120,000×10% + 380,000×20% + 620,000×30% = 12,000 + 76,000 + 186,000 = 274,000;
      // after: Orion at 20%: 24,000 + 76,000 + 186,000 = 286,000
      { label: enRu('Discounts × 12-month sales', 'Скидки × продажи за 12 мес.'), before: '274,000', after: '286,000' },
    ]);
    expect(result.chart.buckets).toEqual([
      { label: 'White', before: 1, after: 0 },
      { label: 'Bronze', before: 1, after: 2 },
      { label: 'Silver', before: 1, after: 1 },
      { label: 'Gold', before: 0, after: 0 },
      { label: 'Trusted', before: 0, after: 0 },
      { label: 'not authorised', before: 1, after: 1 },
    ]);
  });

  it('changes nothing when the tables are the same, and speaks Russian', () => {
    const result = compareTiers({ partners: PARTNERS }, TIERS_PROGRAM, TIERS_PROGRAM, 'ru');
    expect(result.changed).toEqual([]);
    expect(result.chart.buckets.map((b) => b.label)).toEqual(['Белый', 'Бронзовый', 'Серебряный', 'Золотой', 'Доверенный', 'не авторизован']);
    expect(result.totals.at(-1)).toEqual({
      label: enRu('Discounts × 12-month sales', 'Скидки × продажи за 12 мес.'),
      before: '274 000',
      after: '274 000',
    });
  });

  it("applies the vendor's override under each table, and names an override the edited table does not know", () => {
    const held = [
      // earns Silver, held at Bronze by the vendor
      partner('Vega Systems', { sales: 620_000, salesTraining: true, marketing: 'quarterly' }, { override: 'Bronze' }),
      partner('Sirius', { sales: 700_000 }, { override: 'deauthorised' }),
    ];
    const custom = readRulesTable(
      TIERS_TABLE,
      [
        ['Tier', 'Min sales', 'Discount'],
        ['Partner', 0, 0.05],
        ['Premier', 600_000, 0.25],
      ],
      ctx(),
    );
    const result = compareTiers({ partners: held }, TIERS_PROGRAM, custom, 'en');
    expect(result.changed).toEqual([{ name: 'Vega Systems', before: 'Bronze', after: 'override "Bronze" is not a tier' }]);
    expect(result.totals.find((t) => t.label.en === 'Override not a tier')).toEqual({
      label: enRu('Override not a tier', 'Решение — не статус'),
      before: '0',
      after: '1',
    });
    // Sirius is deauthorised under both: not authorised, no discount
    expect(result.totals.find((t) => t.label.en === 'not authorised: partners')).toMatchObject({ before: '1', after: '1' });
    // before: Vega at Bronze 620,000 × 20% = 124,000; after: nothing counted
    expect(result.totals.at(-1)).toMatchObject({ before: '124,000', after: '0' });
  });

  it('leaves a worded discount (individual) out of the weighted sum, and says so', () => {
    const trusted = [partner('Altair', { sales: 31_000_000, salesTraining: true, marketing: 'monthly', monthlyReporting: true, dedicatedStaff: true })];
    const result = compareTiers({ partners: trusted }, TIERS_PROGRAM, TIERS_PROGRAM, 'en');
    expect(result.totals.at(-1)).toEqual({
      label: enRu('Discounts × 12-month sales (individual terms not counted)', 'Скидки × продажи за 12 мес. (без индивидуальных условий)'),
      before: '0',
      after: '0',
    });
  });

  it('is the program the What if… source offers, under the tiers table', () => {
    expect(tiersWhatIf.program).toBe(TIERS_WHAT_IF);
    expect(TIERS_WHAT_IF.table.key).toBe('tiers');
  });
});
