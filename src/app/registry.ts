import type { CustomFunction } from '../kernel/functions/define';
import { type RulesTable, rulesTableDoc } from '../kernel/functions/rulesTable';
import { bonusFunctions } from '../programs/bonus/functions';
import { growthFunctions } from '../programs/growth/functions';
import { levelFunctions } from '../programs/levels/functions';
import { referralFunctions } from '../programs/referral/functions';
import { tierFunctions } from '../programs/partners/functions';
import { TIERS_TABLE } from '../programs/partners/rules/table';

/**
 * Every custom function of the add-on, in the order of SPEC §3. The build
 * generates the top-level JSDoc stubs of dist/Code.js and docs/FUNCTIONS.md
 * from this list, and nothing else.
 */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [...bonusFunctions, ...tierFunctions, ...referralFunctions, ...levelFunctions, ...growthFunctions];

/** Every rules table (SPEC §12), in the order of the programs; each function of a family takes its table as `rules`. */
export const RULES_TABLES: readonly RulesTable<unknown>[] = [TIERS_TABLE as RulesTable<unknown>];

/** What docs/FUNCTIONS.md is generated from: the functions and the rules tables, as described once here. */
export function referenceMetadata() {
  return {
    functions: CUSTOM_FUNCTIONS.map(({ run: _run, ...doc }) => doc),
    rulesTables: RULES_TABLES.map(rulesTableDoc),
  };
}
