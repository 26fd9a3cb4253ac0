/**
 * The preview's workbook: an in-memory spreadsheet holding the five program
 * templates, made by the add-on's real code (dist/Code.js: onOpen, then the
 * menu's insert…Template functions), recalculated with the add-on's own custom
 * functions — or, on request, an empty spreadsheet, where each Insert template
 * item can be tried. Menu items, cell edits and google.script.run calls from
 * dialogs all run against it; each returns what the page needs to redraw.
 *
 * It knows whether anything was changed since it was built (cell edits,
 * dialogs' writes, inserted templates), so rebuilding it (language, reset,
 * empty) can ask before throwing those changes away.
 */
import { type Addon, type DialogRecord, type MenuEntry, type MessageRecord, type ValidationRule, bookOf, createSpreadsheet, loadAddon } from '../memory';
import { autoRecalculate, recalculate, sheetCells } from '../formulas';
import type { Book } from '../memory/model';
import { isDate } from '../memory/values';
import { editText, parseTyped } from './input';
import type { ActionResult, CellView, DialogView, Lang, MenuItemView, MessageView, RunResult, SheetView, Start, WorkbookView } from './types';

/** The menu items that insert the templates, in the menu's order. */
export const TEMPLATE_FUNCTIONS = [
  'insertBonusTemplate',
  'insertPartnerTemplate',
  'insertReferralTemplate',
  'insertLevelsTemplate',
  'insertGrowthTemplate',
] as const;

export const TIME_ZONE = 'Europe/Moscow';
const LOCALES: Record<Lang, string> = { en: 'en_US', ru: 'ru_RU', el: 'el_GR' };
const NAMES: Record<Lang, string> = { en: 'Incentive programs', ru: 'Программы поощрения', el: 'Προγράμματα επιβράβευσης' };
/** What Sheets calls a new spreadsheet. */
const EMPTY_NAMES: Record<Lang, string> = { en: 'Untitled spreadsheet', ru: 'Новая таблица', el: 'Υπολογιστικό φύλλο χωρίς τίτλο' };
/** Sheets' default column width. */
const DEFAULT_WIDTH = 100;
/** Empty rows and columns shown after the last filled one, so that a new row can be typed in. */
const SPARE_ROWS = 8;
const SPARE_COLS = 2;

const TEXT = {
  notAvailable: {
    en: (caption: string, fn: string) => `“${caption}” is not available in this build yet: dist/Code.js has no function ${fn}.`,
    ru: (caption: string, fn: string) => `«${caption}» в этой сборке пока недоступно: в dist/Code.js нет функции ${fn}.`,
    el: (caption: string, fn: string) => `Το «${caption}» δεν είναι ακόμη διαθέσιμο σε αυτή την έκδοση: το dist/Code.js δεν έχει τη συνάρτηση ${fn}.`,
  },
  failed: { en: 'Error', ru: 'Ошибка', el: 'Σφάλμα' },
} as const;

/** Apps Script refuses google.script.run calls of private functions (a trailing underscore) and of non-identifiers. */
const CALLABLE = /^[A-Za-z$][\w$]*$/;

export interface WorkbookOptions {
  /** The bundle (absolute path). */
  codePath: string;
  /** Where the dialogs' .html files are (absolute path); default the bundle's folder. */
  htmlDir?: string;
  lang?: Lang;
}

export class PreviewWorkbook {
  private lang: Lang;
  private start: Start = 'samples';
  private generation = 0;
  private seq = 0;
  private ss!: GoogleAppsScript.Spreadsheet.Spreadsheet;
  private addon!: Addon;
  /** The workbook's content right after it was built (contentKey). */
  private built = '';

  constructor(private readonly options: WorkbookOptions) {
    this.lang = options.lang ?? 'en';
    this.build();
  }

  get language(): Lang {
    return this.lang;
  }

  get book(): Book {
    return bookOf(this.ss);
  }

  /** The add-on as loaded for the current workbook (tests use it to look inside). */
  get loaded(): Addon {
    return this.addon;
  }

  /** How the current workbook was started. */
  get started(): Start {
    return this.start;
  }

  /**
   * Makes a fresh workbook in a language (spreadsheet locale and user locale
   * together): the five templates with their sample data, or (`empty`) a new
   * spreadsheet with nothing but its first sheet. By default it starts the
   * way the current one did.
   */
  build(lang: Lang = this.lang, start: Start = this.start): void {
    const ss = createSpreadsheet({ locale: LOCALES[lang], timeZone: TIME_ZONE, name: (start === 'empty' ? EMPTY_NAMES : NAMES)[lang] });
    const blank = ss.getSheets()[0].getName();
    const addon = loadAddon({ spreadsheet: ss, codePath: this.options.codePath, htmlDir: this.options.htmlDir, userLocale: lang });
    autoRecalculate(addon);
    addon.callTrigger('onOpen', { authMode: 'NONE' });
    if (start === 'samples') {
      for (const fn of TEMPLATE_FUNCTIONS) {
        const result = addon.call(fn) as { ok: boolean; message?: string } | undefined;
        if (!result?.ok) throw new Error(`${fn} did not insert its template: ${result?.message ?? 'no result'}`);
      }
      // The spreadsheet's own empty first sheet is not part of any template.
      const first = ss.getSheetByName(blank);
      if (first && first.getLastRow() === 0) ss.deleteSheet(first);
    }
    ss.setActiveSheet(ss.getSheets()[0]);
    addon.ui.dialogs.length = 0;
    addon.ui.messages.length = 0;
    recalculate(ss, addon);
    // Only a workbook built without failing replaces the current one.
    this.ss = ss;
    this.addon = addon;
    this.lang = lang;
    this.start = start;
    this.generation += 1;
    this.built = contentKey(this.sheetViews());
  }

  /** Whether anything was typed, written or inserted since the workbook was built (what a rebuild would throw away). */
  get edited(): boolean {
    return contentKey(this.sheetViews()) !== this.built;
  }

  private sheetViews(): SheetView[] {
    const book = this.book;
    book.ensureCalculated();
    return book.sheets.map((s) => this.sheetView(s.name));
  }

  /** The whole workbook as the page shows it. */
  view(): WorkbookView {
    const book = this.book;
    const sheets = this.sheetViews();
    const menu = this.addon.ui.addonMenu;
    return {
      seq: ++this.seq,
      generation: this.generation,
      lang: this.lang,
      locale: book.locale,
      userLocale: this.addon.user.locale,
      timeZone: book.timeZone,
      name: book.name,
      active: book.active().name,
      start: this.start,
      edited: contentKey(sheets) !== this.built,
      menu: menu ? { caption: menu.caption, items: menu.items.map((e) => this.menuItem(e)) } : null,
      sheets,
    };
  }

  private menuItem(entry: MenuEntry): MenuItemView {
    if (entry.kind === 'item') return { ...entry, available: this.addon.has(entry.functionName) };
    if (entry.kind === 'submenu') return { kind: 'submenu', caption: entry.caption, items: entry.items.map((e) => this.menuItem(e)) };
    return { kind: 'separator' };
  }

  private sheetView(name: string): SheetView {
    const data = this.book.sheetByName(name)!;
    const numRows = Math.min(data.maxRows, Math.max(data.lastRow(), data.frozenRows) + SPARE_ROWS);
    const numCols = Math.min(data.maxCols, Math.max(data.lastColumn(), data.frozenCols, 1) + SPARE_COLS);
    const settings = { locale: this.book.locale, timeZone: this.book.timeZone };
    const cells = sheetCells(this.ss, data, { rows: numRows, cols: numCols }).map((line, r) =>
      line.map((info, c): CellView => {
        const row = r + 1;
        const col = c + 1;
        const numberFormat = data.attr<string>('numberFormat', row, col);
        const value = info.value;
        const view: CellView = {
          display: info.display,
          kind: value === '' ? 'empty' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : isDate(value) ? 'date' : 'text',
          input: info.formula || editText(value, { ...settings, numberFormat }),
        };
        if (info.formula) view.formula = info.formula;
        if (info.status) view.status = info.status;
        if (info.error) view.error = info.error;
        if (info.spilledFrom) view.spilledFrom = info.spilledFrom;
        if (info.status === 'error') view.kind = 'error';
        if (info.status === 'unevaluated') {
          view.display = info.formula;
          view.kind = 'text';
        }
        if (data.attr<string>('fontWeight', row, col) === 'bold') view.bold = true;
        const rule = data.attr<ValidationRule>('validation', row, col);
        if (rule?.criteria === 'CHECKBOX') view.checkbox = true;
        if (rule?.criteria === 'VALUE_IN_LIST') view.choices = [...(rule.values[0] as string[])];
        return view;
      }),
    );
    const widths = Array.from({ length: numCols }, (_, i) => data.columnWidths.get(i + 1) ?? DEFAULT_WIDTH);
    return { name: data.name, frozenRows: data.frozenRows, frozenCols: data.frozenCols, numRows, numCols, widths, cells };
  }

  /** Writes what a user typed into a cell, as Sheets reads typed input; the formulas that read it are recalculated. */
  edit(sheetName: string, row: number, col: number, input: string): ActionResult {
    const messages: MessageView[] = [];
    const sheet = this.ss.getSheetByName(sheetName);
    if (!sheet) throw new RequestError(`no sheet named ${sheetName}`);
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1 || row > sheet.getMaxRows() || col > sheet.getMaxColumns()) {
      throw new RequestError(`no cell at row ${row}, column ${col} of ${sheetName}`);
    }
    const range = sheet.getRange(row, col);
    const typed = parseTyped(input, { locale: this.book.locale, timeZone: this.book.timeZone, numberFormat: range.getNumberFormat() });
    try {
      if ('formula' in typed) range.setFormula(typed.formula);
      // A leading quote keeps text as text: setValue would read "123" as a number again.
      else range.setValue(typeof typed.value === 'string' && typed.value !== '' ? `'${typed.value}` : typed.value);
    } catch (error) {
      messages.push({ kind: 'error', title: TEXT.failed[this.lang], message: messageOf(error) });
    }
    return { workbook: this.view(), messages };
  }

  /** Runs a menu item's function (only functions the add-on's menu names). */
  menu(functionName: string): ActionResult {
    const item = findItem(this.addon.ui.addonMenu?.items ?? [], functionName);
    if (!item) throw new RequestError(`${functionName} is not an item of the add-on menu`);
    if (!this.addon.has(functionName)) {
      return { workbook: this.view(), messages: [{ kind: 'notice', title: item.caption, message: TEXT.notAvailable[this.lang](item.caption, functionName) }] };
    }
    const effects = this.watch(() => this.addon.call(functionName));
    const messages =
      effects.error === undefined ? effects.messages : [...effects.messages, { kind: 'error' as const, title: item.caption, message: effects.error }];
    return { workbook: this.view(), messages, ...(effects.dialog ? { dialog: effects.dialog } : {}) };
  }

  /** google.script.run: calls a top-level function with JSON arguments and returns its JSON result or error. */
  run(name: unknown, args: unknown): RunResult {
    if (typeof name !== 'string' || !CALLABLE.test(name) || name.endsWith('_') || !this.addon.has(name)) {
      return { ok: false, error: `Script function not found: ${String(name)}`, messages: [] };
    }
    if (!Array.isArray(args)) throw new RequestError('args must be an array');
    let value: unknown;
    const effects = this.watch(() => {
      value = this.addon.call(name, ...args);
      const date = datePath(value, 'result');
      if (date) throw new Error(`${name} returned a Date (${date}): google.script.run cannot pass Dates; send an ISO string`);
    });
    const extra = { messages: effects.messages, ...(effects.dialog ? { dialog: effects.dialog } : {}) };
    if (effects.error !== undefined) return { ok: false, error: effects.error, ...extra };
    return value === undefined ? { ok: true, ...extra } : { ok: true, value, ...extra };
  }

  /** A recorded dialog's HTML, by the id given in a DialogView. */
  dialogContent(id: string): string | undefined {
    const m = /^(\d+)-(\d+)$/.exec(id);
    if (!m || Number(m[1]) !== this.generation) return undefined;
    return this.addon.ui.dialogs[Number(m[2])]?.content;
  }

  /** Runs an action and collects the dialog it opened and the messages it showed. */
  private watch(action: () => void): { dialog?: DialogView; messages: MessageView[]; error?: string } {
    const ui = this.addon.ui;
    const dialogsBefore = ui.dialogs.length;
    const messagesBefore = ui.messages.length;
    let error: string | undefined;
    try {
      action();
    } catch (e) {
      error = messageOf(e);
    }
    const opened = ui.dialogs.length > dialogsBefore ? ui.dialogs.length - 1 : -1;
    const messages = ui.messages.slice(messagesBefore).map(messageView);
    const out: { dialog?: DialogView; messages: MessageView[]; error?: string } = { messages };
    if (opened >= 0) out.dialog = this.dialogView(opened, ui.dialogs[opened]);
    if (error !== undefined) out.error = error;
    return out;
  }

  private dialogView(index: number, record: DialogRecord): DialogView {
    const id = `${this.generation}-${index}`;
    return { id, kind: record.kind, title: record.title, width: record.width, height: record.height, url: `/dialog/${id}` };
  }
}

/**
 * What a user put into the workbook: the sheets, in order, and what each cell
 * would show in the editor (a formula's text, a value as typed). Spilled and
 * computed results are left out, so a recalculation alone never counts as an
 * edit, and a cell typed back to what it was does not either.
 */
function contentKey(sheets: readonly SheetView[]): string {
  return JSON.stringify(sheets.map((sheet) => [sheet.name, sheet.cells.map((line) => line.map((cell) => (cell.spilledFrom ? '' : cell.input)))]));
}

/** A request the server answers with 400. */
export class RequestError extends Error {}

function findItem(entries: readonly MenuEntry[], functionName: string): { caption: string } | undefined {
  for (const e of entries) {
    if (e.kind === 'item' && e.functionName === functionName) return e;
    if (e.kind === 'submenu') {
      const found = findItem(e.items, functionName);
      if (found) return found;
    }
  }
  return undefined;
}

function messageView(m: MessageRecord): MessageView {
  return { kind: m.kind, title: m.title, message: m.message };
}

function messageOf(error: unknown): string {
  return error instanceof Error || Object.prototype.toString.call(error) === '[object Error]' ? (error as Error).message : String(error);
}

/** Where a Date hides in a result, if it does. */
function datePath(value: unknown, path: string, seen = new Set<unknown>()): string | undefined {
  if (isDate(value)) return path;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const found = datePath(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, seen);
    if (found) return found;
  }
  return undefined;
}
