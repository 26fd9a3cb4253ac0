import { InputError } from '../../../kernel/errors';
import { t, type Text } from '../../../kernel/i18n';
import { normalizeWord } from '../../../kernel/values/text';

/**
 * Reading the rows of a log-like range (as Sheets passes a range, or as
 * `getValues()` returns one) fast: the bonus log may hold a million rows, so
 * client names are matched once per spelling, not once per row. The cells
 * themselves are read by the kernel (values/days.ts, values/cellValues.ts),
 * as every custom function reads them.
 */

/** A problem with one cell of a log-like range (kernel/errors.ts). */
export { CellError } from '../../../kernel/errors';

const isArray = Array.isArray;

/** Anything normalizeWord would change in a lower-cased text besides the case: odd or doubled spaces, ё, Greek accents. */
const NOT_PLAIN = /[^\S ]|^ | $| {2}|ё|[άέήίόύώϊΐϋΰ]/;

/** A client name as a sheet spells it (trimmed; a number read as its digits), '' for a cell that holds none. */
export function clientName(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

/** How a client is matched: trimmed, case-insensitive (ё as е, Greek accents dropped, inner spaces collapsed), as normalizeWord does. */
export function clientKey(name: string): string {
  const lower = name.toLowerCase();
  return NOT_PLAIN.test(lower) ? normalizeWord(name) : lower;
}

/**
 * Gives each distinct client (by its key) a small integer id, remembering the
 * raw spellings seen so each is normalised once. Returns −1 for a cell that
 * holds no client name (empty, a flag, a date); numbers read as their digits.
 */
export class ClientIds {
  readonly ids = new Map<string, number>();
  private readonly raw = new Map<string, number>();

  idOf(cell: unknown): number {
    let text: string;
    if (typeof cell === 'string') {
      const known = this.raw.get(cell);
      if (known !== undefined) return known;
      text = cell;
    } else if (typeof cell === 'number' && cell - cell === 0) {
      text = String(cell);
    } else {
      return -1;
    }
    const key = clientKey(text);
    let id = -1;
    if (key !== '') {
      const found = this.ids.get(key);
      if (found === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      } else {
        id = found;
      }
    }
    if (typeof cell === 'string') this.raw.set(cell, id);
    return id;
  }

  /** The id of a client name given elsewhere (an argument), or −1 when it never appears. */
  find(name: string): number {
    return this.raw.get(name) ?? this.ids.get(clientKey(name)) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** The rows of a range argument; an InputError (no row) when it is not a range of at least `columns` columns. */
export function rangeRows(value: unknown, columns: number, expected: Text): unknown[][] {
  if (!isArray(value)) {
    throw new InputError(t`is not a range; needed: columns ${expected}`);
  }
  const rows = value as unknown[];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isArray(row) || row.length < columns) {
      throw new InputError(t`has fewer than ${columns} columns; needed: ${expected}`);
    }
  }
  return rows as unknown[][];
}

/** What is wrong with the Date and Client cells of a log-like row. */
export const ROW_TEXT = {
  emptyDate: t`is empty, but the Date column needs a date`,
  notADate: t`is not a date (use a date cell, 2026-01-31 or 31.01.2026)`,
  emptyClient: t`is empty, but the Client column needs a client`,
  notAClient: t`is not a client name`,
};
