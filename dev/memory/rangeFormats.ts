/**
 * The formats of a Range (range.ts): number formats (which getDisplayValues
 * and the reading of typed text use), then fonts, colours, alignment, wrap and
 * notes, stored as given, whose getters return what was set (or Sheets'
 * default); nothing is drawn.
 */
import { checkGrid, signatureError } from './args';
import { DEFAULT_NUMBER_FORMAT } from './display';
import type { Attr } from './model';
import { RangeValidation } from './rangeValidation';

const STYLE_DEFAULTS: Partial<Record<Attr, unknown>> = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  note: '',
};

export class RangeFormats extends RangeValidation {
  // ---- number formats ----

  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.sheet.attr<string>('numberFormat', r, c) ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    return this.sheet.attr<string>('numberFormat', this.rect.row, this.rect.col) ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormat(numberFormat: unknown): this {
    if (typeof numberFormat !== 'string') throw signatureError([numberFormat], 'SpreadsheetApp.Range.setNumberFormat');
    this.each((r, c) => this.sheet.setAttr('numberFormat', r, c, numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: unknown): this {
    const data = checkGrid(numberFormats, this.rect.numRows, this.rect.numCols, 'SpreadsheetApp.Range.setNumberFormats');
    for (const row of data) for (const f of row) if (typeof f !== 'string') throw signatureError([numberFormats], 'SpreadsheetApp.Range.setNumberFormats');
    this.each((r, c, i, j) => this.sheet.setAttr('numberFormat', r, c, data[i][j]));
    return this;
  }

  // ---- formatting (stored; getters return what was set) ----

  private setStyle(attr: Attr, value: unknown): this {
    this.each((r, c) => this.sheet.setAttr(attr, r, c, value));
    return this;
  }

  private setStyles(attr: Attr, values: unknown, method: string): this {
    const data = checkGrid(values, this.rect.numRows, this.rect.numCols, `SpreadsheetApp.Range.${method}`);
    this.each((r, c, i, j) => this.sheet.setAttr(attr, r, c, data[i][j]));
    return this;
  }

  private style<T>(attr: Attr): T {
    return (this.sheet.attr<T>(attr, this.rect.row, this.rect.col) ?? STYLE_DEFAULTS[attr]) as T;
  }

  private styles<T>(attr: Attr): T[][] {
    return this.grid((r, c) => (this.sheet.attr<T>(attr, r, c) ?? STYLE_DEFAULTS[attr]) as T);
  }

  setFontWeight(fontWeight: string | null): this {
    return this.setStyle('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown): this {
    return this.setStyles('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontWeight(): string {
    return this.style('fontWeight');
  }
  getFontWeights(): string[][] {
    return this.styles('fontWeight');
  }
  setFontStyle(fontStyle: string | null): this {
    return this.setStyle('fontStyle', fontStyle);
  }
  getFontStyle(): string {
    return this.style('fontStyle');
  }
  setFontColor(color: string | null): this {
    return this.setStyle('fontColor', color);
  }
  getFontColor(): string {
    return this.style('fontColor');
  }
  setFontSize(size: number): this {
    return this.setStyle('fontSize', size);
  }
  getFontSize(): number {
    return this.style('fontSize');
  }
  setFontFamily(family: string | null): this {
    return this.setStyle('fontFamily', family);
  }
  getFontFamily(): string {
    return this.style('fontFamily');
  }
  setBackground(color: string | null): this {
    return this.setStyle('background', color);
  }
  setBackgrounds(colors: unknown): this {
    return this.setStyles('background', colors, 'setBackgrounds');
  }
  getBackground(): string {
    return this.style('background');
  }
  getBackgrounds(): string[][] {
    return this.styles('background');
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setStyle('horizontalAlignment', alignment);
  }
  getHorizontalAlignment(): string {
    return this.style('horizontalAlignment');
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setStyle('verticalAlignment', alignment);
  }
  getVerticalAlignment(): string {
    return this.style('verticalAlignment');
  }
  setWrap(wrap: boolean): this {
    return this.setStyle('wrap', !!wrap);
  }
  getWrap(): boolean {
    return this.style('wrap');
  }
  setNote(note: string | null): this {
    return this.setStyle('note', note === null || note === '' ? null : String(note));
  }
  setNotes(notes: unknown): this {
    return this.setStyles('note', notes, 'setNotes');
  }
  getNote(): string {
    return this.style('note');
  }
  getNotes(): string[][] {
    return this.styles('note');
  }
  clearNote(): this {
    return this.setStyle('note', null);
  }
}
