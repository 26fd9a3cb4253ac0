import { normalizeWord } from '../../../kernel/values/text';
import { type LevelRow, type LevelsProgram, levelsProgram } from './program';

/*
 * The ASoft Partners Community (seed 003, SPEC §7) as the rows of its levels
 * table: base discounts 10 / 20 / 25%; bonuses for reviews from more than 75%
 * of sales, the agreed sales plan met, certified specialists beyond the 2
 * required, taking part in ASoft's events (+1%) and hosting one's own
 * (+2.5%); base plus bonuses up to 40%; and each level's requirements
 * (Competency: 2 certified, reviews from 50% of implementations, marketing,
 * the announcement on the partner's site; SaaS: 2 certified, the
 * announcement, the purchases SaaS needs).
 */
export const SEED_ROWS: readonly LevelRow[] = [
  {
    level: 'Retail',
    base: 0.1,
    reviewsBonus: 0,
    planBonus: 0.1,
    certifiedBonus: 0,
    participationBonus: 0.01,
    hostingBonus: 0.025,
    reviewsAbove: 0.75,
    certifiedAbove: 2,
    cap: 0.4,
    requiredCertified: 0,
    requiredReviews: 0,
    marketingRequired: false,
    announcementRequired: false,
    saasPurchasesRequired: false,
  },
  {
    level: 'Competency',
    base: 0.2,
    reviewsBonus: 0.05,
    planBonus: 0.1,
    certifiedBonus: 0.025,
    participationBonus: 0.01,
    hostingBonus: 0.025,
    reviewsAbove: 0.75,
    certifiedAbove: 2,
    cap: 0.4,
    requiredCertified: 2,
    requiredReviews: 0.5,
    marketingRequired: true,
    announcementRequired: true,
    saasPurchasesRequired: false,
  },
  {
    level: 'SaaS',
    base: 0.25,
    reviewsBonus: 0.05,
    planBonus: 0.05,
    certifiedBonus: 0.025,
    participationBonus: 0.01,
    hostingBonus: 0.025,
    reviewsAbove: 0.75,
    certifiedAbove: 2,
    cap: 0.4,
    requiredCertified: 2,
    requiredReviews: 0,
    marketingRequired: false,
    announcementRequired: true,
    saasPurchasesRequired: true,
  },
];

/**
 * The seed's full names of its levels (its logos, SPEC §7): a level of any
 * table named Retail, Competency or SaaS is also known by them, so the
 * template's rules sheet, which holds the seed's table, accepts them as the
 * functions do without one.
 */
export const SEED_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  [normalizeWord('Retail'), ['Retail Partner', 'ASoft Retail Partner']],
  [normalizeWord('Competency'), ['CRM Competency Partner', 'Competency Partner', 'ASoft CRM Competency Partner']],
  [normalizeWord('SaaS'), ['SaaS Partner', 'ASoft SaaS Partner']],
]);

/** The seed's program: what applies when no rules table is given. */
export const LEVELS_SEED: LevelsProgram = levelsProgram(SEED_ROWS, SEED_SPELLINGS);
