import { type Day, formatDay } from '../kernel/values/dates';
import { everyForm, plural, t } from '../kernel/i18n';
import { findSheet } from '../kernel/sheets/table';
import { callContext } from '../kernel/sheets/spreadsheet';
import { withDocumentLock } from '../kernel/sheets/lock';
import { userLang } from '../kernel/sheets/language';
import { TEMPLATES } from './templates';
import type { Format, SheetTemplate } from '../kernel/templates/layout';

/*
 * Menu: Set report dates to today (SPEC §2.9). A custom function is
 * recomputed only when its arguments change, so the templates pass a typed
 * report date; this item moves every template sheet's report date to today
 * (the spreadsheet zone's day; a date-time cell gets the current minute),
 * which recomputes every formula that reads it.
 *
 * The cell is found by its label (in any language of the templates) where the
 * template puts it: row 1 of a table sheet with the value below, or column A
 * of a form with the value beside it; so a manager may move it. One read and
 * one write per sheet, all under the document lock.
 */

const KEY = 'reportDate';

interface Target {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  labels: string[];
  format: Format | undefined;
  form: boolean;
}

function targets(): Target[] {
  const found: Target[] = [];
  for (const program of Object.values(TEMPLATES)) {
    for (const template of program.sheets as SheetTemplate[]) {
      const cell = template.kind === 'table' ? template.side?.find((c) => c.key === KEY) : template.fields.find((f) => f.key === KEY);
      if (!cell) continue;
      const sheet = findSheet(template);
      if (sheet) found.push({ sheet, labels: everyForm(cell.label), format: cell.format, form: template.kind === 'form' });
    }
  }
  return found;
}

const sameLabel = (cell: unknown, labels: string[]) => typeof cell === 'string' && labels.some((l) => l.toLowerCase() === cell.trim().toLowerCase());

/** Writes today into one sheet's report-date cell; false when its label is nowhere to be found. */
function setOn(target: Target, today: Date, now: Date): boolean {
  const { sheet, labels } = target;
  const value = target.format === 'datetime' ? now : today;
  if (target.form) {
    const rows = Math.max(sheet.getLastRow(), 1);
    const column = sheet.getRange(1, 1, rows, 1).getValues();
    const row = column.findIndex((r) => sameLabel(r[0], labels));
    if (row < 0) return false;
    sheet.getRange(row + 1, 2).setValue(value);
    return true;
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const column = header.findIndex((cell) => sameLabel(cell, labels));
  if (column < 0) return false;
  sheet.getRange(2, column + 1).setValue(value);
  return true;
}

export interface ReportDatesSet {
  ok: true;
  day: string;
  sheets: string[];
}

/** Sets every template sheet's report date to today; tells the user what it did in a toast (or an alert when there was nothing to do). */
export function setReportDatesToday(): ReportDatesSet | { ok: false; message: string } {
  const lang = userLang();
  const ctx = callContext();
  const day: Day = ctx.zone.dayOf(ctx.now);
  const today = new Date(ctx.zone.startOfDay(day));
  const now = new Date(Math.floor(ctx.now / 60_000) * 60_000);
  const result = withDocumentLock(lang, () => {
    const done: string[] = [];
    for (const target of targets()) if (setOn(target, today, now)) done.push(target.sheet.getName());
    return done;
  });
  const spreadsheet = SpreadsheetApp.getActive();
  if (!Array.isArray(result)) {
    SpreadsheetApp.getUi().alert(result.message);
    return result;
  }
  if (result.length === 0) {
    const message = TEXT.none[lang];
    SpreadsheetApp.getUi().alert(message);
    return { ok: false, message };
  }
  spreadsheet.toast(TEXT.done(formatDay(day, lang), result)[lang], TEXT.title[lang]);
  return { ok: true, day: formatDay(day, 'en'), sheets: result };
}

const TEXT = {
  title: t`Report dates`,
  none: t`No sheet of an Incentive Desk template with a report date was found in this spreadsheet. Insert a template from the add-on menu first.`,
  done: (day: string, sheets: string[]) => t`Report date set to ${day} on ${sheets.length} ${plural(sheets.length, 'sheet', 'sheets')}: ${sheets.join(', ')}.`,
} satisfies Record<string, unknown>;
