import type { WhatIfSource } from '../../kernel/sheets/whatIfSource';
import type { ReferralProgram } from './rules/seed';
import { REFERRAL_WHAT_IF, type Referral } from './rules/whatIf';
import { readReferrals } from './sheets';

/** What if… over the Referrals sheet (SPEC §13): the pure comparison, and the sheet read by the program's one reader. */
export const referralWhatIf: WhatIfSource<readonly Referral[], ReferralProgram> = {
  program: REFERRAL_WHAT_IF,
  readData: (call) => readReferrals(call.lang, call.ctx),
};
