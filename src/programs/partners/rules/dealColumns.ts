import { InputError } from '../../../kernel/errors';
import { headerKey } from '../../../kernel/values/text';
import { everyForm, perLang, quote, t, type Text } from '../../../kernel/i18n';

/**
 * The columns of a deal-registration table, found by their headers in the
 * table's first row, in English, Russian or Greek, in any order. Other columns
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
    name: t`Registered on`,
    headers: ['Registered on', 'Registered', 'Registration date', 'Date registered', 'Дата регистрации', 'Зарегистрирована', 'Дата регистрации сделки'],
  },
  { key: 'partner', required: true, name: t`Partner`, headers: ['Partner', 'Партнёр', 'Партнер'] },
  { key: 'tier', required: true, name: t.in('deal')`Tier`, headers: ['Tier', 'Partner tier', 'Статус партнёра', 'Партнёрский статус'] },
  { key: 'customer', required: true, name: t`Customer`, headers: ['Customer', 'Client', 'Заказчик', 'Клиент'] },
  { key: 'products', required: true, name: t`Products`, headers: ['Products', 'Product', 'Продукты', 'Продукт'] },
  { key: 'taxId', required: false, name: t`Tax ID`, headers: ['Tax ID', 'TIN', 'INN', 'ИНН', 'ИНН заказчика', 'Customer tax ID'] },
  {
    key: 'lastUpdate',
    required: false,
    name: t`Last update`,
    headers: ['Last update', 'Last updated', 'Updated', 'Updated on', 'Обновлено', 'Последнее обновление', 'Дата обновления'],
  },
  { key: 'extensions', required: false, name: t`Extensions`, headers: ['Extensions', 'Продления', 'Продлений'] },
  { key: 'outcome', required: false, name: t`Outcome`, headers: ['Outcome', 'Result', 'Итог', 'Результат'] },
];

const BY_HEADER = new Map<string, DealColumn>();
// Its name in every language, then the other spellings read as it.
for (const column of DEAL_COLUMNS) for (const header of [...everyForm(column.name), ...column.headers]) BY_HEADER.set(headerKey(header), column);

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
      throw new InputError(t`has two ${column.name} columns (${earlier + 1} and ${index + 1}); keep one`);
    }
    found[column.key] = index;
  });
  const missing = DEAL_COLUMNS.filter((c) => c.required && found[c.key] === undefined);
  if (missing.length) {
    // Each header in the language of the message, and its other spellings after it: `"Tier" (or "Статус партнёра")`.
    const named = perLang((lang) =>
      missing
        .map((c) => {
          const others = everyForm(c.name).filter((form) => form !== c.name[lang]);
          const own = quote(c.name[lang])[lang];
          return others.length ? t`${own} (or ${others.map((form) => quote(form)[lang]).join(', ')})`[lang] : own;
        })
        .join(', '),
    );
    throw new InputError(
      missing.length > 1
        ? t`has no ${named} columns: the first row of the range must hold these headers`
        : t`has no ${named} column: the first row of the range must hold this header`,
    );
  }
  return found;
}
