import { describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../../dev/memory';

/*
 * The partners template in the in-memory spreadsheet, every formula computed
 * by dist/Code.js (SPEC §5, §12.1): the rules sheet holds the seed's tiers,
 * every formula passes it, the Deals status passes the Partners sheet, and
 * editing one rules cell (or the Vendor override) recomputes every dependent
 * row. Expected values by hand from the template's samples (see
 * test/helpers/dealDialog.ts).
 */

type Locale = 'en_US' | 'ru_RU';
const NAMES = {
  en_US: { partners: 'Partners', deals: 'Deals', rules: 'Rules: partners', tier: 'Tier', discount: 'Discount', status: 'Status', expires: 'Expires' },
  ru_RU: {
    partners: 'Партнёры',
    deals: 'Сделки',
    rules: 'Правила: партнёры',
    tier: 'Статус',
    discount: 'Скидка',
    status: 'Статус сделки',
    expires: 'Истекает',
  },
};

function workbook(locale: Locale) {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet });
  expect(addon.call('insertPartnerTemplate')).toMatchObject({ ok: true });
  const names = NAMES[locale];
  const column = (sheet: string, header: string) => {
    recalculate(spreadsheet, addon);
    const cells = sheetCells(spreadsheet, sheet);
    const at = cells[0].findIndex((c) => c.value === header);
    if (at < 0) throw new Error(`no ${header} on ${sheet}`);
    const values = cells.slice(1).map((row) => row[at].value);
    while (values.length && values[values.length - 1] === '') values.pop();
    return values;
  };
  const sheet = (name: string) => spreadsheet.getSheetByName(name)!;
  return { names, column, sheet };
}

const iso = (value: unknown) => (value instanceof Date ? new Date(value.getTime() + 3 * 3_600_000).toISOString().slice(0, 10) : value);

describe('the partners template', () => {
  it('holds the seed’s tiers on its rules sheet, with checkboxes and a marketing drop-down', () => {
    const { sheet } = workbook('en_US');
    const rules = sheet('Rules: partners');
    expect(rules.getRange('A1:L1').getValues()[0]).toEqual([
      'Tier',
      'Min sales',
      'Sales training',
      'Monthly reporting',
      'Dedicated staff',
      'Marketing',
      'Discount',
      'Registration months',
      'Extensions',
      'Leads per month',
      'NFR months',
      'Update every days',
    ]);
    expect(rules.getRange('A2:L6').getValues()).toEqual([
      ['White', 0, false, false, false, 'none', 0.1, 3, 0, 0, 0, 14],
      ['Bronze', 150000, false, false, false, 'none', 0.2, 3, 1, 1, 0, 14],
      ['Silver', 500000, true, false, false, 'quarterly', 0.3, 6, 1, 2, 6, 14],
      ['Gold', 5000000, true, true, false, 'quarterly', 0.4, 9, 0, 3, 9, 14],
      ['Trusted', 30000000, true, false, true, 'monthly', 'individual', 12, 0, 10, 'status term', 14],
    ]);
    expect(String(rules.getRange('C2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect(String(rules.getRange('F2').getDataValidation()?.getCriteriaType())).toBe('VALUE_IN_LIST');
  });

  it('passes the rules sheet to every formula, Authorised and Vendor override to the tier, and the Partners sheet to the deal status', () => {
    const { sheet } = workbook('en_US');
    const partners = sheet('Partners');
    expect(partners.getRange('H2').getFormula()).toBe("=PARTNER_TIER(C2:C, D2:D, E2:E, F2:F, G2:G, B2:B, L2:L, 'Rules: partners'!A1:L)");
    expect(partners.getRange('I2').getFormula()).toBe("=TIER_GAP(C2:C, D2:D, E2:E, F2:F, G2:G, B2:B, L2:L, 'Rules: partners'!A1:L)");
    expect(partners.getRange('L1').getValue()).toBe('Vendor override');
    expect(partners.getRange('L2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['White', 'Bronze', 'Silver', 'Gold', 'Trusted', 'deauthorised']);
    const deals = sheet('Deals');
    expect(deals.getRange('N1').getFormula()).toBe("=DEAL_STATUS(A1:J, $P$2, 'Partners'!A1:L, 'Rules: partners'!A1:L)");
  });

  it.each(['en_US', 'ru_RU'] as const)('recomputes every dependent row when one rules cell changes (%s)', (locale) => {
    const { names, column, sheet } = workbook(locale);
    const rules = sheet(names.rules);
    const bronze = locale === 'en_US' ? 'Bronze' : 'Бронзовый';
    const white = locale === 'en_US' ? 'White' : 'Белый';
    expect(column(names.partners, names.tier).slice(0, 2)).toEqual([white, bronze]);
    // Bronze from 100,000: Orion Soft (120,000) becomes Bronze, its discount 20% and its leads 1
    rules.getRange('B3').setValue(100000);
    expect(column(names.partners, names.tier).slice(0, 2)).toEqual([bronze, bronze]);
    expect(column(names.partners, names.discount).slice(0, 2)).toEqual([0.2, 0.2]);
    // Bronze's discount 25%: both Bronze partners follow
    rules.getRange('G3').setValue(0.25);
    expect(column(names.partners, names.discount).slice(0, 2)).toEqual([0.25, 0.25]);
    // Silver's registration months 6 → 3: Vega's Deals row 2 (01.09.2026) expires on 01.12.2026 instead of 01.03.2027,
    // and on the report date 30.11.2026 it is still active
    expect(column(names.deals, names.expires).map(iso)[0]).toBe('2027-03-01');
    rules.getRange('H4').setValue(3);
    expect(column(names.deals, names.expires).map(iso)[0]).toBe('2026-12-01');
    // Bronze allows 2 extensions: Polaris IT's Cedar Pharma (row 7, 2 extensions) is no longer "extensions exceeded";
    // 01.03.2026 + 3 × 3 months = 01.12.2026 ≥ 30.11.2026, updated 15.05.2026: stale
    rules.getRange('I3').setValue(2);
    expect(column(names.deals, names.status)[5]).toBe(locale === 'en_US' ? 'stale' : 'нет обновлений');
  });

  it('recomputes the tier, the gap and the deal status when the vendor downgrades or deauthorises a partner', () => {
    const { column, sheet } = workbook('en_US');
    const partners = sheet('Partners');
    // Vega Systems (row 4) earns Silver; held at Bronze by the vendor
    partners.getRange('L4').setValue('Bronze');
    expect(column('Partners', 'Tier')[2]).toBe('Bronze');
    expect(column('Partners', 'For the next tier')[2]).toBe('downgraded by the vendor');
    expect(column('Partners', 'Discount')[2]).toBe(0.2);
    // deauthorised: not authorised, and its Deals row 2 owns nothing, so Polaris IT's row 3 (its duplicate) owns the deal
    partners.getRange('L4').setValue('deauthorised');
    expect(column('Partners', 'Tier')[2]).toBe('not authorised');
    expect(column('Partners', 'Discount')[2]).toBe(0);
    expect(column('Deals', 'Status').slice(0, 2)).toEqual(['partner not authorised', 'active']);
  });
});
