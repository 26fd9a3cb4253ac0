import { type Bilingual, bi } from '../../../kernel/i18n';

/**
 * The ASoft Partners Community levels (seed 003) as data. Percentages are in
 * basis points (1% = 100) so that sums like 10% + 10% + 1% are exact.
 */
export interface LevelRule {
  key: 'retail' | 'competency' | 'saas';
  /** Every accepted spelling, English first. */
  names: readonly string[];
  base: number;
  bonus: {
    /** reviews for more than `reviewsAbove` of sales */
    reviews: number;
    /** the agreed sales plan met */
    plan: number;
    /** certified specialists beyond the required number */
    certified: number;
  };
  requires: {
    certifiedStaff: number;
    reviewsShare: number;
    marketing: boolean;
    announced: boolean;
  };
}

export const LEVELS_PROGRAM = {
  levels: [
    {
      key: 'retail',
      names: ['Retail', 'Retail Partner', 'ASoft Retail Partner'],
      base: 1000,
      bonus: { reviews: 0, plan: 1000, certified: 0 },
      requires: { certifiedStaff: 0, reviewsShare: 0, marketing: false, announced: false },
    },
    {
      key: 'competency',
      names: ['Competency', 'CRM Competency Partner', 'Competency Partner', 'ASoft CRM Competency Partner'],
      base: 2000,
      bonus: { reviews: 500, plan: 1000, certified: 250 },
      requires: { certifiedStaff: 2, reviewsShare: 0.5, marketing: true, announced: true },
    },
    {
      key: 'saas',
      names: ['SaaS', 'SaaS Partner', 'ASoft SaaS Partner'],
      base: 2500,
      bonus: { reviews: 500, plan: 500, certified: 250 },
      requires: { certifiedStaff: 2, reviewsShare: 0, marketing: false, announced: true },
    },
  ] as readonly LevelRule[],
  /** The reviews bonus needs strictly more than this share of sales. */
  reviewsBonusAbove: 0.75,
  /** The certified-staff bonus needs strictly more than this many specialists. */
  certifiedBonusAbove: 2,
  events: [
    { key: 'none', points: 0, names: ['none', 'no', 'нет'] },
    { key: 'participated', points: 100, names: ['participated', 'participation', 'участие', 'участвовал'] },
    { key: 'hosted', points: 250, names: ['hosted', 'own event', 'своё мероприятие', 'свое мероприятие', 'провёл', 'провел'] },
  ] as ReadonlyArray<{ key: 'none' | 'participated' | 'hosted'; points: number; names: readonly string[] }>,
  /** Base plus bonuses never exceeds this. */
  cap: 4000,
  requirementNames: {
    certifiedStaff: bi('certified specialists', 'сертифицированные специалисты'),
    reviewsShare: bi('client reviews', 'отзывы клиентов'),
    marketing: bi('marketing activity', 'маркетинговая активность'),
    announced: bi('participation announced on the website', 'анонс участия на сайте'),
  } as Record<'certifiedStaff' | 'reviewsShare' | 'marketing' | 'announced', Bilingual>,
  ok: bi('ok', 'выполнено'),
} as const;

export const BASIS_POINTS = 10_000;
