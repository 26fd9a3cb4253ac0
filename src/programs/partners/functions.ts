import type { Day } from '../../kernel/values/dates';
import { locateColumns } from './rules/dealColumns';
import { type DealRow, dealStatuses } from './rules/dealStatus';
import { InputError } from '../../kernel/errors';
import { bi } from '../../kernel/i18n';
import { pilotStatus } from './rules/pilot';
import { type MarketingKey, TIERS_PROGRAM } from './rules/seed';
import { dealExpiry, parseBenefit, partnerTier, tierBenefit, tierGapText } from './rules/tiers';
import { asOfDescription } from '../../kernel/functions/asOf';
import type { Cell } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type CustomFunction, each, perRow, range, single, spill } from '../../kernel/functions/define';
import { calendarDate, date, flag, money, optional, wholeNumber, word } from '../../kernel/functions/readers';
import { dateCell } from '../../kernel/functions/results';
import { extensionCount, marketing, readDealRows, tierWord } from './readers';

const P = TIERS_PROGRAM;
const tierNames = P.tiers.map((t) => `${t.name.en}/${t.name.ru}`).join(', ');

const tier = each('tier', `Partner tier: ${tierNames}`, tierWord);
const asOf = single('as_of', asOfDescription("Report date, a calendar day in the spreadsheet's time zone"), optional(date, undefined), { optional: true });
const standingParams = [
  each('sales_12m', 'Sales over the last 12 months in vendor prices (money)', money),
  each('sales_training', 'Sales training passed? (checkbox)', flag, { optional: true }),
  each(
    'marketing',
    "Marketing on the partner's site and social media: none, quarterly, monthly (нет, ежеквартально, ежемесячно) or the number of activities in 12 months (4+ quarterly, 12+ monthly); empty is none",
    marketing,
    { optional: true },
  ),
  each('monthly_reporting', 'Reports on deals in progress at least monthly? (checkbox)', flag, { optional: true }),
  each('dedicated_staff', 'Dedicated sales, presales and support staff? (checkbox)', flag, { optional: true }),
] as const;

type StandingRow = [number, boolean, MarketingKey, boolean, boolean];

function standingOf([sales, salesTraining, marketing, monthlyReporting, dedicatedStaff]: StandingRow) {
  return { sales, salesTraining, marketing, monthlyReporting, dedicatedStaff };
}

function today(ctx: CallContext): Day {
  return ctx.zone.dayOf(ctx.now);
}

/** The deal table of DEAL_STATUS, read: one DealRow per row with a registration date. */
interface DealTable {
  height: number;
  deals: DealRow[];
}

/**
 * Reads the whole deal table. Header problems are about the range (an
 * InputError, which the adapter reports at `deals`); a bad cell is a
 * CellError with its row in the range (the header is row 1), its column and
 * its column's header, which the adapter reports at the sheet cell when known.
 */
function readDeals(value: unknown, ctx: CallContext): DealTable {
  if (!Array.isArray(value)) {
    throw new InputError(
      bi('is not a table: give the whole range of deals, its header row included', 'не таблица: укажите весь диапазон сделок вместе со строкой заголовков'),
    );
  }
  const headers: unknown[] = Array.isArray(value[0]) ? value[0] : [value[0]];
  return { height: value.length, deals: readDealRows(value, locateColumns(headers), headers, ctx, 1, 1) };
}

const dealsParam = range(
  'deals',
  'The deal registrations with their header row. Required columns: Registered on/Дата регистрации, Partner/Партнёр, Tier/Статус партнёра, Customer/Заказчик, Products/Продукты (comma- or semicolon-separated); optional: Tax ID/ИНН, Last update/Обновлено, Extensions/Продления, Outcome/Итог (won, lost, cancelled; empty while open)',
  'Array<Array<string|number|Date>>',
  readDeals,
);

/** PARTNER_TIER, TIER_GAP, TIER_BENEFIT, DEAL_EXPIRY, DEAL_STATUS, PILOT_STATUS (SPEC §5). */
export const tierFunctions: CustomFunction[] = [
  perRow({
    name: 'PARTNER_TIER',
    description: 'The highest partner tier (White, Bronze, Silver, Gold, Trusted) whose conditions all hold.',
    params: standingParams,
    returns: 'The tier name (Russian in a Russian spreadsheet).',
    example: 'PARTNER_TIER(620000, TRUE, "quarterly", FALSE, FALSE) → Silver',
    row: (values, ctx) => partnerTier(standingOf(values as StandingRow)).name[ctx.lang],
  }),
  perRow({
    name: 'TIER_GAP',
    description: 'What a partner lacks for the next tier up: the tier, then each missing condition.',
    params: standingParams,
    returns: '"Tier: condition; condition…" in the order of the tier table, the sales shortfall as "+amount"; empty at the top tier.',
    example: 'TIER_GAP(380000, FALSE, "none") → Silver: sales +120,000; quarterly marketing; sales training',
    row: (values, ctx) => tierGapText(standingOf(values as StandingRow), ctx.lang) ?? '',
  }),
  perRow({
    name: 'TIER_BENEFIT',
    description: "One benefit of a partner tier, from the program's tier table.",
    params: [tier, each('benefit', 'discount, registration_months, extensions, leads_per_month or nfr_months', word(parseBenefit))],
    returns: 'A number (discount as a fraction; months; counts; 0 for no NFR licence), or "individual" / "status term" where the program sets no number.',
    example: 'TIER_BENEFIT("Silver", "discount") → 0.3',
    row: ([rule, benefit], ctx) => {
      const value = tierBenefit(rule, benefit);
      return typeof value === 'number' ? value : value[ctx.lang];
    },
  }),
  perRow({
    name: 'DEAL_EXPIRY',
    description: "The last day of a deal registration: the registration date plus the tier's term for the registration and each extension.",
    params: [
      each('registered_on', 'Date the deal was registered', calendarDate),
      tier,
      each('extensions', 'Extensions granted (a whole number from 0 to 1000; empty is 0)', extensionCount, { optional: true }),
    ],
    returns: 'The date EDATE(registered_on, term × (1 + extensions)).',
    returnType: 'Date|Array<Array<Date>>',
    example: 'DEAL_EXPIRY("15.03.2026", "Silver", 1) → 15.03.2027',
    row: ([registered, rule, extensions], ctx) => dateCell(dealExpiry(registered, rule, extensions), ctx),
  }),
  spill({
    name: 'DEAL_STATUS',
    description:
      'The status of every deal registration: won/lost/cancelled, duplicate of an earlier registration, extensions exceeded, expired, stale or active.',
    params: [dealsParam, asOf],
    returns: 'One column as tall as the range: the header "Status", then each row\'s status; empty for rows without a registration date.',
    returnType: 'Array<Array<string>>',
    example: 'DEAL_STATUS(A1:I, $K$1)',
    table: ([table, reportDate], ctx) => {
      const statuses = dealStatuses(table.deals, reportDate ?? today(ctx));
      const out: Cell[][] = [[P.deals.statuses.header[ctx.lang]]];
      for (let r = 1; r < table.height; r++) out.push(['']);
      table.deals.forEach((deal, k) => {
        out[deal.row - 1][0] = statuses[k][ctx.lang];
      });
      return out;
    },
  }),
  perRow({
    name: 'PILOT_STATUS',
    description: "A test-licence pilot's state: running, report due or overdue, reported or reported late.",
    params: [
      each('start', 'First day of the pilot', date),
      each(
        'days',
        `Length of the pilot in calendar days, the first day included (default ${P.pilot.defaultDays})`,
        optional(wholeNumber(1), P.pilot.defaultDays),
        { optional: true },
      ),
      each('report_date', 'Date the test report was filed; empty while not filed', optional(date, undefined), { optional: true }),
      asOf,
    ],
    returns: `"running", "report due" (within ${P.pilot.reportWithinDays} days after the last day), "report overdue", "reported" or "reported late".`,
    example: 'PILOT_STATUS("2026-03-02", 14, "", "2026-03-20") → report due',
    row: ([start, days, reportDate, reportAsOf], ctx) => pilotStatus(start, days, reportDate, reportAsOf ?? today(ctx))[ctx.lang],
  }),
];
