import { describe, expect, it } from 'vitest';
import { createSpreadsheet, hostServices } from '../../dev/memory';
import { interpretWritten } from '../../dev/memory/values';

function sheetWith(rows: unknown[][], name = 'Data') {
  const ss = createSpreadsheet({ sheets: [name] });
  const sheet = ss.getSheetByName(name)!;
  if (rows.length > 0) sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return { ss, sheet };
}

describe('Spreadsheet', () => {
  it('starts with one sheet of 1000 × 26, named by locale', () => {
    const en = createSpreadsheet();
    expect(en.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(en.getSheets()[0].getMaxRows()).toBe(1000);
    expect(en.getSheets()[0].getMaxColumns()).toBe(26);
    expect(createSpreadsheet({ locale: 'ru_RU' }).getSheets()[0].getName()).toBe('Лист1');
  });

  it('inserts, finds, activates and deletes sheets', () => {
    const ss = createSpreadsheet({ sheets: ['A'] });
    const b = ss.insertSheet('B');
    expect(ss.getActiveSheet().getName()).toBe('B');
    ss.insertSheet('First', 0);
    const auto = ss.insertSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'A', 'B', 'Sheet4']);
    expect(auto.getIndex()).toBe(4);
    // Sheet names match regardless of case, and must be unique regardless of case.
    expect(ss.getSheetByName('b')!.getSheetId()).toBe(b.getSheetId());
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(() => ss.insertSheet('a')).toThrow('A sheet with the name "a" already exists. Please enter another name.');
    expect(() => b.setName('FIRST')).toThrow('already exists');
    b.setName('Bee');
    expect(ss.getSheetByName('Bee')!.getName()).toBe('Bee');
    ss.setActiveSheet(ss.getSheetByName('A')!);
    expect(ss.getActiveSheet().getName()).toBe('A');
    ss.deleteSheet(ss.getSheetByName('First')!);
    ss.deleteSheet(ss.getSheetByName('Bee')!);
    ss.deleteSheet(ss.getSheetByName('Sheet4')!);
    expect(() => ss.deleteSheet(ss.getSheetByName('A')!)).toThrow("You can't remove all the sheets in a document.");
  });

  it('keeps locale and time zone', () => {
    const ss = createSpreadsheet({ locale: 'ru_RU', timeZone: 'Asia/Tokyo' });
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['ru_RU', 'Asia/Tokyo']);
    ss.setSpreadsheetLocale('en_GB');
    ss.setSpreadsheetTimeZone('Europe/Moscow');
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['en_GB', 'Europe/Moscow']);
  });

  it('finds ranges by A1 with a sheet name, quoted or not', () => {
    const ss = createSpreadsheet({ sheets: ['Deals', 'Партнёры'] });
    ss.getSheetByName('Партнёры')!.getRange('B2').setValue('Альфа');
    const r = ss.getRange("'Партнёры'!B2:C3");
    expect(r.getSheet().getName()).toBe('Партнёры');
    expect(r.getA1Notation()).toBe('B2:C3');
    expect(r.getValues()).toEqual([
      ['Альфа', ''],
      ['', ''],
    ]);
    expect(ss.getRange('Deals!A1:H').getNumRows()).toBe(1000);
    // Without a sheet name: the active sheet.
    expect(ss.getRange('A1').getSheet().getName()).toBe('Deals');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => ss.getRange('A1:')).toThrow('Range not found');
  });
});

describe('Sheet.getRange', () => {
  const { sheet } = sheetWith([]);

  it('takes row, column and size', () => {
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 3).getA1Notation()).toBe('C2:C4');
  });

  it('takes A1 notation, open-ended ranges to the last row of the grid', () => {
    // Apps Script: an open-ended range runs to the sheet's last row (1000 here), whatever the data.
    const open = sheet.getRange('A2:D');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 999, 4]);
    expect(open.getA1Notation()).toBe('A2:D');
    const column = sheet.getRange('B:B');
    expect([column.getRow(), column.getColumn(), column.getNumRows()]).toEqual([1, 2, 1000]);
    expect(column.getA1Notation()).toBe('B:B');
    const row = sheet.getRange('3:3');
    expect([row.getRow(), row.getNumRows(), row.getNumColumns()]).toEqual([3, 1, 26]);
  });

  it('refuses ranges outside the grid with Apps Script messages', () => {
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('1' as unknown as number, 1)).toThrow(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    expect(() => sheet.getRange(1.5, 1)).toThrow("don't match the method signature");
  });

  it('offsets and picks cells', () => {
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => r.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });
});

describe('Range values', () => {
  it('round-trips values: empty cells are "", Dates are copies', () => {
    const when = new Date('2026-01-31T00:00:00+03:00');
    const { sheet } = sheetWith([
      ['Client', 'Points', 'Active', 'Since'],
      ['Acme', 35, true, when],
    ]);
    const values = sheet.getRange('A1:E3').getValues();
    expect(values).toEqual([
      ['Client', 'Points', 'Active', 'Since', ''],
      ['Acme', 35, true, when, ''],
      ['', '', '', '', ''],
    ]);
    (values[1][3] as Date).setFullYear(2000);
    expect(sheet.getRange('D2').getValue()).toEqual(when);
  });

  it('checks the shape of setValues like Apps Script', () => {
    const { sheet } = sheetWith([]);
    const r = sheet.getRange('A1:B3');
    expect(() =>
      r.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(() => r.setValues([[1, 2], [3, 4], [5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues('x' as unknown as unknown[][])).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => r.setValues([1, 2, 3] as unknown as unknown[][])).toThrow("don't match the method signature");
    // A refused write changes nothing.
    expect(sheet.getLastRow()).toBe(0);
  });

  it('sets one value on every cell with setValue', () => {
    const { sheet } = sheetWith([]);
    sheet.getRange('B2:C3').setValue(7);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['', '', ''],
      ['', 7, 7],
      ['', 7, 7],
    ]);
    expect(sheet.getRange('B2:C3').getValue()).toBe(7);
  });

  it('reads typed text as Sheets does: numbers, booleans, formulas, and a leading quote for text', () => {
    const { sheet } = sheetWith([]);
    sheet.getRange('A1:H1').setValues([['123', '15%', 'true', "'=SUM(1)", '=SUM(1)', '-x', "'-x", 'text']]);
    expect(sheet.getRange('A1:H1').getValues()).toEqual([[123, 0.15, true, '=SUM(1)', '', '', '-x', 'text']]);
    expect(sheet.getRange('A1:H1').getFormulas()).toEqual([['', '', '', '', '=SUM(1)', '=-x', '', '']]);
    // A column formatted as plain text keeps typed text as text.
    sheet.getRange('A2').setNumberFormat('@').setValue('00123');
    expect(sheet.getRange('A2').getValue()).toBe('00123');
  });

  it('interprets numbers by the spreadsheet locale', () => {
    expect(interpretWritten('1,234.5', 'en_US', undefined)).toEqual({ value: 1234.5 });
    expect(interpretWritten('1,5', 'ru_RU', undefined)).toEqual({ value: 1.5 });
    expect(interpretWritten('1,5', 'en_US', undefined)).toEqual({ value: '1,5' });
    expect(interpretWritten(null, 'en_US', undefined)).toEqual({ value: '' });
    expect(interpretWritten(undefined, 'en_US', undefined)).toEqual({ value: '' });
  });

  it('keeps a value or a formula in a cell, never both', () => {
    const { sheet } = sheetWith([]);
    const a1 = sheet.getRange('A1');
    a1.setValue(5);
    a1.setFormula('=DOUBLE(B1)');
    expect([a1.getFormula(), a1.getValue()]).toEqual(['=DOUBLE(B1)', '']);
    a1.setValue('plain');
    expect([a1.getFormula(), a1.getValue()]).toEqual(['', 'plain']);
    sheet.getRange('A1:B1').setFormulas([['=X(1)', '']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=X(1)', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(() => sheet.getRange('A1:B1').setFormulas([['=X(1)']])).toThrow('The data has 1 but the range has 2.');
  });

  it('moves relative references when one formula is set on several cells', () => {
    const { sheet } = sheetWith([]);
    sheet.getRange('C2:D3').setFormula('=F(A2, $A$2, $A2, A$2, "B2", A2:A)');
    expect(sheet.getRange('C2:D3').getFormulas()).toEqual([
      ['=F(A2, $A$2, $A2, A$2, "B2", A2:A)', '=F(B2, $A$2, $A2, B$2, "B2", B2:B)'],
      ['=F(A3, $A$2, $A3, A$2, "B2", A3:A)', '=F(B3, $A$2, $A3, B$2, "B2", B3:B)'],
    ]);
  });

  it('clears contents but keeps formats', () => {
    const { sheet } = sheetWith([[1, 2]]);
    sheet.getRange('A1:B1').setNumberFormat('0.00');
    sheet.getRange('A1:B1').clearContent();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('shows display values for common formats', () => {
    const ss = createSpreadsheet({ locale: 'en_US', timeZone: 'Asia/Tokyo' });
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:F1').setValues([[0.4, 1234.5, 1234.5, true, new Date('2026-01-30T15:00:00Z'), 'x']]);
    sheet.getRange('A1').setNumberFormat('0%');
    sheet.getRange('B1').setNumberFormat('#,##0.00');
    sheet.getRange('E1').setNumberFormat('dd.MM.yyyy');
    // 2026-01-30T15:00Z is midnight of 31 January in Tokyo.
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([['40%', '1,234.50', '1234.5', 'TRUE', '31.01.2026', 'x']]);
    ss.setSpreadsheetLocale('ru_RU');
    sheet.getRange('E1').setNumberFormat('0.###############');
    expect(sheet.getRange('B1:E1').getDisplayValues()).toEqual([['1\u00a0234,50', '1234,5', 'TRUE', '31.01.2026']]);
  });
});

describe('Sheet contents', () => {
  it('knows its last row and column, formulas included', () => {
    const { sheet } = sheetWith([]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setValue('x');
    sheet.getRange('E2').setFormula('=F(1)');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E5');
    sheet.getRange('C5').setValue('');
    expect(sheet.getLastRow()).toBe(2);
  });

  it('gives A1 as the data range of an empty sheet', () => {
    expect(sheetWith([]).sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('appends rows below the last row with content, growing the grid', () => {
    const { sheet } = sheetWith([['Date', 'Client', 'Points']]);
    sheet.appendRow([new Date('2026-02-01T00:00:00Z'), 'Acme', 60]);
    sheet.appendRow(['', 'Beta', '70']);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getRange('A3:C3').getValues()).toEqual([['', 'Beta', 70]]);
    const full = sheetWith([]).sheet;
    full.getRange(1000, 1).setValue('last');
    full.appendRow(['beyond', 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
    expect([full.getLastRow(), full.getMaxRows(), full.getMaxColumns()]).toEqual([1001, 1001, 27]);
    expect(() => sheet.appendRow('x' as unknown as unknown[])).toThrow("don't match the method signature for SpreadsheetApp.Sheet.appendRow");
  });

  it('inserts rows after a position, moving what is below', () => {
    const { sheet } = sheetWith([[1], [2], [3]]);
    sheet.getRange('B3').setFormula('=F(A3)');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('B5').getFormula()).toBe('=F(A3)');
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('freezes rows and columns', () => {
    const { sheet } = sheetWith([]);
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  it('keeps column widths and formatting', () => {
    const { sheet } = sheetWith([['Client', 'a rather long client name here']]);
    sheet.setColumnWidth(1, 150);
    sheet.setColumnWidths(3, 2, 80);
    sheet.autoResizeColumns(2, 1);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3), sheet.getColumnWidth(4), sheet.getColumnWidth(5)]).toEqual([150, 80, 80, 100]);
    // 30 characters × 7 px + 12 px padding.
    expect(sheet.getColumnWidth(2)).toBe(222);
    const header = sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#eeeeee').setHorizontalAlignment('center');
    header.setNote('header');
    expect([header.getFontWeight(), header.getBackground(), header.getHorizontalAlignment(), header.getNote()]).toEqual([
      'bold',
      '#eeeeee',
      'center',
      'header',
    ]);
    expect(sheet.getRange('C1').getFontWeight()).toBe('normal');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
  });
});

describe('Data validation', () => {
  it('round-trips a list, a range and a checkbox rule', () => {
    const ss = createSpreadsheet({ sheets: ['Data', 'Lists'] });
    const app = hostServices(ss).SpreadsheetApp;
    const sheet = ss.getSheetByName('Data')!;
    const list = app.newDataValidation().requireValueInList(['Retail', 'Competency', 'SaaS'], true).setAllowInvalid(false).setHelpText('Pick a level').build();
    sheet.getRange('A2:A4').setDataValidation(list);
    const source = ss.getRange('Lists!A1:A3');
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireValueInRange(source, false).build());
    sheet.getRange('C2:C3').insertCheckboxes();

    const rules = sheet.getRange('A2:C2').getDataValidations()[0];
    expect(rules[0]!.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rules[0]!.getCriteriaValues()).toEqual([['Retail', 'Competency', 'SaaS'], true]);
    expect([rules[0]!.getAllowInvalid(), rules[0]!.getHelpText()]).toEqual([false, 'Pick a level']);
    expect(rules[1]!.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    const [range, dropdown] = rules[1]!.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect([range.getSheet().getName(), range.getA1Notation(), dropdown]).toEqual(['Lists', 'A1:A3', false]);
    expect(rules[2]!.getCriteriaType()).toBe('CHECKBOX');
    expect(sheet.getRange('C2:C3').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('D2').getDataValidation()).toBeNull();

    // A rule that rejects invalid input refuses the write, and nothing is written.
    expect(() => sheet.getRange('A2:A3').setValues([['SaaS'], ['Gold']])).toThrow(
      'The data you entered in cell A3 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('A2:A3').getValues()).toEqual([[''], ['']]);
    sheet.getRange('A2').setValue('SaaS');
    expect(sheet.getRange('A2').getValue()).toBe('SaaS');

    sheet.getRange('C2').check();
    expect([sheet.getRange('C2').isChecked(), sheet.getRange('C2:C3').isChecked()]).toEqual([true, null]);
    sheet.getRange('A2:A4').setDataValidation(null);
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
  });

  it('copies a rule into a builder', () => {
    const ss = createSpreadsheet();
    const app = hostServices(ss).SpreadsheetApp;
    const rule = app.newDataValidation().requireCheckbox('yes', 'no').build();
    const copy = rule.copy().setHelpText('tick').build();
    expect([copy.getCriteriaType(), copy.getCriteriaValues(), copy.getHelpText()]).toEqual(['CHECKBOX', ['yes', 'no'], 'tick']);
    expect(() => app.newDataValidation().build()).toThrow('needs a criterion');
  });
});

describe('Service-call counts', () => {
  it('counts every call by Class.method', () => {
    const { ss, sheet } = sheetWith([
      ['a', 1],
      ['b', 2],
    ]);
    const host = hostServices(ss);
    host.resetCounts();
    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 3, values.length, 1).setValues(values.map((row) => [Number(row[1]) * 2]));
    ss.getSheetByName('Data')!.appendRow(['c', 3, 6]);
    expect(host.counts()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.appendRow': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
    });
    // Chained calls are counted too.
    host.resetCounts();
    sheet.getRange('A1').setFontWeight('bold').setBackground('#fff');
    expect(host.counts()).toEqual({ 'Range.setBackground': 1, 'Range.setFontWeight': 1, 'Sheet.getRange': 1 });
  });

  it('names a method the fake lacks instead of failing with "is not a function"', () => {
    const { sheet } = sheetWith([]);
    expect(() => (sheet as unknown as { protect(): void }).protect()).toThrow('Sheet.protect is not implemented by the in-memory spreadsheet');
  });
});
