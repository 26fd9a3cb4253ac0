import { InputError } from '../../../kernel/errors';
import { type Lang, t } from '../../../kernel/i18n';
import { formatAmount } from '../../../kernel/values/numbers';
import { excerpt } from '../../../kernel/values/text';
import type { WhatIfBucket, WhatIfComparison, WhatIfProgram, WhatIfRow, WhatIfTotal } from '../../../kernel/whatIf';
import type { TierProgram, TierRule } from './seed';
import { TIERS_TABLE } from './table';
import { type Override, type Standing, parseOverride, tierResult, wordKey } from './tiers';

/*
 * What if… for tiers (SPEC §13): every partner's PARTNER_TIER under the
 * current tiers table and under an edited one, by PARTNER_TIER's own code
 * (tierResult), authorisation and the vendor's override included.
 *
 * Totals (SPEC §13): partners per tier, and the sum of the discounts weighted
 * by 12-month sales (Σ sales × discount: what the discounts are worth at this
 * year's sales); a tier whose discount is a word (`individual`) adds nothing
 * to that sum, and says so in the label. The chart counts partners per tier.
 */

/** One partner of the Partners sheet, as its sheet reader gives it (the tier is not read: it is what is computed). */
export interface TiersPartner {
  readonly name: string;
  readonly standing: Standing;
  /** The Authorised box. */
  readonly authorised: boolean;
  /** The Vendor override cell as the sheet holds it (`''` for none): which tier it names depends on the table. */
  readonly override: string;
}

export interface TiersData {
  readonly partners: readonly TiersPartner[];
}

/** A partner under one program: its tier (undefined: not authorised), or the override its table does not know. */
type Outcome = { tier: TierRule | undefined; bad?: undefined } | { tier: undefined; bad: string };

function outcomeOf(partner: TiersPartner, program: TierProgram): Outcome {
  let override: Override | undefined;
  if (partner.override.trim() !== '') {
    try {
      override = parseOverride(partner.override, program);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { tier: undefined, bad: partner.override };
    }
  }
  return { tier: tierResult(partner.standing, partner.authorised, override, program).tier };
}

function shown(outcome: Outcome, program: TierProgram, lang: Lang): string {
  if (outcome.bad !== undefined) return t`override "${excerpt(outcome.bad, 30)}" is not a tier`[lang];
  return outcome.tier ? outcome.tier.name[lang] : program.authorisation.notAuthorised[lang];
}

export function compareTiers(data: TiersData, before: TierProgram, after: TierProgram, lang: Lang): WhatIfComparison {
  // Tiers by name across both tables: the current table's, then the edited table's new ones.
  const names = new Map<string, string>();
  for (const tier of [...before.tiers, ...after.tiers]) {
    const key = wordKey(tier.name[lang]);
    if (!names.has(key)) names.set(key, tier.name[lang]);
  }
  const counts = new Map<string, [number, number]>([...names.keys()].map((key) => [key, [0, 0]]));
  const none: [number, number] = [0, 0];
  const bad: [number, number] = [0, 0];
  const weighted = [0, 0];
  let worded = false;
  const changed: WhatIfRow[] = [];
  const programs = [before, after];
  for (const partner of data.partners) {
    const outcomes = programs.map((program) => outcomeOf(partner, program));
    outcomes.forEach((outcome, side) => {
      if (outcome.bad !== undefined) bad[side]++;
      else if (!outcome.tier) none[side]++;
      else {
        counts.get(wordKey(outcome.tier.name[lang]))![side]++;
        const discount = outcome.tier.benefits.discount;
        if (typeof discount === 'number') weighted[side] += partner.standing.sales * discount;
        else worded = true;
      }
    });
    const was = shown(outcomes[0], before, lang);
    const now = shown(outcomes[1], after, lang);
    if (was !== now) changed.push({ name: partner.name, before: was, after: now });
  }
  const notAuthorised = before.authorisation.notAuthorised[lang];
  const totals: WhatIfTotal[] = [...names].map(([key, name]) => {
    const [was, now] = counts.get(key)!;
    return { label: t`${name}: partners`, before: String(was), after: String(now) };
  });
  totals.push({ label: t`${notAuthorised}: partners`, before: String(none[0]), after: String(none[1]) });
  if (bad[0] + bad[1] > 0) totals.push({ label: t`Override not a tier`, before: String(bad[0]), after: String(bad[1]) });
  totals.push({
    label: worded ? t`Discounts × 12-month sales (individual terms not counted)` : t`Discounts × 12-month sales`,
    before: formatAmount(weighted[0], lang),
    after: formatAmount(weighted[1], lang),
  });
  const buckets: WhatIfBucket[] = [...names].map(([key, label]) => {
    const [was, now] = counts.get(key)!;
    return { label, before: was, after: now };
  });
  if (none[0] + none[1] > 0) buckets.push({ label: notAuthorised, before: none[0], after: none[1] });
  return { rows: data.partners.length, changed, totals, chart: { title: t`Partners per tier`, buckets } };
}

export const TIERS_WHAT_IF: WhatIfProgram<TiersData, TierProgram> = {
  table: TIERS_TABLE,
  label: t`Partner tiers`,
  compare: (data, before, after, lang) => compareTiers(data, before, after, lang),
};
