/**
 * Typing into a cell of the preview grid, as a user types into Sheets:
 * numbers become numbers (`1,250.5` in English locales, `1250,5` in Russian,
 * `15%`), `TRUE`/`FALSE` booleans, `2026-01-31`, `31.01.2026` or slashes in the
 * locale's order (`01/31/2026` en_US, `31/01/2026` en_GB, ru_RU; optionally
 * with `14:30`) a Date at that wall-clock time in the spreadsheet's zone,
 * `=…` a formula, a leading `'` keeps the rest as text, and a cell formatted
 * as plain text (`@`) keeps whatever is typed as text.
 *
 * And the reverse: the text the editor starts with for a stored value.
 */
import { decimalComma } from '../memory/locale';
import { wallClock } from '../memory/utilities';
import { type CellValue, interpretWritten, isDate } from '../memory/values';

export interface CellSettings {
  locale: string;
  timeZone: string;
  /** The cell's number format, if any. */
  numberFormat?: string;
}

export type Typed = { value: CellValue } | { formula: string };

/** What typing `text` into a cell stores: the in-memory spreadsheet's model of Sheets reading typed input. */
export function parseTyped(text: string, settings: CellSettings): Typed {
  if (text === '') return { value: '' };
  // Typed by hand, a leading apostrophe is the "keep as text" mark whatever the cell's format.
  if (text.startsWith("'")) return { value: text.slice(1) };
  return interpretWritten(text, settings.locale, settings.numberFormat, settings.timeZone);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text a user would type to get this value back (the editor's starting text). */
export function editText(value: CellValue, settings: CellSettings): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const percent = !!settings.numberFormat && /%/.test(settings.numberFormat.replace(/"[^"]*"/g, ''));
    const text = String(Number((percent ? value * 100 : value).toPrecision(15)));
    return `${decimalComma(settings.locale) ? text.replace('.', ',') : text}${percent ? '%' : ''}`;
  }
  if (isDate(value)) {
    const w = wallClock(value.getTime(), settings.timeZone);
    const day = decimalComma(settings.locale) ? `${pad(w.day)}.${pad(w.month)}.${w.year}` : `${w.year}-${pad(w.month)}-${pad(w.day)}`;
    if (w.hour === 0 && w.minute === 0 && w.second === 0) return day;
    return `${day} ${pad(w.hour)}:${pad(w.minute)}${w.second ? `:${pad(w.second)}` : ''}`;
  }
  // Text that would be read as something else when typed back gets the quote Sheets shows.
  const again = parseTyped(value, settings);
  return 'value' in again && again.value === value ? value : `'${value}`;
}
