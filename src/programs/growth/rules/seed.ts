import { type Bilingual, bi } from '../../../kernel/i18n';

/** One lead-handling step: its name in results, and its deadline in hours from receiving the lead. */
export interface LeadStep {
  readonly name: Bilingual;
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
      { hours: 1, name: bi('first contact', 'первый контакт') },
      { hours: 72, name: bi('follow-up 3d', 'повторный контакт 3 дня') },
      { hours: 336, name: bi('follow-up 14d', 'повторный контакт 14 дней') },
    ],
  } as LeadRules,
  /**
   * What a row of the contest log records: the word written, then every
   * spelling read back (either language, any case).
   */
  results: {
    winner: { name: bi('winner', 'победитель'), names: ['winner', 'победитель'] },
    declined: { name: bi('declined', 'отказался'), names: ['declined', 'отказался', 'отказалась', 'отказ'] },
    breach: { name: bi('handling breach', 'нарушение регламента'), names: ['handling breach', 'breach', 'нарушение регламента', 'нарушение'] },
    cancelled: { name: bi('cancellation', 'отмена'), names: ['cancellation', 'cancelled', 'cancel', 'отмена', 'отменено'] },
  },
  words: {
    late: bi('late', 'опоздание'),
    overdue: bi('overdue', 'просрочен'),
    ok: bi('ok', 'выполнено'),
    onTrack: bi('on track', 'в норме'),
  },
} as const;
