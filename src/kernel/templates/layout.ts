import type { Text, Lang } from '../i18n';

/**
 * What a program template is made of. Sheet names, headers and cell
 * positions are defined here once; the templates write them and the dialogs
 * read the same definitions to find their sheets and columns.
 */

/** Number formats, per language where the reading differs. */
export type Format = 'money' | 'integer' | 'percent' | 'date' | 'datetime' | 'text';

/** A sample value: dates are written as calendar days in the spreadsheet's time zone. */
export type Sample = string | number | boolean | { date: string } | { dateTime: string } | Text;

export interface Column {
  key: string;
  header: Text;
  format?: Format;
  /** A drop-down of these words (in the sheet's language). */
  choices?: (lang: Lang) => string[];
  checkbox?: boolean;
  width?: number;
  /** A computed column: the formula written once in row 2 (or in the header row when it spills its own header). */
  formula?: (refs: Refs) => string;
  formulaInHeader?: boolean;
}

/** A labelled input cell beside a table (row 1 the label, row 2 the value): a report date, say. */
export interface SideCell {
  key: string;
  label: Text;
  value: Sample;
  format?: Format;
  choices?: (lang: Lang) => string[];
}

/** A spilled result beside a table: headers in row 1, the formula in row 2. */
export interface SideBlock {
  key: string;
  headers: Text[];
  formats?: (Format | undefined)[];
  /** Column widths in pixels, where the default 100 px cuts the text. */
  widths?: (number | undefined)[];
  formula: (refs: Refs) => string;
}

export interface TableSheet {
  kind: 'table';
  key: string;
  name: Text;
  columns: Column[];
  samples: Record<string, Sample>[];
  side?: SideCell[];
  blocks?: SideBlock[];
}

/** A form: labelled inputs in columns A–B, then a spilled result table below them. */
export interface FormSheet {
  kind: 'form';
  key: string;
  name: Text;
  fields: (SideCell & { format?: Format })[];
  result: SideBlock;
}

export type SheetTemplate = TableSheet | FormSheet;

export interface ProgramTemplate {
  key: string;
  label: Text;
  sheets: SheetTemplate[];
}

/** Builds cell and range references for formulas, in the language the template is written in. */
export interface Refs {
  lang: Lang;
  /** An open-ended column of a table sheet: `B2:B`, or `'Activity'!A2:A` from another sheet. */
  column(sheet: TableSheet, key: string, options?: { from?: SheetTemplate; startRow?: number; endRow?: number }): string;
  /** Open-ended columns `first` to `last` of a table sheet, from `startRow` (default 2). */
  columns(sheet: TableSheet, first: string, last: string, options?: { from?: SheetTemplate; startRow?: number }): string;
  /** A side cell's value, absolute: `$J$2`. */
  side(sheet: TableSheet, key: string, options?: { from?: SheetTemplate }): string;
  /** A form field's value, absolute: `$B$1`. */
  field(sheet: FormSheet, key: string): string;
}

/** 0-based column index → letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Where a table sheet's side cells and blocks start: one empty column after the table. */
export function sideColumn(sheet: TableSheet, key: string): number {
  const cells = sheet.side ?? [];
  const i = cells.findIndex((c) => c.key === key);
  if (i >= 0) return sheet.columns.length + 1 + i;
  let column = sheet.columns.length + 1 + cells.length + (cells.length ? 1 : 0);
  for (const block of sheet.blocks ?? []) {
    if (block.key === key) return column;
    column += block.headers.length + 1;
  }
  throw new Error(`${sheet.key} has no side cell or block ${key}`);
}

export function columnIndex(sheet: TableSheet, key: string): number {
  const i = sheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`${sheet.key} has no column ${key}`);
  return i;
}

export function sheetName(sheet: SheetTemplate, lang: Lang): string {
  return sheet.name[lang];
}
