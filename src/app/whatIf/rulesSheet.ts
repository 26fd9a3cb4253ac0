import { isDate, isEmpty } from '../../kernel/functions/cells';
import type { CallContext } from '../../kernel/functions/context';
import type { RulesColumn, RulesTable } from '../../kernel/functions/rulesTable';
import { type Lang, langOfForm, t } from '../../kernel/i18n';
import { findSheet, SheetMissing } from '../../kernel/sheets/table';
import { formatDay } from '../../kernel/values/dates';
import { headerKey } from '../../kernel/values/text';

/*
 * A program's rules sheet as What if… reads it: the columns the template's
 * formulas pass (`'Rules: partners'!A1:L`: column A to the table's last
 * column, every row), in three reads of one range — values (what the readers
 * read, as the formulas get them), formulas (kept when a cell is left alone)
 * and number formats (a percent cell is shown as `30%`, a plain-text cell is
 * written without the leading apostrophe). Its token says what it held, so
 * that Apply can tell whether it changed since the dialog read it.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RulesSheet {
  sheet: Sheet;
  name: string;
  /** The language the sheet was inserted in (its name tells), for its drop-down words. */
  lang: Lang;
  /** Rows read (at least the sheet's last row, and 1) and columns (the table's). */
  rows: number;
  width: number;
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
  token: string;
}

export function findRulesSheet(spec: RulesTable<unknown>): Sheet | undefined {
  return findSheet({ name: spec.sheetName });
}

/** Reads the rules sheet (at least `minRows` rows, for a grid longer than the table); a missing sheet refuses the call. */
export function readRulesSheet(spec: RulesTable<unknown>, lang: Lang, minRows = 0): RulesSheet {
  const sheet = findRulesSheet(spec);
  if (!sheet) {
    throw new SheetMissing(
      t`There is no "${spec.sheetName}" sheet any more. Insert the program's template from the add-on menu, then open What if… again.`[lang],
    );
  }
  const name = sheet.getName();
  const width = Math.min(spec.columns.length, sheet.getMaxColumns());
  const rows = Math.min(Math.max(sheet.getLastRow(), minRows, 1), sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows, width);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  return { sheet, name, lang: langOfForm(spec.sheetName, name, lang) ?? lang, rows, width, values, formulas, formats, token: contentToken(values, formulas) };
}

/** The table's column a header names (as the rules-table reader matches headers), if any. */
export function columnFor(spec: RulesTable<unknown>, header: unknown): RulesColumn | undefined {
  if (isEmpty(header)) return undefined;
  const key = headerKey(String(header));
  return spec.columns.find((column) => [...Object.values(column.names), ...(column.aliases ?? [])].some((name) => headerKey(name) === key));
}

/** Whether a cell's number format is plain text (`@`): text written there is kept as given, without an apostrophe. */
export const isPlainText = (format: string | undefined) => format === '@';

/**
 * A cell as Sheets' cell editor shows it, at full precision: the text a
 * manager would type to get that value again (`30%` in a percent cell,
 * `1500000`, `0,5` in a decimal-comma locale, `TRUE`, `2026-01-31`).
 */
export function cellText(value: unknown, format: string | undefined, ctx: CallContext): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return format?.includes('%') ? `${numberText(value * 100, ctx)}%` : numberText(value, ctx);
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : formatDay(ctx.zone.dayOf(value.getTime()), 'en');
  return String(value);
}

/** A number in the locale's notation, to Sheets' 15 significant digits (so 0.07 × 100 is 7, not 7.000000000000001). */
function numberText(n: number, ctx: CallContext): string {
  const text = String(Number(n.toPrecision(15)));
  return ctx.decimalComma ? text.replace('.', ',') : text;
}

/**
 * What a range holds, as a short text: equal for equal values and formulas,
 * whatever the number of empty rows read below them.
 */
export function contentToken(values: readonly (readonly unknown[])[], formulas: readonly (readonly string[])[]): string {
  const rows = values.map((row, r) => row.map((value, c) => cellKey(value, formulas[r]?.[c] ?? '')));
  while (rows.length > 0 && rows[rows.length - 1].every((key) => key === 'string')) rows.pop();
  const text = rows.map((row) => row.join('\u0001')).join('\u0002');
  return `${rows.length}.${hash(text, 0).toString(36)}.${hash(text, 1).toString(36)}`;
}

function cellKey(value: unknown, formula: string): string {
  if (formula) return `formula${formula}`;
  if (isDate(value)) return `date${value.getTime()}`;
  return `${typeof value}${value === '' ? '' : String(value)}`;
}

/** cyrb53, a fast 53-bit string hash (public domain, bryc): two seeds make the token's chance collision negligible. */
function hash(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
