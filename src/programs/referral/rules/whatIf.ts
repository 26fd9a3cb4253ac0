import { type Lang, t } from '../../../kernel/i18n';
import { formatAmount } from '../../../kernel/values/numbers';
import { normalizeWord } from '../../../kernel/values/text';
import type { WhatIfBucket, WhatIfComparison, WhatIfProgram, WhatIfRow } from '../../../kernel/whatIf';
import { referralCredit, tidy } from './credits';
import type { ReferralProgram } from './seed';
import { REFERRAL_RULES } from './table';

/*
 * What if… for the referral program (SPEC §13): every referral's credit
 * under the current rules and under the edited ones, computed by
 * referralCredit as REFERRAL_CREDIT computes it; the total of the credits,
 * the referrals whose credit changes, and the credits per referrer.
 */

/** One row of the Referrals sheet, as its reader gives it. */
export interface Referral {
  readonly referrer: string;
  readonly referred: string;
  readonly own: number;
  readonly referredContract: number;
  readonly installed: boolean;
  readonly newCustomer: boolean;
}

const NO_REFERRER = t`(no referrer)`;

/** How a referral is named in the changed rows: its referrer and the company it referred. */
function nameOf(referral: Referral): string {
  return [referral.referrer, referral.referred].filter((part) => part !== '').join(' — ');
}

export function compareReferrals(data: readonly Referral[], before: ReferralProgram, after: ReferralProgram, lang: Lang): WhatIfComparison {
  const changed: WhatIfRow[] = [];
  // Per referrer (names compared as the sheet's FILTER does: without case), in the order they first appear.
  const referrers = new Map<string, { label: string; before: number; after: number }>();
  let totalBefore = 0;
  let totalAfter = 0;
  for (const referral of data) {
    const was = referralCredit(before, referral.own, referral.referredContract, referral.installed, referral.newCustomer);
    const is = referralCredit(after, referral.own, referral.referredContract, referral.installed, referral.newCustomer);
    totalBefore = tidy(totalBefore + was);
    totalAfter = tidy(totalAfter + is);
    if (was !== is) changed.push({ name: nameOf(referral), before: formatAmount(was, lang), after: formatAmount(is, lang) });
    const key = normalizeWord(referral.referrer);
    const bucket = referrers.get(key) ?? { label: referral.referrer || NO_REFERRER[lang], before: 0, after: 0 };
    bucket.before = tidy(bucket.before + was);
    bucket.after = tidy(bucket.after + is);
    referrers.set(key, bucket);
  }
  const buckets: WhatIfBucket[] = [...referrers.values()].map(({ label, before: b, after: a }) => ({ label, before: b, after: a }));
  return {
    rows: data.length,
    changed,
    totals: [{ label: t`Total credits`, before: formatAmount(totalBefore, lang), after: formatAmount(totalAfter, lang) }],
    chart: { title: t`Credits per referrer`, buckets },
  };
}

/** The referral program as What if… compares it. */
export const REFERRAL_WHAT_IF: WhatIfProgram<readonly Referral[], ReferralProgram> = {
  table: REFERRAL_RULES,
  label: t`Referral credits`,
  compare: (data, before, after, lang) => compareReferrals(data, before, after, lang),
};
