import { InputError } from '../../../kernel/errors';
import { t } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';

/*
 * A partner-level program (SPEC §7, §12.2) as data: one LevelRule per row of
 * its rules table, lowest first. The seed's (seed.ts) and a vendor's own
 * (table.ts) are built by the same `levelsProgram`, and every decision
 * (levels.ts) reads only what it is handed.
 */

/**
 * Shares are held in millionths: sums such as 10% + 10% + 1% are then exact
 * integers, and the total divided by UNIT is the very double the decimal
 * would give (0.21, not 0.21000000000000002).
 */
export const UNIT = 1_000_000;

export function toUnits(share: number): number {
  return Math.round(share * UNIT);
}

/** Events as bits: a partner may both take part in the vendor's events and host its own. */
export const PARTICIPATED = 1;
export const HOSTED = 2;
/** 0 none, PARTICIPATED, HOSTED, or both. */
export type Events = number;

export interface LevelRule {
  /** As the table writes it: messages and What if… use it. */
  readonly name: string;
  /** 1 for the first level of the table: a level may also be named by its number. */
  readonly number: number;
  /** In millionths (UNIT). */
  readonly base: number;
  readonly bonus: {
    readonly reviews: number;
    readonly plan: number;
    readonly certified: number;
    readonly participated: number;
    readonly hosted: number;
  };
  /** The reviews bonus needs strictly more than this share of sales. */
  readonly reviewsAbove: number;
  /** The certified bonus needs strictly more than this many specialists. */
  readonly certifiedAbove: number;
  /** Base plus bonuses never exceeds it (millionths); undefined: no cap. */
  readonly cap: number | undefined;
  readonly requires: {
    readonly certifiedStaff: number;
    /** Reviews as a share of implementations. */
    readonly reviewsShare: number;
    readonly marketing: boolean;
    readonly announced: boolean;
    readonly saasPurchases: boolean;
  };
}

export interface LevelsProgram {
  readonly levels: readonly LevelRule[];
  /** Every accepted spelling (normalised) → index into `levels`. */
  readonly spellings: ReadonlyMap<string, number>;
}

/** One row of the levels table as read: shares as fractions, keyed as the table's columns are. */
export interface LevelRow {
  level: string;
  base: number;
  reviewsBonus: number;
  planBonus: number;
  certifiedBonus: number;
  participationBonus: number;
  hostingBonus: number;
  reviewsAbove: number;
  certifiedAbove: number;
  cap: number | undefined;
  requiredCertified: number;
  requiredReviews: number;
  marketingRequired: boolean;
  announcementRequired: boolean;
  saasPurchasesRequired: boolean;
}

/**
 * The program of a table's rows (already checked). `otherSpellings` gives,
 * per level name (normalised), other names it is known by (`SaaS Partner`
 * for SaaS); a spelling another level already uses is left to that level.
 */
export function levelsProgram(rows: readonly LevelRow[], otherSpellings: ReadonlyMap<string, readonly string[]> = new Map()): LevelsProgram {
  const spellings = new Map<string, number>();
  rows.forEach((row, i) => {
    spellings.set(normalizeWord(row.level), i);
  });
  rows.forEach((row, i) => {
    for (const other of otherSpellings.get(normalizeWord(row.level)) ?? []) {
      const key = normalizeWord(other);
      if (!spellings.has(key)) spellings.set(key, i);
    }
  });
  const levels = rows.map(
    (row, i): LevelRule => ({
      name: row.level,
      number: i + 1,
      base: toUnits(row.base),
      bonus: {
        reviews: toUnits(row.reviewsBonus),
        plan: toUnits(row.planBonus),
        certified: toUnits(row.certifiedBonus),
        participated: toUnits(row.participationBonus),
        hosted: toUnits(row.hostingBonus),
      },
      reviewsAbove: row.reviewsAbove,
      certifiedAbove: row.certifiedAbove,
      cap: row.cap === undefined ? undefined : toUnits(row.cap),
      requires: {
        certifiedStaff: row.requiredCertified,
        reviewsShare: row.requiredReviews,
        marketing: row.marketingRequired,
        announced: row.announcementRequired,
        saasPurchases: row.saasPurchasesRequired,
      },
    }),
  );
  return { levels, spellings };
}

const DIGITS = /^\d+$/;

/** The level a cell names: by name (any case) or by its number in the table (`2`, or the text `2`); undefined for none. */
export function findLevel(program: LevelsProgram, cell: string | number): LevelRule | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? program.levels[cell - 1] : undefined;
  const key = normalizeWord(cell);
  const at = program.spellings.get(key);
  if (at !== undefined) return program.levels[at];
  return DIGITS.test(key) ? program.levels[Number(key) - 1] : undefined;
}

/** `use Retail, Competency, SaaS (or 1–3)`: what a level argument may say. */
export function notALevel(program: LevelsProgram): InputError {
  const names = program.levels.map((level) => level.name).join(', ');
  const n = program.levels.length;
  const numbers = n === 1 ? '1' : `1–${n}`;
  return new InputError(t`is not a level; use ${names} (or ${numbers})`);
}

/**
 * Finds levels for a whole column: the answer for each distinct cell is
 * remembered (a column repeats the same three or four words), so a call over
 * 100,000 rows normalises each word once. Unknown cells throw notALevel.
 */
export function levelFinder(program: LevelsProgram): (cell: string | number) => LevelRule {
  const known = new Map<string | number, LevelRule>();
  return (cell) => {
    let level = known.get(cell);
    if (level === undefined) {
      level = findLevel(program, cell);
      if (level === undefined) throw notALevel(program);
      if (known.size >= 1000) known.clear();
      known.set(cell, level);
    }
    return level;
  };
}
