/**
 * The Register a deal dialog (SPEC §5, §9.2) through dist/Code.js on the in-memory spreadsheet:
 * the sidebar, the partners it lists (getDealState) and a partner's open registrations
 * (getPartnerDeals). Set-up and the sample rows worked out by hand: test/helpers/dealDialog.ts.
 */
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { PARTNERS } from '../../src/programs/partners/template';
import { ok } from '../helpers/dialogs';
import { TODAY, edate } from '../helpers/days';
import { D, setDeals, sheet, workbook, writes } from '../helpers/dealDialog';

// ---------- the menu item ----------

describe('the Register a deal sidebar', () => {
  it("opens from the menu as a 300-px sidebar in the user's language, self-contained", () => {
    for (const [locale, title] of [
      ['en_US', 'Deal registration'],
      ['ru_RU', 'Регистрация сделки'],
    ] as const) {
      const { addon } = workbook(locale);
      addon.call('showDealDialog');
      const dialog = addon.ui.lastDialog!;
      expect(dialog).toMatchObject({ kind: 'sidebar', title, width: 300 });
      expect(dialog.content).toContain('google.script.run');
      expect(dialog.content).toContain('registerDeal');
      expect(dialog.content).not.toMatch(/<script[^>]+src=/);
      const urls = [...dialog.content.matchAll(/(?:href|src)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
      expect(urls).toEqual(['https://ssl.gstatic.com/docs/script/css/add-ons1.css']);
      expect(dialog.content).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});

// ---------- getDealState ----------

describe('getDealState', () => {
  it('lists the partners with the tier the core computes from each row, in English', () => {
    const { addon } = workbook();
    expect(addon.call('getDealState')).toEqual({
      ok: true,
      lang: 'en',
      today: TODAY,
      partners: [
        { name: 'Orion Soft', authorised: true, tier: 'White', registrationMonths: 3, extensionsAllowed: 0, downgraded: false },
        { name: 'Polaris IT', authorised: true, tier: 'Bronze', registrationMonths: 3, extensionsAllowed: 1, downgraded: false },
        { name: 'Vega Systems', authorised: true, tier: 'Silver', registrationMonths: 6, extensionsAllowed: 1, downgraded: false },
        { name: 'Sirius Integration', authorised: true, tier: 'Gold', registrationMonths: 9, extensionsAllowed: 0, downgraded: false },
        { name: 'Altair Group', authorised: true, tier: 'Trusted', registrationMonths: 12, extensionsAllowed: 0, downgraded: false },
        // SPEC §5: only an authorised partner has a tier
        { name: 'Deneb Trade', authorised: false, tier: '', registrationMonths: 0, extensionsAllowed: 0, downgraded: false },
      ],
    });
  });

  it('speaks Russian to a Russian user', () => {
    const { addon } = workbook('ru_RU');
    const state = ok(addon.call('getDealState'));
    expect(state.lang).toBe('ru');
    expect(state.partners.map((p: any) => [p.name, p.tier])).toEqual([
      ['Орион Софт', 'Белый'],
      ['Полярис ИТ', 'Бронзовый'],
      ['Вега Системс', 'Серебряный'],
      ['Сириус Интеграция', 'Золотой'],
      ['Альтаир Груп', 'Доверенный'],
      ['Денеб Трейд', ''],
    ]);
    // an English user of the same workbook reads tier names in English
    expect(ok(addon.callAs({ locale: 'en' }, 'getDealState')).partners[2]).toMatchObject({ name: 'Вега Системс', tier: 'Silver' });
  });

  it('computes the tier from the row, not from the Tier cell', () => {
    const { spreadsheet, addon } = workbook();
    const partners = sheet(spreadsheet, PARTNERS, 'en');
    // Orion Soft: 500,000, sales training, quarterly marketing → Silver (SPEC §5), while its Tier cell says Trusted.
    partners.getRange('C2:E2').setValues([[500000, true, 'quarterly']]);
    partners.getRange('H2').setValue('Trusted');
    // Polaris IT at exactly 150,000 → Bronze; an empty sales cell → no sales yet → White.
    partners.getRange('C3').setValue(150000);
    partners.getRange('C5').setValue('');
    const tiers = ok(addon.call('getDealState')).partners.map((p: any) => p.tier);
    expect(tiers).toEqual(['Silver', 'Bronze', 'Silver', 'White', 'Trusted', '']);
  });

  it('reads the Partners sheet and the rules sheet with one getValues each and writes nothing', () => {
    const { addon } = workbook();
    addon.resetCounts();
    ok(addon.call('getDealState'));
    expect(addon.counts()['Range.getValues']).toBe(2);
    expect(writes(addon)).toEqual({});
  });

  it('flags a partner whose row cannot be read, or who is listed twice', () => {
    const { spreadsheet, addon } = workbook();
    const partners = sheet(spreadsheet, PARTNERS, 'en');
    partners.getRange('C3').setValue('lots');
    partners.getRange('A8:C8').setValues([['orion soft LLC', true, 100]]);
    const state = ok(addon.call('getDealState'));
    expect(state.partners[0]).toEqual({
      name: 'Orion Soft',
      authorised: true,
      tier: '',
      registrationMonths: 0,
      extensionsAllowed: 0,
      downgraded: false,
      problem: 'Orion Soft is listed more than once on the "Partners" sheet (rows 2, 8). Keep one row per partner first.',
    });
    expect(state.partners[1].problem).toBe('The "Partners" sheet, row 3, column Sales, 12 months: "lots" is not a number. Correct the cell first.');
    expect(state.partners).toHaveLength(6);
  });

  it("refuses, in the user's language, when the template is not there", () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'ru_RU' }) });
    expect(addon.call('getDealState')).toEqual({ ok: false, message: 'Нет листа «Партнёры». Сначала вставьте шаблон из меню дополнения.' });
  });
});

// ---------- getPartnerDeals ----------

describe('getPartnerDeals', () => {
  it("lists the partner's open registrations with expiry and DEAL_STATUS, oldest first (sample rows)", () => {
    const { addon } = workbook();
    expect(addon.call('getPartnerDeals', 'Polaris IT')).toEqual({
      ok: true,
      lang: 'en',
      partner: 'Polaris IT',
      today: TODAY,
      deals: [
        {
          row: 7,
          partner: 'Polaris IT',
          customer: 'Cedar Pharma',
          taxId: '7812555666',
          products: 'DLP',
          registered: '2026-03-01',
          expires: '2026-12-01', // EDATE(01.03.2026, 3 × (1 + 2))
          lastUpdate: '2026-05-15',
          extensions: 2,
          extensionsAllowed: 1,
          status: 'extensions exceeded',
          expired: TODAY > '2026-12-01', // ISO days compare as text
          tier: 'Bronze',
        },
        {
          row: 3,
          partner: 'Polaris IT',
          customer: '"Romashka" LLC',
          taxId: '',
          products: 'DLP',
          registered: '2026-09-15',
          expires: '2026-12-15', // EDATE(15.09.2026, 3)
          lastUpdate: '2026-11-25',
          extensions: 0,
          extensionsAllowed: 1,
          status: 'duplicate of row 2',
          expired: TODAY > '2026-12-15',
          tier: 'Bronze',
        },
      ],
    });
    // closed registrations are left out: Sirius's only deal is won
    expect(ok(addon.call('getPartnerDeals', 'Sirius Integration')).deals).toEqual([]);
    // Vega: rows 2 and 6, expiring EDATE(01.09.2026, 6) and EDATE(05.10.2026, 6)
    expect(ok(addon.call('getPartnerDeals', 'vega systems')).deals.map((d: any) => [d.row, d.customer, d.expires])).toEqual([
      [2, 'Romashka LLC', '2027-03-01'],
      [6, 'North Mining', '2027-04-05'],
    ]);
  });

  it("says active, stale and expired as of today, in the user's language", () => {
    const { spreadsheet, addon } = workbook();
    const base = { partner: 'Vega Systems', tier: 'Silver', products: 'DLP' };
    setDeals(spreadsheet, [
      { ...base, registered: D(-20), customer: 'A', lastUpdate: D(-1) }, // 1 day since news → active
      { ...base, registered: D(-20), customer: 'B', lastUpdate: D(-14) }, // 14 days: not more than 14 → active
      { ...base, registered: D(-20), customer: 'C', lastUpdate: D(-15) }, // 15 days > 14 → stale
      { ...base, registered: D(-200), customer: 'E', lastUpdate: D(-1) }, // EDATE(D(-200), 6) ≈ D(-17) < today → expired
    ]);
    expect(edate(D(-200), 6) < TODAY).toBe(true);
    expect(ok(addon.call('getPartnerDeals', 'Vega Systems')).deals.map((d: any) => [d.registered, d.customer, d.status])).toEqual([
      [D(-200), 'E', 'expired'],
      [D(-20), 'A', 'active'],
      [D(-20), 'B', 'active'],
      [D(-20), 'C', 'stale'],
    ]);
    expect(ok(addon.callAs({ locale: 'ru' }, 'getPartnerDeals', 'Vega Systems')).deals.map((d: any) => d.status)).toEqual([
      'истекла',
      'активна',
      'активна',
      'нет обновлений',
    ]);
  });

  it('refuses a partner who is not on the Partners sheet (reason 2)', () => {
    const { addon } = workbook();
    expect(addon.call('getPartnerDeals', 'Nobody Ltd')).toEqual({
      ok: false,
      reason: 2,
      message: 'Refused, reason 2: the partner is not authorised. "Nobody Ltd" is not on the "Partners" sheet. Nothing was written.',
    });
  });
});
