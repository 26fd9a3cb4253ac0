import { DEAL_COLUMNS, type DealColumnKey } from './rules/dealColumns';
import { type Lang, t } from '../../kernel/i18n';
import { rulesSheet } from '../../kernel/functions/rulesTable';
import { TIERS_PROGRAM } from './rules/seed';
import { TIERS_TABLE, marketingChoices } from './rules/table';
import type { Column, ProgramTemplate, Refs, TableSheet } from '../../kernel/templates/layout';

const REPORT_DATE = { date: '2026-11-30' };
const d = (date: string) => ({ date });
const tierNames = (lang: Lang) => TIERS_PROGRAM.tiers.map((t) => t.name[lang]);
const marketingWords = marketingChoices;
const overrideWords = (lang: Lang) => [...tierNames(lang), TIERS_PROGRAM.authorisation.deauthorised[lang]];

/** The template's rules sheet (SPEC §12): the seed's tiers table, which every formula of the template passes as `rules`. */
export const RULES: TableSheet = rulesSheet(TIERS_TABLE);
const rules = (r: Refs) => r.columns(RULES, 'tier', 'updateEvery', { startRow: 1 });
/** What PARTNER_TIER and TIER_GAP read of a Partners row (SPEC §5 argument order), then the rules table. */
const standing = (r: Refs) =>
  `${['sales', 'training', 'marketing', 'reporting', 'staff', 'authorised', 'override'].map((key) => r.column(PARTNERS, key)).join(', ')}, ${rules(r)}`;
const outcomeWords = (lang: Lang) => TIERS_PROGRAM.deals.outcomes.map((o) => o.name[lang]);
const dealHeader = (key: DealColumnKey) => DEAL_COLUMNS.find((c) => c.key === key)!.name;

export const PARTNERS: TableSheet = {
  kind: 'table',
  key: 'partners',
  name: t`Partners`,
  columns: [
    { key: 'partner', header: t`Partner`, width: 180 },
    { key: 'authorised', header: t`Authorised`, checkbox: true, width: 110 },
    { key: 'sales', header: t`Sales, 12 months`, format: 'money', width: 140 },
    { key: 'training', header: t`Sales training`, checkbox: true, width: 130 },
    { key: 'marketing', header: t`Marketing`, choices: marketingWords },
    { key: 'reporting', header: t`Monthly deal reporting`, checkbox: true, width: 190 },
    { key: 'staff', header: t`Dedicated staff`, checkbox: true, width: 170 },
    { key: 'tier', header: t`Tier`, formula: (r) => `PARTNER_TIER(${standing(r)})` },
    { key: 'gap', header: t`For the next tier`, width: 320, formula: (r) => `TIER_GAP(${standing(r)})` },
    {
      key: 'discount',
      header: t`Discount`,
      format: 'percent',
      formula: (r) => `TIER_BENEFIT(${r.column(PARTNERS, 'tier')}, "discount", ${rules(r)})`,
    },
    {
      key: 'leads',
      header: t`Leads per month`,
      format: 'integer',
      width: 130,
      formula: (r) => `TIER_BENEFIT(${r.column(PARTNERS, 'tier')}, "leads per month", ${rules(r)})`,
    },
    // The vendor's decision after a breach (seed 001): a tier to hold the partner at, or deauthorised. Last, so the
    // computed columns keep their places; PARTNER_TIER and TIER_GAP pass it.
    { key: 'override', header: t`Vendor override`, choices: overrideWords, width: 150 },
  ],
  samples: [
    { partner: t`Orion Soft`, authorised: true, sales: 120000, training: false, marketing: t`none`, reporting: false, staff: false },
    { partner: t`Polaris IT`, authorised: true, sales: 380000, training: false, marketing: t`none`, reporting: false, staff: false },
    {
      partner: t`Vega Systems`,
      authorised: true,
      sales: 620000,
      training: true,
      marketing: t`quarterly`,
      reporting: false,
      staff: false,
    },
    {
      partner: t`Sirius Integration`,
      authorised: true,
      sales: 5400000,
      training: true,
      marketing: t`quarterly`,
      reporting: true,
      staff: false,
    },
    {
      partner: t`Altair Group`,
      authorised: true,
      sales: 31000000,
      training: true,
      marketing: t`monthly`,
      reporting: true,
      staff: true,
    },
    { partner: t`Deneb Trade`, authorised: false, sales: 0, training: false, marketing: t`none`, reporting: false, staff: false },
  ],
};

const dealColumn = (key: DealColumnKey, extra: Partial<Column> = {}): Column => ({ key, header: dealHeader(key), ...extra });

export const DEALS: TableSheet = {
  kind: 'table',
  key: 'deals',
  name: t`Deals`,
  columns: [
    dealColumn('registered', { format: 'date', width: 130 }),
    dealColumn('partner', { width: 180 }),
    dealColumn('tier', { choices: tierNames }),
    dealColumn('customer', { width: 200 }),
    // No plain-text format: the dialog writes the tax ID with a leading ' (io/table.ts asText), which a
    // plain-text cell would keep as a character.
    dealColumn('taxId', { width: 110 }),
    dealColumn('products', { width: 160 }),
    { key: 'amount', header: t`Expected amount`, format: 'money', width: 140 },
    dealColumn('extensions', { format: 'integer' }),
    dealColumn('lastUpdate', { format: 'date', width: 120 }),
    dealColumn('outcome', { choices: outcomeWords }),
    // The audit columns of the dialog's writes (SPEC §9): the request id of the latest dialog write to the row
    // (a registration, then each extension or status update) and who made it. Left of the formula columns, so
    // that a new row is still one setValues from Registered on to User.
    { key: 'requestId', header: t`Request ID`, width: 150 },
    { key: 'user', header: t`User`, width: 200 },
    {
      key: 'expiry',
      header: t`Expires`,
      format: 'date',
      formula: (r) => `DEAL_EXPIRY(${r.column(DEALS, 'registered')}, ${r.column(DEALS, 'tier')}, ${r.column(DEALS, 'extensions')}, ${rules(r)})`,
    },
    {
      key: 'status',
      header: TIERS_PROGRAM.deals.statuses.header,
      formulaInHeader: true,
      width: 160,
      // The Partners sheet's Partner to Vendor override columns: who is authorised (SPEC §5 `partners`).
      formula: (r) =>
        `DEAL_STATUS(${r.columns(DEALS, 'registered', 'outcome', { startRow: 1 })}, ${r.side(DEALS, 'reportDate')}, ${r.columns(PARTNERS, 'partner', 'override', { startRow: 1 })}, ${rules(r)})`,
    },
  ],
  samples: [
    {
      registered: d('2026-09-01'),
      partner: t`Vega Systems`,
      tier: t`Silver`,
      customer: t`Romashka LLC`,
      taxId: '7701234567',
      products: 'DLP, Time Tracker',
      amount: 450000,
      extensions: 0,
      lastUpdate: d('2026-11-20'),
      outcome: t`open`,
    },
    {
      registered: d('2026-09-15'),
      partner: t`Polaris IT`,
      tier: t`Bronze`,
      customer: t`"Romashka" LLC`,
      taxId: '',
      products: 'DLP',
      amount: 300000,
      extensions: 0,
      lastUpdate: d('2026-11-25'),
      outcome: t`open`,
    },
    {
      registered: d('2026-05-10'),
      partner: t`Sirius Integration`,
      tier: t`Gold`,
      customer: t`Lotus Bank`,
      taxId: '7709876543',
      products: 'DLP; Archive',
      amount: 2100000,
      extensions: 0,
      lastUpdate: d('2026-11-02'),
      outcome: t`won`,
    },
    {
      registered: d('2026-06-01'),
      partner: t`Orion Soft`,
      tier: t`White`,
      customer: t`Birch Logistics`,
      taxId: '5403111222',
      products: 'Time Tracker',
      amount: 90000,
      extensions: 0,
      lastUpdate: d('2026-08-20'),
      outcome: t`open`,
    },
    {
      registered: d('2026-10-05'),
      partner: t`Vega Systems`,
      tier: t`Silver`,
      customer: t`North Mining`,
      taxId: '2465000111',
      products: 'Archive',
      amount: 800000,
      extensions: 0,
      lastUpdate: d('2026-10-10'),
      outcome: t`open`,
    },
    {
      registered: d('2026-03-01'),
      partner: t`Polaris IT`,
      tier: t`Bronze`,
      customer: t`Cedar Pharma`,
      taxId: '7812555666',
      products: 'DLP',
      amount: 250000,
      extensions: 2,
      lastUpdate: d('2026-05-15'),
      outcome: t`open`,
    },
    {
      registered: d('2026-11-10'),
      partner: t`Altair Group`,
      tier: t`Trusted`,
      customer: t`City Hospital 3`,
      taxId: '7700111333',
      products: 'DLP, Archive',
      amount: 3500000,
      extensions: 0,
      lastUpdate: d('2026-11-28'),
      outcome: t`open`,
    },
  ],
  side: [{ key: 'reportDate', label: t`Report date`, value: REPORT_DATE, format: 'date' }],
};

export const PILOTS: TableSheet = {
  kind: 'table',
  key: 'pilots',
  name: t`Pilots`,
  columns: [
    { key: 'partner', header: t`Partner`, width: 180 },
    { key: 'customer', header: t`Customer`, width: 200 },
    { key: 'start', header: t`Pilot start`, format: 'date', width: 120 },
    { key: 'days', header: t`Days`, format: 'integer' },
    { key: 'report', header: t`Report received`, format: 'date', width: 130 },
    {
      key: 'status',
      header: t`Status`,
      width: 150,
      formula: (r) =>
        `PILOT_STATUS(${r.column(PILOTS, 'start')}, ${r.column(PILOTS, 'days')}, ${r.column(PILOTS, 'report')}, ${r.side(PILOTS, 'reportDate')}, ${rules(r)})`,
    },
  ],
  samples: [
    { partner: t`Vega Systems`, customer: t`North Mining`, start: d('2026-11-20'), days: 14, report: '' },
    { partner: t`Polaris IT`, customer: t`Cedar Pharma`, start: d('2026-11-10'), days: 14, report: '' },
    { partner: t`Orion Soft`, customer: t`Birch Logistics`, start: d('2026-10-01'), days: 14, report: '' },
    {
      partner: t`Sirius Integration`,
      customer: t`Lotus Bank`,
      start: d('2026-04-01'),
      days: 30,
      report: d('2026-05-05'),
    },
    {
      partner: t`Altair Group`,
      customer: t`City Hospital 3`,
      start: d('2026-09-01'),
      days: 14,
      report: d('2026-10-20'),
    },
  ],
  side: [{ key: 'reportDate', label: t`Report date`, value: REPORT_DATE, format: 'date' }],
};

export const PARTNER_TEMPLATE: ProgramTemplate = {
  key: 'partners',
  label: t`Partner tiers and deals`,
  sheets: [PARTNERS, DEALS, PILOTS, RULES],
};
