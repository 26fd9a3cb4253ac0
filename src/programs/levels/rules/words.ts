import { type Text, type Lang, bi } from '../../../kernel/i18n';
import { HOSTED, PARTICIPATED } from './program';

/** The words of LEVEL_CHECK's results and of the event argument, in each language (seed 003's vocabulary). */
export const WORDS = {
  ok: bi('ok', 'выполнено'),
  certifiedStaff: bi('certified specialists', 'сертифицированные специалисты'),
  of: bi('of', 'из'),
  reviews: (has: string, needs: string): Text => bi(`client reviews ${has} of ${needs} of implementations`, `отзывы клиентов ${has} из ${needs} внедрений`),
  marketing: bi('marketing activity', 'маркетинговая активность'),
  announced: bi('participation announced on the website', 'анонс участия на сайте'),
  saasPurchases: bi(
    'SaaS purchases (Isolation module, licences to rent out, a year of extended support)',
    'покупки для SaaS (модуль «Изоляция», лицензии для сдачи в аренду, расширенная техподдержка на год)',
  ),
  reRegistration: (year: number): Text => bi(`re-registration for ${year}`, `перерегистрация на ${year} год`),
} as const;

/** Every accepted spelling of an event, and the bit it sets (`none` sets none). */
export const EVENT_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['none', 'no', 'нет']],
  [PARTICIPATED, ['participated', 'participation', 'took part', 'участие', 'участвовал', 'участвовали']],
  [HOSTED, ['hosted', 'own event', 'its own', 'своё мероприятие', 'собственное мероприятие', 'провёл', 'провели']],
];

export const NOT_AN_EVENT = bi(
  'is not an event; use participated, hosted, or both: participated, hosted (or leave empty)',
  'неизвестное мероприятие; допустимы участие, своё мероприятие или оба через запятую: участие, своё мероприятие (или пусто)',
);

export const NONE_WITH_EVENT = bi(
  'says none and an event at once; leave it empty, or name the events',
  'одновременно «нет» и мероприятие; оставьте пустым или перечислите мероприятия',
);

/** A share as a manager reads it: 40%, 12.5% (12,5% in Russian). */
export function percentText(share: number, lang: Lang): string {
  const text = String(Math.round(share * 1000) / 10);
  return `${lang === 'ru' ? text.replace('.', ',') : text}%`;
}
