import { describe, expect, it } from 'vitest';
import { cellInfo, recalculate, sheetCells } from '../../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../../dev/memory';
import { TODAY, midnight } from '../../helpers/days';

/*
 * The levels template in the in-memory spreadsheet, every formula computed by
 * dist/Code.js (SPEC §7, §12.2): the samples as the rules give them, and the
 * formulas still right after the manager changes the report date, adds a row
 * below, or edits one cell of the rules sheet. Expected values by hand.
 */

type Locale = 'en_US' | 'ru_RU';
const NAMES = {
  en_US: { levels: 'Partner levels', rules: 'Rules: levels', discount: 'Discount', requirements: 'Requirements' },
  ru_RU: { levels: 'Уровни партнёров', rules: 'Правила: уровни', discount: 'Скидка', requirements: 'Требования' },
};

function workbook(locale: Locale) {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet });
  expect(addon.call('insertLevelsTemplate')).toMatchObject({ ok: true });
  const names = NAMES[locale];
  const levels = spreadsheet.getSheetByName(names.levels)!;
  const rules = spreadsheet.getSheetByName(names.rules)!;
  const recalc = () => recalculate(spreadsheet, addon);
  /** The values of a column under its header, down to the last non-empty one. */
  const column = (header: string) => {
    recalc();
    const cells = sheetCells(spreadsheet, names.levels);
    const at = cells[0].findIndex((c) => c.value === header);
    const values = cells.slice(1).map((row) => row[at].value);
    while (values.length && values[values.length - 1] === '') values.pop();
    return values;
  };
  return { spreadsheet, addon, levels, rules, names, recalc, discounts: () => column(names.discount), requirements: () => column(names.requirements) };
}

const moscow = (iso: string) => new Date(`${iso}T00:00:00+03:00`);
const SAAS_PURCHASES = 'SaaS purchases (Isolation module, licences to rent out, a year of extended support)';

describe('the levels template', () => {
  it('holds the seed’s table on its rules sheet, shares as percentages and flags as checkboxes', () => {
    const { rules } = workbook('en_US');
    expect(rules.getRange('A1:C1').getValues()[0]).toEqual(['Level', 'Base discount', 'Reviews bonus']);
    expect(rules.getRange('A2:O4').getValues()).toEqual([
      ['Retail', 0.1, 0, 0.1, 0, 0.01, 0.025, 0.75, 2, 0.4, 0, 0, false, false, false],
      ['Competency', 0.2, 0.05, 0.1, 0.025, 0.01, 0.025, 0.75, 2, 0.4, 2, 0.5, true, true, false],
      ['SaaS', 0.25, 0.05, 0.05, 0.025, 0.01, 0.025, 0.75, 2, 0.4, 2, 0, false, true, true],
    ]);
    expect(rules.getRange('B2').getNumberFormat()).toBe('0.0%');
    expect(rules.getRange('I2').getNumberFormat()).toBe('0');
    expect(String(rules.getRange('O2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
  });

  it('passes the rules sheet and the report date to every formula', () => {
    const { levels } = workbook('en_US');
    expect(levels.getRange('G2').getFormula()).toBe("=LEVEL_DISCOUNT(B2:B, C2:C, D2:D, E2:E, F2:F, 'Rules: levels'!A1:O)");
    expect(levels.getRange('M2').getFormula()).toBe("=LEVEL_CHECK(B2:B, E2:E, H2:H, I2:I, J2:J, K2:K, L2:L, $O$2, 'Rules: levels'!A1:O)");
    expect(levels.getRange('O1').getValue()).toBe('Report date');
  });

  it('computes the samples as of 30.11.2026, in Russian too', () => {
    for (const locale of ['en_US', 'ru_RU'] as const) {
      const { discounts, requirements } = workbook(locale);
      // Atlas SaaS 25 + 5 + 5 + 2.5 + 2.5 = 40; Boreas Retail 10 + 10 + 1 = 21; Cetus 20; Draco 20 + 10 + 1 = 31;
      // Eridanus SaaS 25; Fornax Competency 20 + 1 + 2.5 = 23.5
      expect(discounts()).toEqual([0.4, 0.21, 0.2, 0.31, 0.25, 0.235]);
      const draco = 'certified specialists 1 of 2; client reviews 40% of 50% of implementations; marketing activity; re-registration for 2026';
      if (locale === 'en_US') {
        expect(requirements()).toEqual(['ok', 'ok', 'ok', draco, `participation announced on the website; ${SAAS_PURCHASES}`, 'ok']);
      } else {
        expect(requirements()).toEqual([
          'выполнено',
          'выполнено',
          'выполнено',
          'сертифицированные специалисты 1 из 2; отзывы клиентов 40% из 50% внедрений; маркетинговая активность; перерегистрация на 2026 год',
          'анонс участия на сайте; покупки для SaaS (модуль «Изоляция», лицензии для сдачи в аренду, расширенная техподдержка на год)',
          'выполнено',
        ]);
      }
    }
  });

  it('flags the re-registration once the report date passes into the next year', () => {
    const { levels, requirements } = workbook('en_US');
    levels.getRange('O2').setValue(moscow('2026-12-31'));
    expect(requirements()[0]).toBe('ok');
    levels.getRange('O2').setValue(moscow('2027-01-01'));
    expect(requirements()).toEqual([
      're-registration for 2027',
      're-registration for 2027',
      're-registration for 2027',
      // Draco's year is 2025: still re-registration for 2026
      'certified specialists 1 of 2; client reviews 40% of 50% of implementations; marketing activity; re-registration for 2026',
      `participation announced on the website; ${SAAS_PURCHASES}; re-registration for 2027`,
      're-registration for 2027',
    ]);
  });

  it('is moved to today by Set report dates to today, and the requirements follow', () => {
    const { addon, levels, requirements } = workbook('en_US');
    expect(addon.call('setReportDatesToday')).toMatchObject({ ok: true, sheets: ['Partner levels'] });
    expect(levels.getRange('O2').getValue()).toEqual(midnight(TODAY));
    // Draco's participation year 2025 is over by any today after 2025
    expect(requirements()[3]).toMatch(/; re-registration for 2026$/);
  });

  it('computes a row added below, its level written as a number', () => {
    const { levels, discounts, requirements } = workbook('en_US');
    // Gemini: level 3 = SaaS: 25 + 5 + 5 + 2.5 + 1 + 2.5 = 41 → 40%; everything SaaS needs but the purchases
    levels.getRange('A8:F8').setValues([['Gemini Labs', 3, 0.9, true, 4, 'participated, hosted']]);
    levels.getRange('H8:L8').setValues([[0, false, true, false, 2026]]);
    // Hydra: level "2" = Competency, no events: 20 + 10 = 30%
    levels.getRange('A9:L9').setValues([['Hydra Soft', "'2", 0.5, true, 2, '', '', 0.5, true, true, '', '']]);
    expect(discounts()).toEqual([0.4, 0.21, 0.2, 0.31, 0.25, 0.235, 0.4, 0.3]);
    expect(requirements().slice(6)).toEqual([SAAS_PURCHASES, 'ok']);
  });

  it('recomputes every dependent row when one rules cell changes', () => {
    const { rules, discounts, requirements } = workbook('en_US');
    // Competency's base discount 20% → 22%: Cetus 22, Draco 33, Fornax 25.5; the others stay
    rules.getRange('B3').setValue(0.22);
    expect(discounts()).toEqual([0.4, 0.21, 0.22, 0.33, 0.25, 0.255]);
    // Retail now requires 1 certified specialist: Boreas has 5, so still ok
    rules.getRange('K2').setValue(1);
    expect(requirements()[1]).toBe('ok');
    // SaaS no longer requires the purchases: Eridanus lacks only the announcement
    rules.getRange('O4').setValue(false);
    expect(requirements()[4]).toBe('participation announced on the website');
    // The cap 40% → 35% for SaaS: Atlas 40 → 35
    rules.getRange('J4').setValue(0.35);
    expect(discounts()[0]).toBe(0.35);
  });

  it('names the rules cell a formula cannot read, in both formula columns', () => {
    const { spreadsheet, rules, levels, recalc, names } = workbook('en_US');
    rules.getRange('B3').setValue('lots');
    recalc();
    const error = (a1: string) => {
      const range = levels.getRange(a1);
      return cellInfo(spreadsheet, names.levels, range.getRow(), range.getColumn()).error;
    };
    const message = `rules, 'Rules: levels'!B3 (Base discount): "lots" is not a share (use a fraction or a percentage like 75%)`;
    expect(error('G2')).toBe(`LEVEL_DISCOUNT: ${message}`);
    expect(error('M2')).toBe(`LEVEL_CHECK: ${message}`);
    rules.getRange('B3').setValue(0.2);
    rules.getRange('A4').setValue('competency');
    recalc();
    expect(error('G2')).toBe(
      `LEVEL_DISCOUNT: rules, 'Rules: levels'!A4 (Level): "competency" is the name of another level above; each level needs its own name`,
    );
  });

  it('takes a level added on the rules sheet, and skips a cleared level row', () => {
    const { rules, levels, discounts } = workbook('en_US');
    rules.getRange('A5:B5').setValues([['Enterprise', 0.3]]);
    levels.getRange('B2').setValue('Enterprise');
    // Atlas as Enterprise: 30%, no bonuses in that row
    expect(discounts()[0]).toBe(0.3);
    // Level 4 is Enterprise too
    levels.getRange('B2').setValue(4);
    expect(discounts()[0]).toBe(0.3);
    // A cleared row keeps its checkboxes, unchecked: the table still reads
    levels.getRange('B2').setValue('SaaS');
    rules.getRange('A5:O5').setValues([['', '', '', '', '', '', '', '', '', '', '', '', false, false, false]]);
    expect(discounts()[0]).toBe(0.4);
  });
});
