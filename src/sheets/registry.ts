import type { CustomFunction } from './define';
import { bonusFunctions } from './functions/bonus';
import { growthFunctions } from './functions/growth';
import { levelFunctions } from './functions/levels';
import { referralFunctions } from './functions/referral';
import { tierFunctions } from './functions/tiers';

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
