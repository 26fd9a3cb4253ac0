import type { Day } from '../../kernel/values/dates';
import { CellError, InputError } from '../../kernel/errors';
import { everyForm, same, t, type Text } from '../../kernel/i18n';
import { isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type Reader, calendarDate, flag, money, optional, remembered, text, wholeNumber, word } from '../../kernel/functions/readers';
import { headerKey } from '../../kernel/values/text';
import type { PartnerListing } from './rules/authorisation';
import type { DealColumnIndex, DealColumnKey } from './rules/dealColumns';
import { type DealRow, type OutcomeKey, parseOutcome } from './rules/dealStatus';
import type { MarketingKey, TierProgram, TierRule } from './rules/seed';
import { type Override, isDeauthorised, parseMarketing, parseOverride, parseTier, parseTierOrNone } from './rules/tiers';

/*
 * How the partner program reads its cells: the one reading of a Deals row
 * (DEAL_STATUS over a range, the deal dialog over the Deals sheet), of the
 * Partners columns (PARTNER_TIER and TIER_GAP, the deal dialog and What if…
 * over the Partners sheet) and of a partners list's authorisation
 * (DEAL_STATUS's `partners`, the dialog). Pure: cells in, rules values out,
 * or an InputError (CellError for a row) saying what is wrong. Words that
 * depend on the program (tier names) are read by readers made per program.
 */

/** Readers per program, made once per program (the seed's once and for all, a rules table's once per call). */
interface ProgramReaders {
  tier: Reader<TierRule>;
  tierOrNone: Reader<TierRule | null>;
  override: Reader<Override | undefined>;
  marketing: Reader<MarketingKey>;
}

const made = new WeakMap<TierProgram, ProgramReaders>();

export function readersOf(program: TierProgram): ProgramReaders {
  let readers = made.get(program);
  if (!readers) {
    const marketingWord = word((t) => parseMarketing(t, program));
    readers = {
      // A column repeats the same few words: the kernel's `word` remembers each one's answer.
      tier: word((t) => parseTier(t, program)),
      tierOrNone: word((t) => parseTierOrNone(t, program)),
      override: optional(
        word((t) => parseOverride(t, program)),
        undefined,
      ),
      // Empty is none; anything else (a checkbox, say) is refused with the accepted words.
      marketing: {
        type: 'string',
        read: (cell, ctx) =>
          isEmpty(cell) ? 'none' : typeof cell === 'boolean' ? parseMarketing(cell ? 'TRUE' : 'FALSE', program) : marketingWord.read(cell, ctx),
      },
    };
    made.set(program, readers);
  }
  return readers;
}

/** Sales on the Partners sheet: an empty cell is a partner that has sold nothing yet, not an error. */
export const partnerSales: Reader<number> = optional(money, 0);

/** Extensions: a whole number, empty is 0; more than a thousand is a typo, and would push the expiry past any calendar. */
export const extensionCount: Reader<number> = optional(wholeNumber(0, 1000), 0);

const outcomeWord = word((t) => parseOutcome(t));

/**
 * How each Deals column's cells are read; fresh for each read of a table, as
 * the remembered date readers answer for one spreadsheet's zone. An absent
 * optional column reads as an empty cell.
 */
function dealReaders(program: TierProgram) {
  return {
    registered: remembered(calendarDate),
    partner: text,
    tier: readersOf(program).tier,
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
export function dealRowReader(
  at: DealColumnIndex,
  headers: readonly unknown[],
  ctx: CallContext,
  program: TierProgram,
): (cells: readonly unknown[], row: number) => DealRow {
  const readers = dealReaders(program);
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
      throw new CellError(error.text, row - 1, index!, cell, same(header));
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
  program: TierProgram,
): DealRow[] {
  const readRow = dealRowReader(at, headers, ctx, program);
  const deals: DealRow[] = [];
  for (let i = from; i < rows.length; i++) {
    const cells = Array.isArray(rows[i]) ? (rows[i] as unknown[]) : [rows[i]];
    if (isRegistration(cells, at)) deals.push(readRow(cells, i + base));
  }
  return deals;
}

// ---------- a partners list's authorisation ----------

/** The headers of a partners list, as DEAL_STATUS's `partners` finds them (the Partners sheet's are among them). */
export const PARTNER_LIST_HEADERS = {
  partner: { name: t`Partner`, aliases: ['Партнер'] },
  authorised: { name: t`Authorised`, aliases: ['Authorized', 'Авторизация'] },
  override: { name: t`Vendor override`, aliases: ['Override', 'Понижение статуса'] },
} as const;

/**
 * DEAL_STATUS's `partners`: a range whose first row holds headers; Partner
 * and Authorised are found by header (other columns ignored), and a vendor
 * override saying `deauthorised` takes the authorisation away. Rows without
 * a partner are skipped. An Authorised cell that is not a yes/no is a
 * CellError naming its row and header.
 */
export function readPartnerList(value: unknown, program: TierProgram, ctx: CallContext): PartnerListing[] {
  if (!Array.isArray(value) || !Array.isArray(value[0])) {
    throw new InputError(t`is not a table: give the whole range of partners, its header row included (Partner and Authorised columns)`);
  }
  const headers = value[0] as unknown[];
  const find = ({ name, aliases }: { name: Text; aliases: readonly string[] }) => {
    const keys = [...everyForm(name), ...aliases].map(headerKey);
    const i = headers.findIndex((cell) => typeof cell === 'string' && keys.includes(headerKey(cell)));
    return i < 0 ? undefined : i;
  };
  const partner = find(PARTNER_LIST_HEADERS.partner);
  const authorised = find(PARTNER_LIST_HEADERS.authorised);
  const override = find(PARTNER_LIST_HEADERS.override);
  if (partner === undefined || authorised === undefined) {
    const { partner: p, authorised: a } = PARTNER_LIST_HEADERS;
    throw new InputError(t`has no "${p.name}" and "${a.name}" columns: the first row of the range must hold these headers`);
  }
  const listings: PartnerListing[] = [];
  for (let r = 1; r < value.length; r++) {
    const cells = (Array.isArray(value[r]) ? value[r] : [value[r]]) as unknown[];
    const name = cells[partner];
    if (isEmpty(name)) continue;
    let ticked: boolean;
    try {
      ticked = flag.read(cells[authorised], ctx);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const header = String(headers[authorised]).trim();
      throw new CellError(error.text, r, authorised, cells[authorised], same(header));
    }
    const decision = override === undefined ? '' : cells[override];
    const deauthorised = typeof decision === 'string' && isDeauthorised(decision, program);
    listings.push({ name: String(name).trim(), authorised: ticked && !deauthorised });
  }
  return listings;
}
