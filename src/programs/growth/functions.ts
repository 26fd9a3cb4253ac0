import { rankContest } from './rules/contest';
import { growthFraction } from './rules/growth';
import { GROWTH_PROGRAM } from './rules/seed';
import { leadSlaStatus } from './rules/sla';
import { LEAD_TABLE } from './rules/table';
import { readRulesTable } from '../../kernel/functions/rulesTable';
import { asOfDescription } from '../../kernel/functions/asOf';
import { isEmpty } from '../../kernel/functions/cells';
import { type CustomFunction, each, perColumn, perRow, range, single, spill } from '../../kernel/functions/define';
import { count, dateTime, money, optional, text } from '../../kernel/functions/readers';

const previous = each('previous', "Previous month's invoice amount (money); empty or 0 means no growth can be computed", optional(money, 0));
const current = each('current', "Reporting month's invoice amount (money); empty counts as 0", optional(money, 0));
const partners = each('partners', 'Partner name, one per row; each partner may appear in only one row', text);
const subscriptions = each('subscriptions', 'Support subscriptions sold in the reporting month (a whole number); breaks ties, more wins', optional(count, 0), {
  optional: true,
});
const excluded = range(
  'excluded',
  "Partner (or range of partners) left out of this month's contest: the one that received this month's leads",
  'string|Array<Array<string>>',
  (value) => {
    const cells = Array.isArray(value) ? value.flat() : [value];
    return cells.filter((cell) => !isEmpty(cell)).map((cell) => String(cell));
  },
  { optional: true },
);

const contestParams = [partners, previous, current, subscriptions, excluded] as const;

/** The lead-handling rules table (SPEC §12.5), read once per call; omitted or empty, the seed's three steps. */
function rulesParam(uses: 'checks' | 'applies') {
  const description =
    uses === 'applies'
      ? `The lead-handling rules table with its header row ('${LEAD_TABLE.sheetName.en}'!A1:B): its steps and hours, in order; omitted: the seed's 1, 72 and 336 hours`
      : 'The lead-handling rules table; the result does not depend on it, but a bad table is an error here too';
  return range('rules', description, 'Array<Array<string|number>>', (value, ctx) => readRulesTable(LEAD_TABLE, value, ctx), { optional: true });
}

function entrantsOf([names, before, after, subs]: [string[], number[], number[], number[], ...unknown[]]) {
  return names.map((partner, i) => ({ partner, previous: before[i], current: after[i], subscriptions: subs[i] }));
}

export const growthFunctions: CustomFunction[] = [
  perRow({
    name: 'GROWTH_PCT',
    description: "Growth of a partner's invoice over the previous month, as a fraction (0.4 = 40%).",
    params: [
      each('previous', "Previous month's invoice amount (money); empty or 0 gives an empty result", optional(money, 0)),
      each('current', "Reporting month's invoice amount (money); empty counts as 0", optional(money, 0), {}),
      rulesParam('checks'),
    ],
    returns: '(current − previous) / previous as a fraction; empty when there is no previous amount.',
    example: 'GROWTH_PCT(20000, 28000) → 0.4',
    row: ([before, after]) => growthFraction(before, after) ?? '',
  }),
  perColumn({
    name: 'GROWTH_RANK',
    description: "Each partner's place in the monthly growth contest (1 is best; ties share a place).",
    params: [...contestParams, rulesParam('checks')],
    returns: 'The place per row (1, 1, 3 for a tie at the top); empty for partners not ranked.',
    example: 'GROWTH_RANK(A2:A, B2:B, C2:C, D2:D, F1)',
    column: (columns) => {
      const places: (number | '')[] = columns[0].map(() => '');
      for (const placing of rankContest(entrantsOf(columns), columns[4])) places[placing.index] = placing.place;
      return places;
    },
  }),
  spill({
    name: 'CONTEST_TOP',
    description: 'The contest podium: place, partner, growth and subscriptions, best first.',
    params: [
      ...contestParams,
      single('places', 'How many places to show (a whole number, default 3)', optional(count, GROWTH_PROGRAM.podium), { optional: true }),
      rulesParam('checks'),
    ],
    returns: 'Rows of place | partner | growth (fraction) | subscriptions for every place up to `places`; empty when nobody is ranked.',
    example: 'CONTEST_TOP(A2:A, B2:B, C2:C, D2:D, F1, 3)',
    table: (columns) => {
      const entrants = entrantsOf(columns);
      return rankContest(entrants, columns[4])
        .filter((placing) => placing.place <= columns[5])
        .map((placing) => [placing.place, entrants[placing.index].partner, placing.growth, entrants[placing.index].subscriptions]);
    },
  }),
  perRow({
    name: 'LEAD_SLA',
    description: 'Lead handling against the rule: first contact within 1 hour, follow-ups within 3 and 14 days (or the steps of a rules table).',
    params: [
      each('received', 'Date and time the lead was received', dateTime),
      each('first_contact', 'Date and time of the first contact (step 1 of a rules table); empty while not done', optional(dateTime, undefined)),
      each(
        'follow_up_1',
        'Date and time of the follow-up due within 3 days (step 2 of a rules table); empty while not done, and empty when the table has one step',
        optional(dateTime, undefined),
        { optional: true },
      ),
      each(
        'follow_up_2',
        'Date and time of the follow-up due within 14 days (step 3 of a rules table); empty while not done, and empty when the table has fewer than three steps',
        optional(dateTime, undefined),
        { optional: true },
      ),
      single('as_of', asOfDescription('Report date or date-time (a date means 00:00 of that day)', 'now'), optional(dateTime, undefined), { optional: true }),
      rulesParam('applies'),
    ],
    returns:
      '"ok", "on track", or the late and overdue steps joined by "; ". A step dated before the lead was received is an error naming that step and its row; so is a step time given past the last step of the rules table.',
    example: 'LEAD_SLA(A2:A, B2:B, C2:C, D2:D, $H$1)',
    row: ([received, first, second, third, asOf, rules], ctx) => leadSlaStatus(received, [first, second, third], asOf ?? ctx.now, ctx.lang, rules),
  }),
];
