import { resultWords } from './rules/log';
import { GROWTH_PROGRAM } from './rules/seed';
import { LEAD_TABLE } from './rules/table';
import { t } from '../../kernel/i18n';
import { rulesSheet } from '../../kernel/functions/rulesTable';
import { type ProgramTemplate, type Refs, type TableSheet, columnLetter, sideColumn } from '../../kernel/templates/layout';

const d = (date: string) => ({ date });
const dt = (dateTime: string) => ({ dateTime });
const P = {
  a: t`Cloud Accounting`,
  b: t`Ural Service`,
  c: t`Smart Office`,
  d: t`North IT`,
  e: t`Volga Soft`,
};

/** The lead-handling rules sheet (SPEC §12.5): every formula of the template passes it; the contest dialog reads it too. */
export const RULES: TableSheet = rulesSheet(LEAD_TABLE);

/** The dialog reads invoices in this long form: one row per partner and month. */
export const INVOICES: TableSheet = {
  kind: 'table',
  key: 'invoices',
  name: t`Invoices`,
  columns: [
    { key: 'partner', header: t`Partner`, width: 180 },
    { key: 'month', header: t`Month`, format: 'date' },
    { key: 'amount', header: t`Amount`, format: 'money' },
    { key: 'subscriptions', header: t`Support subscriptions`, format: 'integer', width: 170 },
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
    // August, so that September's contest (North IT first, +50%) can be tried too: a breach of its leads in October.
    { partner: P.a, month: d('2026-08-01'), amount: 16000, subscriptions: 0 },
    { partner: P.b, month: d('2026-08-01'), amount: 286, subscriptions: 0 },
    { partner: P.c, month: d('2026-08-01'), amount: 100.1, subscriptions: 0 },
    { partner: P.d, month: d('2026-08-01'), amount: 10000, subscriptions: 0 },
  ],
};

/** A column of another sheet, from the Contest sheet (`'Invoices'!A2:A`). */
const from = (r: Refs, sheet: TableSheet, key: string) => r.column(sheet, key, { from: CONTEST });
/** The last day of the month `shift` months from the report month's: EOMONTH($H$2, shift). */
const monthEnd = (r: Refs, shift: number) => `EOMONTH(${r.side(CONTEST, 'reportMonth')}, ${shift})`;
/** Each invoice row's partner and month as one key (`Cloud Accounting|46295`): SUMIF matches partner and month at once. */
const invoiceKeys = (r: Refs) => `${from(r, INVOICES, 'partner')}&"|"&EOMONTH(${from(r, INVOICES, 'month')}, 0)`;
/** The same key for each partner listed, for the month `shift` from the report month. */
const rowKeys = (r: Refs, shift: number) => `${r.column(CONTEST, 'partner')}&"|"&${monthEnd(r, shift)}`;
/** Every partner the Contest log names as receiving the leads: Leads to, or the partner of a winner row that leaves it empty. */
const WINNER_WORDS = `{${resultWords(GROWTH_PROGRAM.results.winner)
  .map((w) => `"${w}"`)
  .join(';')}}`;
/** The rules sheet's table, from any sheet of the template: `'Rules: leads'!A1:B`. */
const rules = (r: Refs, sheet: TableSheet) => r.columns(RULES, 'name', 'hours', { startRow: 1, from: sheet });
/** The column the receivers block spills down (the `excluded` of GROWTH_RANK and CONTEST_TOP): `J2:J`. */
const receivers = () => {
  const letter = columnLetter(sideColumn(CONTEST, 'receivers'));
  return `${letter}2:${letter}`;
};

/**
 * The report month's contest, computed from the Invoices sheet (SPEC §9.3),
 * so that the sheet and the dialog show the same podium: the partners
 * invoiced in the report month or the month before, each with its total for
 * each month (the month before empty when it has none), its subscriptions
 * that month, growth and place; the partners that received the report
 * month's leads (from the Contest log: the same rule as the dialog's,
 * rules/log.ts) are left out. Changing the report month or adding invoice
 * rows below recomputes everything.
 */
export const CONTEST: TableSheet = {
  kind: 'table',
  key: 'contest',
  name: t`Contest`,
  columns: [
    {
      key: 'partner',
      header: t`Partner`,
      width: 180,
      formula: (r) =>
        `IFERROR(UNIQUE(FILTER(${from(r, INVOICES, 'partner')}, ${from(r, INVOICES, 'partner')}<>"", ${from(r, INVOICES, 'month')}>=${monthEnd(r, -2)}+1, ${from(r, INVOICES, 'month')}<${monthEnd(r, 0)}+1)), "")`,
    },
    {
      key: 'previous',
      header: t`Invoice, month before`,
      format: 'money',
      width: 160,
      // Summed in floating point, then rounded to 6 decimals: 100.1 + 200.2 shows 300.3, as the dialog sums it.
      formula: (r) =>
        `ARRAYFORMULA(IF(${r.column(CONTEST, 'partner')}="", "", IF(COUNTIF(${invoiceKeys(r)}, ${rowKeys(r, -1)})=0, "", ROUND(SUMIF(${invoiceKeys(r)}, ${rowKeys(r, -1)}, ${from(r, INVOICES, 'amount')}), 6))))`,
    },
    {
      key: 'current',
      header: t`Invoice, report month`,
      format: 'money',
      width: 160,
      formula: (r) =>
        `ARRAYFORMULA(IF(${r.column(CONTEST, 'partner')}="", "", ROUND(SUMIF(${invoiceKeys(r)}, ${rowKeys(r, 0)}, ${from(r, INVOICES, 'amount')}), 6)))`,
    },
    {
      key: 'subscriptions',
      header: t`Subscriptions`,
      format: 'integer',
      formula: (r) =>
        `ARRAYFORMULA(IF(${r.column(CONTEST, 'partner')}="", "", SUMIF(${invoiceKeys(r)}, ${rowKeys(r, 0)}, ${from(r, INVOICES, 'subscriptions')})))`,
    },
    {
      key: 'growth',
      header: t`Growth`,
      format: 'percent',
      formula: (r) => `GROWTH_PCT(${r.column(CONTEST, 'previous')}, ${r.column(CONTEST, 'current')}, ${rules(r, CONTEST)})`,
    },
    {
      key: 'place',
      header: t`Place`,
      format: 'integer',
      formula: (r) =>
        `GROWTH_RANK(${r.column(CONTEST, 'partner')}, ${r.column(CONTEST, 'previous')}, ${r.column(CONTEST, 'current')}, ${r.column(CONTEST, 'subscriptions')}, ${receivers()}, ${rules(r, CONTEST)})`,
    },
  ],
  samples: [],
  side: [{ key: 'reportMonth', label: t`Report month`, value: { date: '2026-10-01' }, format: 'date' }],
  blocks: [
    {
      key: 'receivers',
      headers: [t`Got the leads that month`],
      widths: [200],
      formula: (r) => {
        const leadsTo = from(r, CONTEST_LOG, 'leadsTo');
        const month = from(r, CONTEST_LOG, 'month');
        const result = from(r, CONTEST_LOG, 'result');
        return `ARRAYFORMULA(IFERROR(UNIQUE(FILTER(IF(${leadsTo}<>"", ${leadsTo}, ${from(r, CONTEST_LOG, 'partner')}), (${leadsTo}<>"")+ISNUMBER(MATCH(${result}, ${WINNER_WORDS}, 0)), ${month}>=${monthEnd(r, -2)}+1, ${month}<${monthEnd(r, -1)}+1, ISNA(MATCH(ROW(${result}), ${from(r, CONTEST_LOG, 'cancels')}, 0)))), ""))`;
      },
    },
    {
      key: 'podium',
      headers: [t`Place`, t`Partner`, t`Growth`, t`Subscriptions`],
      formats: ['integer', undefined, 'percent', 'integer'],
      widths: [70, 180, 90, 110],
      formula: (r) =>
        `CONTEST_TOP(${r.column(CONTEST, 'partner')}, ${r.column(CONTEST, 'previous')}, ${r.column(CONTEST, 'current')}, ${r.column(CONTEST, 'subscriptions')}, ${receivers()}, , ${rules(r, CONTEST)})`,
    },
  ],
};

/**
 * The contest log: ONE row per action of the Growth contest dialog, never
 * rewritten (rules/log.ts says what each row means). Leads to and From show
 * who receives the leads from which day; a cancellation names the row it
 * cancels.
 */
export const CONTEST_LOG: TableSheet = {
  kind: 'table',
  key: 'contestLog',
  name: t`Contest log`,
  columns: [
    { key: 'month', header: t`Reporting month`, format: 'date', width: 140 },
    { key: 'place', header: t`Place`, format: 'integer' },
    { key: 'partner', header: t`Partner`, width: 180 },
    { key: 'growth', header: t`Growth`, format: 'percent' },
    { key: 'subscriptions', header: t`Subscriptions`, format: 'integer' },
    { key: 'result', header: t`Result`, width: 160 },
    { key: 'leadsTo', header: t`Leads to`, width: 180 },
    { key: 'from', header: t`From`, format: 'date' },
    { key: 'cancels', header: t`Cancels row`, format: 'integer', width: 130 },
    { key: 'user', header: t`Recorded by`, width: 180 },
    { key: 'recordedAt', header: t`Recorded at`, format: 'datetime', width: 150 },
    // The request id of the dialog call that wrote the row (SPEC §9): a retried call finds its row here.
    { key: 'requestId', header: t`Request ID`, width: 150 },
  ],
  samples: [
    {
      month: d('2026-09-01'),
      place: 1,
      partner: P.d,
      growth: 0.5,
      subscriptions: 0,
      result: GROWTH_PROGRAM.results.winner.name,
      leadsTo: P.d,
      from: d('2026-10-01'),
      user: 'manager@example.com',
      recordedAt: dt('2026-10-02 11:00'),
    },
  ],
};

export const LEADS: TableSheet = {
  kind: 'table',
  key: 'leads',
  name: t`Leads`,
  columns: [
    { key: 'lead', header: t`Lead`, width: 160 },
    { key: 'partner', header: t`Partner`, width: 180 },
    { key: 'received', header: t`Received`, format: 'datetime', width: 150 },
    { key: 'first', header: t`First contact`, format: 'datetime', width: 150 },
    { key: 'followUp1', header: t`Follow-up (3 days)`, format: 'datetime' },
    { key: 'followUp2', header: t`Follow-up (14 days)`, format: 'datetime' },
    {
      key: 'sla',
      header: t`SLA`,
      width: 300,
      formula: (r) =>
        `LEAD_SLA(${r.column(LEADS, 'received')}, ${r.column(LEADS, 'first')}, ${r.column(LEADS, 'followUp1')}, ${r.column(LEADS, 'followUp2')}, ${r.side(LEADS, 'reportDate')}, ${rules(r, LEADS)})`,
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
  side: [{ key: 'reportDate', label: t`Report date`, value: dt('2026-11-01 09:00'), format: 'datetime' }],
};

export const GROWTH_TEMPLATE: ProgramTemplate = {
  key: 'growth',
  label: t`Growth contest and leads`,
  sheets: [INVOICES, CONTEST, CONTEST_LOG, LEADS, RULES],
};
