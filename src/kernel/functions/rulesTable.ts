import { CellError, InputError } from '../errors';
import { type Lang, perLang, same, t, type Text } from '../i18n';
import { excerpt, headerKey } from '../values/text';
import { isEmpty } from './cells';
import type { Format, Sample, TableSheet } from '../templates/layout';
import type { CallContext } from './context';
import type { Reader } from './readers';

/*
 * Rules tables (SPEC §12): a vendor's own numbers for a program, as a range
 * whose first row holds headers and whose rows below are rules. Headers are
 * found by name in any language, case-insensitively, spaces and underscores
 * ignored, in any order; an unknown header is an error naming it; empty rows
 * are skipped; cells are read with the argument readers of §2. A program's
 * rules/ folder describes its table once (RulesTable): the reader below, the
 * function reference, the template's rules sheet and What if… all use that
 * one description, so they cannot drift.
 *
 * Every problem is a CellError naming the range's row (the header is row 0
 * here, row 1 to the manager) and column, so the adapter can name the sheet
 * cell (`rules, 'Rules: partners'!B3 (Min sales)`) and What if… can show the
 * message beside the cell edited. Nothing is computed from a half-read table.
 */

/** One column of a rules table. */
export interface RulesColumn<T = unknown> {
  readonly key: string;
  /** Its header in each language (written on rules sheets; all accepted when read). */
  readonly names: Text;
  /** Other spellings accepted when read (`Min sales` for `Minimum sales`). */
  readonly aliases?: readonly string[];
  /** A required column must be in the header row, and its cells filled. */
  readonly required?: boolean;
  /** Reads one cell (an empty cell of a column that is not required never reaches it). */
  readonly reader: Reader<T>;
  /** An absent column's value, and an empty cell's, when the column is not required. */
  readonly fallback?: T;
  /** For the function reference: what the column means, and its default as a manager reads it. */
  readonly doc: string;
  readonly shownDefault?: string;
  /** On a rules sheet: the number format, a drop-down of words (in the sheet's language), a checkbox, a width. */
  readonly format?: Format;
  readonly choices?: (lang: Lang) => string[];
  readonly checkbox?: boolean;
  readonly width?: number;
}

/** One rule as read: its row in the range (the header is row 0) and a value per column key. */
export interface RulesRow {
  readonly row: number;
  readonly values: Readonly<Record<string, unknown>>;
}

/** A table read, before the program is built from it: where each column is, for errors that name a cell. */
export interface ReadTable {
  readonly rows: readonly RulesRow[];
  /** Column index in the range per column key, for the columns present. */
  readonly at: Readonly<Record<string, number | undefined>>;
  /** The header cells as the sheet spells them. */
  readonly headers: readonly unknown[];
  /** The cells, as given. */
  readonly cells: readonly (readonly unknown[])[];
}

/**
 * The function reference's worked example: a table with other numbers than
 * the seed's, a call and its result. A test runs `fn` on `args` plus the
 * table as the last argument through dist/Code.js and expects `result`, so
 * the example in the reference cannot be wrong.
 */
export interface RulesExample {
  readonly table: readonly (readonly (string | number | boolean)[])[];
  readonly fn: string;
  readonly args: readonly (string | number | boolean)[];
  /** The result of the call (a value, or rows when it spills). */
  readonly result: string | number | boolean | readonly (readonly (string | number | boolean)[])[];
  /** The call as written in a cell, for the reference (`=PARTNER_TIER(900000, TRUE, …, Rules!A1:L4)`). */
  readonly formula: string;
  readonly explanation: string;
}

/** How a program's rules table reads, checks and documents itself. */
export interface RulesTable<P> {
  /** `tiers`, `levels`, `bonus`, `referral`, `leads`. */
  readonly key: string;
  readonly title: Text;
  /** The template's rules sheet: `Rules: partners` / `Правила: партнёры`. */
  readonly sheetName: Text;
  readonly columns: readonly RulesColumn[];
  /** The functions (and dialogs) that take this table. */
  readonly users: readonly string[];
  readonly intro: string;
  /** The seed's program: what applies when no table is given. */
  readonly seed: P;
  /** The seed's program as rows of the table, a value per column key (a Text where the words differ by language). */
  readonly seedRows: readonly Readonly<Record<string, Sample>>[];
  /** Builds the program from the rows read, checking what spans rows; a problem throws rulesCellError. */
  build(table: ReadTable, ctx: CallContext): P;
  readonly example: RulesExample;
}

/** A problem in one cell of a rules table (row and column in the range), for `build`. */
export function rulesCellError(table: ReadTable, row: number, key: string, text: Text): CellError {
  const column = table.at[key] ?? 0;
  const header = String(table.headers[column] ?? '').trim();
  return new CellError(text, row, column, table.cells[row]?.[column] ?? '', same(header));
}

/** Every spelling a column is known by, as headerKey compares them. */
function keysOf(column: RulesColumn): string[] {
  return [...Object.values(column.names), ...(column.aliases ?? [])].map(headerKey);
}

/** A table's title inside a sentence: English runs it in lowercase ("the levels table"), the catalogs quote it as it is. */
const titleInSentence = (spec: RulesTable<unknown>) => perLang((lang) => (lang === 'en' ? spec.title.en.toLowerCase() : spec.title[lang]));

/** A column's header in quotes, in each language, for messages. */
const named = (column: RulesColumn) => t`"${column.names}"`;

/**
 * Reads a rules range: the omitted or empty argument gives the seed's
 * program; anything else is read whole and checked, or refused with the cell.
 */
export function readRulesTable<P>(spec: RulesTable<P>, value: unknown, ctx: CallContext): P {
  if (value === undefined || value === null || isEmpty(value)) return spec.seed;
  if (!Array.isArray(value) || !Array.isArray(value[0])) {
    throw new InputError(t`is not a table: give the whole ${titleInSentence(spec)} range, its header row included`);
  }
  return spec.build(readTableCells(spec, value as unknown[][], ctx), ctx);
}

/** The header row matched to the spec's columns, and every non-empty row read with its columns' readers. */
export function readTableCells(spec: RulesTable<unknown>, cells: unknown[][], ctx: CallContext): ReadTable {
  const headers = cells[0];
  const byKey = new Map<string, RulesColumn>();
  for (const column of spec.columns) for (const key of keysOf(column)) byKey.set(key, column);
  const at: Record<string, number | undefined> = {};
  headers.forEach((cell, c) => {
    if (isEmpty(cell)) return;
    const column = byKey.get(headerKey(String(cell)));
    const shown = (text: Text) => new CellError(text, 0, c, cell, same(String(cell).trim()));
    if (!column) {
      const names = perLang((lang) => spec.columns.map((col) => col.names[lang]).join(', '));
      throw shown(t`is not a column of the ${titleInSentence(spec)} table; its columns: ${names}`);
    }
    if (at[column.key] !== undefined) throw shown(t`is a second ${named(column)} column`);
    at[column.key] = c;
  });
  const missing = spec.columns.filter((column) => column.required && at[column.key] === undefined);
  if (missing.length) {
    const list = (lang: Lang) => missing.map((column) => named(column)[lang]).join(', ');
    // About the table as a whole: the adapter says `rules: a range has no "Min sales" column…`.
    throw new InputError(t`has no ${perLang((lang) => list(lang))} column (headers are read from its first row)`);
  }
  const rows: RulesRow[] = [];
  for (let r = 1; r < cells.length; r++) {
    const line = Array.isArray(cells[r]) ? cells[r] : [cells[r]];
    if (line.every((cell) => isEmpty(cell))) continue;
    const values: Record<string, unknown> = {};
    for (const column of spec.columns) {
      const c = at[column.key];
      const cell = c === undefined ? '' : line[c];
      if (c === undefined || (isEmpty(cell) && !column.required)) {
        values[column.key] = column.fallback;
        continue;
      }
      try {
        values[column.key] = column.reader.read(cell, ctx);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const header = String(headers[c]).trim();
        throw new CellError(error.text, r, c, cell, same(header));
      }
    }
    rows.push({ row: r, values });
  }
  return { rows, at, headers, cells };
}

/** The seed's table in a language, as a rules sheet holds it: the header row, then one row per rule. */
export function seedTable(spec: RulesTable<unknown>, lang: Lang): unknown[][] {
  const value = (sample: Sample | undefined): unknown =>
    sample === undefined ? '' : typeof sample === 'object' && 'en' in sample ? sample[lang] : typeof sample === 'object' ? sample : sample;
  return [spec.columns.map((c) => c.names[lang]), ...spec.seedRows.map((row) => spec.columns.map((c) => value(row[c.key])))];
}

/** A template's rules sheet for a table: its columns with their formats and drop-downs, holding the seed's table. */
export function rulesSheet(spec: RulesTable<unknown>): TableSheet {
  return {
    kind: 'table',
    key: `rules.${spec.key}`,
    name: spec.sheetName,
    columns: spec.columns.map((c) => ({ key: c.key, header: c.names, format: c.format, choices: c.choices, checkbox: c.checkbox, width: c.width })),
    samples: spec.seedRows.map((row) => ({ ...row })),
  };
}

/** What the function reference shows of a rules table (build/generate.mjs renders it). */
export interface RulesTableDoc {
  key: string;
  title: string;
  sheetName: Text;
  users: readonly string[];
  intro: string;
  columns: { names: Text; aliases: readonly string[]; required: boolean; shownDefault: string; doc: string }[];
  /** The seed's table in English, as text. */
  seed: string[][];
  example: RulesExample;
}

/** A cell of a rules table as the reference prints it: 30% for a share, 150,000 for money, TRUE/FALSE for a flag. */
function shownCell(value: unknown, format: Format | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && format === 'percent') return `${Number((value * 100).toPrecision(12))}%`;
  if (typeof value === 'number' && format === 'money') return value.toLocaleString('en-US');
  return String(value ?? '');
}

export function rulesTableDoc(spec: RulesTable<unknown>): RulesTableDoc {
  const [, ...rows] = seedTable(spec, 'en');
  return {
    key: spec.key,
    title: spec.title.en,
    sheetName: spec.sheetName,
    users: spec.users,
    intro: spec.intro,
    columns: spec.columns.map((c) => ({ names: c.names, aliases: c.aliases ?? [], required: !!c.required, shownDefault: c.shownDefault ?? '', doc: c.doc })),
    seed: [spec.columns.map((c) => c.names.en), ...rows.map((row) => row.map((value, i) => shownCell(value, spec.columns[i].format)))],
    example: spec.example,
  };
}

/** A word of a rules table cell, quoted for a message. */
export function quotedCell(value: unknown): Text {
  const text = excerpt(String(value), 40);
  return t`"${text}"`;
}
