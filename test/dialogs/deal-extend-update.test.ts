/**
 * extendDeal and updateDealStatus (SPEC §5, §9.2): extensions within the tier's limit, status
 * updates and outcomes, and their refusals. Set-up and the sample rows worked out by hand:
 * test/helpers/dealDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/dialogs';
import { TODAY, edate, midnight, ruDay } from '../helpers/days';
import { D, type Row, dealsSheet, extend, ref, refusal, setDeals, update, workbook, writes } from '../helpers/dealDialog';

// ---------- extendDeal ----------

describe('extendDeal', () => {
  // Registered 20 days ago, nothing extended yet: every one still running.
  const rows: Row[] = [
    { registered: D(-20), partner: 'Polaris IT', tier: 'Bronze', customer: 'Aster Labs', taxId: '7701000002', products: 'DLP', lastUpdate: D(-20) }, // row 2
    { registered: D(-20), partner: 'Vega Systems', tier: 'Silver', customer: 'Birch Co', taxId: '7701000003', products: 'Archive', lastUpdate: D(-20) }, // row 3
    { registered: D(-20), partner: 'Orion Soft', tier: 'White', customer: 'Cobalt Ltd', products: 'DLP', lastUpdate: D(-20) }, // row 4
    { registered: D(-20), partner: 'Sirius Integration', tier: 'Gold', customer: 'Delta Corp', products: 'DLP', lastUpdate: D(-20) }, // row 5
    { registered: D(-20), partner: 'Altair Group', tier: 'Trusted', customer: 'Echo Inc', products: 'DLP', lastUpdate: D(-20) }, // row 6
    { registered: D(-150), partner: 'Polaris IT', tier: 'Bronze', customer: 'Fjord AG', products: 'Time Tracker', lastUpdate: D(-60) }, // row 7: expired
    { registered: D(-20), partner: 'Deneb Trade', tier: 'Bronze', customer: 'Gamma Ltd', products: 'DLP', lastUpdate: D(-20) }, // row 8: partner de-authorised
    { registered: D(-20), partner: 'Polaris IT', tier: 'Bronze', customer: 'Helix', products: 'DLP', lastUpdate: D(-20), outcome: 'won' }, // row 9: closed
  ];
  const setUp = (locale: 'en_US' | 'ru_RU' = 'en_US') => {
    const w = workbook(locale);
    setDeals(w.spreadsheet, rows);
    return w;
  };

  it.each([
    [2, 'Bronze', 3],
    [3, 'Silver', 6],
  ])('row %i (%s, 1 extension): Extensions + 1 and Last update = today in ONE write; a second extension is refused (reason 5)', (row, tier, months) => {
    const { spreadsheet, addon } = setUp();
    const r = rows[row - 2];
    const before = dealsSheet(spreadsheet);
    addon.resetCounts();
    const result = extend(addon, ref(row, r), `ext-${row}`);
    // one more term from the registration date, in one step: EDATE(registered, months × 2)
    expect(result).toEqual({
      ok: true,
      requestId: `ext-${row}`,
      action: 'extend',
      row,
      customer: r.customer,
      extensions: 1,
      extensionsAllowed: 1,
      expires: edate(r.registered, months * 2),
      lastUpdate: TODAY,
      outcome: 'open',
      repeated: false,
      message: `Extended the registration of ${r.customer} (row ${row}): extension 1 of 1. It now runs until ${edate(r.registered, months * 2)}.`,
    });
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    const after = dealsSheet(spreadsheet);
    const expected = before.map((cellsOfRow) => [...cellsOfRow]);
    expected[row - 1][7] = 1;
    expected[row - 1][8] = midnight(TODAY);
    // the row's Request ID and User now name the latest write to it: this extension
    expected[row - 1][10] = `ext-${row}`;
    expected[row - 1][11] = 'manager@example.com';
    expect(after).toEqual(expected);

    expect(refusal(spreadsheet, addon, () => extend(addon, ref(row, r)))).toEqual({
      ok: false,
      reason: 5,
      message: `Refused, reason 5: the extension limit of the partner's tier is exhausted. A ${tier} registration may be extended 1 time; row ${row} (${r.customer}) has 1 extension already. Nothing was written.`,
    });
    // the listing agrees
    expect(ok(addon.call('getPartnerDeals', r.partner)).deals.find((d: any) => d.row === row)).toMatchObject({
      extensions: 1,
      expires: edate(r.registered, months * 2),
    });
  });

  it.each([
    [4, 'White'],
    [5, 'Gold'],
    [6, 'Trusted'],
  ])('row %i (%s): no extensions allowed (reason 5)', (row, tier) => {
    const { spreadsheet, addon } = setUp();
    const r = rows[row - 2];
    expect(refusal(spreadsheet, addon, () => extend(addon, ref(row, r))).message).toBe(
      `Refused, reason 5: the extension limit of the partner's tier is exhausted. A ${tier} registration may be extended 0 times; row ${row} (${r.customer}) has 0 extensions already. Nothing was written.`,
    );
  });

  it('refuses in Russian, and counts a registration over its limit (sample row 7) as exhausted too', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    expect(
      refusal(spreadsheet, addon, () => extend(addon, { row: 7, partner: 'Полярис ИТ', customer: 'ООО «Кедр Фарма»', registered: '2026-03-01' }), 'ru'),
    ).toEqual({
      ok: false,
      reason: 5,
      message:
        'Отказ, причина 5: исчерпан лимит продлений в рамках партнёрского статуса. Регистрацию со статусом «Бронзовый» можно продлить 1 раз; у строки 7 (ООО «Кедр Фарма») уже 2 продления. Ничего не записано.',
    });
  });

  it('refuses a registration that belongs to another partner (reason 3): sample row 3 is a duplicate of row 2', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusal(spreadsheet, addon, () => extend(addon, { row: 3, partner: 'Polaris IT', customer: '"Romashka" LLC', registered: '2026-09-15' }))).toEqual({
      ok: false,
      reason: 3,
      owner: { row: 2, partner: 'Vega Systems', customer: 'Romashka LLC', registered: '2026-09-01', expires: '2027-03-01' },
      message:
        'Refused, reason 3: the deal is registered to another partner. Vega Systems registered Romashka LLC on 2026-09-01 ("Deals" sheet, row 2: DLP, Time Tracker); that registration runs until 2027-03-01. Polaris IT may still sell the same products to this customer at a discount of up to 5%, at the vendor\'s discretion. Nothing was written.',
    });
  });

  it('refuses when the partner is no longer authorised (reason 2)', () => {
    const { spreadsheet, addon } = setUp();
    expect(refusal(spreadsheet, addon, () => extend(addon, ref(8, rows[6]))).reason).toBe(2);
  });

  it('refuses a registration that has already expired, or is closed', () => {
    const { spreadsheet, addon } = setUp();
    // Bronze: EDATE(D(-150), 3) ≈ D(-58), before today; its one extension is still unused.
    const expired = edate(D(-150), 3);
    expect(expired < TODAY).toBe(true);
    expect(refusal(spreadsheet, addon, () => extend(addon, ref(7, rows[5])))).toEqual({
      ok: false,
      // registering it again while it is open would be a repeat (SPEC §5 rule 4): its outcome comes first
      message: `The registration of Fjord AG (row 7) expired on ${expired}, so it can no longer be extended: record its outcome, then register the deal anew. Nothing was written.`,
    });
    expect(refusal(spreadsheet, addon, () => extend(addon, ref(9, rows[7]))).message).toBe(
      'The deal with Helix (row 9) is closed (won): nothing to extend or update. Nothing was written.',
    );
  });

  it('finds the registration when rows moved, and refuses when it is gone', () => {
    const { spreadsheet, addon } = setUp();
    // the list was shown, then a row was added above: Aster Labs is now in row 3
    setDeals(spreadsheet, [{ registered: D(-1), partner: 'Orion Soft', tier: 'White', customer: 'New Top', products: 'DLP' }, ...rows]);
    expect(ok(extend(addon, ref(2, rows[0])))).toMatchObject({ row: 3, extensions: 1 });
    expect(dealsSheet(spreadsheet)[2].slice(3, 9)).toEqual(['Aster Labs', '7701000002', 'DLP', '', 1, midnight(TODAY)]);
    expect(refusal(spreadsheet, addon, () => extend(addon, { ...ref(2, rows[0]), customer: 'Somebody Else' })).message).toBe(
      'The "Deals" sheet has changed since the list was shown: the registration is no longer in its row. Reload the list and try again; nothing was written.',
    );
    expect(refusal(spreadsheet, addon, () => extend(addon, { row: 'two' })).message).toBe('Pick a registration from the list first. Nothing was written.');
  });
});

// ---------- updateDealStatus ----------

describe('updateDealStatus', () => {
  const r: Row = { registered: D(-20), partner: 'Vega Systems', tier: 'Silver', customer: 'Aster Labs', products: 'DLP', lastUpdate: D(-20) };

  it('sets Last update = today, keeping the outcome, in ONE write', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [r]);
    const before = dealsSheet(spreadsheet);
    addon.resetCounts();
    const result = update(addon, ref(2, r), '', 'upd-1');
    expect(result).toEqual({
      ok: true,
      requestId: 'upd-1',
      action: 'update',
      row: 2,
      customer: 'Aster Labs',
      extensions: 0,
      extensionsAllowed: 1,
      expires: edate(D(-20), 6),
      lastUpdate: TODAY,
      outcome: 'open',
      repeated: false,
      message: `Recorded a status update of Aster Labs (row 2) on ${TODAY}.`,
    });
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    const expected = before.map((row) => [...row]);
    expected[1][8] = midnight(TODAY);
    expected[1][10] = 'upd-1';
    expected[1][11] = 'manager@example.com';
    expect(dealsSheet(spreadsheet)).toEqual(expected);
  });

  it('records an outcome with the update, in ONE write, and the deal leaves the open list', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [r]);
    addon.resetCounts();
    expect(ok(update(addon, ref(2, r), 'won')).message).toBe(`Recorded a status update of Aster Labs (row 2) on ${TODAY}; outcome: won.`);
    expect(writes(addon)).toEqual({ 'Range.setValues': 1 });
    expect(dealsSheet(spreadsheet)[1].slice(8, 10)).toEqual([midnight(TODAY), 'won']);
    expect(ok(addon.call('getPartnerDeals', 'Vega Systems')).deals).toEqual([]);
  });

  it("writes the outcome in the sheet's language (a word of either language is accepted)", () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    const ru = { ...r, partner: 'Вега Системс', tier: 'Серебряный', outcome: 'в работе' };
    setDeals(spreadsheet, [ru, { ...ru, customer: 'Второй' }], 'ru');
    expect(ok(update(addon, ref(2, ru), 'lost')).message).toBe(
      `Обновление по сделке с заказчиком Aster Labs (строка 2) записано ${ruDay(TODAY)}; итог: проиграна.`,
    );
    ok(update(addon, ref(3, { ...ru, customer: 'Второй' }), 'Cancelled'));
    expect(
      dealsSheet(spreadsheet, 'ru')
        .slice(1, 3)
        .map((row) => row[9]),
    ).toEqual(['проиграна', 'отменена']);
  });

  it('refuses an unknown outcome and a closed deal, writing nothing', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [r, { ...r, customer: 'Closed', outcome: 'lost' }]);
    expect(refusal(spreadsheet, addon, () => update(addon, ref(2, r), 'maybe')).message).toBe(
      '"maybe" is not an outcome: use open, won, lost or cancelled. Nothing was written.',
    );
    expect(refusal(spreadsheet, addon, () => update(addon, ref(3, { ...r, customer: 'Closed' }), '')).message).toBe(
      'The deal with Closed (row 3) is closed (lost): nothing to extend or update. Nothing was written.',
    );
  });
});
