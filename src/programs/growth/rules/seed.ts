import { t, type Text } from '../../../kernel/i18n';

/** One lead-handling step: its name in results, and its deadline in hours from receiving the lead. */
export interface LeadStep {
  readonly name: Text;
  readonly hours: number;
}

/**
 * The lead-handling rule as the growth family applies it (SPEC §8, §12.5):
 * one to three steps, in order, deadlines non-decreasing. A vendor's own
 * rules table (rules/table.ts) gives its own; without one the seed's applies.
 */
export interface LeadRules {
  readonly steps: readonly LeadStep[];
}

/** At most this many steps: LEAD_SLA takes three step arguments. */
export const MAX_LEAD_STEPS = 3;

/**
 * The "Grow with 1C:GRM" program as data (seed 004): the podium size, the
 * lead-handling deadlines in hours from receiving the lead (contact within
 * 1 hour; again within 3 days, then within 2 weeks), and the words of the
 * contest log.
 */
export const GROWTH_PROGRAM = {
  /** Places published each month. */
  podium: 3,
  leads: {
    steps: [
      { hours: 1, name: t`first contact` },
      { hours: 72, name: t`follow-up 3d` },
      { hours: 336, name: t`follow-up 14d` },
    ],
  } as LeadRules,
  /**
   * What a row of the contest log records: the word written, then every
   * spelling read back (any language, any case).
   */
  results: {
    winner: { name: t`winner`, names: ['winner', 'победитель'] },
    declined: { name: t`declined`, names: ['declined', 'отказался', 'отказалась', 'отказ'] },
    breach: { name: t`handling breach`, names: ['handling breach', 'breach', 'нарушение регламента', 'нарушение'] },
    cancelled: { name: t`cancellation`, names: ['cancellation', 'cancelled', 'cancel', 'отмена', 'отменено'] },
  },
  words: {
    late: t`late`,
    overdue: t`overdue`,
    ok: t`ok`,
    onTrack: t`on track`,
  },
} as const;
