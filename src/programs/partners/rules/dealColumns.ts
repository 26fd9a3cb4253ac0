import { InputError } from '../../../kernel/errors';
import { headerKey } from '../../../kernel/values/text';
import { type Text, bi } from '../../../kernel/i18n';

/**
 * The columns of a deal-registration table, found by their headers in the
 * table's first row, in English or Russian, in any order. Other columns
 * (amount, comments, the status formula's own column…) are ignored.
 */
export type DealColumnKey = 'registered' | 'partner' | 'tier' | 'customer' | 'products' | 'taxId' | 'lastUpdate' | 'extensions' | 'outcome';

export interface DealColumn {
  readonly key: DealColumnKey;
  readonly required: boolean;
  /** How messages name the column. */
  readonly name: Text;
  /** Every accepted header; compared case-insensitively, ё as е, punctuation and spacing ignored. */
  readonly headers: readonly string[];
}

export const DEAL_COLUMNS: readonly DealColumn[] = [
  {
    key: 'registered',
    required: true,
    name: bi('Registered on', 'Дата регистрации'),
    headers: ['Registered on', 'Registered', 'Registration date', 'Date registered', 'Дата регистрации', 'Зарегистрирована', 'Дата регистрации сделки'],
  },
  { key: 'partner', required: true, name: bi('Partner', 'Партнёр'), headers: ['Partner', 'Партнёр', 'Партнер'] },
  { key: 'tier', required: true, name: bi('Tier', 'Статус партнёра'), headers: ['Tier', 'Partner tier', 'Статус партнёра', 'Партнёрский статус'] },
  { key: 'customer', required: true, name: bi('Customer', 'Заказчик'), headers: ['Customer', 'Client', 'Заказчик', 'Клиент'] },
  { key: 'products', required: true, name: bi('Products', 'Продукты'), headers: ['Products', 'Product', 'Продукты', 'Продукт'] },
  { key: 'taxId', required: false, name: bi('Tax ID', 'ИНН'), headers: ['Tax ID', 'TIN', 'INN', 'ИНН', 'ИНН заказчика', 'Customer tax ID'] },
  {
    key: 'lastUpdate',
    required: false,
    name: bi('Last update', 'Обновлено'),
    headers: ['Last update', 'Last updated', 'Updated', 'Updated on', 'Обновлено', 'Последнее обновление', 'Дата обновления'],
  },
  { key: 'extensions', required: false, name: bi('Extensions', 'Продления'), headers: ['Extensions', 'Продления', 'Продлений'] },
  { key: 'outcome', required: false, name: bi('Outcome', 'Итог'), headers: ['Outcome', 'Result', 'Итог', 'Результат'] },
];

const BY_HEADER = new Map<string, DealColumn>();
for (const column of DEAL_COLUMNS) for (const header of column.headers) BY_HEADER.set(headerKey(header), column);

/** Column index (0-based) of every column found; required ones are always present. */
export type DealColumnIndex = Record<DealColumnKey, number | undefined>;

/**
 * Finds the columns by the headers in the first row. A required column that
 * is missing, or a column given twice, is an error naming it.
 */
export function locateColumns(headers: readonly unknown[]): DealColumnIndex {
  const found = Object.fromEntries(DEAL_COLUMNS.map((c) => [c.key, undefined])) as DealColumnIndex;
  headers.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const column = BY_HEADER.get(headerKey(cell));
    if (!column) return;
    const earlier = found[column.key];
    if (earlier !== undefined) {
      throw new InputError(
        bi(
          `has two ${column.name.en} columns (${earlier + 1} and ${index + 1}); keep one`,
          `два столбца «${column.name.ru}» (${earlier + 1} и ${index + 1}); оставьте один`,
        ),
      );
    }
    found[column.key] = index;
  });
  const missing = DEAL_COLUMNS.filter((c) => c.required && found[c.key] === undefined);
  if (missing.length) {
    const en = missing.map((c) => `"${c.name.en}" (or "${c.name.ru}")`).join(', ');
    const ru = missing.map((c) => `«${c.name.ru}» (или «${c.name.en}»)`).join(', ');
    const plural = missing.length > 1;
    throw new InputError(
      bi(
        `has no ${en} column${plural ? 's' : ''}: the first row of the range must hold ${plural ? 'these headers' : 'this header'}`,
        `нет ${plural ? 'столбцов' : 'столбца'} ${ru}: ${plural ? 'эти заголовки должны' : 'этот заголовок должен'} быть в первой строке диапазона`,
      ),
    );
  }
  return found;
}
