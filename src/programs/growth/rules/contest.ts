import { InputError } from '../../../kernel/errors';
import { t } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';
import { type Invoices, compareGrowth, growthFraction } from './growth';

export interface Entrant {
  partner: string;
  previous: number | undefined;
  current: number;
  subscriptions: number;
}

export interface Placing {
  /** Index of the entrant in the list given. */
  index: number;
  place: number;
  growth: number;
}

/**
 * The monthly contest: partners ranked by growth, ties broken by support
 * subscriptions sold (more wins), partners still tied sharing a place
 * (competition ranking: 1, 1, 3). Partners with no previous invoice and the
 * excluded ones are not ranked. Returns the placings best first.
 */
export function rankContest(entrants: readonly Entrant[], excluded: readonly string[] = []): Placing[] {
  const left = new Set(excluded.map(normalizeWord));
  const seen = new Map<string, number>();
  const ranked: number[] = [];
  // Growth orders like current / previous; the ratio is computed once per partner, not once per comparison.
  const ratio = new Float64Array(entrants.length);
  entrants.forEach((entrant, index) => {
    const key = normalizeWord(entrant.partner);
    if (seen.has(key)) {
      throw new InputError(t`is listed twice; each partner must appear in one row`, index);
    }
    seen.set(key, index);
    if (entrant.previous !== undefined && entrant.previous > 0 && !left.has(key)) {
      ranked.push(index);
      ratio[index] = entrant.current / entrant.previous;
    }
  });

  /** > 0 when entrant a ranks before b: more growth, decided exactly when the ratios are close; then more subscriptions. */
  const ahead = (a: number, b: number): number => {
    const ra = ratio[a];
    const rb = ratio[b];
    const growth = Math.abs(ra - rb) > 1e-9 * Math.max(Math.abs(ra), Math.abs(rb)) ? ra - rb : compareGrowth(entrants[a] as Invoices, entrants[b] as Invoices);
    return growth || entrants[a].subscriptions - entrants[b].subscriptions;
  };
  ranked.sort((a, b) => Math.sign(ahead(b, a)) || a - b);

  const placings: Placing[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const index = ranked[i];
    const entrant = entrants[index];
    const tied = i > 0 && ahead(ranked[i - 1], index) === 0;
    placings.push({
      index,
      place: tied ? placings[i - 1].place : i + 1,
      growth: growthFraction(entrant.previous as number, entrant.current) as number,
    });
  }
  return placings;
}
