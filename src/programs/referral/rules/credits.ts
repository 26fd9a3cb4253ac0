import { InputError } from '../../../kernel/errors';
import { plural, t } from '../../../kernel/i18n';
import type { ReferralProgram } from './seed';

/*
 * Referral credits (SPEC §6, §12.4). A referral that ends in an installation
 * of a company that became a new customer is worth the program's share of
 * the referred annual contract, at most its cap (seed 002: the whole
 * contract, at most the referrer's own). Credits never expire and pay the
 * referrer's next contracts in the order the referrals were made, one
 * credit per contract; a discount never exceeds the contract it pays, so a
 * credit larger than the referrer's contract (possible only under a
 * vendor's own cap) pays that contract in full and what is left of it goes
 * to the next contract, before the next credit.
 */

/** How many next contracts `contracts` may ask for; by default a schedule shows one per credit, or up to this many when a credit pays several. */
export const MAX_CONTRACTS = 1000;

/** The most contracts `applied` may count (a bound on the work of one call, far above any referrer's). */
export const MAX_APPLIED = 1_000_000;

/** Sheets' precision, 15 significant digits: 0.1 × 3 is 0.3, and 2500.1 − 1000 − 1000 is 500.1. */
export function tidy(amount: number): number {
  return Number(amount.toPrecision(15));
}

/** One referral's credit: 0 unless installed and the referred company became a new customer. */
export function referralCredit(program: ReferralProgram, own: number, referred: number, installed: boolean, newCustomer = true): number {
  if (!installed || !newCustomer) return 0;
  // The seed's 100% is the referred amount itself, exactly as typed.
  const credit = program.creditShare === 1 ? referred : tidy(program.creditShare * referred);
  const { cap } = program;
  if (cap.kind === 'own') return Math.min(own, credit);
  if (cap.kind === 'amount') return Math.min(cap.amount, credit);
  return credit;
}

/** One referral's credit under a program: (own, referred, installed, new customer) → credit. */
export type CreditRule = (own: number, referred: number, installed: boolean, newCustomer: boolean) => number;

/** The seed's rule, written out: a column of 100,000 referrals runs it once a row, without looking into a program object. */
const seedRule: CreditRule = (own, referred, installed, newCustomer) => (installed && newCustomer ? Math.min(own, referred) : 0);

/** referralCredit for one program, as a function to run over many rows (a table equal to the seed's gets the seed's rule). */
export function creditRule(program: ReferralProgram): CreditRule {
  if (program.creditShare === 1 && program.cap.kind === 'own') return seedRule;
  return (own, referred, installed, newCustomer) => referralCredit(program, own, referred, installed, newCustomer);
}

export interface ScheduledContract {
  contract: number;
  discount: number;
  toPay: number;
}

/**
 * The discount of each of the referrer's contracts from contract 1 on, while
 * the credits last (at most `limit` contracts): each credit in turn, spread
 * over as many contracts as it takes when it is larger than one.
 */
function discounts(own: number, credits: readonly number[], limit: number): number[] {
  const paid: number[] = [];
  // A contract of 0 takes no discount: no credit could ever be used.
  if (!(own > 0)) return paid;
  for (const credit of credits) {
    let left = credit;
    while (left > 0) {
      if (paid.length >= limit) return paid;
      const discount = Math.min(left, own);
      paid.push(discount);
      left = discount === left ? 0 : tidy(left - discount);
    }
  }
  return paid;
}

/**
 * The referrer's next `contracts` contracts (default: as many as its credits
 * left pay for, at least one). `applied` contracts were already paid by its
 * credits (with the seed's cap, one credit each): the schedule numbers its
 * contracts from applied + 1 and starts with what was left after them.
 * Throws an InputError (about `applied`, or about the call) when the
 * credits do not reach that far, or when, by default, they would fill more
 * rows than one per credit and more than MAX_CONTRACTS (a credit spread
 * over thousands of contracts: an own contract typed wrong, most likely).
 */
export function referralSchedule(own: number, credits: readonly number[], contracts?: number, applied = 0): ScheduledContract[] {
  // With the seed's cap every credit pays one contract: one row per credit, however many, as always.
  const most = Math.max(credits.length, MAX_CONTRACTS);
  const limit = applied + (contracts ?? most) + 1;
  const paid = discounts(own, credits, limit);
  if (applied > paid.length) {
    const n = paid.length;
    throw new AppliedTooMany(t`is more than the ${n} ${plural(n, 'contract', 'contracts')} the referrer's credits pay for`);
  }
  if (contracts === undefined && paid.length === limit) {
    throw new InputError(
      t`the credits pay for more than ${most} ${plural(most, 'contract', 'contracts')}; give contracts (at most ${MAX_CONTRACTS}) to see the first of them`,
    );
  }
  const shown = contracts ?? Math.max(1, paid.length - applied);
  const schedule: ScheduledContract[] = [];
  for (let k = applied; k < applied + shown; k++) {
    const discount = k < paid.length ? paid[k] : 0;
    schedule.push({ contract: k + 1, discount, toPay: own - discount });
  }
  return schedule;
}

/** `applied` is more than the credits pay for: the function names that argument's cell. */
export class AppliedTooMany extends InputError {}
