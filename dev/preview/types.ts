/**
 * The JSON the preview server and the preview page exchange. Types only: the
 * page (client/main.ts) imports them with `import type`.
 */

import type { Lang } from '../../src/kernel/i18n';

export type { Lang };

/** How a workbook was started: the five templates with their sample data, or an empty spreadsheet. */
export type Start = 'samples' | 'empty';

/** One cell as the grid shows it. */
export interface CellView {
  /** The text the cell shows: the number format applied, `#ERROR!` for an error, the formula text when it was not evaluated. */
  display: string;
  kind: 'empty' | 'number' | 'text' | 'boolean' | 'date' | 'error';
  /** What the cell editor starts with: the formula, or the value as it would be typed. */
  input: string;
  formula?: string;
  /** For a formula cell: evaluated, failed, or not evaluated by the in-memory runtime. */
  status?: 'ok' | 'error' | 'unevaluated';
  /** The error message (hover), or why the formula was not evaluated. */
  error?: string;
  /** For a cell filled by a spilled result: the A1 of the formula cell. */
  spilledFrom?: string;
  bold?: boolean;
  /** A checkbox (data validation) cell. */
  checkbox?: boolean;
  /** The words of a drop-down (data validation) cell. */
  choices?: string[];
}

export interface SheetView {
  name: string;
  frozenRows: number;
  frozenCols: number;
  numRows: number;
  numCols: number;
  /** Column widths in pixels, one per shown column. */
  widths: number[];
  /** cells[row - 1][col - 1] */
  cells: CellView[][];
}

export type MenuItemView =
  | { kind: 'item'; caption: string; functionName: string; available: boolean }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuItemView[] };

export interface MenuView {
  caption: string;
  items: MenuItemView[];
}

export interface DialogView {
  id: string;
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  width: number;
  height: number;
  /** Where the page loads the dialog's HTML (with the google.script bridge injected). */
  url: string;
}

export interface MessageView {
  /** alert/prompt/toast: what the add-on showed; notice: the preview's own note; error: a failed action. */
  kind: 'alert' | 'prompt' | 'toast' | 'notice' | 'error';
  title: string;
  message: string;
}

export interface WorkbookView {
  /** Increases with every snapshot the server makes: the page ignores older ones arriving late. */
  seq: number;
  /** Increases when the workbook is rebuilt (language switch, reset, empty); dialogs of an older one are closed. */
  generation: number;
  start: Start;
  /** Something was typed, written by a dialog or inserted since the workbook was built: a rebuild asks first. */
  edited: boolean;
  lang: Lang;
  locale: string;
  userLocale: string;
  timeZone: string;
  name: string;
  /** The sheet the add-on last made active. */
  active: string;
  menu: MenuView | null;
  sheets: SheetView[];
}

/** What a menu action, a cell edit or a language switch returns. */
export interface ActionResult {
  workbook: WorkbookView;
  dialog?: DialogView;
  messages: MessageView[];
}

/** The google.script.run bridge's answer. */
export type RunResult = ({ ok: true; value?: unknown } | { ok: false; error: string }) & {
  dialog?: DialogView;
  messages: MessageView[];
};

/** What the bridge in a dialog tells the page (window.postMessage). */
export type BridgeMessage =
  | { incentivePreview: true; type: 'ran'; name: string; dialog?: DialogView; messages: MessageView[] }
  | { incentivePreview: true; type: 'close' }
  | { incentivePreview: true; type: 'size'; width?: number; height?: number };
