import { describe, expect, it } from 'vitest';
import { locateColumns } from '../../../src/programs/partners/rules/dealColumns';
import { InputError } from '../../../src/kernel/errors';

describe('locateColumns', () => {
  it('finds the English headers in any order; optional columns may be missing', () => {
    expect(locateColumns(['Products', 'Customer', 'Comment', 'Tier', 'Partner', 'Registered on'])).toEqual({
      registered: 5,
      partner: 4,
      tier: 3,
      customer: 1,
      products: 0,
      taxId: undefined,
      lastUpdate: undefined,
      extensions: undefined,
      outcome: undefined,
    });
  });
  it('finds the Russian headers, Партнёр or Партнер, any case and spacing', () => {
    expect(locateColumns(['ИНН', 'Итог', 'дата  регистрации', 'Партнер', 'Статус партнера', 'ЗАКАЗЧИК', 'Продукты', 'Обновлено', 'Продления'])).toEqual({
      registered: 2,
      partner: 3,
      tier: 4,
      customer: 5,
      products: 6,
      taxId: 0,
      lastUpdate: 7,
      extensions: 8,
      outcome: 1,
    });
    expect(locateColumns(['Дата регистрации', 'Партнёр', 'Статус партнёра', 'Заказчик', 'Продукты']).partner).toBe(1);
  });
  it('reads headers with a trailing colon or an asterisk', () => {
    expect(locateColumns(['Registered on:', 'Partner*', 'Tier', 'Customer', 'Products', 'Tax ID']).taxId).toBe(5);
  });
  it('names every missing required header', () => {
    const call = () => locateColumns(['Registered on', 'Partner', 'Tier', 'Amount', 42]);
    expect(call).toThrow(InputError);
    expect(call).toThrow('has no "Customer" (or "Заказчик", "Πελάτης"), "Products" (or "Продукты", "Προϊόντα") columns');
    try {
      call();
    } catch (error) {
      expect((error as InputError).text.ru).toContain('нет столбцов «Заказчик» (или «Customer», «Πελάτης»), «Продукты» (или «Products», «Προϊόντα»)');
    }
    expect(() => locateColumns([])).toThrow('"Registered on" (or "Дата регистрации", "Ημερομηνία καταχώρισης")');
  });
  it('refuses a column given twice', () => {
    expect(() => locateColumns(['Registered on', 'Partner', 'Партнёр', 'Tier', 'Customer', 'Products'])).toThrow('has two Partner columns (2 and 3)');
  });
});
