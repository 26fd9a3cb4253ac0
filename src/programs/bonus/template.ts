import { COURSON_PROGRAM } from './rules/seed';
import { BONUS_RULES } from './rules/table';
import { type Lang, t } from '../../kernel/i18n';
import { rulesSheet } from '../../kernel/functions/rulesTable';
import type { FormSheet, ProgramTemplate, Refs, SheetTemplate, TableSheet } from '../../kernel/templates/layout';
import { refsFor } from '../../kernel/templates/refs';

const REPORT_DATE = { date: '2026-04-30' };
const d = (date: string) => ({ date });

/**
 * The rules sheet (SPEC §12.3: `Rules: bonus` / `Правила: бонусы`) holding the
 * Courson table; every formula of the template passes it whole, so editing
 * one rule recomputes every row, and the Redeem points dialog reads it too.
 */
export const BONUS_RULES_SHEET: TableSheet = rulesSheet(BONUS_RULES);
const FIRST_RULE_COLUMN = BONUS_RULES.columns[0].key;
const LAST_RULE_COLUMN = BONUS_RULES.columns[BONUS_RULES.columns.length - 1].key;
/** `'Rules: bonus'!A1:H`: the header row and every rule below it. */
const rulesRange = (r: Refs, from: SheetTemplate) => r.columns(BONUS_RULES_SHEET, FIRST_RULE_COLUMN, LAST_RULE_COLUMN, { startRow: 1, from });

export const BONUS_CLIENTS: TableSheet = {
  kind: 'table',
  key: 'bonusClients',
  name: t`Clients`,
  columns: [
    { key: 'client', header: t`Client`, width: 200 },
    { key: 'accessOpened', header: t`Access opened`, format: 'date', width: 120 },
    {
      key: 'earned',
      header: t`Points earned`,
      format: 'integer',
      width: 130,
      formula: (r) =>
        `BONUS_POINTS(${r.column(BONUS_CLIENTS, 'client')}, ${r.column(BONUS_CLIENTS, 'accessOpened')}, ${r.columns(BONUS_ACTIVITY, 'date', 'value', { from: BONUS_CLIENTS })}, ${r.side(BONUS_CLIENTS, 'reportDate')}, ${rulesRange(r, BONUS_CLIENTS)})`,
    },
    {
      key: 'balance',
      header: t`Balance`,
      format: 'integer',
      width: 120,
      formula: (r) =>
        `BONUS_BALANCE(${r.column(BONUS_CLIENTS, 'client')}, ${r.column(BONUS_CLIENTS, 'earned')}, ${r.columns(BONUS_REDEMPTIONS, 'date', 'user', { from: BONUS_CLIENTS })}, ${rulesRange(r, BONUS_CLIENTS)})`,
    },
  ],
  samples: [
    { client: t`Alpha Build`, accessOpened: d('2026-01-10') },
    { client: t`Beta Logistics`, accessOpened: d('2026-01-31') },
    { client: t`Vector Energy`, accessOpened: d('2026-02-16') },
    { client: t`Granite Plant`, accessOpened: d('2025-11-03') },
    { client: t`Delta Med`, accessOpened: d('2026-03-02') },
  ],
  side: [{ key: 'reportDate', label: t`Report date`, value: REPORT_DATE, format: 'date' }],
};

/** The log's codes in the sheet's language (the functions accept any language). */
const allCodes = (lang: Lang) => [...COURSON_PROGRAM.metrics, ...COURSON_PROGRAM.actions].map((rule) => rule.names?.[lang] ?? rule.code);
const code = (en: string) => {
  const rule = [...COURSON_PROGRAM.metrics, ...COURSON_PROGRAM.actions].find((r) => r.code === en);
  if (!rule?.names) throw new Error(`no log code ${en}`);
  return rule.names;
};

export const BONUS_ACTIVITY: TableSheet = {
  kind: 'table',
  key: 'bonusActivity',
  name: t`Activity`,
  columns: [
    { key: 'date', header: t`Date`, format: 'date' },
    { key: 'client', header: t`Client`, width: 200 },
    { key: 'code', header: t`Code`, choices: allCodes, width: 200 },
    { key: 'value', header: t`Value`, format: 'integer' },
  ],
  samples: [
    // SPEC §4 example: 35 points as of 30.04.2026
    { date: d('2026-01-15'), client: t`Alpha Build`, code: code('employees'), value: 20 },
    { date: d('2026-01-20'), client: t`Alpha Build`, code: code('assigned'), value: 1 },
    { date: d('2026-02-05'), client: t`Alpha Build`, code: code('assigned'), value: 3 },
    { date: d('2026-03-02'), client: t`Alpha Build`, code: code('protocols'), value: 1 },
    { date: d('2026-04-01'), client: t`Alpha Build`, code: code('renewal'), value: 1 },
    { date: d('2026-02-03'), client: t`Beta Logistics`, code: code('employees'), value: 12 },
    { date: d('2026-02-10'), client: t`Beta Logistics`, code: code('program_sets'), value: 2 },
    { date: d('2026-02-12'), client: t`Beta Logistics`, code: code('assigned'), value: 6 },
    { date: d('2026-03-20'), client: t`Beta Logistics`, code: code('success_story'), value: 1 },
    { date: d('2026-04-15'), client: t`Beta Logistics`, code: code('renewal'), value: 1 },
  ],
};

export const BONUS_REDEMPTIONS: TableSheet = {
  kind: 'table',
  key: 'bonusRedemptions',
  name: t`Redemptions`,
  columns: [
    { key: 'date', header: t`Date`, format: 'date' },
    { key: 'client', header: t`Client`, width: 200 },
    { key: 'reward', header: t`Reward`, choices: () => COURSON_PROGRAM.rewards.map((r) => r.code) },
    { key: 'points', header: t`Points`, format: 'integer' },
    { key: 'quantity', header: t`Quantity`, format: 'integer' },
    // No plain-text format: the dialog writes the id with a leading ' (io/table.ts asText), which a plain-text cell would keep.
    { key: 'requestId', header: t`Request ID`, width: 150 },
    { key: 'user', header: t`User`, width: 200 },
  ],
  samples: [
    {
      date: d('2026-03-25'),
      client: t`Beta Logistics`,
      reward: 'OZON_2000',
      points: 60,
      quantity: 1,
      requestId: 'sample-1',
      user: 'manager@example.com',
    },
  ],
};

/** The catalog as the rules sheet holds it (its reward rows): edited there, shown here, a source for drop-downs. */
export const BONUS_REWARDS: TableSheet = {
  kind: 'table',
  key: 'bonusRewards',
  name: t`Rewards`,
  columns: [
    { key: 'code', header: t`Code`, formula: (r) => `REWARD_CATALOG(${rulesRange(r, BONUS_REWARDS)})` },
    { key: 'reward', header: t`Reward`, width: 420 },
    { key: 'points', header: t`Points`, format: 'integer' },
  ],
  samples: [],
  side: [{ key: 'editOn', label: t`Edit the catalog on the sheet`, value: BONUS_RULES.sheetName }],
};

/**
 * The Statement's access date: looked up on the Clients sheet from its one
 * Client cell, so changing the client changes the whole statement. An
 * unknown client is #N/A here and in the statement, never a statement of zeros.
 */
function accessLookup(lang: Lang): string {
  const r = refsFor(lang, BONUS_STATEMENT);
  const client = r.field(BONUS_STATEMENT, 'client');
  return `=IF(${client}="", "", INDEX(${r.column(BONUS_CLIENTS, 'accessOpened')}, MATCH(${client}, ${r.column(BONUS_CLIENTS, 'client')}, 0)))`;
}

export const BONUS_STATEMENT: FormSheet = {
  kind: 'form',
  key: 'bonusStatement',
  name: t`Statement`,
  fields: [
    { key: 'client', label: t`Client`, value: t`Alpha Build` },
    {
      key: 'accessOpened',
      label: t`Access opened`,
      // Read when the template is inserted (the sheet itself is defined by then).
      value: {
        get en() {
          return accessLookup('en');
        },
        get ru() {
          return accessLookup('ru');
        },
        get el() {
          return accessLookup('el');
        },
      },
      format: 'date',
    },
    { key: 'reportDate', label: t`Report date`, value: REPORT_DATE, format: 'date' },
  ],
  result: {
    key: 'details',
    headers: [t`Code`, t`Description`, t`Reached on`, t`Deadline`, t`Points`],
    formats: [undefined, undefined, 'date', 'date', 'integer'],
    widths: [170, 460, 110, 110, 70],
    formula: (r) =>
      `BONUS_DETAILS(${r.field(BONUS_STATEMENT, 'client')}, ${r.field(BONUS_STATEMENT, 'accessOpened')}, ${r.columns(BONUS_ACTIVITY, 'date', 'value', { from: BONUS_STATEMENT })}, ${r.field(BONUS_STATEMENT, 'reportDate')}, ${r.columns(BONUS_REDEMPTIONS, 'date', 'user', { from: BONUS_STATEMENT })}, ${rulesRange(r, BONUS_STATEMENT)})`,
  },
};

export const BONUS_TEMPLATE: ProgramTemplate = {
  key: 'bonus',
  label: t`Bonus points`,
  sheets: [BONUS_CLIENTS, BONUS_ACTIVITY, BONUS_REDEMPTIONS, BONUS_REWARDS, BONUS_STATEMENT, BONUS_RULES_SHEET],
};
