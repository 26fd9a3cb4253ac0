import type { CustomFunction } from '../define';

/** BONUS_POINTS, BONUS_DETAILS, BONUS_BALANCE, REWARD_COST, REWARD_CATALOG (SPEC §4). */
export const bonusFunctions: CustomFunction[] = [];
