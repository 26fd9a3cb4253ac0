import type { CustomFunction } from '../kernel/functions/define';
import { type RulesTable, rulesTableDoc } from '../kernel/functions/rulesTable';
import { bonusFunctions } from '../programs/bonus/functions';
import { BONUS_RULES } from '../programs/bonus/rules/table';
import { growthFunctions } from '../programs/growth/functions';
import { LEAD_TABLE } from '../programs/growth/rules/table';
import { levelFunctions } from '../programs/levels/functions';
import { LEVELS_TABLE } from '../programs/levels/rules/table';
import { referralFunctions } from '../programs/referral/functions';
import { REFERRAL_RULES } from '../programs/referral/rules/table';
import { tierFunctions } from '../programs/partners/functions';
import { TIERS_TABLE } from '../programs/partners/rules/table';

/**
 * Every custom function of the add-on, in the order of SPEC §3. The build
 * generates the top-level JSDoc stubs of dist/Code.js and docs/FUNCTIONS.md
 * from this list, and nothing else.
 */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [...bonusFunctions, ...tierFunctions, ...referralFunctions, ...levelFunctions, ...growthFunctions];

/** Every rules table (SPEC §12), in the order of the programs; each function of a family takes its table as `rules`. */
export const RULES_TABLES: readonly RulesTable<unknown>[] = [
  BONUS_RULES,
  TIERS_TABLE as RulesTable<unknown>,
  REFERRAL_RULES,
  LEVELS_TABLE as RulesTable<unknown>,
  LEAD_TABLE,
];

/** What docs/FUNCTIONS.md is generated from: the functions and the rules tables, as described once here. */
export function referenceMetadata() {
  return {
    functions: CUSTOM_FUNCTIONS.map(({ run: _run, ...doc }) => doc),
    rulesTables: RULES_TABLES.map(rulesTableDoc),
  };
}
