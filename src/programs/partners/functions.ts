import type { Day } from '../../kernel/values/dates';
import { InputError } from '../../kernel/errors';
import { everyForm, t } from '../../kernel/i18n';
import { asOfDescription } from '../../kernel/functions/asOf';
import type { Cell } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type CustomFunction, each, perRow, range, single, spill } from '../../kernel/functions/define';
import { calendarDate, date, flag, money, omittable, optional, wholeNumber, word } from '../../kernel/functions/readers';
import { dateCell } from '../../kernel/functions/results';
import { rulesFirst } from '../../kernel/functions/rulesFirst';
import { locateColumns } from './rules/dealColumns';
import { type DealRow, dealStatuses } from './rules/dealStatus';
import { pilotStatus } from './rules/pilot';
import { type MarketingKey, type StatusWord, TIERS_PROGRAM, type TierProgram } from './rules/seed';
import { TIERS_TABLE } from './rules/table';
import { type Override, dealExpiry, parseBenefit, tierBenefit, tierGapText, tierName, tierResult } from './rules/tiers';
import { type PartnerListing, authorisedSet } from './rules/authorisation';
import { extensionCount, readDealRows, readPartnerList, readersOf } from './readers';

/*
 * PARTNER_TIER, TIER_GAP, TIER_BENEFIT, DEAL_EXPIRY, DEAL_STATUS and
 * PILOT_STATUS (SPEC §5), each taking the tiers rules table (SPEC §12.1) as
 * its optional last argument. The table is read first, once per call
 * (kernel rulesFirst), because the other arguments' words depend on it: a
 * tier name is one of the vendor's tiers.
 */

const SEED = TIERS_PROGRAM;
const rules = rulesFirst(TIERS_TABLE);
const seedTiers = SEED.tiers.map((tier) => everyForm(tier.name).join('/')).join(', ');

const rulesParam = (uses: string) =>
  rules.param(`The tiers rules table, its header row included ('Rules: partners'!A1:L); omitted: the seed's.${uses ? ` ${uses}` : ''}`);

const tierParam = (name: string, description: string) =>
  each(
    name,
    description,
    rules.reader('string', (p) => readersOf(p).tier),
  );
const asOf = single('as_of', asOfDescription("Report date, a calendar day in the spreadsheet's time zone"), optional(date, undefined), { optional: true });
const standingParams = [
  each('sales_12m', 'Sales over the last 12 months in vendor prices (money)', money),
  each('sales_training', 'Sales training passed? (checkbox)', flag, { optional: true }),
  each(
    'marketing',
    "Marketing on the partner's site and social media: none, quarterly, monthly (нет, ежеквартально, ежемесячно) or the number of activities in 12 months (4+ quarterly, 12+ monthly); empty is none",
    readersOf(SEED).marketing,
    { optional: true },
  ),
  each('monthly_reporting', 'Reports on deals in progress at least monthly? (checkbox)', flag, { optional: true }),
  each('dedicated_staff', 'Dedicated sales, presales and support staff? (checkbox)', flag, { optional: true }),
  each('authorised', 'Authorised? (checkbox) Given, an unticked row is "not authorised"; omitted, every partner is authorised', omittable(flag, true, false), {
    optional: true,
  }),
  each(
    'override',
    "The vendor's decision after a breach: empty; a tier name (a downgrade, never an upgrade); or deauthorised (деавторизован)",
    rules.reader('string', (p) => readersOf(p).override),
    { optional: true },
  ),
  rulesParam(''),
] as const;

type StandingRow = [number, boolean, MarketingKey, boolean, boolean, boolean, Override | undefined, TierProgram];

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
 * Reads the whole deal table, the tiers named in it among the call's tiers.
 * Header problems are about the range (an InputError, which the adapter
 * reports at `deals`); a bad cell is a CellError with its row in the range
 * (the header is row 1), its column and its column's header, which the
 * adapter reports at the sheet cell when known. With a rules table that
 * cannot be read, the rows are left unread: the call fails at `rules`.
 */
function readDeals(value: unknown, ctx: CallContext): DealTable {
  if (!Array.isArray(value)) {
    throw new InputError(t`is not a table: give the whole range of deals, its header row included`);
  }
  const headers: unknown[] = Array.isArray(value[0]) ? value[0] : [value[0]];
  const at = locateColumns(headers);
  const program = rules.current();
  return { height: value.length, deals: program ? readDealRows(value, at, headers, ctx, 1, 1, program) : [] };
}

const dealsParam = range(
  'deals',
  'The deal registrations with their header row. Required columns: Registered on/Дата регистрации, Partner/Партнёр, Tier/Статус партнёра, Customer/Заказчик, Products/Продукты (comma- or semicolon-separated); optional: Tax ID/ИНН, Last update/Обновлено, Extensions/Продления, Outcome/Итог (won, lost, cancelled; empty while open). A closed registration counts as open until its Last update, the day its outcome was recorded',
  'Array<Array<string|number|Date>>',
  readDeals,
);

const partnersParam = range(
  'partners',
  'The partners with their header row: Partner/Партнёр, Authorised/Авторизован (and Vendor override/Решение вендора: deauthorised) found by header. A partner not authorised there, or not listed, owns nothing. Omitted: all are authorised',
  'Array<Array<string|boolean>>',
  (value, ctx): PartnerListing[] | undefined => (value === undefined ? undefined : readPartnerList(value, rules.current() ?? SEED, ctx)),
  { optional: true },
);

/** A result word and its meaning, for the reference: `` `duplicate of row N` (`дубль строки N`) ``. */
const glossary = (words: readonly StatusWord[]) =>
  words.map((w) => {
    const [en, ...others] = everyForm(w).map((form) => `\`${form.replace('{row}', 'N')}\``);
    return { term: others.length ? `${en} (${others.join(', ')})` : en, meaning: w.meaning };
  });

const { statuses } = SEED.deals;
const pilot = SEED.pilot.statuses;

/** PARTNER_TIER, TIER_GAP, TIER_BENEFIT, DEAL_EXPIRY, DEAL_STATUS, PILOT_STATUS (SPEC §5). */
export const tierFunctions: CustomFunction[] = [
  perRow({
    name: 'PARTNER_TIER',
    description:
      'The highest partner tier (White, Bronze, Silver, Gold, Trusted, or the rules table’s) whose conditions all hold; "not authorised" for a partner that is not.',
    params: standingParams,
    returns: 'The tier name (Russian in a Russian spreadsheet; a rules table’s as written), or "not authorised" ("не авторизован").',
    example: 'PARTNER_TIER(620000, TRUE, "quarterly", FALSE, FALSE) → Silver',
    row: (values, ctx) => {
      const row = values as StandingRow;
      return tierName(tierResult(standingOf(row), row[5], row[6], row[7]), row[7])[ctx.lang];
    },
  }),
  perRow({
    name: 'TIER_GAP',
    description: 'What a partner lacks for the next tier up: the tier, then each missing condition.',
    params: standingParams,
    returns:
      '"Tier: condition; condition…" in the order of the tier table, the sales shortfall as "+amount"; empty at the top tier; "authorisation" ("авторизация") for a partner not authorised; "downgraded by the vendor" ("понижен вендором") when an override holds it below its tier.',
    example: 'TIER_GAP(380000, FALSE, "none") → Silver: sales +120,000; quarterly marketing; sales training',
    row: (values, ctx) => {
      const row = values as StandingRow;
      return tierGapText(standingOf(row), ctx.lang, row[7], row[5], row[6]) ?? '';
    },
  }),
  perRow({
    name: 'TIER_BENEFIT',
    description: "One benefit of a partner tier, from the program's tier table.",
    params: [
      each(
        'tier',
        `Partner tier: ${seedTiers} (or the rules table's), or "not authorised"`,
        rules.reader('string', (p) => readersOf(p).tierOrNone),
      ),
      each(
        'benefit',
        'discount, registration months, extensions, leads per month or NFR months, with spaces or underscores, in any case, or in Russian or Greek (see the word lists)',
        word((t) => parseBenefit(t, SEED)),
      ),
      rulesParam(''),
    ],
    returns:
      'A number (discount as a fraction; months; counts; 0 for no NFR licence), or "individual" / "status term" where the program sets no number; 0 for every benefit of "not authorised".',
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
      tierParam('tier', `Partner tier: ${seedTiers}, or the rules table's`),
      each('extensions', 'Extensions granted (a whole number from 0 to 1000; empty is 0)', extensionCount, { optional: true }),
      rulesParam(''),
    ],
    returns: 'The date EDATE(registered_on, term × (1 + extensions)).',
    returnType: 'Date|Array<Array<Date>>',
    example: 'DEAL_EXPIRY("15.03.2026", "Silver", 1) → 15.03.2027',
    row: ([registered, rule, extensions], ctx) => dateCell(dealExpiry(registered, rule, extensions), ctx),
  }),
  {
    ...spill({
      name: 'DEAL_STATUS',
      description:
        'The status of every deal registration: won/lost/cancelled, partner not authorised, duplicate of another partner’s registration, repeat of the partner’s own, extensions exceeded, expired, stale or active.',
      params: [dealsParam, asOf, partnersParam, rulesParam('')],
      returns:
        'One column as tall as the range: the header "Status", then each row\'s status (the first that applies, in the order below); empty for rows without a registration date.',
      returnType: 'Array<Array<string>>',
      example: "DEAL_STATUS(Deals!A1:J, $P$2, Partners!A1:H, 'Rules: partners'!A1:L)",
      table: ([table, reportDate, partners, program], ctx) => {
        const authorised = partners ? authorisedSet(partners) : undefined;
        const found = dealStatuses(table.deals, reportDate ?? today(ctx), program, authorised);
        const out: Cell[][] = [[program.deals.statuses.header[ctx.lang]]];
        for (let r = 1; r < table.height; r++) out.push(['']);
        table.deals.forEach((deal, k) => {
          out[deal.row - 1][0] = found[k][ctx.lang];
        });
        return out;
      },
    }),
    glossary: glossary([
      ...SEED.deals.outcomes.filter((o) => o.key !== 'open').map((o) => o.name),
      statuses.notAuthorised,
      statuses.duplicate,
      statuses.repeat,
      statuses.extensionsExceeded,
      statuses.expired,
      statuses.stale,
      statuses.active,
    ]),
  },
  {
    ...perRow({
      name: 'PILOT_STATUS',
      description: "A test-licence pilot's state: running, report due or overdue, reported or reported late.",
      params: [
        each('start', 'First day of the pilot', date),
        each(
          'days',
          `Length of the pilot in calendar days, the first day included (default ${SEED.pilot.defaultDays})`,
          optional(wholeNumber(1), SEED.pilot.defaultDays),
          { optional: true },
        ),
        each('report_date', 'Date the test report was filed; empty while not filed', optional(date, undefined), { optional: true }),
        asOf,
        rulesParam('Read and checked only: a pilot does not depend on it.'),
      ],
      returns: `"running", "report due" (within ${SEED.pilot.reportWithinDays} days after the last day), "report overdue", "reported" or "reported late".`,
      example: 'PILOT_STATUS("2026-03-02", 14, "", "2026-03-20") → report due',
      row: ([start, days, reportDate, reportAsOf, program], ctx) => pilotStatus(start, days, reportDate, reportAsOf ?? today(ctx), program)[ctx.lang],
    }),
    glossary: glossary([pilot.running, pilot.reportDue, pilot.reportOverdue, pilot.reported, pilot.reportedLate]),
  },
].map((fn) => rules.wrap(fn));
