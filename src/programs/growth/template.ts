import { GROWTH_PROGRAM } from './rules/seed';
import { bi } from '../../kernel/i18n';
import type { ProgramTemplate, TableSheet } from '../../kernel/templates/layout';

const d = (date: string) => ({ date });
const dt = (dateTime: string) => ({ dateTime });
const P = {
  a: bi('Cloud Accounting', 'Облачная бухгалтерия'),
  b: bi('Ural Service', 'Урал Сервис'),
  c: bi('Smart Office', 'Умный офис'),
  d: bi('North IT', 'Северный ИТ'),
  e: bi('Volga Soft', 'Волга Софт'),
};

/** The dialog reads invoices in this long form: one row per partner and month. */
export const INVOICES: TableSheet = {
  kind: 'table',
  key: 'invoices',
  name: bi('Invoices', 'Счета'),
  columns: [
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'month', header: bi('Month', 'Месяц'), format: 'date' },
    { key: 'amount', header: bi('Amount', 'Сумма'), format: 'money' },
    { key: 'subscriptions', header: bi('Support subscriptions', 'Подписки на поддержку'), format: 'integer', width: 170 },
  ],
  samples: [
    { partner: P.a, month: d('2026-09-01'), amount: 20000, subscriptions: 1 },
    { partner: P.a, month: d('2026-10-01'), amount: 28000, subscriptions: 2 },
    { partner: P.b, month: d('2026-09-01'), amount: 300.3, subscriptions: 0 },
    { partner: P.b, month: d('2026-10-01'), amount: 330.33, subscriptions: 3 },
    { partner: P.c, month: d('2026-09-01'), amount: 100.1, subscriptions: 1 },
    { partner: P.c, month: d('2026-10-01'), amount: 110.11, subscriptions: 3 },
    { partner: P.d, month: d('2026-09-01'), amount: 15000, subscriptions: 0 },
    { partner: P.d, month: d('2026-10-01'), amount: 30000, subscriptions: 1 },
    { partner: P.e, month: d('2026-10-01'), amount: 12000, subscriptions: 4 },
  ],
};

/** The same month side by side, for the contest formulas. */
export const CONTEST: TableSheet = {
  kind: 'table',
  key: 'contest',
  name: bi('Contest', 'Конкурс'),
  columns: [
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'previous', header: bi('Previous month', 'Предыдущий месяц'), format: 'money', width: 140 },
    { key: 'current', header: bi('Reporting month', 'Отчётный месяц'), format: 'money', width: 140 },
    { key: 'subscriptions', header: bi('Subscriptions', 'Подписки'), format: 'integer' },
    {
      key: 'growth',
      header: bi('Growth', 'Прирост'),
      format: 'percent',
      formula: (r) => `GROWTH_PCT(${r.column(CONTEST, 'previous')}, ${r.column(CONTEST, 'current')})`,
    },
    {
      key: 'place',
      header: bi('Place', 'Место'),
      format: 'integer',
      formula: (r) =>
        `GROWTH_RANK(${r.column(CONTEST, 'partner')}, ${r.column(CONTEST, 'previous')}, ${r.column(CONTEST, 'current')}, ${r.column(CONTEST, 'subscriptions')}, ${r.side(CONTEST, 'excluded')})`,
    },
  ],
  samples: [
    { partner: P.a, previous: 20000, current: 28000, subscriptions: 2 },
    { partner: P.b, previous: 300.3, current: 330.33, subscriptions: 3 },
    { partner: P.c, previous: 100.1, current: 110.11, subscriptions: 3 },
    { partner: P.d, previous: 15000, current: 30000, subscriptions: 1 },
    { partner: P.e, previous: '', current: 12000, subscriptions: 4 },
  ],
  side: [{ key: 'excluded', label: bi('Got the leads this month', 'Получил лиды в этом месяце'), value: P.d }],
  blocks: [
    {
      key: 'podium',
      headers: [bi('Place', 'Место'), bi('Partner', 'Партнёр'), bi('Growth', 'Прирост'), bi('Subscriptions', 'Подписки')],
      formats: ['integer', undefined, 'percent', 'integer'],
      widths: [70, 180, 90, 110],
      formula: (r) =>
        `CONTEST_TOP(${r.column(CONTEST, 'partner')}, ${r.column(CONTEST, 'previous')}, ${r.column(CONTEST, 'current')}, ${r.column(CONTEST, 'subscriptions')}, ${r.side(CONTEST, 'excluded')})`,
    },
  ],
};

export const CONTEST_LOG: TableSheet = {
  kind: 'table',
  key: 'contestLog',
  name: bi('Contest log', 'Журнал конкурса'),
  columns: [
    { key: 'month', header: bi('Reporting month', 'Отчётный месяц'), format: 'date', width: 140 },
    { key: 'place', header: bi('Place', 'Место'), format: 'integer' },
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'growth', header: bi('Growth', 'Прирост'), format: 'percent' },
    { key: 'subscriptions', header: bi('Subscriptions', 'Подписки'), format: 'integer' },
    { key: 'result', header: bi('Result', 'Итог'), width: 160 },
    { key: 'user', header: bi('Recorded by', 'Кто записал'), width: 180 },
    { key: 'recordedAt', header: bi('Recorded at', 'Когда записано'), format: 'datetime', width: 150 },
    // The request id of the dialog call that wrote the row (SPEC §9): a retried call finds its rows here.
    { key: 'requestId', header: bi('Request ID', 'Номер запроса'), width: 150 },
  ],
  samples: [
    {
      month: d('2026-09-01'),
      place: 1,
      partner: P.d,
      growth: 0.5,
      subscriptions: 0,
      result: GROWTH_PROGRAM.results.winner.name,
      user: 'manager@example.com',
      recordedAt: dt('2026-10-02 11:00'),
    },
  ],
};

export const LEADS: TableSheet = {
  kind: 'table',
  key: 'leads',
  name: bi('Leads', 'Лиды'),
  columns: [
    { key: 'lead', header: bi('Lead', 'Лид'), width: 160 },
    { key: 'partner', header: bi('Partner', 'Партнёр'), width: 180 },
    { key: 'received', header: bi('Received', 'Получен'), format: 'datetime', width: 150 },
    { key: 'first', header: bi('First contact', 'Первый контакт'), format: 'datetime', width: 150 },
    { key: 'followUp1', header: bi('Follow-up (3 days)', 'Повторный (3 дня)'), format: 'datetime' },
    { key: 'followUp2', header: bi('Follow-up (14 days)', 'Повторный (14 дней)'), format: 'datetime' },
    {
      key: 'sla',
      header: bi('SLA', 'Регламент'),
      width: 300,
      formula: (r) =>
        `LEAD_SLA(${r.column(LEADS, 'received')}, ${r.column(LEADS, 'first')}, ${r.column(LEADS, 'followUp1')}, ${r.column(LEADS, 'followUp2')}, ${r.side(LEADS, 'reportDate')})`,
    },
  ],
  samples: [
    {
      lead: 'L-1001',
      partner: P.d,
      received: dt('2026-10-01 10:00'),
      first: dt('2026-10-01 10:40'),
      followUp1: dt('2026-10-03 15:00'),
      followUp2: dt('2026-10-14 12:00'),
    },
    { lead: 'L-1002', partner: P.d, received: dt('2026-10-06 09:30'), first: dt('2026-10-06 11:10'), followUp1: dt('2026-10-08 10:00'), followUp2: '' },
    { lead: 'L-1003', partner: P.d, received: dt('2026-10-20 14:00'), first: dt('2026-10-20 14:20'), followUp1: '', followUp2: '' },
    { lead: 'L-1004', partner: P.d, received: dt('2026-10-30 16:00'), first: dt('2026-10-30 16:30'), followUp1: '', followUp2: '' },
    { lead: 'L-1005', partner: P.d, received: dt('2026-10-31 18:00'), first: '', followUp1: '', followUp2: '' },
  ],
  side: [{ key: 'reportDate', label: bi('Report date', 'Дата отчёта'), value: dt('2026-11-01 09:00'), format: 'datetime' }],
};

export const GROWTH_TEMPLATE: ProgramTemplate = {
  key: 'growth',
  label: bi('Growth contest and leads', 'Конкурс роста и лиды'),
  sheets: [INVOICES, CONTEST, CONTEST_LOG, LEADS],
};
