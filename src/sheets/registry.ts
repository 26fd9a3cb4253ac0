import type { CustomFunction } from './define';
import { growthFunctions } from './functions/growth';
import { levelFunctions } from './functions/levels';
import { referralFunctions } from './functions/referral';

/**
 * Every custom function of the add-on, in the order the documentation lists
 * them. The build generates the top-level JSDoc stubs of dist/Code.js and
 * docs/FUNCTIONS.md from this list, and nothing else.
 */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [...referralFunctions, ...levelFunctions, ...growthFunctions];
