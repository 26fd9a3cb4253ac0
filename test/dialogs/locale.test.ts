/**
 * The dialogs read what a manager types by the spreadsheet locale, as the
 * formulas do (SPEC §2.4): the expected amount of a deal registration,
 * through dist/Code.js on the in-memory spreadsheet with the partner template.
 * The Deals sheet's seven sample rows fill rows 2–8, so a new registration is
 * row 9; Expected amount is its 7th column.
 */
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { langFromLocale } from '../../src/kernel/i18n';
import { DEALS } from '../../src/programs/partners/template';
import { ok, refused, requestIds } from '../helpers/dialogs';
import { inLang } from '../helpers/texts';

const id = requestIds('locale-test');

function workbook(locale: string, timeZone: string) {
  const spreadsheet = createSpreadsheet({ locale, timeZone });
  const addon = loadAddon({ spreadsheet });
  ok(addon.call('insertPartnerTemplate'));
  const lang = langFromLocale(locale);
  const deals = () => {
    const sheet = spreadsheet.getSheetByName(DEALS.name[lang]);
    if (!sheet) throw new Error('no Deals sheet');
    return sheet;
  };
  /** Registers a deal with this amount text; the amount written to its row. */
  const registered = (partner: string, customer: string, amount: string) => {
    // The sample partner as the template names it in the user's language.
    ok(addon.call('registerDeal', { partner: inLang(partner, lang), customer, products: 'DLP', amount, requestId: id() }));
    const rows = deals().getDataRange().getValues();
    const row = rows.find((r) => r[3] === customer);
    if (!row) throw new Error(`no row for ${customer}`);
    return row[6];
  };
  return { addon, deals, registered };
}

describe('registerDeal reads the expected amount by the spreadsheet locale', () => {
  it('en_US: a lone comma before three digits groups, a lone dot is decimal', () => {
    const { registered } = workbook('en_US', 'America/New_York');
    expect(registered('Vega Systems', 'Kappa Foods', '1,250')).toBe(1250);
    expect(registered('Vega Systems', 'Lambda Tools', '1.250 €')).toBe(1.25);
    expect(registered('Vega Systems', 'Mu Mining', '1.250,50 €')).toBe(1250.5);
  });

  it('el_GR: a lone dot before three digits groups, a lone comma is decimal', () => {
    const { registered } = workbook('el_GR', 'Europe/Athens');
    expect(registered('Vega Systems', 'Kappa Foods', '1.250 €')).toBe(1250);
    expect(registered('Vega Systems', 'Lambda Tools', '12.000 ευρώ')).toBe(12000);
    expect(registered('Vega Systems', 'Mu Mining', '1,250')).toBe(1.25);
  });

  it('ru_RU: as el_GR', () => {
    const { registered } = workbook('ru_RU', 'Europe/Moscow');
    expect(registered('Орион Софт', 'ООО «Каппа»', '1.250 руб.')).toBe(1250);
    expect(registered('Орион Софт', 'ООО «Лямбда»', '1,250')).toBe(1.25);
  });

  it('refuses groups that are not thousands, writing nothing', () => {
    const { addon, deals } = workbook('en_US', 'America/New_York');
    const before = deals().getDataRange().getValues();
    const message = refused(
      addon.call('registerDeal', { partner: 'Vega Systems', customer: 'Kappa Foods', products: 'DLP', amount: '1,25,000', requestId: id() }),
    );
    expect(message).toContain('The expected amount "1,25,000" must be a number of 0 or more.');
    expect(deals().getDataRange().getValues()).toEqual(before);
  });
});
