/**
 * registerDeal (SPEC §5, §9.2; seed 001's numbered refusal reasons): the row it writes, a deal
 * registered to another partner (reason 3), and every refusal writing nothing. Set-up and the
 * sample rows worked out by hand: test/helpers/dealDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { recalculate, sheetCells } from '../../dev/formulas';
import { DEALS, PARTNERS } from '../../src/programs/partners/template';
import { ok } from '../helpers/dialogs';
import { TODAY, addDays, edate, midnight, ruDay } from '../helpers/days';
import { D, type Row, dealsSheet, id, refusal, register, setDeals, sheet, workbook, writes } from '../helpers/dealDialog';

// ---------- registerDeal: success ----------

describe('registerDeal: success', () => {
  it('appends ONE row — today, partner, tier, customer, tax ID as text, products, amount, 0, today, open — and returns row, tier and expiry', () => {
    const { spreadsheet, addon } = workbook();
    const before = dealsSheet(spreadsheet);
    addon.resetCounts();
    // Lotus Bank is registered to Sirius, but that deal is won (closed): it owns nothing.
    const result = register(addon, { partner: 'Vega Systems', customer: 'Lotus Bank', taxId: '7709876543', products: 'Archive', amount: 1200000 }, 'reg-1');
    // Silver: 6 months → EDATE(today, 6)
    expect(result).toEqual({
      ok: true,
      requestId: 'reg-1',
      row: 9,
      partner: 'Vega Systems',
      customer: 'Lotus Bank',
      tier: 'Silver',
      registered: TODAY,
      expires: edate(TODAY, 6),
      repeated: false,
      message: `Registered the deal with Lotus Bank for Vega Systems (Silver): "Deals" sheet, row 9. The registration runs until ${edate(TODAY, 6)}.`,
    });
    const width = before[0].length;
    // …and the request id and the user (the in-memory session's user) in Request ID and User
    const row = [
      midnight(TODAY),
      'Vega Systems',
      'Silver',
      'Lotus Bank',
      '7709876543',
      'Archive',
      1200000,
      0,
      midnight(TODAY),
      'open',
      'reg-1',
      'manager@example.com',
    ];
    expect(dealsSheet(spreadsheet)).toEqual([...before, [...row, ...Array(width - row.length).fill('')]]);
    // one batch read of each sheet (Deals, Partners, and the rules sheet: SPEC §12), ONE write
    const counts = addon.counts();
    expect(counts['Range.getValues']).toBe(3);
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
  });

  it("shows up in the Deals sheet's Expires and Status formulas", () => {
    const { spreadsheet, addon } = workbook();
    ok(register(addon, { partner: 'Polaris IT', customer: 'Nova Retail', products: 'DLP' }));
    recalculate(spreadsheet, addon);
    const row = sheetCells(spreadsheet, 'Deals')[8];
    // Bronze: EDATE(today, 3). Status as of the report date 30.11.2026: registered today, a fresh registration
    // (for any today from 16.11.2026: at most 14 days before the report date, or after it) → active.
    expect(row.slice(0, 4).map((c) => c.display)).toEqual([TODAY, 'Polaris IT', 'Bronze', 'Nova Retail']);
    expect(row[12].display).toBe(edate(TODAY, 3));
    expect(row[13].value).toBe('active');
  });

  it("writes in the sheet's language and answers in the user's", () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    const result = ok(register(addon, { partner: 'Вега Системс', customer: 'АО «Лотос Банк»', taxId: '7709876543', products: 'Archive' }));
    expect(result.tier).toBe('Серебряный');
    expect(result.message).toBe(
      `Сделка с заказчиком АО «Лотос Банк» зарегистрирована за партнёром «Вега Системс» (Серебряный): лист «Сделки», строка 9. Регистрация действует до ${ruDay(edate(TODAY, 6))}.`,
    );
    expect(dealsSheet(spreadsheet, 'ru')[8].slice(0, 10)).toEqual([
      midnight(TODAY),
      'Вега Системс',
      'Серебряный',
      'АО «Лотос Банк»',
      '7709876543',
      'Archive',
      '',
      0,
      midnight(TODAY),
      'в работе',
    ]);
    // an English user of the Russian workbook: the sheet still gets Russian words, the answer is English
    const en = ok(addon.callAs({ locale: 'en' }, 'registerDeal', { partner: 'Полярис ИТ', customer: 'ООО «Нова»', products: 'DLP', requestId: id() }));
    expect(en.tier).toBe('Bronze');
    expect(dealsSheet(spreadsheet, 'ru')[9].slice(1, 4)).toEqual(['Полярис ИТ', 'Бронзовый', 'ООО «Нова»']);
    expect(dealsSheet(spreadsheet, 'ru')[9][9]).toBe('в работе');
  });

  it('keeps a tax ID as text (leading zero, spaces removed), takes 12 digits, and reads the amount as a number', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    // even where the column has lost its text format (a manager reformatted it), the ID stays text
    sheet(spreadsheet, DEALS, 'ru').getRange('E2:E501').setNumberFormat('0');
    ok(register(addon, { partner: 'Орион Софт', customer: 'ИП Ноль', taxId: ' 0123 456 789 ', products: 'DLP', amount: '1 250 000,50' }));
    ok(register(addon, { partner: 'Орион Софт', customer: 'ИП Двенадцать', taxId: '012345678901', products: 'DLP', amount: 0 }));
    const rows = dealsSheet(spreadsheet, 'ru');
    expect(rows[8].slice(3, 7)).toEqual(['ИП Ноль', '0123456789', 'DLP', 1250000.5]);
    expect(rows[9].slice(3, 7)).toEqual(['ИП Двенадцать', '012345678901', 'DLP', 0]);
  });

  it('writes text that starts with = + - @ as text, never as a formula', () => {
    const { spreadsheet, addon } = workbook();
    sheet(spreadsheet, PARTNERS, 'en')
      .getRange('A8:C8')
      .setValues([["'=Evil Partner", true, 100]]);
    ok(register(addon, { partner: '=Evil Partner', customer: '=HYPERLINK("http://x","y")', products: '+DLP, -Archive', taxId: '' }));
    ok(register(addon, { partner: 'Orion Soft', customer: '@mention', products: '-x' }));
    const deals = sheet(spreadsheet, DEALS, 'en');
    expect(
      deals
        .getRange(9, 1, 2, 10)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(deals.getRange(9, 2, 1, 5).getValues()[0]).toEqual(['=Evil Partner', 'White', '=HYPERLINK("http://x","y")', '', '+DLP, -Archive']);
    expect(deals.getRange(10, 4, 1, 3).getValues()[0]).toEqual(['@mention', '', '-x']);
  });

  it("takes the tier from the partner's row at the moment of registration", () => {
    const { spreadsheet, addon } = workbook();
    const partners = sheet(spreadsheet, PARTNERS, 'en');
    partners.getRange('H2').setValue('Trusted'); // the Tier cell is not what counts
    partners.getRange('C2:E2').setValues([[500000, true, 'quarterly']]); // Orion Soft is now Silver
    const result = ok(register(addon, { partner: 'Orion Soft', customer: 'Quartz', products: 'DLP' }));
    expect(result).toMatchObject({ tier: 'Silver', expires: edate(TODAY, 6) });
    expect(dealsSheet(spreadsheet)[8][2]).toBe('Silver');
  });
});

// ---------- registerDeal: ownership (reason 3) ----------

describe('registerDeal: a deal registered to another partner (reason 3)', () => {
  /** Vega Systems (Silver) registered Romashka LLC 30 days ago: it runs until EDATE(D(-30), 6). */
  const owner: Row = {
    registered: D(-30),
    partner: 'Vega Systems',
    tier: 'Silver',
    customer: 'Romashka LLC',
    taxId: '7701234567',
    products: 'DLP, Time Tracker',
    lastUpdate: D(-2),
  };

  it('refuses, naming the owner, the registration date and its row', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [owner]);
    const refused = refusal(spreadsheet, addon, () =>
      register(addon, { partner: 'Orion Soft', customer: 'ROMASHKA llc', taxId: '7701234567', products: 'time tracker; Archive' }),
    );
    expect(refused).toEqual({
      ok: false,
      reason: 3,
      owner: { row: 2, partner: 'Vega Systems', customer: 'Romashka LLC', registered: D(-30), expires: edate(D(-30), 6) },
      // SPEC §9.2: with the seed's consolation for the partner refused
      message: `Refused, reason 3: the deal is registered to another partner. Vega Systems registered Romashka LLC on ${D(-30)} ("Deals" sheet, row 2: DLP, Time Tracker); that registration runs until ${edate(D(-30), 6)}. Orion Soft may still sell the same products to this customer at a discount of up to 5%, at the vendor's discretion. Nothing was written.`,
    });
  });

  it('matches by normalised legal name when one side has no tax ID, in a Russian workbook', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    setDeals(spreadsheet, [{ ...owner, partner: 'Вега Системс', tier: 'Серебряный', customer: 'ООО «Ромашка»', outcome: 'в работе' }], 'ru');
    const refused = refusal(spreadsheet, addon, () => register(addon, { partner: 'Орион Софт', customer: '"Ромашка" ООО', products: 'dlp' }), 'ru');
    expect(refused.reason).toBe(3);
    expect(refused.message).toBe(
      `Отказ, причина 3: сделка зарегистрирована за другим партнёром. Партнёр «Вега Системс» зарегистрировал сделку с заказчиком ООО «Ромашка» ${ruDay(D(-30))} (лист «Сделки», строка 2: DLP, Time Tracker); регистрация действует до ${ruDay(edate(D(-30), 6))}. Партнёр «Орион Софт» может продавать этому заказчику те же продукты со скидкой до 5% на усмотрение вендора. Ничего не записано.`,
    );
    // …but a different tax ID is a different customer, whatever the name
    ok(register(addon, { partner: 'Орион Софт', customer: '"Ромашка" ООО', taxId: '7702000000', products: 'DLP' }));
  });

  it('does not refuse another customer (a different tax ID), or no product in common; the same partner is no duplicate', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [owner]);
    ok(register(addon, { partner: 'Orion Soft', customer: 'Romashka LLC', taxId: '7701999999', products: 'DLP' }));
    ok(register(addon, { partner: 'Polaris IT', customer: 'Romashka LLC', taxId: '7701234567', products: 'Archive' }));
    // the owner itself is no duplicate of its own deal, but a repeat of it (SPEC §5 rule 4; test/dialogs/deal-repeat.test.ts)
    expect(
      refusal(spreadsheet, addon, () => register(addon, { partner: 'Vega Systems', customer: 'Romashka LLC', taxId: '7701234567', products: 'DLP' })),
    ).toMatchObject({
      repeat: { row: 2, partner: 'Vega Systems' },
    });
    expect(
      dealsSheet(spreadsheet)
        .slice(1, 5)
        .map((r) => [r[1], r[4], r[5]]),
    ).toEqual([
      ['Vega Systems', '7701234567', 'DLP, Time Tracker'],
      ['Orion Soft', '7701999999', 'DLP'],
      ['Polaris IT', '7701234567', 'Archive'],
    ]);
  });

  it('counts an owner on its last day (deadlines are inclusive), not the day after; nor a closed one', () => {
    // A registration whose expiry is today: the 12-month Trusted term (or Silver's 6 when today is 29 February).
    const term = [
      { tier: 'Trusted', partner: 'Altair Group', months: 12 },
      { tier: 'Silver', partner: 'Vega Systems', months: 6 },
    ].find((t) => edate(edate(TODAY, -t.months), t.months) === TODAY)!;
    const lastDay = edate(TODAY, -term.months);
    const dayBefore = addDays(lastDay, -1);
    expect(edate(dayBefore, term.months) < TODAY).toBe(true);
    const base = { partner: term.partner, tier: term.tier, products: 'DLP' };

    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [
      { ...base, registered: lastDay, customer: 'Ends Today', taxId: '1000000001' },
      { ...base, registered: dayBefore, customer: 'Ended Yesterday', taxId: '1000000002' },
      { ...base, registered: D(-5), customer: 'Won Already', taxId: '1000000003', outcome: 'won' },
    ]);
    const refused = refusal(spreadsheet, addon, () => register(addon, { partner: 'Orion Soft', customer: 'x', taxId: '1000000001', products: 'DLP' }));
    expect(refused.owner).toEqual({ row: 2, partner: term.partner, customer: 'Ends Today', registered: lastDay, expires: TODAY });
    ok(register(addon, { partner: 'Orion Soft', customer: 'x', taxId: '1000000002', products: 'DLP' }));
    ok(register(addon, { partner: 'Orion Soft', customer: 'x', taxId: '1000000003', products: 'DLP' }));
  });

  it('names the earliest of several owners (as DEAL_STATUS does)', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [
      { registered: D(-10), partner: 'Polaris IT', tier: 'Bronze', customer: 'Romashka', products: 'DLP' },
      { ...owner }, // D(-30): earlier, though lower on the sheet
    ]);
    expect(refusal(spreadsheet, addon, () => register(addon, { partner: 'Orion Soft', customer: 'Romashka', products: 'DLP' })).owner.row).toBe(3);
  });
});

// ---------- registerDeal: other refusals ----------

describe('registerDeal: refusals write nothing', () => {
  const good = { partner: 'Orion Soft', customer: 'Nova Retail', taxId: '7701000000', products: 'DLP', amount: 100 };
  const reason1 = (detail: string) => `Refused, reason 1: incomplete or incorrect data. ${detail} Nothing was written.`;

  it.each([
    [{ partner: '' }, 'Pick a partner.'],
    [{ partner: undefined }, 'Pick a partner.'],
    [{ customer: '   ' }, 'Enter the customer (its legal name).'],
    [{ products: ' ; , ' }, 'Enter at least one product (a comma- or semicolon-separated list).'],
    [{ products: undefined }, 'Enter at least one product (a comma- or semicolon-separated list).'],
    [{ amount: -5 }, 'The expected amount "-5" must be a number of 0 or more.'],
    [{ amount: 'a lot' }, 'The expected amount "a lot" must be a number of 0 or more.'],
    [{ amount: Number.POSITIVE_INFINITY }, 'The expected amount "Infinity" must be a number of 0 or more.'],
    [{ taxId: '770123456' }, 'The tax ID "770123456" must be 10 or 12 digits.'],
    [{ taxId: '77012345678' }, 'The tax ID "77012345678" must be 10 or 12 digits.'],
    [{ taxId: 'INN7701234567' }, 'The tax ID "INN7701234567" must be 10 or 12 digits.'],
  ])('incomplete or incorrect data (reason 1): %o', (change, detail) => {
    const { spreadsheet, addon } = workbook();
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, ...change }))).toEqual({ ok: false, reason: 1, message: reason1(detail) });
  });

  it('lists every problem at once, in Russian for a Russian user', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    expect(refusal(spreadsheet, addon, () => register(addon, { partner: '', customer: '', products: '', taxId: '12', amount: '-1' }), 'ru').message).toBe(
      'Отказ, причина 1: неполные или некорректные данные. Выберите партнёра; укажите заказчика (наименование юрлица); ИНН «12» должен состоять из 10 или 12 цифр; укажите хотя бы один продукт (через запятую или точку с запятой); ожидаемая сумма «-1» должна быть числом не меньше 0. Ничего не записано.',
    );
  });

  it('a partner not authorised (reason 2): Authorised unchecked, or not on the Partners sheet', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, partner: 'Deneb Trade' }))).toEqual({
      ok: false,
      reason: 2,
      message:
        'Refused, reason 2: the partner is not authorised. Deneb Trade is not ticked as Authorised on the "Partners" sheet (row 7). Nothing was written.',
    });
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, partner: 'Nobody Ltd' })).message).toBe(
      'Refused, reason 2: the partner is not authorised. "Nobody Ltd" is not on the "Partners" sheet. Nothing was written.',
    );
    // de-authorising a partner stops its registrations
    sheet(spreadsheet, PARTNERS, 'en').getRange('B4').setValue(false);
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, partner: 'Vega Systems' })).reason).toBe(2);
  });

  it('a partner not authorised (reason 2), in Russian', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, partner: 'Денеб Трейд' }), 'ru').message).toBe(
      'Отказ, причина 2: отсутствие авторизации партнёра. У партнёра «Денеб Трейд» не отмечен флажок «Авторизован» на листе «Партнёры» (строка 7). Ничего не записано.',
    );
  });

  it("checks the reasons in the seed's order: 1, then 2, then 3", () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [{ registered: D(-3), partner: 'Vega Systems', tier: 'Silver', customer: 'Nova Retail', products: 'DLP' }]);
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, partner: 'Deneb Trade', amount: -1 })).reason).toBe(1);
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, partner: 'Deneb Trade', taxId: '' })).reason).toBe(2);
    expect(refusal(spreadsheet, addon, () => register(addon, { ...good, taxId: '' })).reason).toBe(3);
  });

  it('a partner whose row cannot be read', () => {
    const { spreadsheet, addon } = workbook();
    sheet(spreadsheet, PARTNERS, 'en').getRange('C2').setValue('lots');
    expect(refusal(spreadsheet, addon, () => register(addon, good))).toEqual({
      ok: false,
      message: 'The "Partners" sheet, row 2, column Sales, 12 months: "lots" is not a number. Correct the cell first.',
    });
  });

  it('a Deals cell DEAL_STATUS cannot read either', () => {
    const { spreadsheet, addon } = workbook();
    sheet(spreadsheet, DEALS, 'en').getRange('C5').setValue('Platinum');
    expect(refusal(spreadsheet, addon, () => register(addon, good)).message).toMatch(
      /^The "Deals" sheet, row 5, column Tier: "Platinum" is not a partner tier; use White, Bronze, Silver, Gold, Trusted\. Correct the cell; nothing was written\.$/,
    );
  });

  it('the lock not obtained in time', () => {
    const { spreadsheet, addon } = workbook();
    const release = addon.holdLock('document');
    try {
      expect(refusal(spreadsheet, addon, () => register(addon, good)).message).toBe(
        'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.',
      );
    } finally {
      release();
    }
    ok(register(addon, good));
  });

  it('a request without a usable request id', () => {
    const { spreadsheet, addon } = workbook();
    for (const requestId of [undefined, '', '  ', 42, 'x'.repeat(101)]) {
      expect(refusal(spreadsheet, addon, () => addon.call('registerDeal', { ...good, requestId })).message).toBe(
        'The request has no valid request id. Reopen the dialog and try again; nothing was written.',
      );
    }
    expect(refusal(spreadsheet, addon, () => addon.call('registerDeal', null)).message).toBe(
      'The request has no valid request id. Reopen the dialog and try again; nothing was written.',
    );
  });
});
