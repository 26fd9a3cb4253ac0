import { asOfDescription } from '../../kernel/functions/asOf';
import type { CallContext } from '../../kernel/functions/context';
import { type CustomFunction, each, perRow, range, single } from '../../kernel/functions/define';
import { date, flag, omittable, optional } from '../../kernel/functions/readers';
import { readRulesTable } from '../../kernel/functions/rulesTable';
import type { Day } from '../../kernel/values/dates';
import { certifiedStaff, events, levelCell, reviewsShare, yearOf } from './readers';
import { levelCheck, levelDiscount, reRegistrationFor } from './rules/levels';
import { type LevelRule, type LevelsProgram, levelFinder } from './rules/program';
import { LEVELS_TABLE } from './rules/table';

/** The level of a cell under the call's program; the finder of the last program is kept (the seed's across calls). */
let lastProgram: LevelsProgram | undefined;
let lastFinder: (cell: string | number) => LevelRule = () => {
  throw new Error('no program');
};
function levelIn(program: LevelsProgram, cell: string | number): LevelRule {
  if (program !== lastProgram) {
    lastFinder = levelFinder(program);
    lastProgram = program;
  }
  return lastFinder(cell);
}

/** Today in the spreadsheet's zone, once per call (the context is the call's). */
const todays = new WeakMap<CallContext, Day>();
function today(ctx: CallContext): Day {
  let day = todays.get(ctx);
  if (day === undefined) todays.set(ctx, (day = ctx.zone.dayOf(ctx.now)));
  return day;
}

const level = each(
  'level',
  'Partner level: Retail, Competency or SaaS (also Retail Partner, CRM Competency Partner, SaaS Partner), or its number 1, 2, 3 as the licence agreements write it; with rules, a level of that table or its row number',
  levelCell,
);
const rules = range(
  'rules',
  "The levels rules table, its header row included ('Rules: levels'!A1:O): the vendor's own levels, bonuses, cap and requirements; omitted: the seed's",
  'Array<Array<string|number|boolean>>',
  (value, ctx) => readRulesTable(LEVELS_TABLE, value, ctx),
  { optional: true },
);

export const levelFunctions: CustomFunction[] = [
  perRow({
    name: 'LEVEL_DISCOUNT',
    description:
      "A partner's total discount: its level's base discount plus the bonuses it earned, capped at 40%. Here reviews_share is reviews as a share of SALES and comes before certified_staff; in LEVEL_CHECK it is a share of IMPLEMENTATIONS and comes after.",
    params: [
      level,
      each(
        'reviews_share',
        'Reviews as a share of SALES (fraction or %; not of implementations, as in LEVEL_CHECK); more than 75% earns the reviews bonus (Competency, SaaS)',
        reviewsShare,
        { optional: true },
      ),
      each('plan_met', 'Was the agreed sales plan met? (checkbox)', flag, { optional: true }),
      each('certified_staff', 'Number of certified specialists; more than 2 earns the certification bonus (Competency, SaaS)', certifiedStaff, {
        optional: true,
      }),
      each(
        'event',
        "Events: participated (in the vendor's events, +1%), hosted (its own, +2.5%), both (participated, hosted), or empty; in Russian and Greek as the reference's word lists say",
        events,
        { optional: true },
      ),
      rules,
    ],
    returns: 'The total discount as a fraction (0.4 = 40%).',
    example: 'LEVEL_DISCOUNT("SaaS", 80%, TRUE, 3, "hosted") → 0.4; LEVEL_DISCOUNT(2, 0, FALSE, 0, "participated, hosted") → 0.235',
    row: ([cell, reviewsShare, planMet, certifiedStaff, events, program]) =>
      levelDiscount(levelIn(program, cell), { reviewsShare, planMet, certifiedStaff, events }),
  }),
  perRow({
    name: 'LEVEL_CHECK',
    description:
      "Whether a partner meets its level's requirements, or which are unmet. Here reviews_share is reviews as a share of IMPLEMENTATIONS and comes after certified_staff; in LEVEL_DISCOUNT it is a share of SALES and comes before.",
    params: [
      level,
      each('certified_staff', 'Number of certified specialists (at least 2 for Competency and SaaS)', certifiedStaff),
      each(
        'reviews_share',
        'Reviews as a share of IMPLEMENTATIONS (fraction or %; not of sales, as in LEVEL_DISCOUNT); at least 50% for Competency',
        reviewsShare,
      ),
      each('marketing_active', 'Does the partner run marketing activities? (checkbox; required for Competency)', flag, { optional: true }),
      each('announced', "Is the participation announced on the partner's website? (checkbox; required for Competency and SaaS)", flag, {
        optional: true,
      }),
      each(
        'saas_purchases',
        'Purchases SaaS requires made: the Isolation module, licences to rent out, a year of extended support? (one checkbox for the three; omitted: not checked; an empty cell: not made)',
        omittable(flag, undefined, false),
        { optional: true },
      ),
      each(
        'year',
        'Participation year (2026, or any date in it): once as_of is past its 31 December, the list includes re-registration for the next year; empty: not checked',
        optional(yearOf, undefined),
        { optional: true },
      ),
      single('as_of', asOfDescription('Report date the participation year is checked against (only with year)'), optional(date, undefined), {
        optional: true,
      }),
      rules,
    ],
    returns: '"ok" ("выполнено"), or the unmet requirements joined by "; ", e.g. "certified specialists 1 of 2; re-registration for 2027".',
    example:
      'LEVEL_CHECK("Competency", 2, 60%, TRUE, TRUE) → ok; LEVEL_CHECK("SaaS", 2, 0, , TRUE, FALSE, 2026, DATE(2027,1,10)) → SaaS purchases (…); re-registration for 2027',
    row: ([cell, certifiedStaff, reviewsShare, marketingActive, announced, saasPurchases, year, asOf, program], ctx) =>
      levelCheck(
        levelIn(program, cell),
        {
          certifiedStaff,
          reviewsShare,
          marketingActive,
          announced,
          saasPurchases,
          reRegistration: year === undefined ? undefined : reRegistrationFor(year, asOf ?? today(ctx)),
        },
        ctx.lang,
      ),
  }),
];
