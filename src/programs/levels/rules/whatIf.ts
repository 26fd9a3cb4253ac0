import { withDecimalMark } from '../../../kernel/values/numbers';
import { type Lang, t } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';
import type { WhatIfBucket, WhatIfComparison, WhatIfProgram, WhatIfRow, WhatIfTotal } from '../../../kernel/whatIf';
import { type DiscountInputs, levelDiscount } from './levels';
import { type LevelRule, type LevelsProgram, UNIT, findLevel } from './program';
import { LEVELS_TABLE } from './table';

/*
 * What if… for levels (SPEC §13): every partner's discount under the current
 * levels table and under an edited one, by LEVEL_DISCOUNT's own code.
 *
 * Totals: partners per level and the average discount. The chart counts
 * partners per discount band of 5 points, not per level: a partner's level is
 * its own data (the vendor assigns it), so a change of rules moves no partner
 * between levels and a per-level chart would show two equal bars per level.
 * What a manager asks of a rules change is how many partners end up at which
 * discount; bands keep that to a few bars in a 300-px sidebar whatever the
 * table's bonuses (every distinct sum would make dozens).
 */

/** One partner of the Partner levels sheet, as its sheet reader gives it. */
export interface LevelsPartner {
  /** The partner's name ('' when its cell is empty). */
  readonly partner: string;
  /** Its sheet row, to name a row without a partner. */
  readonly row: number;
  /** The level as the cell holds it: which level it names depends on the table. */
  readonly level: string | number;
  readonly inputs: DiscountInputs;
}

export interface LevelsData {
  readonly partners: readonly LevelsPartner[];
}

/** A partner's discount under one program, or the level its cell does not name there. */
type Outcome = { level: LevelRule; discount: number } | { level: undefined; discount: undefined };

const BAND = 5;

/** A discount as the sheet's 0.0% format shows it (more decimals only where a bonus needs them): 23.5%, 23,5%. */
export function discountShown(discount: number, lang: Lang): string {
  const percent = Math.round(discount * 100_000) / 1000;
  const text = Number.isInteger(percent * 10) ? percent.toFixed(1) : String(percent);
  return `${withDecimalMark(text, lang)}%`;
}

function outcomeOf(program: LevelsProgram, partner: LevelsPartner): Outcome {
  const level = findLevel(program, partner.level);
  return level ? { level, discount: levelDiscount(level, partner.inputs) } : { level: undefined, discount: undefined };
}

function shown(outcome: Outcome, cell: string | number, lang: Lang): string {
  if (outcome.discount !== undefined) return discountShown(outcome.discount, lang);
  return t`"${cell}" is not a level`[lang];
}

/** Levels by name across both tables, in the current table's order, then the edited table's new ones. */
function levelNames(before: LevelsProgram, after: LevelsProgram): Map<string, string> {
  const names = new Map<string, string>();
  for (const level of [...before.levels, ...after.levels]) {
    const key = normalizeWord(level.name);
    if (!names.has(key)) names.set(key, level.name);
  }
  return names;
}

/** The average discount to one decimal, as the 0.0% format shows it: 26.8%. */
function average(sum: number, count: number, lang: Lang): string {
  if (count === 0) return '—';
  const text = (Math.round((sum / count / UNIT) * 1000) / 10).toFixed(1);
  return `${withDecimalMark(text, lang)}%`;
}

export function compareLevels(data: LevelsData, before: LevelsProgram, after: LevelsProgram, lang: Lang): WhatIfComparison {
  const changed: WhatIfRow[] = [];
  const names = levelNames(before, after);
  const perLevel = new Map<string, [number, number]>([...names.keys()].map((key) => [key, [0, 0]]));
  const unknown: [number, number] = [0, 0];
  const sums = [0, 0];
  const counts = [0, 0];
  const bands = new Map<number, Band>();
  for (const partner of data.partners) {
    const outcomes = [outcomeOf(before, partner), outcomeOf(after, partner)];
    outcomes.forEach((outcome, side) => {
      if (outcome.level === undefined) {
        unknown[side]++;
        return;
      }
      perLevel.get(normalizeWord(outcome.level.name))![side]++;
      // In millionths, as the program adds shares: an exact sum over any number of partners.
      sums[side] += Math.round(outcome.discount * UNIT);
      counts[side]++;
      const permille = Math.round(outcome.discount * 1000);
      const band = Math.floor(permille / (BAND * 10));
      if (!bands.has(band)) bands.set(band, { counts: [0, 0], within: false });
      const entry = bands.get(band)!;
      entry.counts[side]++;
      if (permille !== band * BAND * 10) entry.within = true;
    });
    const [was, now] = outcomes;
    if (was.discount !== now.discount) {
      const name = partner.partner || t`row ${partner.row}`[lang];
      changed.push({ name, before: shown(was, partner.level, lang), after: shown(now, partner.level, lang) });
    }
  }
  const totals: WhatIfTotal[] = [...names].map(([key, name]) => {
    const [was, now] = perLevel.get(key)!;
    return { label: t`${name}: partners`, before: String(was), after: String(now) };
  });
  if (unknown[0] + unknown[1] > 0) {
    totals.push({ label: t`Level not found`, before: String(unknown[0]), after: String(unknown[1]) });
  }
  totals.push({ label: t`Average discount`, before: average(sums[0], counts[0], lang), after: average(sums[1], counts[1], lang) });
  return {
    rows: data.partners.length,
    changed,
    totals,
    chart: { title: t`Partners per discount band`, buckets: bandBuckets(bands) },
  };
}

/** Partners of a band, before and after; `within`: some above its lower bound. */
interface Band {
  counts: [number, number];
  within: boolean;
}

/**
 * Every band from the lowest to the highest met, empty ones between included
 * so the bars keep their scale. A band holds its lower bound up to, not
 * including, the next (`20–25%`); one whose partners all sit exactly on its
 * lower bound is named by that discount alone (`40%`, the seed's cap), so a
 * capped partner never reads as "40–45%".
 */
function bandBuckets(bands: Map<number, Band>): WhatIfBucket[] {
  if (bands.size === 0) return [];
  const keys = [...bands.keys()];
  const buckets: WhatIfBucket[] = [];
  for (let band = Math.min(...keys); band <= Math.max(...keys); band++) {
    const entry = bands.get(band);
    const [before, after] = entry?.counts ?? [0, 0];
    const label = entry && !entry.within ? `${band * BAND}%` : `${band * BAND}–${(band + 1) * BAND}%`;
    buckets.push({ label, before, after });
  }
  return buckets;
}

export const LEVELS_WHAT_IF: WhatIfProgram<LevelsData, LevelsProgram> = {
  table: LEVELS_TABLE,
  label: t`Partner levels`,
  compare: (data, before, after, lang) => compareLevels(data, before, after, lang),
};
