import { type Text, bi } from '../../../kernel/i18n';

/**
 * The "Grow with 1C:GRM" program as data (seed 004): the podium size and the
 * lead-handling deadlines, in hours from receiving the lead.
 */
export const GROWTH_PROGRAM = {
  /** Places published each month. */
  podium: 3,
  /** Lead-handling steps in the order the rule lists them. */
  leadSteps: [
    { hours: 1, name: bi('first contact', 'первый контакт') },
    { hours: 72, name: bi('follow-up 3d', 'повторный контакт 3 дня') },
    { hours: 336, name: bi('follow-up 14d', 'повторный контакт 14 дней') },
  ] as ReadonlyArray<{ hours: number; name: Text }>,
  /** What the contest log records for a partner and a month: the word written, then every spelling read back. */
  results: {
    winner: { name: bi('winner', 'победитель'), names: ['winner', 'победитель'] },
    declined: { name: bi('declined', 'отказался'), names: ['declined', 'отказался', 'отказалась', 'отказ'] },
  },
  words: {
    late: bi('late', 'опоздание'),
    overdue: bi('overdue', 'просрочен'),
    ok: bi('ok', 'выполнено'),
    onTrack: bi('on track', 'в норме'),
  },
} as const;
