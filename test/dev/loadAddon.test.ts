import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { at, column } from '../helpers/bundle';

const FIXTURE = join(__dirname, 'fixtures/Code.js');

describe('loadAddon with dist/Code.js', () => {
  it('loads the bundle without calling any service, and finds its custom functions', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet() });
    expect(addon.loadCounts).toEqual({});
    for (const name of ['GROWTH_PCT', 'GROWTH_RANK', 'CONTEST_TOP', 'LEAD_SLA', 'REFERRAL_CREDIT', 'REFERRAL_SCHEDULE', 'LEVEL_DISCOUNT', 'LEVEL_CHECK']) {
      expect(addon.customFunctions).toContain(name);
    }
    expect(addon.has('GROWTH_PCT')).toBe(true);
    expect(addon.has('IncentiveDesk')).toBe(false);
  });

  it('calls custom functions as Sheets does, reading the spreadsheet locale through the services', () => {
    const ss = createSpreadsheet({ locale: 'ru_RU', timeZone: 'Asia/Tokyo' });
    const addon = loadAddon({ spreadsheet: ss });
    // (28,000 − 20,000) / 20,000 = 0.4; an empty previous gives ''.
    expect(addon.call('GROWTH_PCT', column(20000, ''), column(28000, 5))).toEqual([[0.4], ['']]);
    // Russian locale → Russian text (SPEC §7: "ok" is "выполнено").
    expect(addon.call('LEVEL_CHECK', 'Retail', 0, 0)).toBe('выполнено');
    expect(addon.counts()).toEqual({
      'Spreadsheet.getSpreadsheetLocale': 2,
      'Spreadsheet.getSpreadsheetTimeZone': 2,
      'SpreadsheetApp.getActive': 2,
    });
    addon.resetCounts();
    expect(addon.counts()).toEqual({});
    ss.setSpreadsheetLocale('en_US');
    expect(addon.call('LEVEL_CHECK', 'Retail', 0, 0)).toBe('ok');
  });

  it('brings errors back as Errors of the test realm, with the add-on message', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet() });
    expect(addon.error('GROWTH_PCT', column(1, 'n/a'), column(1, 2))).toMatch(/^GROWTH_PCT: previous, row 2 of the range: "n\/a"/);
    expect(() => addon.call('LEVEL_DISCOUNT', 'Gold')).toThrow(Error);
    expect(() => addon.call('NO_SUCH_FUNCTION')).toThrow('NO_SUCH_FUNCTION is not a top-level function');
    expect(() => addon.error('GROWTH_PCT', 1, 2)).toThrow('GROWTH_PCT did not throw');
  });

  it('passes Dates across realms both ways', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet({ timeZone: 'UTC' }) });
    // Received 10:00, first contact 10:30 (within 1 hour); as of 20 January the 3-day follow-up
    // (due 13 January 10:00) is overdue and the 14-day one (due 24 January 10:00) is not yet due.
    expect(addon.call('LEAD_SLA', at('2026-01-10T10:00Z'), at('2026-01-10T10:30Z'), '', '', at('2026-01-20T00:00Z'))).toBe('overdue: follow-up 3d');
  });
});

describe('loadAddon with a fixture bundle', () => {
  it('hands the script values of its own realm', () => {
    const ss = createSpreadsheet({ sheets: ['Data'] });
    ss.getSheetByName('Data')!
      .getRange('A1:B2')
      .setValues([
        ['when', 'x'],
        [new Date('2026-01-01T00:00:00Z'), 1],
      ]);
    const addon = loadAddon({ spreadsheet: ss, codePath: FIXTURE });
    expect(addon.call('realmCheck', [[new Date()]])).toEqual([true, true, true, true, true, true, 'Exception', 'The starting row of the range is too small.']);
  });

  it('rebuilds request objects in the script realm, as google.script.run passes them', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet(), codePath: FIXTURE });
    expect(addon.call('describeRequest', { client: 'Acme', items: [{ code: 'ACT_9', quantity: 1 }] })).toEqual({
      isObject: true,
      plain: true,
      items: true,
      first: 'ACT_9',
    });
  });

  it('stores Dates the script writes and returns fresh values', () => {
    const ss = createSpreadsheet({ sheets: ['Data'] });
    const addon = loadAddon({ spreadsheet: ss, codePath: FIXTURE });
    const when = new Date('2026-03-15T09:00:00Z');
    expect(addon.call('appendToday', 'first', when)).toBe(1);
    expect(addon.call('appendToday', 'second', when)).toBe(2);
    const stored = ss.getSheetByName('Data')!.getRange('A1:B2').getValues();
    expect(stored).toEqual([
      [when, 'first'],
      [when, 'second'],
    ]);
    expect(stored[0][0]).toBeInstanceOf(Date);
  });

  it('gives every execution fresh globals by default, as Apps Script does', () => {
    const fresh = loadAddon({ spreadsheet: createSpreadsheet(), codePath: FIXTURE });
    expect([fresh.call('bump'), fresh.call('bump')]).toEqual([1, 1]);
    const shared = loadAddon({ spreadsheet: createSpreadsheet(), codePath: FIXTURE, isolation: 'shared' });
    expect([shared.call('bump'), shared.call('bump')]).toEqual([1, 2]);
  });

  it('runs simple triggers with an event, refusing the document in AuthMode.NONE', () => {
    const ss = createSpreadsheet({ name: 'Program', locale: 'ru_RU' });
    const addon = loadAddon({ spreadsheet: ss, codePath: FIXTURE });
    expect(addon.callTrigger('onOpenReading')).toEqual(['FULL', 'Program', 1]);
    // In NONE the menu is built (the user's language is known) but opening the document is refused.
    expect(() => addon.callTrigger('onOpenReading', { authMode: 'NONE' })).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive in AuthMode.NONE',
    );
    expect(addon.ui.addonMenu!.items).toEqual([{ kind: 'item', caption: 'Открыть', functionName: 'showSidebar' }]);
  });

  it('records Logger and console output', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet(), codePath: FIXTURE });
    addon.runExecution(({ Logger, console }) => {
      Logger.log('balance %s', 35);
      console.warn('low');
    });
    expect(addon.logs).toEqual(['balance 35', '[warn] low']);
  });
});
