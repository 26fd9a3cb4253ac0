import { InputError } from '../../../kernel/errors';
import { type Lang, bi } from '../../../kernel/i18n';
import { normalizeWord, wordTable } from '../../../kernel/values/text';
import { BASIS_POINTS, LEVELS_PROGRAM, type LevelRule } from './seed';

type EventKey = (typeof LEVELS_PROGRAM.events)[number]['key'];

const LEVEL_WORDS = wordTable(LEVELS_PROGRAM.levels.map((level) => [level, level.names] as const));
const EVENT_WORDS = wordTable(LEVELS_PROGRAM.events.map((event) => [event.key, event.names] as const));

export function parseLevel(text: string): LevelRule {
  const level = LEVEL_WORDS.get(normalizeWord(text));
  if (!level) {
    const accepted = LEVELS_PROGRAM.levels.map((l) => l.names[0]).join(', ');
    throw new InputError(bi(`is not a level; use ${accepted}`, `неизвестный уровень; допустимы ${accepted}`));
  }
  return level;
}

export function parseEvent(text: string): EventKey {
  const key = EVENT_WORDS.get(normalizeWord(text));
  if (!key) {
    throw new InputError(
      bi('is not an event; use participated or hosted (or leave empty)', 'неизвестное мероприятие; допустимы участие или своё мероприятие (или пусто)'),
    );
  }
  return key;
}

export interface LevelInputs {
  reviewsShare: number;
  planMet: boolean;
  certifiedStaff: number;
  event: EventKey;
}

/** Base discount plus the additive bonuses, capped: a fraction (0.4 = 40%). */
export function levelDiscount(level: LevelRule, inputs: LevelInputs): number {
  const p = LEVELS_PROGRAM;
  let total = level.base;
  if (inputs.reviewsShare > p.reviewsBonusAbove) total += level.bonus.reviews;
  if (inputs.planMet) total += level.bonus.plan;
  if (inputs.certifiedStaff > p.certifiedBonusAbove) total += level.bonus.certified;
  total += p.events.find((e) => e.key === inputs.event)?.points ?? 0;
  return Math.min(total, p.cap) / BASIS_POINTS;
}

export interface LevelStanding {
  certifiedStaff: number;
  reviewsShare: number;
  marketingActive: boolean;
  announced: boolean;
}

/** `ok`, or each unmet requirement of the level in the table's order, in one language (a column needs only the sheet's). */
export function levelCheck(level: LevelRule, standing: LevelStanding, lang: Lang): string {
  const req = level.requires;
  const names = LEVELS_PROGRAM.requirementNames;
  const ru = lang === 'ru';
  let text = '';
  const add = (part: string) => {
    text = text ? `${text}; ${part}` : part;
  };
  if (standing.certifiedStaff < req.certifiedStaff) {
    add(`${names.certifiedStaff[lang]} ${standing.certifiedStaff} ${ru ? 'из' : 'of'} ${req.certifiedStaff}`);
  }
  if (standing.reviewsShare < req.reviewsShare) {
    const has = percent(standing.reviewsShare);
    const needs = percent(req.reviewsShare);
    add(ru ? `${names.reviewsShare.ru} ${has} из ${needs} внедрений` : `${names.reviewsShare.en} ${has} of ${needs} of implementations`);
  }
  if (req.marketing && !standing.marketingActive) add(names.marketing[lang]);
  if (req.announced && !standing.announced) add(names.announced[lang]);
  return text || LEVELS_PROGRAM.ok[lang];
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
