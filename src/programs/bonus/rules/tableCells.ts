import { InputError } from '../../../kernel/errors';
import { everyForm, plural, pluralForms, t, type Text } from '../../../kernel/i18n';
import { isEmpty } from '../../../kernel/functions/cells';
import type { CallContext } from '../../../kernel/functions/context';
import type { Reader } from '../../../kernel/functions/readers';
import { numberOf } from '../../../kernel/values/cellValues';
import { parseNumberText } from '../../../kernel/values/numbers';
import { normalizeWord, wordTable } from '../../../kernel/values/text';
import type { BonusWindow } from './seed';

/*
 * The cells of the bonus rules table (SPEC §12.3) that no kernel reader
 * reads: a rule's kind, a milestone's window (`14 days`, `3 мес.`) and its
 * threshold (a number, or a share such as `10%` when the row has an Of).
 * Each throws an InputError saying what is wrong; the table reader adds the
 * cell.
 */

export type Kind = 'milestone' | 'action' | 'reward';

/** The table's headers (SPEC §12.3), in each language; table.ts adds aliases, readers and docs. */
export const COLUMN_NAMES = {
  code: t`Code`,
  kind: t`Kind`,
  description: t`Description`,
  points: t`Points`,
  window: t`Window`,
  metric: t`Metric`,
  atLeast: t`At least`,
  of: t`Of`,
} as const;

/** The kinds as a rules sheet writes them (its drop-down); each is read in every language. */
export const KIND_NAMES: Record<Kind, Text> = { milestone: t`milestone`, action: t`action`, reward: t`reward` };

const KINDS = wordTable<Kind>((['milestone', 'action', 'reward'] as const).map((kind) => [kind, everyForm(KIND_NAMES[kind])]));

/** A required cell's reader: an empty cell says what is needed. */
function filled<T>(needed: Text, read: (cell: unknown, ctx: CallContext) => T): Reader<T> {
  return {
    type: 'string',
    read(cell, ctx) {
      if (isEmpty(cell)) throw new InputError(t`is empty, but ${needed} is needed`);
      return read(cell, ctx);
    },
  };
}

export const kindCell: Reader<Kind> = filled(t`a kind (${KIND_NAMES.milestone}, ${KIND_NAMES.action} or ${KIND_NAMES.reward})`, (cell) => {
  const kind = typeof cell === 'string' ? KINDS.get(normalizeWord(cell)) : undefined;
  if (!kind) throw new InputError(t`is not a kind: write ${KIND_NAMES.milestone}, ${KIND_NAMES.action} or ${KIND_NAMES.reward}`);
  return kind;
});

const DAYS = [...pluralForms('day', 'days', 'window'), 'd', 'дн', 'дн.', 'день', 'дня', 'дней', 'д', 'д.'];
const MONTHS = [...pluralForms('month', 'months', 'window'), 'мес', 'мес.', 'месяц', 'месяца', 'месяцев'];
const UNITS = wordTable<'days' | 'months'>([
  ['days', DAYS],
  ['months', MONTHS],
]);
/** A hundred years: a longer window is a typo, and its deadline would leave the calendar. */
const LONGEST = { days: 36_600, months: 1_200 };

const NOT_A_WINDOW = t`is not a window: write a whole number of days or months, such as 14 days or 3 months`;

/** `14 days`, `1 month`, `3 months`, `14 дн.`, `3 мес.` (case-insensitive; the unit in any language). */
export const windowCell: Reader<BonusWindow> = {
  type: 'string',
  read(cell) {
    if (typeof cell !== 'string') throw new InputError(NOT_A_WINDOW);
    const match = /^(\d+)\s*(\S.*)$/.exec(normalizeWord(cell));
    const unit = match ? UNITS.get(match[2]) : undefined;
    if (!match || !unit) throw new InputError(NOT_A_WINDOW);
    const length = Number(match[1]);
    if (length < 1) throw new InputError(t`is not a window: it must be 1 day or more`);
    if (length > LONGEST[unit]) throw new InputError(t`is longer than 100 years`);
    return unit === 'days' ? { days: length } : { months: length };
  },
};

/**
 * A milestone's threshold as typed: a number, or a percentage (`10%`, which
 * only a share — a row with an Of — may take). A share cell formatted as a
 * percentage arrives as its fraction (0.1), a plain number: the row's Of
 * decides how it is read (tableBuild.ts).
 */
export interface Threshold {
  /** The number, or for `10%` the percent (10). */
  readonly value: number;
  /** Typed with a percent sign. */
  readonly percent: boolean;
}

const NOT_A_THRESHOLD = t`is not a number or a share such as 10%`;

export const thresholdCell: Reader<Threshold> = {
  type: 'number|string',
  read(cell, ctx) {
    let value: number;
    let percent = false;
    if (typeof cell === 'string' && cell.trim().endsWith('%')) {
      value = parseNumberText(cell.trim().slice(0, -1), ctx) ?? Number.NaN;
      percent = true;
    } else {
      value = numberOf(cell, ctx);
    }
    if (value !== value) throw new InputError(NOT_A_THRESHOLD);
    if (value < 0) throw new InputError(t`is negative`);
    if (percent && value > 100) throw new InputError(t`is above 100%`);
    return { value, percent };
  },
};

/** A window as the rules sheet writes it: `14 days`, `1 month` / `14 дн.`, `1 мес.`. */
export function windowText(window: BonusWindow): Text {
  if ('months' in window) return t`${window.months} ${plural(window.months, 'month', 'months', 'window')}`;
  return t`${window.days} ${plural(window.days, 'day', 'days', 'window')}`;
}
