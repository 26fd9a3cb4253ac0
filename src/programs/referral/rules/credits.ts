/**
 * The Anaconda referral program (seed 002): a referral that ends in an
 * installation is worth the referred customer's annual contract, capped at
 * the referrer's own; credits never expire and pay the referrer's next
 * contracts one by one, in the order the referrals were made.
 */

export function referralCredit(ownContract: number, referredContract: number, installed: boolean): number {
  return installed ? Math.min(ownContract, referredContract) : 0;
}

export interface ScheduledContract {
  contract: number;
  discount: number;
  toPay: number;
}

/** The referrer's next `contracts` contracts (default: one per credit, at least one). */
export function referralSchedule(ownContract: number, credits: readonly number[], contracts = Math.max(1, credits.length)): ScheduledContract[] {
  const schedule: ScheduledContract[] = [];
  for (let k = 0; k < contracts; k++) {
    const discount = k < credits.length ? Math.min(ownContract, credits[k]) : 0;
    schedule.push({ contract: k + 1, discount, toPay: ownContract - discount });
  }
  return schedule;
}
