/**
 * Data validation: SpreadsheetApp.newDataValidation() builders, the built
 * rules, and the check a write must pass when a rule rejects invalid input
 * (setAllowInvalid(false)), as Apps Script refuses such writes.
 */
import { ServiceError } from './errors';
import type { Book, RangeRef, ValidationRule } from './model';
import { rangeFromRef } from './range';
import { type Execution, expose, unwrap } from './runtime';
import { type CellValue, isBlank, isDate } from './values';

export const DATA_VALIDATION_CRITERIA = Object.freeze(
  Object.fromEntries(
    [
      'DATE_AFTER',
      'DATE_BEFORE',
      'DATE_BETWEEN',
      'DATE_EQUAL_TO',
      'DATE_IS_VALID_DATE',
      'DATE_NOT_BETWEEN',
      'DATE_ON_OR_AFTER',
      'DATE_ON_OR_BEFORE',
      'NUMBER_BETWEEN',
      'NUMBER_EQUAL_TO',
      'NUMBER_GREATER_THAN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'NUMBER_LESS_THAN',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      'NUMBER_NOT_BETWEEN',
      'NUMBER_NOT_EQUAL_TO',
      'TEXT_CONTAINS',
      'TEXT_DOES_NOT_CONTAIN',
      'TEXT_EQUAL_TO',
      'TEXT_IS_VALID_EMAIL',
      'TEXT_IS_VALID_URL',
      'VALUE_IN_LIST',
      'VALUE_IN_RANGE',
      'CUSTOM_FORMULA',
      'CHECKBOX',
    ].map((name) => [name, name]),
  ),
) as Record<string, string>;

/** What a Range view exposes for requireValueInRange (read off the view without a counted call). */
export interface RangeLike {
  toRef(): RangeRef;
}

class MemoryDataValidation {
  constructor(
    private readonly exec: Execution,
    readonly rule: ValidationRule,
  ) {}

  getCriteriaType(): string {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    const values = [...this.rule.values];
    if (this.rule.criteria === 'VALUE_IN_RANGE') values[0] = rangeFromRef(this.exec, values[0] as RangeRef);
    if (this.rule.criteria === 'VALUE_IN_LIST') values[0] = [...(values[0] as string[])];
    return values;
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string {
    return this.rule.helpText;
  }

  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return builderView(this.exec, { ...this.rule, values: [...this.rule.values] });
  }
}

interface Draft {
  criteria?: string;
  values: readonly unknown[];
  allowInvalid: boolean;
  helpText: string;
}

class MemoryDataValidationBuilder {
  constructor(
    private readonly exec: Execution,
    private draft: Draft,
  ) {}

  private set(criteria: string, values: unknown[]): this {
    this.draft = { ...this.draft, criteria, values };
    return this;
  }

  requireValueInList(values: unknown, showDropdown = true): this {
    if (!Array.isArray(values))
      throw new ServiceError(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.`);
    return this.set('VALUE_IN_LIST', [values.map((v) => String(v)), !!showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): this {
    const target = unwrap(range) as unknown as Partial<RangeLike>;
    if (!target || typeof target.toRef !== 'function')
      throw new ServiceError("The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInRange.");
    return this.set('VALUE_IN_RANGE', [target.toRef(), !!showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', values);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this.set(String(criteria), Array.isArray(args) ? [...args] : []);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.draft = { ...this.draft, allowInvalid: !!allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): this {
    this.draft = { ...this.draft, helpText: String(helpText) };
    return this;
  }

  getCriteriaType(): string | undefined {
    return this.draft.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.draft.values];
  }
  getAllowInvalid(): boolean {
    return this.draft.allowInvalid;
  }
  getHelpText(): string | null {
    return this.draft.helpText || null;
  }

  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return builderView(this.exec, { ...this.draft });
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    const { criteria, values, allowInvalid, helpText } = this.draft;
    if (!criteria) throw new ServiceError('A data validation rule needs a criterion (requireValueInList, requireCheckbox…) before build().');
    return validationView(this.exec, { criteria, values: [...values], allowInvalid, helpText });
  }
}

export function builderView(
  exec: Execution,
  draft: Draft = { values: [], allowInvalid: true, helpText: '' },
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return expose(new MemoryDataValidationBuilder(exec, draft), 'DataValidationBuilder', exec) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

export function validationView(exec: Execution, rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  return expose(new MemoryDataValidation(exec, rule), 'DataValidation', exec) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

/** The stored rule behind a DataValidation given to setDataValidation(s); null clears. */
export function ruleOf(validation: unknown): ValidationRule | null {
  if (validation === null || validation === undefined) return null;
  const target = unwrap(validation) as Partial<MemoryDataValidation>;
  if (!target?.rule) throw new ServiceError("The parameters don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
  return target.rule;
}

/** Whether writing `value` breaks a rule that rejects invalid data. */
export function violates(rule: ValidationRule, value: CellValue, book: Book): boolean {
  if (rule.allowInvalid || isBlank(value)) return false;
  const v = rule.values;
  const text = isDate(value) ? value.toISOString() : String(value);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return !(v[0] as string[]).includes(text);
    case 'VALUE_IN_RANGE': {
      const ref = v[0] as RangeRef;
      const sheet = book.sheetById(ref.sheetId);
      if (!sheet) return false;
      for (let r = ref.row; r < ref.row + ref.numRows; r++) {
        for (let c = ref.col; c < ref.col + ref.numCols; c++) if (String(sheet.value(r, c)) === text) return false;
      }
      return true;
    }
    case 'CHECKBOX':
      if (v.length === 0) return typeof value !== 'boolean';
      return !v.some((allowed) => String(allowed) === text);
    case 'NUMBER_BETWEEN':
      return typeof value !== 'number' || value < Number(v[0]) || value > Number(v[1]);
    case 'NUMBER_GREATER_THAN':
      return typeof value !== 'number' || !(value > Number(v[0]));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value !== 'number' || !(value >= Number(v[0]));
    case 'NUMBER_LESS_THAN':
      return typeof value !== 'number' || !(value < Number(v[0]));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return typeof value !== 'number' || !(value <= Number(v[0]));
    case 'DATE_IS_VALID_DATE':
      return !isDate(value);
    default:
      return false;
  }
}
