import { InputError } from '../../kernel/errors';
import { type CustomFunction, each, perRow, range, single, spill } from '../../kernel/functions/define';
import { isEmpty } from '../../kernel/functions/cells';
import { type Reader, flag, money, omittable, optional, wholeNumber } from '../../kernel/functions/readers';
import { readRulesTable } from '../../kernel/functions/rulesTable';
import { AppliedTooMany, MAX_APPLIED, MAX_CONTRACTS, creditRule, referralSchedule } from './rules/credits';
import { REFERRAL_RULES } from './rules/table';

/** Omitted: every referral counts as installed; a given empty cell: not installed. */
const installed = each(
  'installed',
  'Did the referral end in an installation? (checkbox; omitted means yes, an empty cell means no)',
  omittable(flag, true, false),
  { optional: true },
);

/**
 * Seed 002 rewards a referral that made a new customer: false means the
 * company already was one; empty or omitted is true. Read for every row even
 * when omitted, so a checkbox and an omitted argument are answered first.
 */
const newCustomerFlag: Reader<boolean> = {
  type: 'boolean',
  read: (cell, ctx) => (cell === true || cell === undefined ? true : cell === false ? false : isEmpty(cell) ? true : flag.read(cell, ctx)),
};

const newCustomer = each(
  'new_customer',
  'Did the referred company become a new customer? FALSE if it already was one (no credit); empty or omitted: yes',
  newCustomerFlag,
  { optional: true },
);

/**
 * The rules table (SPEC §12.4), read once per call (omitted or empty, the
 * seed's rule) and turned at once into the credit rule every row runs, so
 * no row looks into the program.
 */
const rules = range(
  'rules',
  "The referral rules table, such as 'Rules: referral'!A1:B (headers Credit share and Cap, one rule row); omitted: the seed's rule",
  'Array<Array<string|number>>',
  (value, ctx) => creditRule(readRulesTable(REFERRAL_RULES, value, ctx)),
  { optional: true },
);

/** REFERRAL_SCHEDULE's arguments in order: `applied` is the fifth. */
const APPLIED = 4;

export const referralFunctions: CustomFunction[] = [
  perRow({
    name: 'REFERRAL_CREDIT',
    description:
      "A referral's credit: the referred annual contract, at most the referrer's own, if installed and a new customer (or a rules table's share and cap).",
    params: [
      each('own_contract', "The referrer's own annual contract (money)", money),
      each('referred_contract', "The referred customer's annual contract (money); empty counts as 0", optional(money, 0)),
      installed,
      newCustomer,
      rules,
    ],
    returns: 'The credit: min(own, referred) if installed and a new customer, else 0; with rules, Credit share × referred, at most the Cap.',
    example: 'REFERRAL_CREDIT(1000, 2500, TRUE) → 1000; REFERRAL_CREDIT(1000, 2500, TRUE, FALSE) → 0',
    row: ([own, referred, done, isNew, credit]) => credit(own, referred, done, isNew),
  }),
  spill({
    name: 'REFERRAL_SCHEDULE',
    description: "How a referrer's credits pay its next contracts: contract number, discount, amount to pay.",
    params: [
      single('own_contract', "The referrer's own annual contract (money)", money),
      each('referred_contracts', "The referred customers' annual contracts (money), in the order the referrals were made", money),
      installed,
      single(
        'contracts',
        `How many next contracts to show (1 to ${MAX_CONTRACTS}); default: as many as its credits left pay for, at least 1`,
        optional(wholeNumber(1, MAX_CONTRACTS), undefined),
        { optional: true },
      ),
      single(
        'applied',
        'How many of its credits were already used on past contracts (default 0; a credit that paid several counts once each): the schedule starts at contract applied + 1; more than its credits pay for is an error',
        optional(wholeNumber(0, MAX_APPLIED), 0),
        { optional: true },
      ),
      newCustomer,
      rules,
    ],
    returns:
      'Rows of contract number | discount | to pay: contract k gets the k-th credit in referral order, 0 once they run out; to pay = own − discount. A discount never exceeds its contract: the rest of a larger credit goes to the next contract first.',
    example: 'REFERRAL_SCHEDULE(1000, B2:B5, C2:C5) → (1, 1000, 0), (2, 400, 600), (3, 1000, 0); with applied 1 → (2, 400, 600), (3, 1000, 0)',
    table: ([own, referred, done, contracts, applied, isNew, creditOf]) => {
      const credits: number[] = [];
      for (let i = 0; i < referred.length; i++) {
        const credit = creditOf(own, referred[i], done[i], isNew[i]);
        if (credit > 0) credits.push(credit);
      }
      try {
        return referralSchedule(own, credits, contracts, applied).map((c) => [c.contract, c.discount, c.toPay]);
      } catch (error) {
        // Named at the `applied` argument's cell (item 0: the argument is one value).
        if (error instanceof AppliedTooMany) throw new InputError(error.text, 0, APPLIED);
        throw error;
      }
    },
  }),
];
