import type { Lang } from '../../kernel/i18n';
import type { CallContext } from '../../kernel/functions/context';
import { type Reader, flag } from '../../kernel/functions/readers';
import { readCell } from '../../kernel/sheets/cellProblem';
import { columnValue, readTable } from '../../kernel/sheets/table';
import { isEmpty } from '../../kernel/functions/cells';
import { certifiedStaff, events, levelCell, reviewsShare } from './readers';
import type { LevelsData, LevelsPartner } from './rules/whatIf';
import { LEVELS } from './template';

/*
 * The program's one reader of its sheet: the Partner levels sheet in one
 * getValues, its columns found by header (in any language, in any order),
 * each cell read by the readers LEVEL_DISCOUNT uses. A row without a level is
 * skipped, as the formula leaves it empty; a cell the formula could not read
 * refuses the call, naming the sheet, row and column.
 */
export function readLevelsSheet(lang: Lang, ctx: CallContext): LevelsData {
  const table = readTable(LEVELS, lang, ['partner', 'level']);
  const partners: LevelsPartner[] = [];
  table.rows.forEach((row, index) => {
    if (isEmpty(columnValue(table, row, 'level'))) return;
    const read = <T>(key: string, reader: Reader<T>): T => readCell(table, row, index, key, reader, ctx, lang);
    const name = columnValue(table, row, 'partner');
    partners.push({
      partner: typeof name === 'string' ? name.trim() : typeof name === 'number' ? String(name) : '',
      row: index + 2,
      level: read('level', levelCell),
      inputs: {
        reviewsShare: read('reviewsSales', reviewsShare),
        planMet: read('plan', flag),
        certifiedStaff: read('certified', certifiedStaff),
        events: read('event', events),
      },
    });
  });
  return { partners };
}
