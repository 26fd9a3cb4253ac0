import { InputError } from '../../../kernel/errors';
import { type Bilingual, type Lang, bi } from '../../../kernel/i18n';
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
  code: bi('Code', 'Код'),
  kind: bi('Kind', 'Вид'),
  description: bi('Description', 'Описание'),
  points: bi('Points', 'Баллы'),
  window: bi('Window', 'Срок'),
  metric: bi('Metric', 'Показатель'),
  atLeast: bi('At least', 'Не менее'),
  of: bi('Of', 'Доля от'),
} as const;

/** The kinds as a rules sheet writes them (its drop-down), per language. */
export const KIND_WORDS: Record<Lang, Record<Kind, string>> = {
  en: { milestone: 'milestone', action: 'action', reward: 'reward' },
  ru: { milestone: 'этап', action: 'действие', reward: 'награда' },
};

const KINDS = wordTable<Kind>([
  ['milestone', ['milestone', 'этап']],
  ['action', ['action', 'действие']],
  ['reward', ['reward', 'награда']],
]);

/** A required cell's reader: an empty cell says what is needed. */
function filled<T>(needed: Bilingual, read: (cell: unknown, ctx: CallContext) => T): Reader<T> {
  return {
    type: 'string',
    read(cell, ctx) {
      if (isEmpty(cell)) throw new InputError(bi(`is empty, but ${needed.en} is needed`, `пустая, а нужен ${needed.ru}`));
      return read(cell, ctx);
    },
  };
}

export const kindCell: Reader<Kind> = filled(bi('a kind (milestone, action or reward)', 'вид (этап, действие или награда)'), (cell) => {
  const kind = typeof cell === 'string' ? KINDS.get(normalizeWord(cell)) : undefined;
  if (!kind) throw new InputError(bi('is not a kind: write milestone, action or reward', 'не вид правила: укажите этап, действие или награда'));
  return kind;
});

const DAYS = ['day', 'days', 'd', 'дн', 'дн.', 'день', 'дня', 'дней', 'д', 'д.'];
const MONTHS = ['month', 'months', 'мес', 'мес.', 'месяц', 'месяца', 'месяцев'];
const UNITS = wordTable<'days' | 'months'>([
  ['days', DAYS],
  ['months', MONTHS],
]);
/** A hundred years: a longer window is a typo, and its deadline would leave the calendar. */
const LONGEST = { days: 36_600, months: 1_200 };

const NOT_A_WINDOW = bi(
  'is not a window: write a whole number of days or months, such as 14 days or 3 months',
  'не срок: укажите целое число дней или месяцев, например 14 дн. или 3 мес.',
);

/** `14 days`, `1 month`, `3 months`, `14 дн.`, `3 мес.` (case-insensitive; the unit in either language). */
export const windowCell: Reader<BonusWindow> = {
  type: 'string',
  read(cell) {
    if (typeof cell !== 'string') throw new InputError(NOT_A_WINDOW);
    const match = /^(\d+)\s*(\S.*)$/.exec(normalizeWord(cell));
    const unit = match ? UNITS.get(match[2]) : undefined;
    if (!match || !unit) throw new InputError(NOT_A_WINDOW);
    const length = Number(match[1]);
    if (length < 1) throw new InputError(bi('is not a window: it must be 1 day or more', 'не срок: нужно не меньше 1 дня'));
    if (length > LONGEST[unit]) throw new InputError(bi('is longer than 100 years', 'длиннее 100 лет'));
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

const NOT_A_THRESHOLD = bi('is not a number or a share such as 10%', 'не число и не доля вида 10%');

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
    if (value < 0) throw new InputError(bi('is negative', 'отрицательное'));
    if (percent && value > 100) throw new InputError(bi('is above 100%', 'больше 100%'));
    return { value, percent };
  },
};

/** A window as the rules sheet writes it: `14 days`, `1 month` / `14 дн.`, `1 мес.`. */
export function windowText(window: BonusWindow): Bilingual {
  if ('months' in window) return bi(`${window.months} ${window.months === 1 ? 'month' : 'months'}`, `${window.months} мес.`);
  return bi(`${window.days} ${window.days === 1 ? 'day' : 'days'}`, `${window.days} дн.`);
}
