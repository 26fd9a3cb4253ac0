import type { ProgramTemplate } from '../kernel/templates/layout';
import { BONUS_TEMPLATE } from '../programs/bonus/template';
import { GROWTH_TEMPLATE } from '../programs/growth/template';
import { LEVELS_TEMPLATE } from '../programs/levels/template';
import { PARTNER_TEMPLATE } from '../programs/partners/template';
import { REFERRAL_TEMPLATE } from '../programs/referral/template';

/** The five program templates, in the order of the menu. */
export const TEMPLATES = {
  bonus: BONUS_TEMPLATE,
  partners: PARTNER_TEMPLATE,
  referral: REFERRAL_TEMPLATE,
  levels: LEVELS_TEMPLATE,
  growth: GROWTH_TEMPLATE,
} satisfies Record<string, ProgramTemplate>;
