import type { Lang } from '../i18n';
import { type FormSheet, type Refs, type SheetTemplate, type TableSheet, columnIndex, columnLetter, sideColumn } from './layout';

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function refsFor(lang: Lang, current: SheetTemplate): Refs {
  const prefix = (sheet: SheetTemplate, from: SheetTemplate = current) => (sheet === from ? '' : `${quoted(sheet.name[lang])}!`);
  return {
    lang,
    column(sheet: TableSheet, key: string, options = {}) {
      const letter = columnLetter(columnIndex(sheet, key));
      return `${prefix(sheet, options.from)}${letter}${options.startRow ?? 2}:${letter}${options.endRow ?? ''}`;
    },
    columns(sheet: TableSheet, first: string, last: string, options = {}) {
      const a = columnLetter(columnIndex(sheet, first));
      const b = columnLetter(columnIndex(sheet, last));
      return `${prefix(sheet, options.from)}${a}${options.startRow ?? 2}:${b}`;
    },
    side(sheet: TableSheet, key: string, options = {}) {
      return `${prefix(sheet, options.from)}$${columnLetter(sideColumn(sheet, key))}$2`;
    },
    field(sheet: FormSheet, key: string) {
      const row = sheet.fields.findIndex((f) => f.key === key);
      if (row < 0) throw new Error(`${sheet.key} has no field ${key}`);
      return `${prefix(sheet)}$B$${row + 1}`;
    },
  };
}
