import { beforeAll, describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import type { Addon } from '../../dev/memory';
import { TEMPLATES } from '../../src/app/templates';

const INSERTS = ['insertBonusTemplate', 'insertPartnerTemplate', 'insertReferralTemplate', 'insertLevelsTemplate', 'insertGrowthTemplate'];

function workbook(locale: 'en_US' | 'ru_RU') {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet });
  for (const name of INSERTS) expect(addon.call(name)).toMatchObject({ ok: true });
  recalculate(spreadsheet, addon);
  return { spreadsheet, addon };
}

/** The values a column shows under its header, down to the last non-empty one. */
function columnValues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: string, header: string): unknown[] {
  const cells = sheetCells(spreadsheet, sheet);
  const col = cells[0].findIndex((c) => c.value === header);
  if (col < 0) throw new Error(`no ${header} on ${sheet}`);
  const values = cells.slice(1).map((row) => row[col].value);
  while (values.length && values[values.length - 1] === '') values.pop();
  return values;
}

/** A form field whose value is a formula (the bonus Statement looks its access date up). */
const isFormula = (field: { value: unknown }) => {
  const value = field.value as { en?: unknown };
  return typeof value === 'object' && value !== null && typeof value.en === 'string' && value.en.startsWith('=');
};

const iso = (value: unknown) => (value instanceof Date ? new Date(value.getTime() + 3 * 3_600_000).toISOString().slice(0, 10) : value);

describe.each([
  ['en', 'en_US'],
  ['ru', 'ru_RU'],
] as const)('templates in %s', (lang, locale) => {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  let addon: Addon;
  beforeAll(() => {
    ({ spreadsheet, addon } = workbook(locale));
  });

  it('creates every sheet of every program with headers in the language and a frozen header row', () => {
    for (const program of Object.values(TEMPLATES)) {
      for (const template of program.sheets) {
        const sheet = spreadsheet.getSheetByName(template.name[lang]);
        expect(sheet, template.name[lang]).toBeTruthy();
        if (template.kind !== 'table') continue;
        const headers = sheet!.getRange(1, 1, 1, template.columns.length).getValues()[0];
        expect(headers).toEqual(template.columns.map((c) => c.header[lang]));
        expect(sheet!.getFrozenRows()).toBe(1);
      }
    }
  });

  it('fills every computed column with a formula that evaluates without error', () => {
    let formulas = 0;
    for (const sheet of spreadsheet.getSheets()) {
      for (const row of sheetCells(spreadsheet, sheet.getName())) {
        for (const cell of row) {
          if (!cell.formula) continue;
          formulas++;
          expect(cell.status, `${sheet.getName()} ${cell.formula}: ${cell.error}`).toBe('ok');
        }
      }
    }
    // one per computed column, side block and form result: 2 + 1 + 1 (bonus) … counted from the templates
    const expected = Object.values(TEMPLATES)
      .flatMap((p) => p.sheets)
      .reduce(
        (n, s) => n + (s.kind === 'table' ? s.columns.filter((c) => c.formula).length + (s.blocks?.length ?? 0) : 1 + s.fields.filter(isFormula).length),
        0,
      );
    expect(formulas).toBe(expected);
  });

  it('sets drop-downs, checkboxes and number formats', () => {
    const levels = spreadsheet.getSheetByName(TEMPLATES.levels.sheets[0].name[lang])!;
    const levelRule = levels.getRange('B2').getDataValidation();
    expect(levelRule?.getCriteriaValues()[0]).toEqual(['Retail', 'Competency', 'SaaS']);
    expect(String(levels.getRange('D2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect(levels.getRange('C2').getNumberFormat()).toBe('0.0%');
    const deals = spreadsheet.getSheetByName(TEMPLATES.partners.sheets[1].name[lang])!;
    expect(deals.getRange('A2').getNumberFormat()).toBe(lang === 'ru' ? 'dd.mm.yyyy' : 'yyyy-mm-dd');
  });

  it('refuses to insert a template twice, changing nothing', () => {
    const before = spreadsheet.getSheets().map((s) => s.getName());
    const result = addon.call('insertLevelsTemplate');
    expect(result.ok).toBe(false);
    expect(result.message).toContain(TEMPLATES.levels.sheets[0].name[lang]);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
    expect(addon.runtime.ui.messages.at(-1)?.message).toBe(result.message);
  });
});

describe('the sample data computes what the rules say (English workbook)', () => {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  beforeAll(() => {
    ({ spreadsheet } = workbook('en_US'));
  });

  it('bonus points: the SPEC §4 example gives Alpha Build 35 points', () => {
    // Beta Logistics (opened 31.01): employees 3+ (03.02), program set (10.02), assigned 1 (12.02) within 14 days;
    // assigned 3 by 28.02; 6/12 = 50% ≥ 10%, 30% and 50% within their windows: 7 × 5 = 35, plus success story 20
    // and renewal 10 → 65; it redeemed 60 → balance 5.
    expect(columnValues(spreadsheet, 'Clients', 'Points earned')).toEqual([35, 65, 0, 0, 0]);
    expect(columnValues(spreadsheet, 'Clients', 'Balance')).toEqual([35, 5, 0, 0, 0]);
    const statement = sheetCells(spreadsheet, 'Statement');
    const points = statement
      .slice(5)
      .map((row) => row[4].value)
      .filter((v) => v !== '');
    expect(points).toHaveLength(17); // 15 milestones + 1 renewal + the balance line (SPEC §4: nothing spent)
    expect(points.slice(0, 16).reduce((a, b) => (a as number) + (b as number), 0)).toBe(35);
    expect(statement[21].slice(0, 5).map((c) => c.value)).toEqual(['balance', '', '', '', 35]);
    expect(columnValues(spreadsheet, 'Rewards', 'Code')).toHaveLength(10);
  });

  it('partner tiers and the gap to the next one', () => {
    // Deneb Trade is not ticked as authorised: no tier and no discount (seed 001, SPEC §5)
    expect(columnValues(spreadsheet, 'Partners', 'Tier')).toEqual(['White', 'Bronze', 'Silver', 'Gold', 'Trusted', 'not authorised']);
    // SPEC §5: TIER_GAP(380000, FALSE, "none") → Silver: sales +120,000; quarterly marketing; sales training
    expect(columnValues(spreadsheet, 'Partners', 'For the next tier')[1]).toBe('Silver: sales +120,000; quarterly marketing; sales training');
    expect(columnValues(spreadsheet, 'Partners', 'Discount')).toEqual([0.1, 0.2, 0.3, 0.4, 'individual', 0]);
  });

  it('deal statuses as of 30.11.2026', () => {
    expect(columnValues(spreadsheet, 'Deals', 'Status')).toEqual([
      'active', // Silver, updated 10 days ago
      'duplicate of row 2', // same customer by name, DLP in common, row 2 open until 01.03.2027
      'won',
      'expired', // White: 01.06 + 3 months = 01.09.2026
      'stale', // last update 10.10, 51 days before the report date
      'extensions exceeded', // Bronze allows 1, it has 2
      'active',
    ]);
    expect(columnValues(spreadsheet, 'Deals', 'Expires').map(iso).slice(0, 2)).toEqual(['2027-03-01', '2026-12-15']);
  });

  it('pilot statuses as of 30.11.2026', () => {
    // 20.11 + 14 days → last day 03.12: running; 10.11 → last day 23.11, report due by 07.12;
    // 01.10 → report was due by 28.10; 01.04 + 30 days → last day 30.04, reported 05.05 (due 14.05);
    // 01.09 → due 28.09, reported 20.10: late
    expect(columnValues(spreadsheet, 'Pilots', 'Status')).toEqual(['running', 'report due', 'report overdue', 'reported', 'reported late']);
  });

  it('referral credits and the schedule of the SPEC §6 example', () => {
    // The last sample was installed but already a customer: no credit (SPEC §6, new_customer).
    expect(columnValues(spreadsheet, 'Referrals', 'Credit')).toEqual([1000, 400, 0, 1000, 1800, 0, 0]);
    const schedule = sheetCells(spreadsheet, 'Referral schedule')
      .slice(4, 7)
      .map((row) => row.slice(0, 3).map((c) => c.value));
    expect(schedule).toEqual([
      [1, 1000, 0],
      [2, 400, 600],
      [3, 1000, 0],
    ]);
  });

  it('level discounts and requirements as of 30.11.2026', () => {
    // Draco: Competency 20% + plan 10% + participated 1% = 31%; Fornax: Competency 20% + both events 1% + 2.5% = 23.5%
    expect(columnValues(spreadsheet, 'Partner levels', 'Discount')).toEqual([0.4, 0.21, 0.2, 0.31, 0.25, 0.235]);
    expect(columnValues(spreadsheet, 'Partner levels', 'Requirements')).toEqual([
      'ok',
      'ok',
      'ok',
      // Draco's participation year is 2025: the report date is past its 31 December
      'certified specialists 1 of 2; client reviews 40% of 50% of implementations; marketing activity; re-registration for 2026',
      'participation announced on the website; SaaS purchases (Isolation module, licences to rent out, a year of extended support)',
      'ok',
    ]);
  });

  it('growth contest with an exact tie and the excluded partner', () => {
    // Cloud Accounting +40%; Ural Service and Smart Office +10% exactly with 3 subscriptions each: tie at 2;
    // North IT got this month's leads (the Contest log); Volga Soft has no previous invoice
    expect(columnValues(spreadsheet, 'Contest', 'Growth')).toEqual([0.4, 0.1, 0.1, 1]); // Volga Soft's is empty
    expect(columnValues(spreadsheet, 'Contest', 'Place')).toEqual([1, 2, 2]); // the excluded and the unranked are empty
    // The podium spills from L2 (J holds the partners that received the month's leads: North IT).
    const podium = sheetCells(spreadsheet, 'Contest')
      .slice(1, 4)
      .map((row) => row.slice(11, 15).map((c) => c.value));
    expect(podium).toEqual([
      [1, 'Cloud Accounting', 0.4, 2],
      [2, 'Ural Service', 0.1, 3],
      [2, 'Smart Office', 0.1, 3],
    ]);
  });

  it('lead SLA as of 01.11.2026 09:00', () => {
    expect(columnValues(spreadsheet, 'Leads', 'SLA')).toEqual([
      'ok',
      'late: first contact; overdue: follow-up 14d',
      'overdue: follow-up 3d',
      'on track',
      'overdue: first contact',
    ]);
  });
});
