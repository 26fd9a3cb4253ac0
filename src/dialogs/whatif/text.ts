import type { Lang } from '../../app/api';
import { pluralRu } from '../../kernel/i18n';
import { formatAmount } from '../../kernel/values/numbers';

/** The What if… dialog's own words; everything about the program comes worded from the server. */
export const TEXT = {
  en: {
    loading: 'Loading…',
    program: 'Program',
    rules: 'Rules',
    from: (sheet: string) => `The "${sheet}" sheet as it is now. Change any cell, add or remove rows, then Compare; nothing is written until Apply.`,
    row: 'Row',
    addRow: 'Add row',
    removeRow: (row: number) => `Remove row ${row}`,
    cell: (header: string, row: number) => `${header || 'Column'}, row ${row}`,
    header: (column: number) => `Header of column ${column}`,
    formula: 'Computed by a formula on the sheet: a change here replaces the formula.',
    compare: 'Compare',
    apply: 'Apply',
    reload: 'Reload from sheet',
    close: 'Close',
    summary: (changed: number, rows: number) =>
      changed === 0
        ? `No result changes (${formatAmount(rows, 'en')} ${rows === 1 ? 'row' : 'rows'} computed).`
        : `The result changes in ${formatAmount(changed, 'en')} of ${formatAmount(rows, 'en')} ${rows === 1 ? 'row' : 'rows'}.`,
    changed: 'Rows that change',
    name: 'Name',
    before: 'Before',
    after: 'After',
    more: (n: number) => `…and ${formatAmount(n, 'en')} more ${n === 1 ? 'row' : 'rows'}.`,
    totals: 'Totals',
    total: 'Total',
    outdated: 'The table was edited after this comparison: Compare again to apply it.',
    stale: 'The rules sheet changed after this table was read from it, so Apply would refuse: reload from the sheet first.',
    nothingToApply: 'The table is as the sheet holds it: edit it to compare a change.',
  },
  ru: {
    loading: 'Загрузка…',
    program: 'Программа',
    rules: 'Правила',
    from: (sheet: string) =>
      `Лист «${sheet}» в его нынешнем виде. Измените любые ячейки, добавьте или удалите строки и нажмите «Сравнить»; до «Применить» ничего не записывается.`,
    row: 'Строка',
    addRow: 'Добавить строку',
    removeRow: (row: number) => `Удалить строку ${row}`,
    cell: (header: string, row: number) => `${header || 'Столбец'}, строка ${row}`,
    header: (column: number) => `Заголовок столбца ${column}`,
    formula: 'Значение считает формула на листе: изменение здесь заменит формулу.',
    compare: 'Сравнить',
    apply: 'Применить',
    reload: 'Загрузить с листа',
    close: 'Закрыть',
    summary: (changed: number, rows: number) =>
      changed === 0
        ? `Ни один результат не меняется (посчитано строк: ${formatAmount(rows, 'ru')}).`
        : `Результат меняется в ${formatAmount(changed, 'ru')} ${pluralRu(changed, 'строке', 'строках', 'строках')} из ${formatAmount(rows, 'ru')}.`,
    changed: 'Строки, которые меняются',
    name: 'Название',
    before: 'Было',
    after: 'Станет',
    more: (n: number) => `…и ещё ${formatAmount(n, 'ru')} ${pluralRu(n, 'строка', 'строки', 'строк')}.`,
    totals: 'Итоги',
    total: 'Итог',
    outdated: 'Таблицу изменили после сравнения: сравните ещё раз, чтобы её применить.',
    stale: 'Лист с правилами изменился после того, как таблица была прочитана, и «Применить» откажет: сначала загрузите таблицу с листа.',
    nothingToApply: 'Таблица такая же, как на листе: измените её, чтобы сравнить.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Words = (typeof TEXT)['en'];
