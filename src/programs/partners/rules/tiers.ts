import { type Day, addMonths } from '../../../kernel/values/dates';
import { InputError } from '../../../kernel/errors';
import { everyForm, type Lang, perLang, SEMICOLON, t, type Text, wordList } from '../../../kernel/i18n';
import { formatAmount } from '../../../kernel/values/numbers';
import { headerKey, normalizeWord } from '../../../kernel/values/text';
import type { BenefitKey, Condition, MarketingKey, TierProgram, TierRule } from './seed';

/** What a partner has achieved, as the tier conditions read it. */
export interface Standing {
  /** Sales over the last 12 months in vendor prices (money). */
  sales: number;
  marketing: MarketingKey;
  salesTraining: boolean;
  monthlyReporting: boolean;
  dedicatedStaff: boolean;
}

/** The vendor's own decision about a partner (SPEC §5 `override`): a tier it may not exceed, or no authorisation at all. */
export type Override = { readonly tier: TierRule } | 'deauthorised';

/** Words compare trimmed, case-insensitively, ё as е, with `_` and `-` read as spaces. */
export function wordKey(text: string): string {
  return normalizeWord(text.replace(/[_-]+/g, ' '));
}

interface Lookups {
  tiers: Map<string, TierRule>;
  marketing: Map<string, MarketingKey>;
  benefits: Map<string, BenefitKey>;
  notAuthorised: Set<string>;
  deauthorised: Set<string>;
}

/** Lookup tables per program, built once per program (the seed's once and for all, a rules table's once per call). */
const lookups = new WeakMap<TierProgram, Lookups>();

function lookupsOf(program: TierProgram): Lookups {
  let found = lookups.get(program);
  if (!found) {
    const tiers = new Map<string, TierRule>();
    for (const tier of program.tiers) for (const word of [...everyForm(tier.name), ...tier.aliases]) tiers.set(wordKey(word), tier);
    const marketing = new Map<string, MarketingKey>();
    for (const level of program.marketing) for (const word of [...everyForm(level.name), ...level.names]) marketing.set(wordKey(word), level.key);
    const benefits = new Map<string, BenefitKey>();
    for (const [benefit, { name, aliases }] of Object.entries(program.benefitNames) as [BenefitKey, TierProgram['benefitNames'][BenefitKey]][]) {
      for (const word of [...everyForm(name), ...aliases]) benefits.set(headerKey(word), benefit);
    }
    const { authorisation: a } = program;
    const notAuthorised = new Set([...everyForm(a.notAuthorised), ...a.notAuthorisedAliases].map(wordKey));
    const deauthorised = new Set([...everyForm(a.deauthorised), ...a.deauthorisedAliases].map(wordKey));
    found = { tiers, marketing, benefits, notAuthorised, deauthorised };
    lookups.set(program, found);
  }
  return found;
}

/** The tier names for a message: `Белый, Бронзовый… (White, Bronze…)`, one list where the names are the same. */
function tierList(program: TierProgram): Text {
  return wordList(program.tiers.map((tier) => tier.name));
}

function notATier(program: TierProgram): InputError {
  return new InputError(t`is not a partner tier; use ${tierList(program)}`);
}

/** A tier by its English, Russian or Greek name (`Silver`, `серебряный`, `Серебряный статус`), or a rules table's name in any case. */
export function parseTier(text: string, program: TierProgram): TierRule {
  const tier = lookupsOf(program).tiers.get(wordKey(text));
  if (!tier) throw notATier(program);
  return tier;
}

/** TIER_BENEFIT's tier: a tier, or `not authorised` (`не авторизован`: null), PARTNER_TIER's result for a partner without a status. */
export function parseTierOrNone(text: string, program: TierProgram): TierRule | null {
  const key = wordKey(text);
  const found = lookupsOf(program);
  const tier = found.tiers.get(key);
  if (tier) return tier;
  if (found.notAuthorised.has(key)) return null;
  const na = program.authorisation.notAuthorised;
  throw new InputError(t`is not a partner tier; use ${tierList(program)}, or ${na}`);
}

/** An override cell: a tier name (the partner may not be above it) or `deauthorised` (`деавторизован`). */
export function parseOverride(text: string, program: TierProgram): Override {
  const key = wordKey(text);
  const found = lookupsOf(program);
  const tier = found.tiers.get(key);
  if (tier) return { tier };
  if (found.deauthorised.has(key)) return 'deauthorised';
  const de = program.authorisation.deauthorised;
  throw new InputError(t`is not a tier to hold the partner at, nor ${de}; use ${tierList(program)}, or ${de}, or leave empty`);
}

/** Does an override cell take the partner's authorisation away (`deauthorised`, `деавторизован`)? */
export function isDeauthorised(text: string, program: TierProgram): boolean {
  return lookupsOf(program).deauthorised.has(wordKey(text));
}

/** Is this one of the words that name no tier: `not authorised`, `deauthorised` (a rules table may not call a tier so)? */
export function isReservedTierName(text: string, program: TierProgram): boolean {
  const key = wordKey(text);
  const found = lookupsOf(program);
  return found.notAuthorised.has(key) || found.deauthorised.has(key);
}

/** The marketing words, in each language, for messages. */
function marketingWords(program: TierProgram): Text {
  return wordList(program.marketing.map((m) => m.name));
}

/** A marketing regularity word in any language (`quarterly`, `ежемесячно`), or undefined. */
export function marketingWord(text: string, program: TierProgram): MarketingKey | undefined {
  return lookupsOf(program).marketing.get(wordKey(text));
}

/** A marketing regularity word only, for a rules table's minimum (`none`, `quarterly`, `monthly`). */
export function parseMarketingLevel(text: string, program: TierProgram): MarketingKey {
  const level = marketingWord(text, program);
  if (level) return level;
  throw new InputError(t`is not a marketing regularity; use ${marketingWords(program)}`);
}

/**
 * Marketing regularity: `none` / `quarterly` / `monthly` in any language,
 * or the number of marketing activities in the last 12 months (4 or more is
 * quarterly, 12 or more monthly). The adapter maps an empty cell to `none`.
 */
export function parseMarketing(text: string, program: TierProgram): MarketingKey {
  const word = marketingWord(text, program);
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
  throw new InputError(t`is not a marketing regularity; use ${marketingWords(program)} or the number of marketing activities in the last 12 months`);
}

/** A benefit of the tier table, in plain words, with spaces or underscores, in any case, English, Russian or Greek. */
export function parseBenefit(text: string, program: TierProgram): BenefitKey {
  const benefit = lookupsOf(program).benefits.get(headerKey(text));
  if (!benefit) {
    throw new InputError(t`is not a tier benefit; use ${wordList(Object.values(program.benefitNames).map((benefit) => benefit.name))}`);
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

/** The highest tier whose conditions all hold, authorisation and the vendor's decisions aside. */
export function partnerTier(standing: Standing, program: TierProgram): TierRule {
  return program.tiers[tierIndex(standing, program)];
}

/** Where a partner stands: its tier (none when not authorised) and whether the vendor's override holds it below what it earned. */
export interface TierResult {
  /** undefined: not authorised. */
  readonly tier: TierRule | undefined;
  /** The index of `tier` in the program (-1 when not authorised). */
  readonly index: number;
  readonly downgraded: boolean;
}

const NOT_AUTHORISED: TierResult = { tier: undefined, index: -1, downgraded: false };

/**
 * PARTNER_TIER (SPEC §5): only an authorised partner has a tier; the
 * vendor's override is the highest tier it may have (a downgrade, never an
 * upgrade) or takes the authorisation away.
 */
export function tierResult(standing: Standing, authorised: boolean, override: Override | undefined, program: TierProgram): TierResult {
  if (!authorised || override === 'deauthorised') return NOT_AUTHORISED;
  const earned = tierIndex(standing, program);
  if (override) {
    const cap = program.tiers.indexOf(override.tier);
    if (cap < earned) return { tier: override.tier, index: cap, downgraded: true };
  }
  return { tier: program.tiers[earned], index: earned, downgraded: false };
}

/** PARTNER_TIER's words for a result: the tier's name, or `not authorised`. */
export function tierName(result: TierResult, program: TierProgram): Text {
  return result.tier ? result.tier.name : program.authorisation.notAuthorised;
}

/**
 * TIER_GAP: the next tier up and each condition of it the partner misses, in
 * the table's order (`Silver: sales +120,000; quarterly marketing; sales
 * training`); undefined at the top tier. A partner that is not authorised
 * lacks `authorisation`; one held below its tier by the vendor is
 * `downgraded by the vendor`.
 */
export function tierGapText(standing: Standing, lang: Lang, program: TierProgram, authorised = true, override?: Override): string | undefined {
  const result = tierResult(standing, authorised, override, program);
  if (!result.tier) return program.authorisation.gapAuthorisation[lang];
  if (result.downgraded) return program.authorisation.gapDowngraded[lang];
  const next = program.tiers[result.index + 1];
  if (!next) return undefined;
  let text = `${next.name[lang]}:`;
  let first = true;
  for (const condition of next.conditions) {
    if (holds(condition, standing, program)) continue;
    text += `${first ? ' ' : SEMICOLON[lang]}${describeMissing(condition, standing, lang, program)}`;
    first = false;
  }
  return text;
}

/** TIER_GAP in every language. */
export function tierGap(standing: Standing, program: TierProgram, authorised = true, override?: Override): Text | undefined {
  if (tierGapText(standing, 'en', program, authorised, override) === undefined) return undefined;
  return perLang((lang) => tierGapText(standing, lang, program, authorised, override) as string);
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

/** TIER_BENEFIT: one cell of the tier table; a word where the table has no number; 0 for a partner not authorised. */
export function tierBenefit(tier: TierRule | null, benefit: BenefitKey): number | Text {
  return tier ? tier.benefits[benefit] : 0;
}

/** Months a registration runs: the tier's term once, plus once per extension. */
export function registrationMonths(tier: TierRule, extensions: number): number {
  return tier.benefits.registration_months * (1 + extensions);
}

/** DEAL_EXPIRY: the last day of a registration, counted in one step as EDATE(registered, term × (1 + extensions)). */
export function dealExpiry(registered: Day, tier: TierRule, extensions = 0): Day {
  return addMonths(registered, registrationMonths(tier, extensions));
}

/** The lowest sales a tier asks for (0 when it asks none). */
export function minSalesOf(tier: TierRule): number {
  for (const condition of tier.conditions) if (condition.kind === 'sales') return condition.min;
  return 0;
}
