import { levelCheck, levelDiscount, parseEvent, parseLevel } from './rules/levels';
import { type CustomFunction, each, perRow } from '../../kernel/functions/define';
import { count, flag, optional, share, word } from '../../kernel/functions/readers';

const level = each('level', 'Partner level: Retail, Competency or SaaS (also Retail Partner, CRM Competency Partner, SaaS Partner)', word(parseLevel));

export const levelFunctions: CustomFunction[] = [
  perRow({
    name: 'LEVEL_DISCOUNT',
    description: "A partner's total discount: its level's base discount plus the bonuses it earned, capped at 40%.",
    params: [
      level,
      each('reviews_share', 'Share of sales with client reviews (fraction or %); more than 75% earns the reviews bonus', optional(share, 0), {
        optional: true,
      }),
      each('plan_met', 'Was the agreed sales plan met? (checkbox)', flag, { optional: true }),
      each('certified_staff', 'Number of certified specialists; more than 2 earns the certification bonus', optional(count, 0), { optional: true }),
      each('event', 'Marketing event: participated, hosted (its own), or empty', optional(word(parseEvent), 'none' as const), { optional: true }),
    ],
    returns: 'The total discount as a fraction (0.4 = 40%).',
    example: 'LEVEL_DISCOUNT("SaaS", 80%, TRUE, 3, "hosted") → 0.4',
    row: ([rule, reviewsShare, planMet, certifiedStaff, event]) => levelDiscount(rule, { reviewsShare, planMet, certifiedStaff, event }),
  }),
  perRow({
    name: 'LEVEL_CHECK',
    description: "Whether a partner meets its level's requirements, or which requirements are unmet.",
    params: [
      level,
      each('certified_staff', 'Number of certified specialists (at least 2 for Competency and SaaS)', optional(count, 0)),
      each('reviews_share', 'Client reviews as a share of implementations (fraction or %; at least 50% for Competency)', optional(share, 0)),
      each('marketing_active', 'Does the partner run marketing activities? (checkbox; required for Competency)', flag, { optional: true }),
      each('announced', "Is the participation announced on the partner's website? (checkbox; required for Competency and SaaS)", flag, { optional: true }),
    ],
    returns: '"ok", or the unmet requirements joined by "; ".',
    example: 'LEVEL_CHECK("Competency", 2, 60%, TRUE, TRUE) → ok',
    row: ([rule, certifiedStaff, reviewsShare, marketingActive, announced], ctx) =>
      levelCheck(rule, { certifiedStaff, reviewsShare, marketingActive, announced }, ctx.lang),
  }),
];
