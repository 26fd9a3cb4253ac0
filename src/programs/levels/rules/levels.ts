import { InputError } from '../../../kernel/errors';
import { type Lang, SEMICOLON } from '../../../kernel/i18n';
import { civilFromDay, type Day } from '../../../kernel/values/dates';
import { normalizeWord, wordTable } from '../../../kernel/values/text';
import { type Events, HOSTED, type LevelRule, PARTICIPATED, UNIT } from './program';
import { EVENT_WORDS, NONE_WITH_EVENT, NOT_AN_EVENT, WORDS, percentText } from './words';

/*
 * The two decisions of SPEC §7: a partner's discount (LEVEL_DISCOUNT) and its
 * unmet requirements (LEVEL_CHECK), for a level of whatever program the
 * caller holds. Note that `reviewsShare` is not the same share in the two:
 * reviews as a share of SALES for the bonus, of IMPLEMENTATIONS for the
 * requirement (seed 003 uses both).
 */

const EVENTS = wordTable(EVENT_WORDS);

/**
 * `participated`, `hosted`, both (`participated, hosted`, in any order,
 * separated by a comma or a semicolon), `none`; in English, Russian or Greek.
 */
export function parseEvents(text: string): Events {
  let events = 0;
  let none = false;
  for (const part of text.split(/[,;]/)) {
    const word = normalizeWord(part);
    if (word === '') continue;
    const bit = EVENTS.get(word);
    if (bit === undefined) throw new InputError(NOT_AN_EVENT);
    if (bit === 0) none = true;
    events |= bit;
  }
  if (none && events !== 0) throw new InputError(NONE_WITH_EVENT);
  return events;
}

/** What LEVEL_DISCOUNT reads of a partner. `reviewsShare`: reviews as a share of sales. */
export interface DiscountInputs {
  reviewsShare: number;
  planMet: boolean;
  certifiedStaff: number;
  events: Events;
}

/** Base discount plus the bonuses earned, never above the level's cap: a fraction (0.4 = 40%). */
export function levelDiscount(level: LevelRule, inputs: DiscountInputs): number {
  const bonus = level.bonus;
  let total = level.base;
  if (inputs.reviewsShare > level.reviewsAbove) total += bonus.reviews;
  if (inputs.planMet) total += bonus.plan;
  if (inputs.certifiedStaff > level.certifiedAbove) total += bonus.certified;
  if (inputs.events & PARTICIPATED) total += bonus.participated;
  if (inputs.events & HOSTED) total += bonus.hosted;
  if (level.cap !== undefined && total > level.cap) total = level.cap;
  return total / UNIT;
}

/** What LEVEL_CHECK reads of a partner. `reviewsShare`: reviews as a share of implementations. */
export interface Standing {
  certifiedStaff: number;
  reviewsShare: number;
  marketingActive: boolean;
  announced: boolean;
  /** The purchases SaaS needs made; undefined when not given (then not checked). */
  saasPurchases: boolean | undefined;
  /** The year the partner must re-register for, when its participation year is over; else undefined. */
  reRegistration: number | undefined;
}

/**
 * Participation is for a calendar year (seed 003): once the report date is
 * past 31 December of the partner's year, it must re-register for the next.
 */
export function reRegistrationFor(year: number, asOf: Day): number | undefined {
  return civilFromDay(asOf).year > year ? year + 1 : undefined;
}

/** `ok`, or each unmet requirement in the table's order (re-registration last), joined by `; ` (`· ` in Greek), in one language. */
export function levelCheck(level: LevelRule, standing: Standing, lang: Lang): string {
  const req = level.requires;
  let text = '';
  if (standing.certifiedStaff < req.certifiedStaff) {
    text = `${WORDS.certifiedStaff[lang]} ${standing.certifiedStaff} ${WORDS.of[lang]} ${req.certifiedStaff}`;
  }
  if (standing.reviewsShare < req.reviewsShare) {
    text = joined(text, lang, WORDS.reviews(percentText(standing.reviewsShare, lang), percentText(req.reviewsShare, lang))[lang]);
  }
  if (req.marketing && !standing.marketingActive) text = joined(text, lang, WORDS.marketing[lang]);
  if (req.announced && !standing.announced) text = joined(text, lang, WORDS.announced[lang]);
  if (req.saasPurchases && standing.saasPurchases === false) text = joined(text, lang, WORDS.saasPurchases[lang]);
  if (standing.reRegistration !== undefined) text = joined(text, lang, WORDS.reRegistration(standing.reRegistration)[lang]);
  return text || WORDS.ok[lang];
}

function joined(text: string, lang: Lang, part: string): string {
  return text ? `${text}${SEMICOLON[lang]}${part}` : part;
}
