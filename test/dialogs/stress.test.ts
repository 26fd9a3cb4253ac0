/**
 * Stress (SPEC §11): many dialog writes in a Russian spreadsheet with long
 * Cyrillic names, each call sent twice with the same request id (a double
 * click, or a retry after a lost answer). Every call succeeds, each row is
 * written exactly once, and no store grows outside the sheets: document
 * properties stay empty (the in-memory spreadsheet counts their size in
 * bytes, as Apps Script does: 9 KB per value, 500 KB in all).
 *
 * Not a timed test: the run time is measured by hand (see the report of
 * issue 10); the limits below only stop a hung run.
 */
import { describe, expect, it } from 'vitest';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { CONTEST_LOG, INVOICES } from '../../src/programs/growth/template';
import { DEALS, PARTNERS } from '../../src/programs/partners/template';
import { midnight } from '../helpers/days';

/** Cyrillic letters without ё (names match with ё read as е). */
const LETTERS = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** A 200-character Cyrillic name, told apart from the others by its last three letters (k < 32³). */
function longName(stem: string, k: number): string {
  const tag = [Math.floor(k / 32 / 32) % 32, Math.floor(k / 32) % 32, k % 32].map((d) => LETTERS[d]).join('');
  const body = `${stem} `.repeat(Math.ceil(200 / (stem.length + 1))).slice(0, 196);
  const name = `${body} ${tag}`;
  expect(name).toHaveLength(200);
  return name;
}

function russianWorkbook(template: 'insertPartnerTemplate' | 'insertGrowthTemplate') {
  const spreadsheet = createSpreadsheet({ locale: 'ru_RU', timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet, userLocale: 'ru' });
  expect(addon.call(template)).toMatchObject({ ok: true });
  return { spreadsheet, addon };
}

/** Every call twice with one id, one after the other: both succeed, the second is the first's answer. */
function twice(addon: Addon, name: string, request: { requestId: string }): any {
  const first = addon.call(name, request);
  const second = addon.call(name, request);
  expect(first.ok, JSON.stringify(first)).toBe(true);
  return { first, second };
}

describe('stress: request ids in the rows of a Russian spreadsheet', () => {
  it('500 deal registrations with 200-character names, each sent twice: 500 rows, each once, every call a success', () => {
    const { spreadsheet, addon } = russianWorkbook('insertPartnerTemplate');
    // Four authorised partners with long names: Silver, Gold, Bronze, White by their rows (SPEC §5 table).
    const partners = [0, 1, 2, 3].map((k) => longName('Партнёр Интеграция Сибирь', k));
    const partnerSheet = spreadsheet.getSheetByName(PARTNERS.name.ru)!;
    partnerSheet.getRange(2, 1, partnerSheet.getLastRow(), 7).clearContent();
    partnerSheet.getRange(2, 1, 4, 7).setValues([
      [partners[0], true, 620000, true, 'ежеквартально', false, false],
      [partners[1], true, 5400000, true, 'ежеквартально', true, false],
      [partners[2], true, 380000, false, 'нет', false, false],
      [partners[3], true, 0, false, 'нет', false, false],
    ]);
    const deals = spreadsheet.getSheetByName(DEALS.name.ru)!;
    deals.getRange(2, 1, deals.getLastRow(), 12).clearContent();

    const customers = Array.from({ length: 500 }, (_, i) => longName('Общество с ограниченной ответственностью Ромашка Строй', i));
    for (let i = 0; i < 500; i++) {
      const request = { partner: partners[i % 4], customer: customers[i], products: 'DLP; Архив', taxId: '', requestId: `рег-${i}` };
      const { first, second } = twice(addon, 'registerDeal', request);
      expect(first).toMatchObject({ repeated: false, row: i + 2 });
      expect(second).toEqual({ ...first, repeated: true });
    }

    const rows = deals.getRange(2, 1, deals.getLastRow() - 1, 12).getValues();
    expect(rows).toHaveLength(500);
    expect(rows.map((r) => r[3])).toEqual(customers);
    expect(rows.map((r) => r[10])).toEqual(customers.map((_, i) => `рег-${i}`));
    expect(rows.every((r) => r[11] === 'manager@example.com')).toBe(true);
    expect(addon.book.documentProperties.size).toBe(0);
    expect(addon.lockStats().leaked).toBe(0);
  }, 300_000);

  it('a contest record per month for 120 months, each sent twice: 120 log rows, each once', () => {
    const { spreadsheet, addon } = russianWorkbook('insertGrowthTemplate');
    // Three partners; in month m partner m mod 3 doubles its invoice (+100%), the others stay or fall back,
    // so m mod 3 wins month m; the winner of month m − 1 receives the leads and is left out anyway.
    const partners = [0, 1, 2].map((k) => longName('Облачная бухгалтерия Урал Сервис', k));
    const months = Array.from({ length: 121 }, (_, m) => {
      const year = 2015 + Math.floor(m / 12);
      const month = (m % 12) + 1;
      return { iso: `${year}-${String(month).padStart(2, '0')}`, day: midnight(`${year}-${String(month).padStart(2, '0')}-01`) };
    });
    const invoices = months.flatMap((month, m) => partners.map((partner, k) => [partner, month.day, k === m % 3 ? 2000 : 1000, 0]));
    const invoiceSheet = spreadsheet.getSheetByName(INVOICES.name.ru)!;
    invoiceSheet.getRange(2, 1, invoiceSheet.getLastRow(), 4).clearContent();
    invoiceSheet.insertRowsAfter(invoiceSheet.getMaxRows(), invoices.length);
    invoiceSheet.getRange(2, 1, invoices.length, 4).setValues(invoices);
    const log = spreadsheet.getSheetByName(CONTEST_LOG.name.ru)!;
    log.getRange(2, 1, log.getLastRow(), 12).clearContent();

    for (let m = 1; m <= 120; m++) {
      const request = { month: months[m].iso, partner: partners[m % 3], action: 'winner', requestId: `конкурс-${m}` };
      const { first, second } = twice(addon, 'recordContestResult', request);
      expect(first.row).toMatchObject({ place: 1, partner: partners[m % 3], result: 'winner', leadsTo: partners[m % 3] });
      expect(second).toEqual(first);
    }

    const rows = log.getRange(2, 1, log.getLastRow() - 1, 12).getValues();
    expect(rows).toHaveLength(120);
    expect(rows.map((r) => [r[2], r[5], r[11]])).toEqual(Array.from({ length: 120 }, (_, i) => [partners[(i + 1) % 3], 'победитель', `конкурс-${i + 1}`]));
    expect(addon.book.documentProperties.size).toBe(0);
  }, 300_000);
});
