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
import { type Text, LANGS } from '../kernel/i18n';
import { COURSON_PROGRAM } from '../programs/bonus/rules/seed';
import { KIND_NAMES } from '../programs/bonus/rules/tableCells';
import { GROWTH_PROGRAM } from '../programs/growth/rules/seed';
import { EVENT_NAMES } from '../programs/levels/rules/words';
import { TIERS_PROGRAM } from '../programs/partners/rules/seed';
import { CAP_SHOWN } from '../programs/referral/rules/table';

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

/**
 * The words a cell or an argument may hold, read in every language (SPEC
 * §2.8): the reference lists each in English, Russian and Greek, from the
 * same texts the readers accept.
 */
const ACCEPTED_WORDS: readonly { what: string; where: string; words: readonly Text[] }[] = [
  {
    what: 'Activity codes (the seed program)',
    where: 'BONUS_POINTS, BONUS_DETAILS, BONUS_BALANCE activity',
    words: [...COURSON_PROGRAM.metrics, ...COURSON_PROGRAM.actions].flatMap((r) => (r.names ? [r.names] : [])),
  },
  { what: 'Rule kinds', where: 'bonus rules table, Kind', words: Object.values(KIND_NAMES) },
  { what: 'Partner tiers (the seed program)', where: 'tier arguments, Vendor override', words: TIERS_PROGRAM.tiers.map((tier) => tier.name) },
  {
    what: 'Authorisation',
    where: 'TIER_BENEFIT tier, Vendor override',
    words: [TIERS_PROGRAM.authorisation.notAuthorised, TIERS_PROGRAM.authorisation.deauthorised],
  },
  { what: 'Marketing regularity', where: 'PARTNER_TIER marketing, tiers rules table', words: TIERS_PROGRAM.marketing.map((m) => m.name) },
  { what: 'Tier benefits', where: 'TIER_BENEFIT benefit', words: Object.values(TIERS_PROGRAM.benefitNames).map((b) => b.name) },
  { what: 'Deal outcomes', where: 'DEAL_STATUS deals, Outcome', words: TIERS_PROGRAM.deals.outcomes.map((o) => o.name) },
  { what: 'Referral cap', where: 'referral rules table, Cap', words: [CAP_SHOWN.own, CAP_SHOWN.none] },
  { what: 'Events', where: 'LEVEL_DISCOUNT event', words: [EVENT_NAMES.participated, EVENT_NAMES.hosted, EVENT_NAMES.none] },
  { what: 'Contest log results', where: 'Growth contest… dialog, Contest log', words: Object.values(GROWTH_PROGRAM.results).map((r) => r.name) },
];

/** What docs/FUNCTIONS.md is generated from: the functions, the rules tables and the accepted words, as described once here. */
export function referenceMetadata() {
  return {
    functions: CUSTOM_FUNCTIONS.map(({ run: _run, ...doc }) => doc),
    rulesTables: RULES_TABLES.map(rulesTableDoc),
    words: {
      langs: LANGS,
      lists: ACCEPTED_WORDS.map(({ what, where, words }) => ({ what, where, words: words.map((word) => LANGS.map((lang) => word[lang])) })),
    },
  };
}
