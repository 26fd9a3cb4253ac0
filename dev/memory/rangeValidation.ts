/**
 * The data validations and checkboxes of a Range (range.ts): rules stored per
 * cell, and a checkbox as Sheets has it, a CHECKBOX rule whose checked and
 * unchecked values (TRUE/FALSE unless given) are what check()/uncheck() write.
 */
import { checkGrid } from './args';
import type { ValidationRule } from './model';
import { RangeValues } from './rangeValues';
import { ruleOf, validationView } from './validation';
import type { CellValue } from './values';

export class RangeValidation extends RangeValues {
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.grid((r, c) => {
      const rule = this.sheet.attr<ValidationRule>('validation', r, c);
      return rule ? validationView(this.exec, rule) : null;
    });
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = this.sheet.attr<ValidationRule>('validation', this.rect.row, this.rect.col);
    return rule ? validationView(this.exec, rule) : null;
  }

  setDataValidation(rule: unknown): this {
    const stored = ruleOf(rule);
    this.each((r, c) => this.sheet.setAttr('validation', r, c, stored));
    return this;
  }

  setDataValidations(rules: unknown): this {
    const data = checkGrid(rules, this.rect.numRows, this.rect.numCols, 'SpreadsheetApp.Range.setDataValidations');
    const stored = data.map((row) => row.map(ruleOf));
    this.each((r, c, i, j) => this.sheet.setAttr('validation', r, c, stored[i][j]));
    return this;
  }

  clearDataValidations(): this {
    this.each((r, c) => this.sheet.setAttr('validation', r, c, null));
    return this;
  }

  /** Checkbox validation on every cell, and every cell set to unchecked (FALSE, or the given unchecked value). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const rule: ValidationRule = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: '' };
    const unchecked: CellValue = values.length === 0 ? false : values.length === 2 ? (values[1] as CellValue) : '';
    this.each((r, c) => {
      this.sheet.setAttr('validation', r, c, rule);
      this.sheet.writeValue(r, c, unchecked);
    });
    return this;
  }

  removeCheckboxes(): this {
    this.each((r, c) => {
      if (this.sheet.attr<ValidationRule>('validation', r, c)?.criteria !== 'CHECKBOX') return;
      this.sheet.setAttr('validation', r, c, null);
      this.sheet.writeValue(r, c, '');
    });
    return this;
  }

  private checkboxValue(r: number, c: number, checked: boolean): CellValue | undefined {
    const rule = this.sheet.attr<ValidationRule>('validation', r, c);
    if (rule?.criteria !== 'CHECKBOX') return undefined;
    if (rule.values.length === 0) return checked;
    return checked ? (rule.values[0] as CellValue) : ((rule.values[1] as CellValue | undefined) ?? '');
  }

  check(): this {
    this.each((r, c) => {
      const v = this.checkboxValue(r, c, true);
      if (v !== undefined) this.sheet.writeValue(r, c, v);
    });
    return this;
  }

  uncheck(): this {
    this.each((r, c) => {
      const v = this.checkboxValue(r, c, false);
      if (v !== undefined) this.sheet.writeValue(r, c, v);
    });
    return this;
  }

  /** true when every cell is a checked checkbox, false when every one is unchecked, null otherwise. */
  isChecked(): boolean | null {
    this.fresh();
    const states = new Set<string>();
    this.each((r, c) => {
      const checked = this.checkboxValue(r, c, true);
      if (checked === undefined) states.add('none');
      else states.add(String(this.sheet.value(r, c)) === String(checked) ? 'on' : 'off');
    });
    if (states.size !== 1 || states.has('none')) return null;
    return states.has('on');
  }
}
