/**
 * What the deal and contest dialogs write into the rows (SPEC §9, rules for
 * every dialog), through dist/Code.js on the in-memory spreadsheet:
 * - request ids live in the rows: a retried registration, extension, status
 *   update or contest record is found in its row and writes nothing;
 * - text a user typed stays exactly that text (stored value, and what a
 *   formula reading the cell sees);
 * - who wrote it (the User column);
 * - a sheet made by an older template without the new columns is refused
 *   with the header to insert, writing nothing;
 * - a call that has written reports success, even when the flush after it fails.
 *
 * Deals columns (template): A Registered on | B Partner | C Tier | D Customer | E Tax ID | F Products |
 * G Expected amount | H Extensions | I Last update | J Outcome | K Request ID | L User | M Expires | N Status.
 * Contest log: A Reporting month | B Place | C Partner | D Growth | E Subscriptions | F Result | G Leads to |
 * H From | I Cancels row | J Recorded by | K Recorded at | L Request ID.
 */
import { describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import { type Addon, createSpreadsheet, loadAddon } from '../../dev/memory';
import { CONTEST_LOG, INVOICES } from '../../src/programs/growth/template';
import { DEALS } from '../../src/programs/partners/template';
import { TODAY, addDays, edate, midnight } from '../helpers/days';
import { ok, refused } from '../helpers/dialogs';

type Lang = 'en' | 'ru';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const D = (n: number) => addDays(TODAY, n);

function workbook(template: 'insertPartnerTemplate' | 'insertGrowthTemplate', locale: 'en_US' | 'ru_RU' = 'en_US', user = 'manager@example.com') {
  const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet, user });
  expect(addon.call(template)).toMatchObject({ ok: true });
  return { spreadsheet, addon, lang: (locale === 'ru_RU' ? 'ru' : 'en') as Lang };
}

const sheetOf = (spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang) => spreadsheet.getSheetByName(template.name[lang])!;
const everything = (spreadsheet: Spreadsheet, template: { name: Record<Lang, string> }, lang: Lang) =>
  sheetOf(spreadsheet, template, lang).getDataRange().getValues();

/** The writes a call made to the spreadsheet, by service method. */
function writes(addon: Addon): Record<string, number> {
  return Object.fromEntries(
    Object.entries(addon.counts()).filter(([name]) => /^(Range|Sheet|Spreadsheet)\.(set|append|insert|delete|clear|copy|move|sort)/.test(name)),
  );
}

/** Runs a call that must write nothing at all; returns its answer. */
function writingNothing(spreadsheet: Spreadsheet, addon: Addon, template: { name: Record<Lang, string> }, lang: Lang, run: () => any): any {
  const before = everything(spreadsheet, template, lang);
  addon.resetCounts();
  const answer = run();
  expect(writes(addon)).toEqual({});
  expect(everything(spreadsheet, template, lang)).toEqual(before);
  return answer;
}

/** Deals rows (A–J) for set-up, Request ID and User left empty as a manager's own rows have them. */
function setDeals(spreadsheet: Spreadsheet, rows: unknown[][], lang: Lang = 'en') {
  const deals = sheetOf(spreadsheet, DEALS, lang);
  deals.getRange(2, 1, Math.max(deals.getLastRow(), 2), 12).clearContent();
  if (rows.length) deals.getRange(2, 1, rows.length, 10).setValues(rows);
}

const dealRow = (registered: string, partner: string, tier: string, customer: string, products = 'DLP', outcome = 'open') => [
  midnight(registered),
  partner,
  tier,
  customer,
  '',
  products,
  '',
  0,
  midnight(registered),
  outcome,
];

const ref = (row: number, partner: string, customer: string, registered: string) => ({ row, partner, customer, registered });

// ---------- request ids in the rows ----------

describe('a retried extension or status update writes once', () => {
  it('extension: the retry finds its id in the row, answers as the first call did and writes nothing, even after rows moved', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate');
    // Polaris IT is Bronze: 3 months, 1 extension. Registered 20 days ago.
    setDeals(spreadsheet, [dealRow(D(-20), 'Polaris IT', 'Bronze', 'Aster Labs'), dealRow(D(-20), 'Polaris IT', 'Bronze', 'Birch Co')]);
    const deal = ref(2, 'Polaris IT', 'Aster Labs', D(-20));
    addon.resetCounts();
    const first = ok(addon.call('extendDeal', { deal, requestId: 'ext-once' }));
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(first).toMatchObject({ action: 'extend', row: 2, extensions: 1, expires: edate(D(-20), 6), lastUpdate: TODAY, repeated: false });
    // H..L of row 2: Extensions 1, Last update today, Outcome kept, the request id and the user
    expect(sheetOf(spreadsheet, DEALS, 'en').getRange('H2:L2').getValues()[0]).toEqual([1, midnight(TODAY), 'open', 'ext-once', 'manager@example.com']);

    // A second real extension would be refused (reason 5); the retry is answered from the row.
    const again = writingNothing(spreadsheet, addon, DEALS, 'en', () => addon.call('extendDeal', { deal, requestId: 'ext-once' }));
    expect(again).toEqual({ ...first, repeated: true });
    // A row inserted above in the meantime: the id is found in the row's new place (3).
    sheetOf(spreadsheet, DEALS, 'en').insertRowsBefore(2, 1);
    const moved = writingNothing(spreadsheet, addon, DEALS, 'en', () => addon.call('extendDeal', { deal, requestId: 'ext-once' }));
    expect(moved).toMatchObject({ ok: true, repeated: true, row: 3, extensions: 1, expires: edate(D(-20), 6) });
    // a new id is a new extension: refused, the limit is used up
    expect(refused(addon.call('extendDeal', { deal: ref(3, 'Polaris IT', 'Aster Labs', D(-20)), requestId: 'ext-twice' }))).toMatch(/^Refused, reason 5/);
  });

  it('status update with an outcome: the retry writes nothing and gets the first answer (a new update of the closed deal would be refused)', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate', 'ru_RU');
    setDeals(spreadsheet, [dealRow(D(-20), 'Вега Системс', 'Серебряный', 'ООО «Астра»', 'DLP', 'в работе')], 'ru');
    const deal = ref(2, 'Вега Системс', 'ООО «Астра»', D(-20));
    const first = ok(addon.call('updateDealStatus', { deal, outcome: 'won', requestId: 'upd-won' }));
    expect(first).toMatchObject({ action: 'update', outcome: 'won', lastUpdate: TODAY, repeated: false });
    expect(sheetOf(spreadsheet, DEALS, 'ru').getRange('I2:L2').getValues()[0]).toEqual([midnight(TODAY), 'выиграна', 'upd-won', 'manager@example.com']);
    const again = writingNothing(spreadsheet, addon, DEALS, 'ru', () => addon.call('updateDealStatus', { deal, outcome: 'won', requestId: 'upd-won' }));
    expect(again).toEqual({ ...first, repeated: true });
    expect(refused(addon.call('updateDealStatus', { deal, outcome: 'won', requestId: 'upd-new' }))).toMatch(/закрыта/);
  });

  it('status update without an outcome, and two concurrent calls with one id: one write', async () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate');
    setDeals(spreadsheet, [dealRow(D(-20), 'Vega Systems', 'Silver', 'Aster Labs')]);
    const deal = ref(2, 'Vega Systems', 'Aster Labs', D(-20));
    addon.interleave({ probability: 1, seed: 3 });
    const results = await addon.callConcurrently([
      { name: 'updateDealStatus', args: [{ deal, outcome: '', requestId: 'upd-twice' }] },
      { name: 'updateDealStatus', args: [{ deal, outcome: '', requestId: 'upd-twice' }] },
      { name: 'extendDeal', args: [{ deal, requestId: 'ext-twice' }] },
      { name: 'extendDeal', args: [{ deal, requestId: 'ext-twice' }] },
    ]);
    const values = results.map((r) => (r.ok ? r.value : r.error));
    expect(values.map((v) => v.ok)).toEqual([true, true, true, true]);
    expect(
      values
        .slice(0, 2)
        .map((v) => v.repeated)
        .sort(),
    ).toEqual([false, true]);
    expect(
      values
        .slice(2)
        .map((v) => v.repeated)
        .sort(),
    ).toEqual([false, true]);
    // extended once (Silver allows 1), whatever the order
    expect(sheetOf(spreadsheet, DEALS, 'en').getRange('H2').getValue()).toBe(1);
    expect(addon.lockStats().leaked).toBe(0);
  });

  it('a registration retried after its answer was lost is found in its row; document properties stay empty', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate');
    const request = { partner: 'Polaris IT', customer: 'Nova Retail', products: 'DLP', requestId: 'lost-answer' };
    const first = ok(addon.call('registerDeal', request));
    const again = writingNothing(spreadsheet, addon, DEALS, 'en', () => addon.call('registerDeal', request));
    expect(again).toEqual({ ...first, repeated: true });
    expect(addon.book.documentProperties.size).toBe(0);
  });
});

// ---------- the flush after the write ----------

describe('a call that has written reports success', () => {
  it('even when SpreadsheetApp.flush fails after the write', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate');
    // The in-memory flush runs the book's calculator; make it fail once the new row is in the sheet.
    const deals = () => addon.book.sheetByName('Deals')!;
    addon.book.calculator = () => {
      for (let row = 2; row <= 20; row++)
        if (deals().value(row, 4) === 'Flush Fails Ltd') throw new Error('Service Spreadsheets failed while accessing document');
    };
    const result = addon.call('registerDeal', { partner: 'Polaris IT', customer: 'Flush Fails Ltd', products: 'DLP', requestId: 'flush' });
    expect(result).toMatchObject({ ok: true, row: 9, customer: 'Flush Fails Ltd', repeated: false });
    expect(sheetOf(spreadsheet, DEALS, 'en').getRange('D9').getValue()).toBe('Flush Fails Ltd');
    expect(addon.lockStats().leaked).toBe(0);
  });
});

// ---------- text stays text ----------

/** What managers type that Sheets would otherwise read as a number, a date or a formula. */
const TYPED = ['2024', '007', '1.2', '3/4', '1/2', '=1+1', '+7 (495) 000-00-00'];

/** The partner names a CONTEST_TOP formula over these cells returns: what a formula reading them sees. */
function seenByFormula(spreadsheet: Spreadsheet, addon: Addon, names: string, amounts: string): string[] {
  const check = spreadsheet.getSheetByName('Check') ?? spreadsheet.insertSheet('Check');
  check.getRange('A1').setFormula(`=CONTEST_TOP(${names}, ${amounts}, ${amounts})`);
  recalculate(spreadsheet, addon);
  return sheetCells(spreadsheet, 'Check')
    .map((row) => row[1]?.value)
    .filter((v) => v !== '' && v !== undefined) as string[];
}

describe('text a user typed stays exactly that text', () => {
  it.each(['en_US', 'ru_RU'] as const)('registerDeal: customer, products, tax ID, request id and user (%s)', (locale) => {
    const { spreadsheet, addon, lang } = workbook('insertPartnerTemplate', locale, '+7@example.com');
    setDeals(spreadsheet, [], lang);
    const partner = lang === 'ru' ? 'Орион Софт' : 'Orion Soft';
    const taxIds = ['0012345678', '001234567890'];
    for (const [i, typed] of TYPED.entries()) {
      ok(
        addon.call('registerDeal', { partner, customer: typed, products: TYPED[TYPED.length - 1 - i], taxId: taxIds[i] ?? '', amount: 1000, requestId: typed }),
      );
    }
    const deals = sheetOf(spreadsheet, DEALS, lang);
    const block = deals.getRange(2, 1, TYPED.length, 12);
    expect(
      block
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    const rows = block.getValues();
    expect(rows.map((r) => r[3])).toEqual(TYPED); // Customer
    expect(rows.map((r) => r[5])).toEqual([...TYPED].reverse()); // Products
    expect(rows.map((r) => r[4])).toEqual([...taxIds, '', '', '', '', '']); // Tax ID
    expect(rows.map((r) => r[10])).toEqual(TYPED); // Request ID
    expect(rows.map((r) => r[11])).toEqual(TYPED.map(() => '+7@example.com')); // User
    expect(rows.map((r) => r[1])).toEqual(TYPED.map(() => partner));
    // A formula over the columns sees the same texts (a number, a date or a formula's result would read differently).
    const name = deals.getName();
    const ref = (column: string) => `'${name}'!${column}2:${column}${TYPED.length + 1}`;
    expect(seenByFormula(spreadsheet, addon, ref('D'), ref('G')).sort()).toEqual([...TYPED].sort());
    expect(seenByFormula(spreadsheet, addon, ref('F'), ref('G')).sort()).toEqual([...TYPED].sort());
    expect(seenByFormula(spreadsheet, addon, `'${name}'!E2:E3`, `'${name}'!G2:G3`).sort()).toEqual(taxIds);
    // and each is found again by its request id
    expect(ok(addon.call('registerDeal', { partner, customer: 'x', products: 'y', requestId: '007' }))).toMatchObject({
      repeated: true,
      customer: '007',
      row: 3,
    });
  });

  it('recordContestResult: partner names in the contest log, the request id and the user', () => {
    const { spreadsheet, addon } = workbook('insertGrowthTemplate', 'ru_RU', '=1+1@example.com');
    // The k-th partner's October grows by (7 − k) × 10%: `2024` is first, `007` second.
    const invoices = TYPED.flatMap((name, k) => [
      [`'${name}`, midnight('2026-09-01'), 1000, 0],
      [`'${name}`, midnight('2026-10-01'), 1000 + 100 * (TYPED.length - k), 0],
    ]);
    const sheet = sheetOf(spreadsheet, INVOICES, 'ru');
    sheet.getRange(2, 1, sheet.getLastRow(), 4).clearContent();
    sheet.getRange(2, 1, invoices.length, 4).setValues(invoices);
    const [top, next] = TYPED;
    const result = ok(addon.call('recordContestResult', { month: '2026-10', partner: top, action: 'declined', requestId: '1.2' }));
    expect(result.row).toEqual({ place: 1, partner: top, result: 'declined', leadsTo: next, from: '2026-11-01', cancels: null });
    const log = sheetOf(spreadsheet, CONTEST_LOG, 'ru');
    const written = log.getRange(3, 1, 1, 12);
    expect(
      written
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    const [row] = written.getValues();
    expect([row[2], row[5], row[6], row[9], row[11]]).toEqual([top, 'отказался', next, '=1+1@example.com', '1.2']);
    // a formula over the Partner and Leads to columns sees the texts (row 2 is the template's sample, North IT's September win)
    expect(seenByFormula(spreadsheet, addon, `'${log.getName()}'!C2:C3`, `'${log.getName()}'!D2:D3`).sort()).toEqual(['Северный ИТ', top].sort());
    expect(seenByFormula(spreadsheet, addon, `'${log.getName()}'!G3:G3`, `'${log.getName()}'!D3:D3`)).toEqual([next]);
    // the retry is found by its id, stored as text
    expect(
      writingNothing(spreadsheet, addon, CONTEST_LOG, 'ru', () =>
        addon.call('recordContestResult', { month: '2026-10', partner: top, action: 'declined', requestId: '1.2' }),
      ),
    ).toEqual(result);
  });

  it('Who: the User cell holds the e-mail; empty when Google withholds it', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate', 'en_US', '');
    ok(addon.call('registerDeal', { partner: 'Polaris IT', customer: 'Nova Retail', products: 'DLP', requestId: 'no-mail' }));
    ok(addon.callAs({ user: 'anna@example.com' }, 'registerDeal', { partner: 'Polaris IT', customer: 'Nova Trade', products: 'DLP', requestId: 'mail' }));
    expect(sheetOf(spreadsheet, DEALS, 'en').getRange('K9:L10').getValues()).toEqual([
      ['no-mail', ''],
      ['mail', 'anna@example.com'],
    ]);
  });
});

// ---------- sheets made by an older template ----------

/** The Deals sheet as the older template made it: no Request ID and User columns (A–J data, K Expires, L Status). */
function oldDeals(spreadsheet: Spreadsheet, lang: Lang) {
  const deals = sheetOf(spreadsheet, DEALS, lang);
  const header = deals.getRange('A1:N1').getValues()[0];
  const formulas = deals.getRange('M1:N2').getFormulas();
  deals.getRange('K1:N2').clearContent();
  deals.getRange('K1').setValue(header[12]);
  deals.getRange('K2').setFormula(formulas[1][0]);
  deals.getRange('L1').setFormula(formulas[0][1]);
  return deals;
}

describe('a sheet made by an older template', () => {
  it('Deals without Request ID and User: every write refuses naming the headers and where to insert them, writing nothing', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate');
    oldDeals(spreadsheet, 'en');
    const message =
      'The "Deals" sheet has no "Request ID" and "User" columns. Insert columns headed "Request ID" and "User" right after the "Outcome" column (a newly inserted template has them), then try again. Nothing was written.';
    const deal = { row: 2, partner: 'Vega Systems', customer: 'Romashka LLC', registered: '2026-09-01' };
    for (const [name, request] of [
      ['registerDeal', { partner: 'Polaris IT', customer: 'Nova Retail', products: 'DLP', requestId: 'old-1' }],
      ['extendDeal', { deal, requestId: 'old-2' }],
      ['updateDealStatus', { deal, outcome: 'won', requestId: 'old-3' }],
    ] as const) {
      expect(refused(writingNothing(spreadsheet, addon, DEALS, 'en', () => addon.call(name, request)))).toBe(message);
    }
    // reading still works: the list of a partner's registrations does not need the new columns
    expect(ok(addon.call('getPartnerDeals', 'Vega Systems')).deals.map((d: any) => d.row)).toEqual([2, 6]);
  });

  it('says it in Russian, with the Russian headers', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate', 'ru_RU');
    oldDeals(spreadsheet, 'ru');
    expect(
      refused(
        writingNothing(spreadsheet, addon, DEALS, 'ru', () =>
          addon.call('registerDeal', { partner: 'Полярис ИТ', customer: 'ООО «Нова»', products: 'DLP', requestId: 'old-ru' }),
        ),
      ),
    ).toBe(
      'На листе «Сделки» нет столбцов «Номер запроса» и «Пользователь». Вставьте столбцы с заголовками «Номер запроса» и «Пользователь» сразу после столбца «Итог» (в заново вставленном шаблоне они есть) и повторите. Ничего не записано.',
    );
  });

  it('with the columns inserted where the message says, a registration writes A–L and leaves the formula columns alone', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate');
    const deals = oldDeals(spreadsheet, 'en');
    deals.insertColumnsAfter(10, 2);
    deals.getRange('K1:L1').setValues([['Request ID', 'User']]);
    const formulas = deals.getRange('M1:N2').getFormulas();
    expect(ok(addon.call('registerDeal', { partner: 'Polaris IT', customer: 'Nova Retail', products: 'DLP', requestId: 'after-fix' })).row).toBe(9);
    expect(deals.getRange('D9').getValue()).toBe('Nova Retail');
    expect(deals.getRange('K9:N9').getValues()[0]).toEqual(['after-fix', 'manager@example.com', '', '']);
    expect(deals.getRange('M1:N2').getFormulas()).toEqual(formulas);
  });

  it('with the columns added right of the formula columns instead: refused naming the formula column, nothing written', () => {
    const { spreadsheet, addon } = workbook('insertPartnerTemplate');
    const deals = oldDeals(spreadsheet, 'en');
    deals.getRange('M1:N1').setValues([['Request ID', 'User']]);
    expect(
      refused(
        writingNothing(spreadsheet, addon, DEALS, 'en', () =>
          addon.call('registerDeal', { partner: 'Polaris IT', customer: 'Nova Retail', products: 'DLP', requestId: 'far-right' }),
        ),
      ),
    ).toBe(
      'On the "Deals" sheet the formula column "Expires" stands between the columns a new row is written to, so writing it would overwrite the formula. Move "Request ID" and "User" to the left of "Expires", then try again. Nothing was written.',
    );
  });

  it('Contest log without Request ID: refused naming the header, nothing written; the podium still shows', () => {
    const { spreadsheet, addon } = workbook('insertGrowthTemplate');
    sheetOf(spreadsheet, CONTEST_LOG, 'en').getRange('L1').clearContent();
    expect(
      refused(
        writingNothing(spreadsheet, addon, CONTEST_LOG, 'en', () =>
          addon.call('recordContestResult', { month: '2026-10', partner: 'Cloud Accounting', action: 'winner', requestId: 'old-log' }),
        ),
      ),
    ).toBe(
      'The "Contest log" sheet has no "Request ID" column. Insert a column headed "Request ID" right after the "Recorded at" column (a newly inserted template has it), then try again. Nothing was written.',
    );
    expect(ok(addon.call('getContest', '2026-10')).podium[0].partner).toBe('Cloud Accounting');
  });
});
