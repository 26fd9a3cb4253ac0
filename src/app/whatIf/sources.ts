import type { WhatIfSource } from '../../kernel/sheets/whatIfSource';
import { bonusWhatIf } from '../../programs/bonus/whatIf';
import { levelsWhatIf } from '../../programs/levels/whatIf';
import { tiersWhatIf } from '../../programs/partners/whatIf';
import { referralWhatIf } from '../../programs/referral/whatIf';

/*
 * The programs What if… compares (SPEC §13), in the picker's order. Each
 * program exports its WhatIfSource from src/programs/<program>/whatIf.ts;
 * list it here, one import and one entry each:
 *
 *   import { tiersWhatIf } from '../../programs/partners/whatIf';
 *   import { bonusWhatIf } from '../../programs/bonus/whatIf';
import { levelsWhatIf } from '../../programs/levels/whatIf';
import { tiersWhatIf } from '../../programs/partners/whatIf';
import { referralWhatIf } from '../../programs/referral/whatIf';
 *   import { bonusWhatIf } from '../../programs/bonus/whatIf';
 *   import { referralWhatIf } from '../../programs/referral/whatIf';
 *   export const WHAT_IF_SOURCES = [tiersWhatIf, levelsWhatIf, bonusWhatIf, referralWhatIf];
 *
 * Nothing else changes when one is added: the server, the dialog and the
 * bench work for any list (bench/whatIf.mjs grows the data sheet named for the
 * program's key there).
 */
export const WHAT_IF_SOURCES: readonly WhatIfSource<unknown, unknown>[] = [
  bonusWhatIf as WhatIfSource<unknown, unknown>,
  tiersWhatIf as WhatIfSource<unknown, unknown>,
  referralWhatIf as WhatIfSource<unknown, unknown>,
  levelsWhatIf as WhatIfSource<unknown, unknown>,
];
