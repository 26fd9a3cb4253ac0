/**
 * The deal dialog and SPEC §5 rule 4 / §9.2 (issue 12): a partner's registration of its own open
 * deal is refused — reason 5 when that registration has no extension left, otherwise with the
 * advice to extend it or record its outcome —; the owner it names is DEAL_STATUS's; unauthorised
 * partners are refused (reason 2); the list marks expired registrations; terms come from the
 * rules sheet (SPEC §12). Dates are counted from today (D(n)), so every value holds on any day.
 */
import { bi } from '../helpers/texts';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/programs/partners/template';
import { ok } from '../helpers/dialogs';
import { TODAY, edate } from '../helpers/days';
import { D, type Row, dealsSheet, refusal, register, setDeals, sheet, workbook } from '../helpers/dealDialog';

const cedar: Row = { registered: D(-200), partner: 'Polaris IT', tier: 'Bronze', customer: 'Cedar Pharma', products: 'DLP', extensions: 1, lastUpdate: D(-3) };

describe('registerDeal: the partner’s own open registration (a repeat)', () => {
  it('refuses with reason 5 when the open registration has used its extensions, even after it expired (issue 12, item 1)', () => {
    // Bronze: 3 months, 1 extension; D(-200) + 6 months has passed, the registration is still open.
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [cedar]);
    const refused = refusal(spreadsheet, addon, () => register(addon, { partner: 'Polaris IT', customer: 'Cedar Pharma', products: 'DLP' }));
    expect(refused).toMatchObject({
      reason: 5,
      repeat: { row: 2, partner: 'Polaris IT', customer: 'Cedar Pharma', registered: D(-200), expires: edate(D(-200), 6) },
    });
    expect(refused.message).toBe(
      `Refused, reason 5: the extension limit of the partner's tier is exhausted. Polaris IT already registered Cedar Pharma on ${D(-200)} ("Deals" sheet, row 2: DLP), and that registration is still open with 1 extension, where a Bronze registration may be extended 1 time: registering the same deal again is no way around the extension limit. Record its outcome first; a registration after that is a new deal. Nothing was written.`,
    );
  });

  it('advises extending the open registration when it has an extension left, and names the partner itself (issue 12, item 2)', () => {
    // Vega's row 2 owns the deal; Polaris's row 3 is its duplicate. Vega registering again is a repeat of ITS row 2.
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [
      { registered: D(-30), partner: 'Vega Systems', tier: 'Silver', customer: 'Romashka LLC', products: 'DLP', lastUpdate: D(-2) },
      { registered: D(-20), partner: 'Polaris IT', tier: 'Bronze', customer: '"Romashka" LLC', products: 'DLP', lastUpdate: D(-2) },
    ]);
    const refused = refusal(spreadsheet, addon, () => register(addon, { partner: 'Vega Systems', customer: 'Romashka LLC', products: 'DLP' }));
    expect(refused.reason).toBeUndefined();
    expect(refused.repeat).toMatchObject({ row: 2, partner: 'Vega Systems' });
    expect(refused.message).toBe(
      `Refused: Vega Systems already registered Romashka LLC on ${D(-30)} ("Deals" sheet, row 2: DLP), and that registration is still open (until ${edate(D(-30), 6)}); registering the same deal again is not allowed. Extend row 2 (0 of 1 extension used), or record its outcome and then register anew. Nothing was written.`,
    );
    // Orion (a third partner) is refused with reason 3 naming Vega's row 2, never Polaris's duplicate
    expect(refusal(spreadsheet, addon, () => register(addon, { partner: 'Orion Soft', customer: 'Romashka', products: 'dlp' }))).toMatchObject({
      reason: 3,
      owner: { row: 2, partner: 'Vega Systems' },
    });
  });

  it('registers anew once the earlier registration’s outcome is recorded', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [{ ...cedar, outcome: 'lost', lastUpdate: D(-1) }]);
    expect(ok(register(addon, { partner: 'Polaris IT', customer: 'Cedar Pharma', products: 'DLP' }))).toMatchObject({ row: 3, expires: edate(TODAY, 3) });
  });

  it('speaks Russian', () => {
    const { spreadsheet, addon } = workbook('ru_RU');
    setDeals(spreadsheet, [{ ...cedar, partner: 'Полярис ИТ', tier: 'Бронзовый', customer: 'ООО «Кедр Фарма»' }], 'ru');
    const refused = refusal(spreadsheet, addon, () => register(addon, { partner: 'Полярис ИТ', customer: 'Кедр Фарма', products: 'dlp' }), 'ru');
    expect(refused.reason).toBe(5);
    expect(refused.message).toMatch(
      /^Отказ, причина 5: исчерпан лимит продлений в рамках партнёрского статуса\. Партнёр «Полярис ИТ» уже зарегистрировал сделку/,
    );
  });
});

describe('registerDeal: authorisation (reason 2)', () => {
  it('refuses a partner not ticked as authorised, or deauthorised by the vendor', () => {
    const { spreadsheet, addon } = workbook();
    expect(refusal(spreadsheet, addon, () => register(addon, { partner: 'Deneb Trade', customer: 'X', products: 'DLP' }))).toMatchObject({
      reason: 2,
      message:
        'Refused, reason 2: the partner is not authorised. Deneb Trade is not ticked as Authorised on the "Partners" sheet (row 7). Nothing was written.',
    });
    // the Vendor override column (L) of Vega Systems says deauthorised
    sheet(spreadsheet, { name: bi('Partners', 'Партнёры') }, 'en')
      .getRange('L4')
      .setValue('deauthorised');
    expect(refusal(spreadsheet, addon, () => register(addon, { partner: 'Vega Systems', customer: 'X', products: 'DLP' })).reason).toBe(2);
  });
});

describe('the deal dialog reads the rules sheet (SPEC §12)', () => {
  it('takes the term and the extension limit from it', () => {
    const { spreadsheet, addon } = workbook();
    // Bronze (row 3): Registration months (H) 4, Extensions (I) 0
    sheet(spreadsheet, RULES, 'en')
      .getRange('H3:I3')
      .setValues([[4, 0]]);
    const state = ok(addon.call('getDealState'));
    expect(state.partners[1]).toMatchObject({ name: 'Polaris IT', tier: 'Bronze', registrationMonths: 4, extensionsAllowed: 0 });
    expect(ok(register(addon, { partner: 'Polaris IT', customer: 'Nova', products: 'DLP' })).expires).toBe(edate(TODAY, 4));
  });
  it('refuses, naming the cell, when the rules sheet cannot be read', () => {
    const { spreadsheet, addon } = workbook();
    sheet(spreadsheet, RULES, 'en').getRange('B3').setValue('lots');
    expect(refusal(spreadsheet, addon, () => register(addon, { partner: 'Polaris IT', customer: 'Nova', products: 'DLP' })).message).toBe(
      'The "Rules: partners" sheet, cell B3 (Min sales): "lots" is not a number. Correct the cell; nothing was written.',
    );
  });
});

describe('getPartnerDeals: expired registrations are marked', () => {
  it('marks an open registration past its expiry', () => {
    const { spreadsheet, addon } = workbook();
    setDeals(spreadsheet, [cedar, { ...cedar, registered: D(-10), customer: 'Oak Bank', extensions: 0 }]);
    const listed = ok(addon.call('getPartnerDeals', 'Polaris IT'));
    expect(listed.deals.map((deal: { row: number; expired: boolean; status: string }) => [deal.row, deal.expired, deal.status])).toEqual([
      [2, true, 'expired'],
      [3, false, 'active'],
    ]);
    expect(dealsSheet(spreadsheet)).toHaveLength(3);
  });
});
