import { DEAL_COLUMNS, type DealColumnKey } from './rules/dealColumns';
import { bi } from '../../kernel/i18n';
import { rulesSheet } from '../../kernel/functions/rulesTable';
import { TIERS_PROGRAM } from './rules/seed';
import { MARKETING_CHOICES, TIERS_TABLE } from './rules/table';
import type { Column, ProgramTemplate, Refs, TableSheet } from '../../kernel/templates/layout';

const REPORT_DATE = { date: '2026-11-30' };
const d = (date: string) => ({ date });
const tierNames = (lang: 'en' | 'ru') => TIERS_PROGRAM.tiers.map((t) => t.name[lang]);
const marketingWords = (lang: 'en' | 'ru') => [...MARKETING_CHOICES[lang]];
const overrideWords = (lang: 'en' | 'ru') => [...tierNames(lang), TIERS_PROGRAM.authorisation.deauthorised[lang]];

/** The template's rules sheet (SPEC §12): the seed's tiers table, which every formula of the template passes as `rules`. */
export const RULES: TableSheet = rulesSheet(TIERS_TABLE);
const rules = (r: Refs) => r.columns(RULES, 'tier', 'updateEvery', { startRow: 1 });
/** What PARTNER_TIER and TIER_GAP read of a Partners row (SPEC §5 argument order), then the rules table. */
const standing = (r: Refs) =>
  `${['sales', 'training', 'marketing', 'reporting', 'staff', 'authorised', 'override'].map((key) => r.column(PARTNERS, key)).join(', ')}, ${rules(r)}`;
const outcomeWords = (lang: 'en' | 'ru') => TIERS_PROGRAM.deals.outcomes.map((o) => o.name[lang]);
const dealHeader = (key: DealColumnKey) => DEAL_COLUMNS.find((c) => c.key === key)!.name;

export const PARTNERS: TableSheet = {
  kind: 'table',
  key: 'partners',
  name: bi('Partners', 'Партнёры'),
  columns: [
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'authorised', header: bi('Authorised', 'Авторизован'), checkbox: true, width: 110 },
    { key: 'sales', header: bi('Sales, 12 months', 'Продажи за 12 мес.'), format: 'money', width: 140 },
    { key: 'training', header: bi('Sales training', 'Обучение продажам'), checkbox: true, width: 130 },
    { key: 'marketing', header: bi('Marketing', 'Маркетинг'), choices: marketingWords },
    { key: 'reporting', header: bi('Monthly deal reporting', 'Ежемесячная отчётность'), checkbox: true, width: 190 },
    { key: 'staff', header: bi('Dedicated staff', 'Выделенные сотрудники'), checkbox: true, width: 170 },
    { key: 'tier', header: bi('Tier', 'Статус'), formula: (r) => `PARTNER_TIER(${standing(r)})` },
    { key: 'gap', header: bi('For the next tier', 'До следующего статуса'), width: 320, formula: (r) => `TIER_GAP(${standing(r)})` },
    {
      key: 'discount',
      header: bi('Discount', 'Скидка'),
      format: 'percent',
      formula: (r) => `TIER_BENEFIT(${r.column(PARTNERS, 'tier')}, "discount", ${rules(r)})`,
    },
    {
      key: 'leads',
      header: bi('Leads per month', 'Лидов в месяц'),
      format: 'integer',
      width: 130,
      formula: (r) => `TIER_BENEFIT(${r.column(PARTNERS, 'tier')}, "leads per month", ${rules(r)})`,
    },
    // The vendor's decision after a breach (seed 001): a tier to hold the partner at, or deauthorised. Last, so the
    // computed columns keep their places; PARTNER_TIER and TIER_GAP pass it.
    { key: 'override', header: bi('Vendor override', 'Решение вендора'), choices: overrideWords, width: 150 },
  ],
  samples: [
    { partner: bi('Orion Soft', 'Орион Софт'), authorised: true, sales: 120000, training: false, marketing: bi('none', 'нет'), reporting: false, staff: false },
    { partner: bi('Polaris IT', 'Полярис ИТ'), authorised: true, sales: 380000, training: false, marketing: bi('none', 'нет'), reporting: false, staff: false },
    {
      partner: bi('Vega Systems', 'Вега Системс'),
      authorised: true,
      sales: 620000,
      training: true,
      marketing: bi('quarterly', 'ежеквартально'),
      reporting: false,
      staff: false,
    },
    {
      partner: bi('Sirius Integration', 'Сириус Интеграция'),
      authorised: true,
      sales: 5400000,
      training: true,
      marketing: bi('quarterly', 'ежеквартально'),
      reporting: true,
      staff: false,
    },
    {
      partner: bi('Altair Group', 'Альтаир Груп'),
      authorised: true,
      sales: 31000000,
      training: true,
      marketing: bi('monthly', 'ежемесячно'),
      reporting: true,
      staff: true,
    },
    { partner: bi('Deneb Trade', 'Денеб Трейд'), authorised: false, sales: 0, training: false, marketing: bi('none', 'нет'), reporting: false, staff: false },
  ],
};

const dealColumn = (key: DealColumnKey, extra: Partial<Column> = {}): Column => ({ key, header: dealHeader(key), ...extra });

export const DEALS: TableSheet = {
  kind: 'table',
  key: 'deals',
  name: bi('Deals', 'Сделки'),
  columns: [
    dealColumn('registered', { format: 'date', width: 130 }),
    dealColumn('partner', { width: 180 }),
    dealColumn('tier', { choices: tierNames }),
    dealColumn('customer', { width: 200 }),
    // No plain-text format: the dialog writes the tax ID with a leading ' (io/table.ts asText), which a
    // plain-text cell would keep as a character.
    dealColumn('taxId', { width: 110 }),
    dealColumn('products', { width: 160 }),
    { key: 'amount', header: bi('Expected amount', 'Ожидаемая сумма'), format: 'money', width: 140 },
    dealColumn('extensions', { format: 'integer' }),
    dealColumn('lastUpdate', { format: 'date', width: 120 }),
    dealColumn('outcome', { choices: outcomeWords }),
    // The audit columns of the dialog's writes (SPEC §9): the request id of the latest dialog write to the row
    // (a registration, then each extension or status update) and who made it. Left of the formula columns, so
    // that a new row is still one setValues from Registered on to User.
    { key: 'requestId', header: bi('Request ID', 'Номер запроса'), width: 150 },
    { key: 'user', header: bi('User', 'Пользователь'), width: 200 },
    {
      key: 'expiry',
      header: bi('Expires', 'Истекает'),
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
      partner: bi('Vega Systems', 'Вега Системс'),
      tier: bi('Silver', 'Серебряный'),
      customer: bi('Romashka LLC', 'ООО «Ромашка»'),
      taxId: '7701234567',
      products: 'DLP, Time Tracker',
      amount: 450000,
      extensions: 0,
      lastUpdate: d('2026-11-20'),
      outcome: bi('open', 'в работе'),
    },
    {
      registered: d('2026-09-15'),
      partner: bi('Polaris IT', 'Полярис ИТ'),
      tier: bi('Bronze', 'Бронзовый'),
      customer: bi('"Romashka" LLC', '"Ромашка" ООО'),
      taxId: '',
      products: 'DLP',
      amount: 300000,
      extensions: 0,
      lastUpdate: d('2026-11-25'),
      outcome: bi('open', 'в работе'),
    },
    {
      registered: d('2026-05-10'),
      partner: bi('Sirius Integration', 'Сириус Интеграция'),
      tier: bi('Gold', 'Золотой'),
      customer: bi('Lotus Bank', 'АО «Лотос Банк»'),
      taxId: '7709876543',
      products: 'DLP; Archive',
      amount: 2100000,
      extensions: 0,
      lastUpdate: d('2026-11-02'),
      outcome: bi('won', 'выиграна'),
    },
    {
      registered: d('2026-06-01'),
      partner: bi('Orion Soft', 'Орион Софт'),
      tier: bi('White', 'Белый'),
      customer: bi('Birch Logistics', 'ООО «Берёза Логистик»'),
      taxId: '5403111222',
      products: 'Time Tracker',
      amount: 90000,
      extensions: 0,
      lastUpdate: d('2026-08-20'),
      outcome: bi('open', 'в работе'),
    },
    {
      registered: d('2026-10-05'),
      partner: bi('Vega Systems', 'Вега Системс'),
      tier: bi('Silver', 'Серебряный'),
      customer: bi('North Mining', 'ПАО «Северная добыча»'),
      taxId: '2465000111',
      products: 'Archive',
      amount: 800000,
      extensions: 0,
      lastUpdate: d('2026-10-10'),
      outcome: bi('open', 'в работе'),
    },
    {
      registered: d('2026-03-01'),
      partner: bi('Polaris IT', 'Полярис ИТ'),
      tier: bi('Bronze', 'Бронзовый'),
      customer: bi('Cedar Pharma', 'ООО «Кедр Фарма»'),
      taxId: '7812555666',
      products: 'DLP',
      amount: 250000,
      extensions: 2,
      lastUpdate: d('2026-05-15'),
      outcome: bi('open', 'в работе'),
    },
    {
      registered: d('2026-11-10'),
      partner: bi('Altair Group', 'Альтаир Груп'),
      tier: bi('Trusted', 'Доверенный'),
      customer: bi('City Hospital 3', 'ГБУЗ «Городская больница № 3»'),
      taxId: '7700111333',
      products: 'DLP, Archive',
      amount: 3500000,
      extensions: 0,
      lastUpdate: d('2026-11-28'),
      outcome: bi('open', 'в работе'),
    },
  ],
  side: [{ key: 'reportDate', label: bi('Report date', 'Дата отчёта'), value: REPORT_DATE, format: 'date' }],
};

export const PILOTS: TableSheet = {
  kind: 'table',
  key: 'pilots',
  name: bi('Pilots', 'Пилоты'),
  columns: [
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'customer', header: bi('Customer', 'Заказчик'), width: 200 },
    { key: 'start', header: bi('Pilot start', 'Начало пилота'), format: 'date', width: 120 },
    { key: 'days', header: bi('Days', 'Дней'), format: 'integer' },
    { key: 'report', header: bi('Report received', 'Отчёт получен'), format: 'date', width: 130 },
    {
      key: 'status',
      header: bi('Status', 'Статус'),
      width: 150,
      formula: (r) =>
        `PILOT_STATUS(${r.column(PILOTS, 'start')}, ${r.column(PILOTS, 'days')}, ${r.column(PILOTS, 'report')}, ${r.side(PILOTS, 'reportDate')}, ${rules(r)})`,
    },
  ],
  samples: [
    { partner: bi('Vega Systems', 'Вега Системс'), customer: bi('North Mining', 'ПАО «Северная добыча»'), start: d('2026-11-20'), days: 14, report: '' },
    { partner: bi('Polaris IT', 'Полярис ИТ'), customer: bi('Cedar Pharma', 'ООО «Кедр Фарма»'), start: d('2026-11-10'), days: 14, report: '' },
    { partner: bi('Orion Soft', 'Орион Софт'), customer: bi('Birch Logistics', 'ООО «Берёза Логистик»'), start: d('2026-10-01'), days: 14, report: '' },
    {
      partner: bi('Sirius Integration', 'Сириус Интеграция'),
      customer: bi('Lotus Bank', 'АО «Лотос Банк»'),
      start: d('2026-04-01'),
      days: 30,
      report: d('2026-05-05'),
    },
    {
      partner: bi('Altair Group', 'Альтаир Груп'),
      customer: bi('City Hospital 3', 'ГБУЗ «Городская больница № 3»'),
      start: d('2026-09-01'),
      days: 14,
      report: d('2026-10-20'),
    },
  ],
  side: [{ key: 'reportDate', label: bi('Report date', 'Дата отчёта'), value: REPORT_DATE, format: 'date' }],
};

export const PARTNER_TEMPLATE: ProgramTemplate = {
  key: 'partners',
  label: bi('Partner tiers and deals', 'Статусы партнёров и сделки'),
  sheets: [PARTNERS, DEALS, PILOTS, RULES],
};
