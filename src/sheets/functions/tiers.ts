import type { CustomFunction } from '../define';

/** PARTNER_TIER, TIER_GAP, TIER_BENEFIT, DEAL_EXPIRY, DEAL_STATUS, PILOT_STATUS (SPEC §5). */
export const tierFunctions: CustomFunction[] = [];
