import { CellError, InputError } from '../../kernel/errors';
import { type Lang, perLang, same, t, type Text } from '../../kernel/i18n';
import { describeValue } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import { type Reader, flag } from '../../kernel/functions/readers';
import { readRulesTable } from '../../kernel/functions/rulesTable';
import { cellProblem } from '../../kernel/sheets/cellProblem';
import { Refused } from '../../kernel/sheets/refusal';
import { type Table, columnValue as cellOf, findSheet, readTable, tableLang } from '../../kernel/sheets/table';
import { columnLetter } from '../../kernel/templates/layout';
import { legalNameKey } from './rules/customer';
import { DEAL_COLUMNS, type DealColumnIndex } from './rules/dealColumns';
import type { DealBook, PartnerEntry } from './rules/decisions';
import type { DealRow } from './rules/dealStatus';
import type { TierProgram } from './rules/seed';
import { TIERS_TABLE } from './rules/table';
import { type Standing, isDeauthorised, tierResult } from './rules/tiers';
import { dealRowReader, partnerSales, readDealRows, readersOf } from './readers';
import { DEALS, PARTNERS, RULES } from './template';
import { TEXT } from './texts';

/*
 * The program's one reader of its sheets (SPEC §5, §9.2, §12, §13), one
 * getValues each: the tiers rules sheet (the seed's tiers when there is
 * none), the Partners sheet (each partner's standing, authorisation and the
 * vendor's override, and its tier computed by the core — never the Tier
 * formula cell), and the Deals sheet read row by row by the same reader as
 * DEAL_STATUS (readers.ts). What comes out is plain data for the decisions
 * of rules/ (the deal dialog, What if…).
 */

const PARTNER_READ = ['partner', 'authorised', 'sales'] as const;
const DEAL_READ = ['registered', 'partner', 'tier', 'customer', 'products'] as const;

function nameOf(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

// ---------- the rules sheet ----------

/**
 * The tiers of the template's rules sheet (`Rules: partners` or `Правила:
 * партнёры`), read as the formulas read it; the seed's when the sheet is not
 * there. A table the reader refuses refuses the call, naming the cell.
 */
export function readTierRules(lang: Lang, ctx: CallContext): TierProgram {
  const sheet = findSheet(RULES);
  if (!sheet) return TIERS_TABLE.seed;
  const values = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), Math.max(sheet.getLastColumn(), 1)).getValues();
  try {
    return readRulesTable(TIERS_TABLE, values, ctx);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new Refused(rulesProblem(sheet.getName(), error)[lang]);
  }
}

/** `The "Rules: partners" sheet, cell B3 (Min sales): "abc" is not a number. Correct the cell; nothing was written.` */
function rulesProblem(sheet: string, error: InputError): Text {
  if (error instanceof CellError && error.item !== undefined) {
    const cell = `${columnLetter(error.column)}${error.item + 1}`;
    const header = error.header ?? same('');
    return t`The "${sheet}" sheet, cell ${cell} (${header}): ${perLang((lang) => describeValue(error.cell, lang))} ${error.text}. Correct the cell; nothing was written.`;
  }
  return t`The "${sheet}" sheet ${error.text}. Correct the sheet; nothing was written.`;
}

// ---------- the Partners sheet ----------

/** One partner row as the sheet holds it: what the tier rules read, before any program applies. */
export interface PartnerRow {
  name: string;
  /** Its sheet row. */
  row: number;
  /** Its index in the table's rows. */
  index: number;
  /** undefined when a cell cannot be read (`problem`). */
  standing?: Standing;
  /** The Authorised checkbox; undefined when it cannot be read. */
  ticked?: boolean;
  /** The Vendor override cell, as the sheet holds it ('' for none or no such column). */
  override: unknown;
  problem?: Text;
}

/** The Partners sheet, read. */
export interface PartnersSheet {
  /** The sheet's name, for messages. */
  name: string;
  table: Table;
  /** One row per partner, in sheet order; a name listed again later is flagged on its first row (later ones are left out). */
  rows: PartnerRow[];
}

/** Thrown inside readPartnerRows when a cell cannot be read. */
class CellProblem extends Error {
  constructor(readonly problem: Text) {
    super(problem.en);
  }
}

/** The Partners sheet, one getValues: each partner's standing, Authorised box and override, as cells read. */
export function readPartnerRows(lang: Lang, ctx: CallContext): PartnersSheet {
  const table = readTable(PARTNERS, lang, PARTNER_READ);
  const name = table.sheet.getName();
  const rows: PartnerRow[] = [];
  const first = new Map<string, { entry: PartnerRow; rows: number[] }>();
  table.rows.forEach((cells, i) => {
    const partner = nameOf(cellOf(table, cells, 'partner'));
    if (partner === '') return;
    const sheetRow = i + 2;
    const key = legalNameKey(partner);
    const seen = first.get(key);
    if (seen) {
      seen.rows.push(sheetRow);
      seen.entry.problem = TEXT.partnerTwice(seen.entry.name, name, seen.rows);
      return;
    }
    const entry: PartnerRow = { name: partner, row: sheetRow, index: i, override: cellOf(table, cells, 'override') };
    first.set(key, { entry, rows: [sheetRow] });
    const read = <T>(column: string, reader: Reader<T>): T => {
      const value = cellOf(table, cells, column);
      try {
        return reader.read(value, ctx);
      } catch (error) {
        if (error instanceof InputError) throw new CellProblem(cellProblem(table, i, column, value, error.text, TEXT.fixCell));
        throw error;
      }
    };
    try {
      entry.ticked = read('authorised', flag);
      entry.standing = {
        sales: read('sales', partnerSales),
        salesTraining: read('training', flag),
        marketing: read('marketing', readersOf(TIERS_TABLE.seed).marketing),
        monthlyReporting: read('reporting', flag),
        dedicatedStaff: read('staff', flag),
      };
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      entry.problem = error.problem;
    }
    rows.push(entry);
  });
  return { name, table, rows };
}

/**
 * Each partner with its authorisation and its tier under `program`: ticked
 * as Authorised and not deauthorised (the same reading as DEAL_STATUS's
 * `partners`), and the tier PARTNER_TIER gives its row, the vendor's
 * downgrade applied. An override naming no tier of the program is a problem
 * of that partner.
 */
export function partnerEntries(sheet: PartnersSheet, program: TierProgram, ctx: CallContext): PartnerEntry[] {
  const override = readersOf(program).override;
  return sheet.rows.map((row): PartnerEntry => {
    const entry: PartnerEntry = { name: row.name, row: row.row };
    if (row.ticked !== undefined) {
      entry.deauthorised = typeof row.override === 'string' && isDeauthorised(row.override, program);
      entry.authorised = row.ticked && !entry.deauthorised;
    }
    if (row.problem) entry.problem = row.problem;
    if (row.problem || !row.standing || row.ticked === undefined) return entry;
    try {
      const result = tierResult(row.standing, row.ticked, override.read(row.override, ctx), program);
      if (result.tier) entry.tier = result.tier;
      if (result.downgraded) entry.downgraded = true;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      entry.problem = cellProblem(sheet.table, row.index, 'override', row.override, error.text, TEXT.fixCell);
    }
    return entry;
  });
}

/** The Partners sheet with every partner's tier under `program` (the deal dialog). */
export function readPartners(lang: Lang, ctx: CallContext, program: TierProgram): { name: string; entries: PartnerEntry[] } {
  const sheet = readPartnerRows(lang, ctx);
  return { name: sheet.name, entries: partnerEntries(sheet, program, ctx) };
}

// ---------- the Deals sheet ----------

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
 * Every registration of the Deals sheet, read as DEAL_STATUS reads them
 * (its tiers among `program`'s). A cell DEAL_STATUS could not read either
 * stops the reading: the book then says so (`unreadable`), for the
 * decisions to refuse at their turn.
 */
export function dealBook(sheet: DealsSheet, ctx: CallContext, program: TierProgram): DealBook {
  const { table } = sheet;
  const at = dealColumns(table);
  const nextRow = table.rows.length + 2;
  try {
    return { deals: readDealRows(table.rows, at, table.header, ctx, 0, 2, program), nextRow };
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    return { deals: [], nextRow, unreadable: dealCellProblem(sheet, at, error) };
  }
}

/** The registration in one row of the Deals table (`index` into table.rows), read alone: a repeated request reads only its own row. */
export function dealAt(sheet: DealsSheet, index: number, ctx: CallContext, lang: Lang, program: TierProgram): DealRow {
  const at = dealColumns(sheet.table);
  try {
    return dealRowReader(at, sheet.table.header, ctx, program)(sheet.table.rows[index], index + 2);
  } catch (error) {
    if (error instanceof CellError) throw new Refused(dealCellProblem(sheet, at, error)[lang]);
    throw error;
  }
}
