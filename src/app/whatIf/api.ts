/**
 * The What if… dialog's server calls (SPEC §13). Types only: the dialog
 * imports them with `import type`. Every text is already in the user's
 * language; numbers cross as numbers, nothing as a Date.
 */
import type { Lang, Refusal } from '../api';

/** A program whose rules sheet is in the spreadsheet, as the picker lists it. */
export interface WhatIfProgramOption {
  /** The rules table's key: `tiers`, `levels`, `bonus`, `referral`. */
  key: string;
  /** `Partner tiers` / `Статусы партнёров` */
  label: string;
  /** The rules sheet as it is named in this spreadsheet. */
  sheet: string;
}

export interface WhatIfPrograms {
  ok: true;
  lang: Lang;
  programs: WhatIfProgramOption[];
}

/** No program to compare; says the user's language too (the dialog has heard nothing else yet). */
export interface WhatIfNoPrograms extends Refusal {
  lang: Lang;
}

/** How the grid edits a column's cells (the text sent back is read by the table's own readers all the same). */
export type WhatIfCellKind = 'text' | 'number' | 'percent' | 'checkbox' | 'choice';

export interface WhatIfColumn {
  kind: WhatIfCellKind;
  /** The words of a drop-down column, in the rules sheet's language. */
  choices: string[];
  /** The header is one of the table's columns, and a required one. */
  known: boolean;
  required: boolean;
}

/** A program's rules table as the rules sheet holds it now. */
export interface WhatIfTable {
  ok: true;
  lang: Lang;
  program: string;
  label: string;
  sheet: string;
  /** One per column of the grid (the columns the template's formulas read: A to the table's last column). */
  columns: WhatIfColumn[];
  /**
   * Every cell as text, row 0 the header row: what Sheets' cell editor shows
   * (`30%` in a percent cell, `1500000`, `TRUE`), full precision, so that a
   * cell left alone reads back as exactly its value.
   */
  cells: string[][];
  /** Cells that hold a formula (row, column in `cells`): left alone, they keep it. */
  formulas: { row: number; column: number }[];
  /** The sheet's content when read; Apply refuses when the sheet no longer matches it. */
  token: string;
}

/** The edited grid, sent by Compare and Apply. */
export interface WhatIfGrid {
  program: string;
  /** The grid as text, row 0 the header row (rows may be added; a row of empty cells is skipped, as on the sheet). */
  cells: string[][];
  /** The token of the table the grid was made from. */
  token: string;
}

export interface WhatIfApplyRequest extends WhatIfGrid {
  /** One per Apply; the same request sent again writes nothing and answers as the first time. */
  requestId: string;
}

export interface WhatIfChangedRow {
  name: string;
  before: string;
  after: string;
}

export interface WhatIfTotalView {
  label: string;
  before: string;
  after: string;
}

export interface WhatIfBucketView {
  label: string;
  before: number;
  after: number;
}

export interface WhatIfCompared {
  ok: true;
  /** Data rows computed. */
  rows: number;
  /** Rows whose result changes; `changed` holds the first 100 of them, in sheet order, `more` counts the rest. */
  changedCount: number;
  changed: WhatIfChangedRow[];
  more: number;
  totals: WhatIfTotalView[];
  chart: { title: string; buckets: WhatIfBucketView[] };
  /** The rules sheet changed after the grid was read from it: Apply would refuse. */
  stale: boolean;
}

/** A rules table the readers refuse: their message, and the cell it is about. */
export interface WhatIfTableProblem extends Refusal {
  /** `edited`: the grid; `sheet`: the rules sheet as it stands (its cells are the grid's as read). */
  table: 'edited' | 'sheet';
  /** The cell in grid coordinates (row 0 = the header row); null when the message is about a whole row or the table. */
  row: number | null;
  column: number | null;
}

export interface WhatIfApplied {
  ok: true;
  sheet: string;
  message: string;
}

export interface WhatIfApi {
  getWhatIfPrograms(): WhatIfPrograms | WhatIfNoPrograms;
  getWhatIfTable(program: string): WhatIfTable | Refusal;
  compareWhatIf(request: WhatIfGrid): WhatIfCompared | WhatIfTableProblem | Refusal;
  applyWhatIf(request: WhatIfApplyRequest): WhatIfApplied | WhatIfTableProblem | Refusal;
}
