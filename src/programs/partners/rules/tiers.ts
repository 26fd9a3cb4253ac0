import { type Day, addMonths } from '../../../kernel/values/dates';
import { InputError } from '../../../kernel/errors';
import { type Text, type Lang, bi } from '../../../kernel/i18n';
import { formatAmount } from '../../../kernel/values/numbers';
import { normalizeWord } from '../../../kernel/values/text';
import { type BenefitKey, type Condition, type MarketingKey, TIERS_PROGRAM, type TierProgram, type TierRule } from './seed';

/** What a partner has achieved, as the tier conditions read it. */
export interface Standing {
  /** Sales over the last 12 months in vendor prices (money). */
  sales: number;
  marketing: MarketingKey;
  salesTraining: boolean;
  monthlyReporting: boolean;
  dedicatedStaff: boolean;
}

/** Words compare trimmed, case-insensitively, ё as е, with `_` and `-` read as spaces. */
function key(text: string): string {
  return normalizeWord(text.replace(/[_-]+/g, ' '));
}

/** Lookup tables per program, built once per table. */
const lookups = new WeakMap<TierProgram, { tiers: Map<string, TierRule>; marketing: Map<string, MarketingKey>; benefits: Map<string, BenefitKey> }>();

function lookupsOf(program: TierProgram) {
  let found = lookups.get(program);
  if (!found) {
    const tiers = new Map<string, TierRule>();
    for (const tier of program.tiers) for (const word of [tier.name.en, tier.name.ru, ...tier.aliases]) tiers.set(key(word), tier);
    const marketing = new Map<string, MarketingKey>();
    for (const level of program.marketing) for (const word of level.names) marketing.set(key(word), level.key);
    const benefits = new Map<string, BenefitKey>();
    for (const [benefit, words] of Object.entries(program.benefitNames) as [BenefitKey, readonly string[]][]) {
      for (const word of words) benefits.set(key(word), benefit);
    }
    found = { tiers, marketing, benefits };
    lookups.set(program, found);
  }
  return found;
}

/** A tier by its English or Russian name (`Silver`, `серебряный`, `Серебряный статус`). */
export function parseTier(text: string, program: TierProgram = TIERS_PROGRAM): TierRule {
  const tier = lookupsOf(program).tiers.get(key(text));
  if (!tier) {
    const en = program.tiers.map((t) => t.name.en).join(', ');
    const ru = program.tiers.map((t) => t.name.ru).join(', ');
    throw new InputError(bi(`is not a partner tier; use ${en} (or ${ru})`, `неизвестный статус партнёра; допустимы ${ru} (или ${en})`));
  }
  return tier;
}

/**
 * Marketing regularity: `none` / `quarterly` / `monthly` in either language,
 * or the number of marketing activities in the last 12 months (4 or more is
 * quarterly, 12 or more monthly). The adapter maps an empty cell to `none`.
 */
export function parseMarketing(text: string, program: TierProgram = TIERS_PROGRAM): MarketingKey {
  const word = lookupsOf(program).marketing.get(key(text));
  if (word) return word;
  // A count is a whole number in plain digits: with no decimal or group mark it reads the same in every locale,
  // so the answer for a text may be remembered across calls (the kernel reader `word` keeps its answers).
  const digits = text.trim();
  const count = /^\d+$/.test(digits) ? Number(digits) : undefined;
  if (count !== undefined) {
    let level: MarketingKey = program.marketing[0].key;
    for (const rule of program.marketing) if (count >= rule.minActivities) level = rule.key;
    return level;
  }
  const en = program.marketing.map((m) => m.names[0]).join(', ');
  const ru = program.marketing.map((m) => m.names.find((n) => /[а-я]/i.test(n)) ?? m.names[0]).join(', ');
  throw new InputError(
    bi(
      `is not a marketing regularity; use ${en} (${ru}) or the number of marketing activities in the last 12 months`,
      `не регулярность маркетинга; допустимы ${ru} (${en}) или число маркетинговых активностей за 12 месяцев`,
    ),
  );
}

/** A benefit column of the tier table: `discount`, `registration_months`, `extensions`, `leads_per_month`, `nfr_months`. */
export function parseBenefit(text: string, program: TierProgram = TIERS_PROGRAM): BenefitKey {
  const benefit = lookupsOf(program).benefits.get(key(text));
  if (!benefit) {
    const accepted = Object.keys(program.benefitNames).join(', ');
    throw new InputError(bi(`is not a tier benefit; use ${accepted}`, `неизвестное преимущество статуса; допустимы ${accepted}`));
  }
  return benefit;
}

function marketingRank(level: MarketingKey, program: TierProgram): number {
  const levels = program.marketing;
  for (let i = 0; i < levels.length; i++) if (levels[i].key === level) return i;
  return -1;
}

function holds(condition: Condition, standing: Standing, program: TierProgram): boolean {
  switch (condition.kind) {
    case 'sales':
      return standing.sales >= condition.min;
    case 'marketing':
      return marketingRank(standing.marketing, program) >= marketingRank(condition.min, program);
    case 'flag':
      return standing[condition.flag];
  }
}

/** The index of the highest tier whose conditions all hold (the lowest tier has none, so there always is one). */
function tierIndex(standing: Standing, program: TierProgram): number {
  // Plain loops: this runs for every row of a 100,000-row column.
  let found = 0;
  for (let i = 0; i < program.tiers.length; i++) {
    const conditions = program.tiers[i].conditions;
    let all = true;
    for (let j = 0; j < conditions.length && all; j++) all = holds(conditions[j], standing, program);
    if (all) found = i;
  }
  return found;
}

/** PARTNER_TIER: the highest tier whose conditions all hold. */
export function partnerTier(standing: Standing, program: TierProgram = TIERS_PROGRAM): TierRule {
  return program.tiers[tierIndex(standing, program)];
}

/**
 * TIER_GAP: the next tier up and each condition of it the partner misses, in
 * the table's order (`Silver: sales +120,000; quarterly marketing; sales
 * training`); undefined at the top tier.
 */
export function tierGap(standing: Standing, program: TierProgram = TIERS_PROGRAM): Text | undefined {
  const en = tierGapText(standing, 'en', program);
  return en === undefined ? undefined : { en, ru: tierGapText(standing, 'ru', program)! };
}

/** TIER_GAP in one language (a column of gaps needs only the sheet's language). */
export function tierGapText(standing: Standing, lang: Lang, program: TierProgram = TIERS_PROGRAM): string | undefined {
  const next = program.tiers[tierIndex(standing, program) + 1];
  if (!next) return undefined;
  let text = `${next.name[lang]}:`;
  let first = true;
  for (const condition of next.conditions) {
    if (holds(condition, standing, program)) continue;
    text += `${first ? ' ' : '; '}${describeMissing(condition, standing, lang, program)}`;
    first = false;
  }
  return text;
}

function describeMissing(condition: Condition, standing: Standing, lang: Lang, program: TierProgram): string {
  switch (condition.kind) {
    case 'sales': {
      // The shortfall in whole cents, rounded up so that it is never shown as +0.
      const cents = Math.max(1, Math.ceil(Math.round((condition.min - standing.sales) * 1e6) / 1e4));
      return `${program.conditionNames.sales[lang]} +${formatAmount(cents / 100, lang)}`;
    }
    case 'marketing':
      return program.marketing.find((m) => m.key === condition.min)!.missing[lang];
    case 'flag':
      return program.conditionNames.flags[condition.flag][lang];
  }
}

/** TIER_BENEFIT: one cell of the tier table; a word where the table has no number. */
export function tierBenefit(tier: TierRule, benefit: BenefitKey): number | Text {
  return tier.benefits[benefit];
}

/** Months a registration runs: the tier's term once, plus once per extension. */
export function registrationMonths(tier: TierRule, extensions: number): number {
  return tier.benefits.registration_months * (1 + extensions);
}

/** DEAL_EXPIRY: the last day of a registration, counted in one step as EDATE(registered, term × (1 + extensions)). */
export function dealExpiry(registered: Day, tier: TierRule, extensions = 0): Day {
  return addMonths(registered, registrationMonths(tier, extensions));
}
