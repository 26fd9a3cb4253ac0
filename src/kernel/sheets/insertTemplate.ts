import { dayFromCivil, parseDateText } from '../values/dates';
import { type Lang, sheetsDateFormat, t } from '../i18n';
import { TimeZone } from '../values/zone';
import type { Refusal } from './refusal';
import { userLang } from './language';
import type { Column, Format, FormSheet, ProgramTemplate, Sample, SideBlock, SideCell, TableSheet } from '../templates/layout';
import { sideColumn } from '../templates/layout';
import { refsFor } from '../templates/refs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows that get formats and drop-downs, so that new rows typed under the samples look the same. */
const FORMATTED_ROWS = 500;

/** Number formats (the spreadsheet's locale picks the separators); dates in the order the language writes them. */
const FORMATS: Record<Format, (lang: Lang) => string> = {
  // Two decimals, always: Sheets shows `#,##0.##` as `120,000.` (a trailing separator) for a whole amount.
  money: () => '#,##0.00',
  integer: () => '0',
  percent: () => '0.0%',
  date: (lang) => sheetsDateFormat(lang),
  datetime: (lang) => `${sheetsDateFormat(lang)} hh:mm`,
  text: () => '@',
};

export interface Inserted {
  ok: true;
  sheets: string[];
}

/**
 * Inserts a program's sheets with headers in the user's language, sample
 * rows, drop-downs, checkboxes, formats and the add-on's formulas. Refuses,
 * writing nothing, when any of the sheets already exists, so a second insert
 * never touches a manager's data.
 */
export function insertTemplate(program: ProgramTemplate, lang: Lang = userLang()): Inserted | Refusal {
  const spreadsheet = SpreadsheetApp.getActive();
  const names = program.sheets.map((sheet) => sheet.name[lang]);
  const existing = names.filter((name) => spreadsheet.getSheetByName(name));
  if (existing.length) {
    const message =
      t`The ${program.label} template is already in this spreadsheet (sheets: ${existing.join(', ')}). Rename or delete those sheets to insert it again; nothing was changed.`[
        lang
      ];
    return { ok: false, message };
  }
  const zone = TimeZone.named(spreadsheet.getSpreadsheetTimeZone());
  const toCell = (sample: Sample) => cellOf(sample, lang, zone);
  for (const template of program.sheets) {
    const sheet = spreadsheet.insertSheet(template.name[lang]);
    if (template.kind === 'table') writeTable(sheet, template, lang, toCell);
    else writeForm(sheet, template, lang, toCell);
  }
  const first = spreadsheet.getSheetByName(names[0]);
  if (first) spreadsheet.setActiveSheet(first);
  return { ok: true, sheets: names };
}

function writeTable(sheet: Sheet, template: TableSheet, lang: Lang, toCell: (s: Sample) => unknown): void {
  const { columns, samples } = template;
  const grid = [
    columns.map((c) => c.header[lang]),
    ...samples.map((row) => columns.map((c) => (c.formula || row[c.key] === undefined ? '' : toCell(row[c.key])))),
  ];
  sheet.getRange(1, 1, grid.length, columns.length).setValues(grid);
  sheet.getRange(1, 1, 1, columns.length).setFontWeight('bold');
  sheet.setFrozenRows(1);

  const refs = refsFor(lang, template);
  columns.forEach((column, i) => {
    formatColumn(sheet, column, i + 1, lang);
    if (column.formula) sheet.getRange(column.formulaInHeader ? 1 : 2, i + 1).setFormula(`=${column.formula(refs)}`);
  });

  for (const cell of template.side ?? []) writeSideCell(sheet, sideColumn(template, cell.key) + 1, cell, lang, toCell);
  for (const block of template.blocks ?? []) writeBlock(sheet, 1, sideColumn(template, block.key) + 1, block, lang, refs);
}

function writeForm(sheet: Sheet, template: FormSheet, lang: Lang, toCell: (s: Sample) => unknown): void {
  const grid = template.fields.map((field) => [field.label[lang], toCell(field.value)]);
  sheet.getRange(1, 1, grid.length, 2).setValues(grid);
  sheet.getRange(1, 1, grid.length, 1).setFontWeight('bold');
  template.fields.forEach((field, i) => {
    const cell = sheet.getRange(i + 1, 2);
    if (field.format) cell.setNumberFormat(FORMATS[field.format](lang));
    if (field.choices) cell.setDataValidation(dropDown(field.choices(lang)));
  });
  const headerRow = grid.length + 2;
  writeBlock(sheet, headerRow, 1, template.result, lang, refsFor(lang, template));
  sheet.setFrozenRows(headerRow);
}

function writeSideCell(sheet: Sheet, column: number, cell: SideCell, lang: Lang, toCell: (s: Sample) => unknown): void {
  sheet.getRange(1, column, 2, 1).setValues([[cell.label[lang]], [toCell(cell.value)]]);
  sheet.getRange(1, column).setFontWeight('bold');
  const value = sheet.getRange(2, column);
  if (cell.format) value.setNumberFormat(FORMATS[cell.format](lang));
  if (cell.choices) value.setDataValidation(dropDown(cell.choices(lang)));
}

function writeBlock(sheet: Sheet, row: number, column: number, block: SideBlock, lang: Lang, refs: ReturnType<typeof refsFor>): void {
  sheet
    .getRange(row, column, 1, block.headers.length)
    .setValues([block.headers.map((h) => h[lang])])
    .setFontWeight('bold');
  (block.formats ?? []).forEach((format, i) => {
    if (format) sheet.getRange(row + 1, column + i, FORMATTED_ROWS, 1).setNumberFormat(FORMATS[format](lang));
  });
  (block.widths ?? []).forEach((width, i) => {
    if (width) sheet.setColumnWidth(column + i, width);
  });
  sheet.getRange(row + 1, column).setFormula(`=${block.formula(refs)}`);
}

function formatColumn(sheet: Sheet, column: Column, index: number, lang: Lang): void {
  const body = sheet.getRange(2, index, FORMATTED_ROWS, 1);
  if (column.format) body.setNumberFormat(FORMATS[column.format](lang));
  if (column.checkbox) body.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  else if (column.choices) body.setDataValidation(dropDown(column.choices(lang)));
  if (column.width) sheet.setColumnWidth(index, column.width);
}

function dropDown(values: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  // Invalid entries are allowed (with a warning): every formula also reads the other language's words.
  return SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
}

/** Templates write their sample dates as ISO text (`2026-01-31`), which reads the same in every locale. */
const ISO_SAMPLES = { dayFirst: false };

function cellOf(sample: Sample, lang: Lang, zone: TimeZone): unknown {
  if (typeof sample !== 'object') return sample;
  if ('date' in sample) {
    const parsed = parseDateText(sample.date, ISO_SAMPLES);
    if (!parsed) throw new Error(`bad template date ${sample.date}`);
    return new Date(zone.startOfDay(dayFromCivil(parsed.year, parsed.month, parsed.day)));
  }
  if ('dateTime' in sample) {
    const parsed = parseDateText(sample.dateTime, ISO_SAMPLES);
    if (!parsed) throw new Error(`bad template date-time ${sample.dateTime}`);
    return new Date(zone.instantOf(parsed));
  }
  return sample[lang];
}
