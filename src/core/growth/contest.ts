import { InputError } from '../errors';
import { bi } from '../i18n';
import { normalizeWord } from '../text';
import { compareGrowth, growthFraction } from './growth';

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
  entrants.forEach((entrant, index) => {
    const key = normalizeWord(entrant.partner);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(bi('is listed twice; each partner must appear in one row', 'указан дважды; каждый партнёр должен быть в одной строке'), index);
    }
    seen.set(key, index);
    if (entrant.previous !== undefined && entrant.previous > 0 && !left.has(key)) ranked.push(index);
  });

  const order = (a: number, b: number) => compareEntrants(entrants[b], entrants[a]);
  ranked.sort((a, b) => order(a, b) || a - b);

  const placings: Placing[] = [];
  ranked.forEach((index, i) => {
    const tied = i > 0 && order(ranked[i - 1], index) === 0;
    const entrant = entrants[index];
    placings.push({
      index,
      place: tied ? placings[i - 1].place : i + 1,
      growth: growthFraction(entrant.previous as number, entrant.current) as number,
    });
  });
  return placings;
}

function compareEntrants(x: Entrant, y: Entrant): number {
  return compareGrowth(x as { previous: number; current: number }, y as { previous: number; current: number }) || Math.sign(x.subscriptions - y.subscriptions);
}
