import type { Day } from '../../kernel/values/dates';
import { CellError, InputError } from '../../kernel/errors';
import { isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type Reader, calendarDate, money, optional, remembered, text, wholeNumber, word } from '../../kernel/functions/readers';
import type { DealColumnIndex, DealColumnKey } from './rules/dealColumns';
import { type DealRow, type OutcomeKey, parseOutcome } from './rules/dealStatus';
import type { MarketingKey, TierRule } from './rules/seed';
import { parseMarketing, parseTier } from './rules/tiers';

/*
 * How the partner program reads its cells: the one reading of a Deals row
 * (DEAL_STATUS over a range, the deal dialog over the Deals sheet) and of
 * the Partners columns (PARTNER_TIER and TIER_GAP, the deal dialog over the
 * Partners sheet). Pure: cells in, rules values out, or an InputError
 * (CellError for a row) saying what is wrong.
 */

/** A tier name in either language; its answers are kept across calls (kernel `word`). */
export const tierWord: Reader<TierRule> = word(parseTier);

const marketingWord = word(parseMarketing);

/** Marketing: a regularity word or a count of activities; empty is none; anything else (a checkbox, say) is refused with the accepted words. */
export const marketing: Reader<MarketingKey> = {
  type: 'string',
  read: (cell, ctx) => (isEmpty(cell) ? 'none' : typeof cell === 'boolean' ? parseMarketing(cell ? 'TRUE' : 'FALSE') : marketingWord.read(cell, ctx)),
};

/** Sales on the Partners sheet: an empty cell is a partner that has sold nothing yet (White), not an error. */
export const partnerSales: Reader<number> = optional(money, 0);

/** Extensions: a whole number, empty is 0; more than a thousand is a typo, and would push the expiry past any calendar. */
export const extensionCount: Reader<number> = optional(wholeNumber(0, 1000), 0);

const outcomeWord = word(parseOutcome);

/**
 * How each Deals column's cells are read; fresh for each read of a table, as
 * the remembered date readers answer for one spreadsheet's zone. An absent
 * optional column reads as an empty cell.
 */
function dealReaders() {
  return {
    registered: remembered(calendarDate),
    partner: text,
    tier: tierWord,
    customer: text,
    products: text,
    taxId: optional(text, ''),
    lastUpdate: remembered(optional(calendarDate, undefined)),
    extensions: extensionCount,
    outcome: optional(outcomeWord, 'open' as OutcomeKey),
  } satisfies Record<DealColumnKey, Reader<unknown>>;
}

/** Does this row hold a registration (a registration date)? Rows without one are no registration, whatever else they hold. */
export function isRegistration(cells: readonly unknown[], at: DealColumnIndex): boolean {
  return !isEmpty(cells[at.registered as number]);
}

/**
 * A reader of Deals rows, cells → DealRow, for the columns at `at` (the
 * required ones present). A cell it cannot read throws a CellError with its
 * row in the range (0-based, header row included: the row number − 1), its
 * column and that column's header as `headers` spell it.
 */
export function dealRowReader(at: DealColumnIndex, headers: readonly unknown[], ctx: CallContext): (cells: readonly unknown[], row: number) => DealRow {
  const readers = dealReaders();
  let cells: readonly unknown[] = [];
  let row = 0;
  const read = <T>(key: DealColumnKey, reader: Reader<T>): T => {
    const index = at[key];
    const cell = index === undefined ? '' : cells[index];
    try {
      return reader.read(cell, ctx);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const header = String(headers[index!]).trim();
      throw new CellError(error.text, row - 1, index!, cell, { en: header, ru: header });
    }
  };
  return (rowCells, rowNumber) => {
    cells = rowCells;
    row = rowNumber;
    return {
      row,
      registered: read<Day>('registered', readers.registered),
      partner: read('partner', readers.partner),
      tier: read('tier', readers.tier),
      customer: read('customer', readers.customer),
      products: read('products', readers.products),
      taxId: read('taxId', readers.taxId),
      lastUpdate: read('lastUpdate', readers.lastUpdate),
      extensions: read('extensions', readers.extensions),
      outcome: read('outcome', readers.outcome),
    };
  };
}

/**
 * Every registration of a Deals grid, in row order. `rows[i]`, for i from
 * `from` on, is row number `i + base`, the header being row 1: a range with
 * its header row passes from 1, base 1; a sheet's rows under its header pass
 * from 0, base 2. Stops at the first cell it cannot read (a CellError, see
 * dealRowReader).
 */
export function readDealRows(
  rows: readonly unknown[],
  at: DealColumnIndex,
  headers: readonly unknown[],
  ctx: CallContext,
  from: number,
  base: number,
): DealRow[] {
  const readRow = dealRowReader(at, headers, ctx);
  const deals: DealRow[] = [];
  for (let i = from; i < rows.length; i++) {
    const cells = Array.isArray(rows[i]) ? (rows[i] as unknown[]) : [rows[i]];
    if (isRegistration(cells, at)) deals.push(readRow(cells, i + base));
  }
  return deals;
}
