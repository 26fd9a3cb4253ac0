import type { CustomFunction } from '../kernel/functions/define';
import { bonusFunctions } from '../programs/bonus/functions';
import { growthFunctions } from '../programs/growth/functions';
import { levelFunctions } from '../programs/levels/functions';
import { referralFunctions } from '../programs/referral/functions';
import { tierFunctions } from '../programs/partners/functions';

/**
 * Every custom function of the add-on, in the order of SPEC §3. The build
 * generates the top-level JSDoc stubs of dist/Code.js and docs/FUNCTIONS.md
 * from this list, and nothing else.
 */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [
  ...bonusFunctions,
  ...tierFunctions,
  ...referralFunctions,
  ...levelFunctions,
  ...growthFunctions,
];
