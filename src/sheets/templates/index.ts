import type { ProgramTemplate } from './layout';
import { BONUS_TEMPLATE } from './programs/bonus';
import { GROWTH_TEMPLATE } from './programs/growth';
import { LEVELS_TEMPLATE } from './programs/levels';
import { PARTNER_TEMPLATE } from './programs/partners';
import { REFERRAL_TEMPLATE } from './programs/referral';

/** The five program templates, in the order of the menu. */
export const TEMPLATES = {
  bonus: BONUS_TEMPLATE,
  partners: PARTNER_TEMPLATE,
  referral: REFERRAL_TEMPLATE,
  levels: LEVELS_TEMPLATE,
  growth: GROWTH_TEMPLATE,
} satisfies Record<string, ProgramTemplate>;
