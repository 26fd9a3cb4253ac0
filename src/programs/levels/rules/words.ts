import { everyForm, type Lang, perLang, t, type Text } from '../../../kernel/i18n';
import { withDecimalMark } from '../../../kernel/values/numbers';
import { HOSTED, PARTICIPATED } from './program';

/** The words of LEVEL_CHECK's results and of the event argument, in each language (seed 003's vocabulary). */
export const WORDS = {
  ok: t`ok`,
  certifiedStaff: t`certified specialists`,
  of: t`of`,
  reviews: (has: string, needs: string): Text => t`client reviews ${has} of ${needs} of implementations`,
  marketing: t`marketing activity`,
  announced: t`participation announced on the website`,
  saasPurchases: t`SaaS purchases (Isolation module, licences to rent out, a year of extended support)`,
  reRegistration: (year: number): Text => t`re-registration for ${year}`,
} as const;

/** The events' words as the template's drop-down offers them, in each language. */
export const EVENT_NAMES = { none: t`none`, participated: t`participated`, hosted: t`hosted` } as const;

/** Every accepted spelling of an event (its word in every language, and other spellings), and the bit it sets (`none` sets none). */
export const EVENT_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, [...everyForm(EVENT_NAMES.none), 'no', 'нет']],
  [PARTICIPATED, [...everyForm(EVENT_NAMES.participated), 'participation', 'took part', 'участие', 'участвовал', 'участвовали']],
  [HOSTED, [...everyForm(EVENT_NAMES.hosted), 'own event', 'its own', 'своё мероприятие', 'собственное мероприятие', 'провёл', 'провели']],
];

/** Both events, as one cell names them: `participated, hosted`. */
export const BOTH_EVENTS: Text = perLang((lang) => `${EVENT_NAMES.participated[lang]}, ${EVENT_NAMES.hosted[lang]}`);

export const NOT_AN_EVENT = t`is not an event; use ${EVENT_NAMES.participated}, ${EVENT_NAMES.hosted}, or both: ${BOTH_EVENTS} (or leave empty)`;

export const NONE_WITH_EVENT = t`says none and an event at once; leave it empty, or name the events`;

/** A share as a manager reads it: 40%, 12.5% (12,5% in Russian and Greek). */
export function percentText(share: number, lang: Lang): string {
  return `${withDecimalMark(String(Math.round(share * 1000) / 10), lang)}%`;
}
