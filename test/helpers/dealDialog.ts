/**
 * Set-up shared by the Register a deal dialog's tests (test/dialogs/deal*.test.ts): the workbook
 * with the partner template, Deals rows written by hand, and the dialog's calls. What follows is
 * what those tests rely on.
 *
 * The Register a deal dialog's server functions (SPEC §5, §9.2; seed 001's
 * numbered refusal reasons), through dist/Code.js on the in-memory
 * spreadsheet with the partner template inserted.
 *
 * "Today" is the real current day in the spreadsheet's zone (Europe/Moscow).
 * Tests whose outcome depends on today build their own Deals rows with dates
 * counted from today (D(n) = today + n days), so they hold on any day; the
 * few that use the template's sample rows as they are depend only on facts
 * that do not change with today (worked out by hand from SPEC §5):
 *
 * Partners (tier from the row, SPEC §5 table):
 *   2 Orion Soft    120,000, no training          → White   (3 months, 0 extensions)
 *   3 Polaris IT    380,000 ≥ 150,000             → Bronze  (3 months, 1 extension)
 *   4 Vega Systems  620,000 ≥ 500,000, trained, quarterly → Silver (6 months, 1)
 *   5 Sirius        5,400,000, trained, quarterly, monthly reporting → Gold (9 months, 0)
 *   6 Altair        31,000,000, trained, monthly, reporting, staff   → Trusted (12 months, 0)
 *   7 Deneb Trade   Authorised unchecked                              → White, not authorised
 * Deals:
 *   2 01.09.2026 Vega Silver Romashka LLC 7701234567 "DLP, Time Tracker" open → expires EDATE(01.09.2026, 6) = 01.03.2027
 *   3 15.09.2026 Polaris Bronze "Romashka" LLC (no tax ID) DLP open: same customer by name (one side has no tax ID),
 *     DLP in common, row 2 open and running on 15.09 → "duplicate of row 2" on any day
 *   4 10.05.2026 Sirius Gold Lotus Bank 7709876543 "DLP; Archive" won (closed: owns nothing)
 *   5 01.06.2026 Orion White Birch Logistics, 6 05.10.2026 Vega Silver North Mining,
 *   7 01.03.2026 Polaris Bronze Cedar Pharma, 2 extensions > 1 → "extensions exceeded" on any day
 *     (its expiry EDATE(01.03.2026, 3 × 3) = 01.12.2026), 8 10.11.2026 Altair Trusted City Hospital 3.
 * A new registration goes to row 9.
 */
import { expect } from 'vitest';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { DEALS } from '../../src/programs/partners/template';
import { refused, requestIds } from './dialogs';
import { TODAY, addDays, midnight } from './days';

export type Lang = 'en' | 'ru';
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// ---------- days ----------

/** Today + n days. */
export const D = (n: number) => addDays(TODAY, n);

// ---------- workbook ----------

export function workbook(locale: 'en_US' | 'ru_RU' = 'en_US', options: { interleave?: { probability: number; seed?: number } } = {}) {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet, interleave: options.interleave });
  expect(addon.call('insertPartnerTemplate')).toMatchObject({ ok: true });
  return { spreadsheet, addon, lang: (locale === 'ru_RU' ? 'ru' : 'en') as Lang };
}

export function sheet(spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang) {
  const found = spreadsheet.getSheetByName(template.name[lang]);
  if (!found) throw new Error(`no ${template.name[lang]} sheet`);
  return found;
}

/** The whole Deals sheet, every cell. */
export const dealsSheet = (spreadsheet: Spreadsheet, lang: Lang = 'en') => sheet(spreadsheet, DEALS, lang).getDataRange().getValues();

export interface Row {
  registered: string;
  partner: string;
  tier: string;
  customer: string;
  taxId?: string;
  products: string;
  amount?: number;
  extensions?: number;
  lastUpdate?: string;
  outcome?: string;
  requestId?: string;
  user?: string;
}

/**
 * A Deals row as the sheet holds it: Registered on | Partner | Tier | Customer | Tax ID | Products | Expected amount |
 * Extensions | Last update | Outcome | Request ID | User (then the formula columns Expires and Status).
 */
export const cells = (r: Row): unknown[] => [
  midnight(r.registered),
  r.partner,
  r.tier,
  r.customer,
  r.taxId ? `'${r.taxId}` : '',
  r.products,
  r.amount ?? '',
  r.extensions ?? 0,
  r.lastUpdate ? midnight(r.lastUpdate) : '',
  r.outcome ?? 'open',
  r.requestId ?? '',
  r.user ?? '',
];

/** Replaces the sample deals with these rows (test set-up, through the host's own handle). */
export function setDeals(spreadsheet: Spreadsheet, rows: Row[], lang: Lang = 'en') {
  const target = sheet(spreadsheet, DEALS, lang);
  target.getRange(2, 1, Math.max(target.getLastRow(), 2), 12).clearContent();
  if (rows.length) target.getRange(2, 1, rows.length, 12).setValues(rows.map(cells));
}

/** The writes a call made to the spreadsheet, by service method. */
export function writes(addon: Addon): Record<string, number> {
  return Object.fromEntries(
    Object.entries(addon.counts()).filter(([name]) => /^(Range|Sheet|Spreadsheet)\.(set|append|insert|delete|clear|copy|move|sort)/.test(name)),
  );
}

/** Runs a call that must refuse: the whole Deals sheet is unchanged, nothing at all was written, no request id kept. */
export function refusal(spreadsheet: Spreadsheet, addon: Addon, run: () => any, lang: Lang = 'en'): any {
  const before = dealsSheet(spreadsheet, lang);
  addon.resetCounts();
  const value = run();
  refused(value);
  expect(writes(addon)).toEqual({});
  expect(addon.counts()['Properties.setProperty'] ?? 0).toBe(0);
  expect(dealsSheet(spreadsheet, lang)).toEqual(before);
  return value;
}

export const id = requestIds('deal-test');
export const register = (addon: Addon, fields: Record<string, unknown>, requestId = id()) => addon.call('registerDeal', { ...fields, requestId });
export const extend = (addon: Addon, deal: object, requestId = id()) => addon.call('extendDeal', { deal, requestId });
export const update = (addon: Addon, deal: object, outcome: string, requestId = id()) => addon.call('updateDealStatus', { deal, outcome, requestId });
/** What the dialog sends to point at a listed registration. */
export const ref = (row: number, r: Row) => ({ row, partner: r.partner, customer: r.customer, registered: r.registered });
