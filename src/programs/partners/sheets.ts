import { CellError, InputError } from '../../kernel/errors';
import type { Text, Lang } from '../../kernel/i18n';
import type { CallContext } from '../../kernel/functions/context';
import { type Reader, flag } from '../../kernel/functions/readers';
import { cellProblem } from '../../kernel/sheets/cellProblem';
import { type Table, readTable, tableLang, columnValue as cellOf } from '../../kernel/sheets/table';
import { legalNameKey } from './rules/customer';
import { DEAL_COLUMNS, type DealColumnIndex } from './rules/dealColumns';
import type { DealBook, PartnerEntry } from './rules/decisions';
import type { DealRow } from './rules/dealStatus';
import { partnerTier } from './rules/tiers';
import { dealRowReader, marketing, partnerSales, readDealRows } from './readers';
import { DEALS, PARTNERS } from './template';
import { TEXT } from './texts';
import { Refused } from '../../kernel/sheets/refusal';

/*
 * The deal dialog's reading of the program's two sheets (SPEC §5, §9.2), one
 * getValues each: the Partners sheet, each partner's tier computed by the
 * core from its row (never the Tier formula cell), and the Deals sheet read
 * row by row by the same reader as DEAL_STATUS (readers.ts). What comes out
 * is plain data for the decisions of rules/decisions.ts.
 */

const PARTNER_READ = ['partner', 'authorised', 'sales'] as const;
const DEAL_READ = ['registered', 'partner', 'tier', 'customer', 'products'] as const;

function nameOf(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

/** The Partners sheet, read. */
export interface PartnersSheet {
  /** The sheet's name, for messages. */
  name: string;
  /** One entry per partner, in sheet order; a name listed again later is flagged on its first entry. */
  entries: PartnerEntry[];
}

/** Thrown inside readPartners when a cell cannot be read. */
class CellProblem extends Error {
  constructor(readonly problem: Text) {
    super(problem.en);
  }
}

/** The Partners sheet, one getValues; each partner's tier computed by the core from its row. */
export function readPartners(lang: Lang, ctx: CallContext): PartnersSheet {
  const table = readTable(PARTNERS, lang, PARTNER_READ);
  const name = table.sheet.getName();
  const entries: PartnerEntry[] = [];
  const first = new Map<string, { entry: PartnerEntry; rows: number[] }>();
  table.rows.forEach((row, i) => {
    const partner = nameOf(cellOf(table, row, 'partner'));
    if (partner === '') return;
    const sheetRow = i + 2;
    const key = legalNameKey(partner);
    const seen = first.get(key);
    if (seen) {
      seen.rows.push(sheetRow);
      seen.entry.tier = undefined;
      seen.entry.problem = TEXT.partnerTwice(seen.entry.name, name, seen.rows);
      return;
    }
    const entry: PartnerEntry = { name: partner, row: sheetRow };
    first.set(key, { entry, rows: [sheetRow] });
    const read = <T>(column: string, reader: Reader<T>): T => {
      const value = cellOf(table, row, column);
      try {
        return reader.read(value, ctx);
      } catch (error) {
        if (error instanceof InputError) throw new CellProblem(cellProblem(table, i, column, value, error.text, TEXT.fixCell));
        throw error;
      }
    };
    try {
      entry.authorised = read('authorised', flag);
      entry.tier = partnerTier({
        sales: read('sales', partnerSales),
        salesTraining: read('training', flag),
        marketing: read('marketing', marketing),
        monthlyReporting: read('reporting', flag),
        dedicatedStaff: read('staff', flag),
      });
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      entry.problem = error.problem;
    }
    entries.push(entry);
  });
  return { name, entries };
}

/** The Deals sheet as a table (one getValues), its name, and the language its words (tier, outcome) are written in. */
export interface DealsSheet {
  table: Table;
  name: string;
  /** The template's language the sheet was inserted in (its name says which); else the spreadsheet's. */
  words: Lang;
}

/** The Deals sheet, one getValues; `required` columns (beyond those DEAL_STATUS needs) must be there. */
export function readDealsSheet(lang: Lang, ctx: CallContext, required: readonly string[]): DealsSheet {
  const table = readTable(DEALS, lang, [...DEAL_READ, ...required]);
  return { table, name: table.sheet.getName(), words: tableLang(table, ctx.lang) };
}

/** Where the Deals columns are in the table. */
function dealColumns(table: Table): DealColumnIndex {
  return Object.fromEntries(DEAL_COLUMNS.map((c) => [c.key, table.columns[c.key]])) as DealColumnIndex;
}

/** A Deals cell the reader refused, as a problem naming it, with the advice to correct it. */
function dealCellProblem(sheet: DealsSheet, at: DealColumnIndex, error: CellError): Text {
  const key = DEAL_COLUMNS.find((c) => at[c.key] === error.column)!.key;
  return cellProblem(sheet.table, (error.item as number) - 1, key, error.cell, error.text);
}

/**
 * Every registration of the Deals sheet, read as DEAL_STATUS reads them. A
 * cell DEAL_STATUS could not read either stops the reading: the book then
 * says so (`unreadable`), for the decisions to refuse at their turn.
 */
export function dealBook(sheet: DealsSheet, ctx: CallContext): DealBook {
  const { table } = sheet;
  const at = dealColumns(table);
  const nextRow = table.rows.length + 2;
  try {
    return { deals: readDealRows(table.rows, at, table.header, ctx, 0, 2), nextRow };
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    return { deals: [], nextRow, unreadable: dealCellProblem(sheet, at, error) };
  }
}

/** The registration in one row of the Deals table (`index` into table.rows), read alone: a repeated request reads only its own row. */
export function dealAt(sheet: DealsSheet, index: number, ctx: CallContext, lang: Lang): DealRow {
  const at = dealColumns(sheet.table);
  try {
    return dealRowReader(at, sheet.table.header, ctx)(sheet.table.rows[index], index + 2);
  } catch (error) {
    if (error instanceof CellError) throw new Refused(dealCellProblem(sheet, at, error)[lang]);
    throw error;
  }
}
