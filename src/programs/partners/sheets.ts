import { type Day, formatDay } from '../../kernel/values/dates';
import { legalNameKey } from './rules/customer';
import { type DealRow, type OutcomeKey, dealStandings, parseOutcome } from './rules/dealStatus';
import { InputError } from '../../kernel/errors';
import { type Bilingual, type Lang } from '../../kernel/i18n';
import { type MarketingKey, TIERS_PROGRAM, type TierRule } from './rules/seed';
import { dealExpiry, parseMarketing, parseTier, partnerTier } from './rules/tiers';
import type { DealOwner, DealReason } from './api';
import { describeValue, isDate, isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type Table, readTable, valueOf } from '../../kernel/sheets/table';
import { type Reader, date, flag, money, optional, text, wholeNumber, word } from '../../kernel/functions/readers';
import type { TableSheet } from '../../kernel/templates/layout';
import { DEALS, PARTNERS } from './template';
import { TEXT } from './texts';
import { Refused } from '../../kernel/sheets/refusal';

/*
 * The deal dialog's reading of its two sheets (SPEC §5, §9.2): the Partners
 * sheet with each partner's tier computed by the core, and the Deals sheet
 * as DEAL_STATUS reads it. One getValues per sheet. Split from deal.ts to
 * keep each file short.
 */

const P = TIERS_PROGRAM;

const PARTNER_READ = ['partner', 'authorised', 'sales'] as const;
const DEAL_READ = ['registered', 'partner', 'tier', 'customer', 'products'] as const;

export const iso = (day: Day) => formatDay(day, 'en');

/** A refusal found deep in a check, with its reason number. */
export class RefusedFor extends Refused {
  constructor(
    message: string,
    readonly reason: DealReason,
    readonly owner?: DealOwner,
  ) {
    super(message);
  }
}

// ---------- reading cells ----------

function cellProblem(table: Table, template: TableSheet, sheetRow: number, key: string, value: unknown, problem: Bilingual, lang: Lang): string {
  const header = template.columns.find((c) => c.key === key)!.header;
  const sheet = table.sheet.getName();
  const shown = describeValue(value, lang);
  return lang === 'ru'
    ? `Лист «${sheet}», строка ${sheetRow}, столбец «${header.ru}»: ${shown} — ${problem.ru}.`
    : `The "${sheet}" sheet, row ${sheetRow}, column ${header.en}: ${shown} ${problem.en}.`;
}

/** Reads one cell with a shared reader; a value it cannot take throws a CellProblem naming sheet, row and column. */
class CellProblem extends Error {}

function readCell<T>(table: Table, template: TableSheet, row: unknown[], sheetRow: number, key: string, reader: Reader<T>, ctx: CallContext, lang: Lang): T {
  const value = valueOf(table, row, key);
  try {
    return reader.read(value, ctx);
  } catch (error) {
    if (error instanceof InputError) throw new CellProblem(cellProblem(table, template, sheetRow, key, value, error.text, lang));
    throw error;
  }
}

function nameOf(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

/** Marketing as PARTNER_TIER reads it: a regularity word or a count of activities; empty is none. */
const marketing: Reader<MarketingKey> = {
  type: 'string',
  read: (cell) => (isEmpty(cell) ? 'none' : typeof cell === 'boolean' ? parseMarketing(cell ? 'TRUE' : 'FALSE') : parseMarketing(String(cell))),
};
/** Sales: an empty cell is a partner that has sold nothing yet (White), not an error. */
const sales = optional(money, 0);

// ---------- the Partners sheet ----------

export interface PartnerRow {
  name: string;
  key: string;
  sheetRow: number;
  /** The Authorised checkbox; undefined when the cell cannot be read. */
  authorised?: boolean;
  tier?: TierRule;
  problem?: string;
}

export interface Partners {
  table: Table;
  list: PartnerRow[];
  byKey: Map<string, PartnerRow>;
}

/** The Partners sheet, one getValues; each partner's tier computed by the core from its row. */
export function readPartners(ctx: CallContext, lang: Lang): Partners {
  const table = readTable(PARTNERS, lang, PARTNER_READ);
  const list: PartnerRow[] = [];
  const byKey = new Map<string, PartnerRow>();
  const rowsOf = new Map<string, number[]>();
  table.rows.forEach((row, i) => {
    const name = nameOf(valueOf(table, row, 'partner'));
    if (name === '') return;
    const sheetRow = i + 2;
    const key = legalNameKey(name);
    const seen = rowsOf.get(key);
    if (seen) {
      seen.push(sheetRow);
      const first = byKey.get(key)!;
      first.tier = undefined;
      first.problem = TEXT.partnerTwice(first.name, table.sheet.getName(), seen)[lang];
      return;
    }
    rowsOf.set(key, [sheetRow]);
    const partner: PartnerRow = { name, key, sheetRow };
    const read = <T>(column: string, reader: Reader<T>) => readCell(table, PARTNERS, row, sheetRow, column, reader, ctx, lang);
    try {
      partner.authorised = read('authorised', flag);
      partner.tier = partnerTier({
        sales: read('sales', sales),
        salesTraining: read('training', flag),
        marketing: read('marketing', marketing),
        monthlyReporting: read('reporting', flag),
        dedicatedStaff: read('staff', flag),
      });
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      partner.problem = `${error.message} ${TEXT.fixCell[lang]}`;
    }
    list.push(partner);
    byKey.set(key, partner);
  });
  return { table, list, byKey };
}

/** The partner of a request: on the Partners sheet and authorised (reason 2), with a tier the core could compute. */
export function authorisedPartner(partners: Partners, name: string, lang: Lang): PartnerRow & { tier: TierRule } {
  const partner = partners.byKey.get(legalNameKey(name));
  const sheet = partners.table.sheet.getName();
  if (!partner) throw new RefusedFor(TEXT.reason(2, TEXT.notListed(name, sheet))[lang], 2);
  if (partner.authorised === false) throw new RefusedFor(TEXT.reason(2, TEXT.notAuthorised(partner.name, sheet, partner.sheetRow))[lang], 2);
  if (partner.problem || !partner.tier) throw new Refused(partner.problem ?? '');
  return partner as PartnerRow & { tier: TierRule };
}

// ---------- the Deals sheet ----------

/** A registration of the Deals sheet (row = the sheet's row) with its expiry. */
export interface Deal extends DealRow {
  lastUpdate?: Day;
  expires: Day;
}

export interface Deals {
  table: Table;
  deals: Deal[];
  byRow: Map<number, Deal>;
  /** The language the sheet's words (tier, outcome) are written in. */
  words: Lang;
}

/**
 * A reader that remembers its answer for each distinct text, number or date
 * within one read of the sheet: a Deals column repeats the same few hundred
 * dates and words, and reading a date (its day in the zone) costs far more.
 */
function remembering<T>(base: Reader<T>): Reader<T> {
  const values = new Map<string | number, T>();
  const dates = new Map<number, T>();
  return {
    type: base.type,
    read(cell, ctx) {
      const map = isDate(cell) ? dates : typeof cell === 'string' || typeof cell === 'number' ? values : undefined;
      const key = isDate(cell) ? cell.getTime() : (cell as string | number);
      if (!map) return base.read(cell, ctx);
      if (map.has(key)) return map.get(key) as T;
      const value = base.read(cell, ctx);
      map.set(key, value);
      return value;
    },
  };
}

/** Readers of the Deals columns, as DEAL_STATUS reads them; fresh for each read of the sheet. */
const dealReaders = () => ({
  registered: remembering(date),
  partner: text,
  tier: remembering(word(parseTier)),
  customer: text,
  products: text,
  taxId: optional(text, ''),
  lastUpdate: remembering(optional(date, undefined)),
  extensions: remembering(optional(wholeNumber(0, 1000), 0)),
  outcome: remembering(optional(word(parseOutcome), 'open' as OutcomeKey)),
});

/** The language of a sheet: its name says which language the template was inserted in. */
export function sheetLang(table: Table, template: TableSheet, fallback: Lang): Lang {
  const name = table.sheet.getName();
  return name === template.name.ru ? 'ru' : name === template.name.en ? 'en' : fallback;
}

/** The Deals sheet as a table, one getValues; `required` columns (beyond DEAL_STATUS's own) must be there. */
export function readDealsTable(lang: Lang, required: readonly string[]): Table {
  return readTable(DEALS, lang, [...DEAL_READ, ...required]);
}

type DealReaders = ReturnType<typeof dealReaders>;

/** One row of the Deals table as DEAL_STATUS reads it (a cell it cannot read is a refusal naming it). */
function dealOf(table: Table, i: number, readers: DealReaders, ctx: CallContext, lang: Lang): Deal {
  const row = table.rows[i];
  const sheetRow = i + 2;
  const read = <T>(key: keyof DealReaders) => {
    try {
      return readCell(table, DEALS, row, sheetRow, key, readers[key] as Reader<T>, ctx, lang);
    } catch (error) {
      if (error instanceof CellProblem) throw new Refused(`${error.message} ${TEXT.fixCellNothingWritten[lang]}`);
      throw error;
    }
  };
  const deal: Deal = {
    row: sheetRow,
    registered: read<Day>('registered'),
    partner: read<string>('partner'),
    tier: read<TierRule>('tier'),
    customer: read<string>('customer'),
    products: read<string>('products'),
    taxId: read<string>('taxId'),
    lastUpdate: read<Day | undefined>('lastUpdate'),
    extensions: read<number>('extensions'),
    outcome: read<OutcomeKey>('outcome'),
    expires: 0,
  };
  deal.expires = dealExpiry(deal.registered, deal.tier, deal.extensions);
  return deal;
}

/** The registration in one row of the Deals table (`i` indexes table.rows), read alone: a replayed request reads only its own row. */
export function dealAt(table: Table, i: number, ctx: CallContext, lang: Lang): Deal {
  return dealOf(table, i, dealReaders(), ctx, lang);
}

/**
 * Every row of the Deals table with a registration date. A cell DEAL_STATUS
 * could not read either is a refusal naming it (ownership cannot be decided
 * over a table the core cannot read).
 */
export function dealsOf(table: Table, ctx: CallContext, lang: Lang): Deals {
  const deals: Deal[] = [];
  const byRow = new Map<number, Deal>();
  const readers = dealReaders();
  table.rows.forEach((row, i) => {
    if (isEmpty(valueOf(table, row, 'registered'))) return;
    const deal = dealOf(table, i, readers, ctx, lang);
    deals.push(deal);
    byRow.set(deal.row, deal);
  });
  return { table, deals, byRow, words: sheetLang(table, DEALS, ctx.lang) };
}

/** The Deals sheet read (one getValues) and every registration in it. */
export function readDeals(ctx: CallContext, lang: Lang, required: readonly string[]): Deals {
  return dealsOf(readDealsTable(lang, required), ctx, lang);
}

/**
 * The registration that owns `deals[index]` by DEAL_STATUS's rule — an
 * earlier open registration by another partner, same customer, a product in
 * common, not expired on its registration date — or undefined.
 */
export function ownerOf<T extends DealRow>(deals: readonly T[], index: number, today: Day): T | undefined {
  const standing = dealStandings(deals, today)[index];
  return standing.kind === 'duplicate' ? deals[standing.owner] : undefined;
}

export function ownerInfo(owner: Deal): DealOwner {
  return { row: owner.row, partner: owner.partner, customer: owner.customer, registered: iso(owner.registered), expires: iso(owner.expires) };
}

export function ownedRefusal(owner: Deal, deals: Deals, lang: Lang): RefusedFor {
  return new RefusedFor(TEXT.reason(3, TEXT.owned(owner, deals.table.sheet.getName()))[lang], 3, ownerInfo(owner));
}

export const outcomeRule = (key: OutcomeKey) => P.deals.outcomes.find((o) => o.key === key)!;
