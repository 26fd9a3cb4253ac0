import { referralCredit, referralSchedule } from './rules/credits';
import { type CustomFunction, each, perRow, single, spill } from '../../kernel/functions/define';
import { flag, money, omittable, optional, wholeNumber } from '../../kernel/functions/readers';

/** Omitted: every referral counts as installed; a given empty cell: not installed. */
const installed = each(
  'installed',
  'Did the referral end in an installation? (checkbox; omitted means yes, an empty cell means no)',
  omittable(flag, true, false),
  { optional: true },
);

export const referralFunctions: CustomFunction[] = [
  perRow({
    name: 'REFERRAL_CREDIT',
    description: "A referral's credit: the referred customer's annual contract, capped at the referrer's own, once installed.",
    params: [
      each('own_contract', "The referrer's own annual contract (money)", money),
      each('referred_contract', "The referred customer's annual contract (money); empty counts as 0", optional(money, 0)),
      installed,
    ],
    returns: 'The credit in money: min(own, referred) when installed, else 0.',
    example: 'REFERRAL_CREDIT(1000, 2500, TRUE) → 1000',
    row: ([own, referred, done]) => referralCredit(own, referred, done),
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
        'How many next contracts to show (a whole number from 1 to 1000); default: one per credit',
        optional(wholeNumber(1, 1000), undefined),
        { optional: true },
      ),
    ],
    returns: 'Rows of contract number | discount | to pay.',
    example: 'REFERRAL_SCHEDULE(1000, B2:B5, C2:C5) → (1, 1000, 0), (2, 400, 600), (3, 1000, 0)',
    table: ([own, referred, done, contracts]) => {
      const credits = referred.map((amount, i) => referralCredit(own, amount, done[i])).filter((credit) => credit > 0);
      return referralSchedule(own, credits, contracts).map((c) => [c.contract, c.discount, c.toPay]);
    },
  }),
];
