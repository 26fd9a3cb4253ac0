import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, formatDate, hostServices, loadAddon } from '../../dev/memory';

const FIXTURES = join(__dirname, 'fixtures');

describe('Utilities.formatDate', () => {
  // 2026-01-31T21:05:09.007Z is 1 February 2026, 00:05:09 in Moscow (UTC+3) and 06:05:09 in Tokyo (UTC+9).
  const instant = new Date('2026-01-31T21:05:09.007Z');

  it('formats the wall clock of the given zone', () => {
    expect(formatDate(instant, 'Europe/Moscow', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-02-01 00:05:09');
    expect(formatDate(instant, 'Asia/Tokyo', 'dd.MM.yyyy HH:mm')).toBe('01.02.2026 06:05');
    expect(formatDate(instant, 'UTC', 'yyyy-MM-dd')).toBe('2026-01-31');
    expect(formatDate(instant, 'GMT+3', 'HH:mm')).toBe('00:05');
  });

  it('supports literals in quotes, a doubled quote, and more letters', () => {
    expect(formatDate(instant, 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2026-02-01T00:05:09.007+03:00');
    expect(formatDate(instant, 'Europe/Moscow', "h 'o''clock' a, EEE d MMM yy")).toBe("12 o'clock AM, Sun 1 Feb 26");
    expect(formatDate(instant, 'Europe/Moscow', "''yyyy''")).toBe("'2026'");
    expect(formatDate(instant, 'Europe/Moscow', 'EEEE, MMMM d Z')).toBe('Sunday, February 1 +0300');
    expect(formatDate(instant, 'UTC', 'X')).toBe('Z');
  });

  it('reads an unknown zone as GMT and refuses unknown letters or non-dates', () => {
    expect(formatDate(instant, 'Not/AZone', 'HH:mm')).toBe('21:05');
    expect(() => formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => formatDate('2026-01-01', 'UTC', 'yyyy')).toThrow("don't match the method signature for Utilities.formatDate");
  });

  it('is reachable as Utilities with getUuid', () => {
    const { Utilities } = hostServices(createSpreadsheet());
    expect(Utilities.formatDate(instant, 'Asia/Tokyo', 'yyyy')).toBe('2026');
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
  });
});

describe('PropertiesService', () => {
  it('keeps document properties with the spreadsheet and user properties per user', () => {
    const ss = createSpreadsheet();
    const addon = loadAddon({ spreadsheet: ss, codePath: join(FIXTURES, 'Code.js') });
    addon.runExecution(
      ({ PropertiesService }) => {
        PropertiesService.getDocumentProperties()
          .setProperty('ledger', 'Redemptions')
          .setProperty('n', 3 as unknown as string);
        PropertiesService.getUserProperties().setProperty('lang', 'ru');
        PropertiesService.getScriptProperties().setProperties({ a: '1', b: '2' });
      },
      { user: 'ann@example.com' },
    );
    const seen = addon.runExecution(
      ({ PropertiesService }) => {
        const doc = PropertiesService.getDocumentProperties();
        return {
          doc: doc.getProperties(),
          n: doc.getProperty('n'),
          missing: doc.getProperty('nope'),
          user: PropertiesService.getUserProperties().getProperty('lang'),
          script: PropertiesService.getScriptProperties().getKeys().sort(),
        };
      },
      { user: 'bob@example.com' },
    );
    // Values are stored as strings; bob has no user properties of his own.
    expect(seen).toEqual({ doc: { ledger: 'Redemptions', n: '3' }, n: '3', missing: null, user: null, script: ['a', 'b'] });
    // Document properties belong to the spreadsheet: another installation sees them.
    const other = hostServices(ss).PropertiesService.getDocumentProperties();
    expect(other.getProperty('ledger')).toBe('Redemptions');
    other.deleteProperty('ledger');
    expect(other.getKeys()).toEqual(['n']);
    other.setProperties({ x: '1' }, true);
    expect(other.getProperties()).toEqual({ x: '1' });
    expect(() => other.setProperty('big', 'x'.repeat(10_000))).toThrow('Argument too large');
  });
});

describe('Session', () => {
  it('reports the execution user, locale and the script time zone', () => {
    const ss = createSpreadsheet({ locale: 'ru_RU' });
    const addon = loadAddon({ spreadsheet: ss, codePath: join(FIXTURES, 'Code.js'), user: 'ann@example.com' });
    // The default user locale follows the spreadsheet's language.
    expect(addon.call('whoAmI')).toEqual(['ann@example.com', 'ru', 'Europe/Moscow']);
    expect(addon.callAs({ user: 'bob@example.com', locale: 'en' }, 'whoAmI')).toEqual(['bob@example.com', 'en', 'Europe/Moscow']);
    addon.user = { email: 'eve@example.com', locale: 'en' };
    expect(addon.call('whoAmI')[0]).toBe('eve@example.com');
  });
});

describe('Ui and HtmlService', () => {
  const setup = () => loadAddon({ spreadsheet: createSpreadsheet(), codePath: join(FIXTURES, 'Code.js') });

  it('records the add-on menu tree', () => {
    const addon = setup();
    addon.call('onOpen');
    expect(addon.ui.addonMenu).toEqual({
      caption: 'Incentive Desk',
      addon: true,
      items: [
        { kind: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
        { kind: 'separator' },
        { kind: 'submenu', caption: 'Templates', items: [{ kind: 'item', caption: 'Bonus points', functionName: 'insertBonus' }] },
      ],
    });
    // Opening again replaces the add-on menu instead of adding a second one.
    addon.call('onOpen');
    expect(addon.ui.menus).toHaveLength(1);
    expect(addon.counts()['Menu.addItem']).toBe(4);
  });

  it('records sidebars and dialogs built from dist-style html files', () => {
    const addon = setup();
    addon.call('showSidebar');
    const sidebar = addon.ui.lastDialog!;
    expect([sidebar.kind, sidebar.title, sidebar.width]).toEqual(['sidebar', 'Redeem points', 300]);
    expect(sidebar.content).toContain('<h1>Redeem points</h1>');
    addon.call('showDialog');
    const dialog = addon.ui.lastDialog!;
    expect([dialog.kind, dialog.title, dialog.width, dialog.height, dialog.content]).toEqual(['modal', 'Contest', 480, 320, '<p>Hi</p>']);
    expect(addon.ui.dialogs).toHaveLength(2);
  });

  it('answers prompts and alerts from a queue', () => {
    const addon = setup();
    addon.ui.answer('OK', 'Ann');
    addon.ui.answer('NO');
    expect(addon.call('askName')).toEqual(['OK', 'Ann', 'NO']);
    // With nothing queued: the first button and no text.
    expect(addon.call('askName')).toEqual(['OK', '', 'YES']);
    expect(addon.ui.messages.map((m) => [m.kind, m.message, m.button])).toEqual([
      ['prompt', 'Your name', 'OK'],
      ['alert', 'Sure?', 'NO'],
      ['prompt', 'Your name', 'OK'],
      ['alert', 'Sure?', 'YES'],
    ]);
  });

  it('builds outputs and templates', () => {
    const { HtmlService } = hostServices(createSpreadsheet());
    const out = HtmlService.createHtmlOutput('<b>x</b>').setTitle('T').setWidth(300).setHeight(200).addMetaTag('viewport', 'width=device-width');
    out.setSandboxMode(HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['<b>x</b>', 'T', 300, 200]);
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([['viewport', 'width=device-width']]);
    const template = HtmlService.createTemplate('<p><?= user.name ?> <?!= raw ?></p>');
    template.user = { name: '<Ann>' };
    template.raw = '<i>ok</i>';
    expect(template.evaluate().getContent()).toBe('<p>&lt;Ann&gt; <i>ok</i></p>');
    expect(() => HtmlService.createTemplate('<? if (x) { ?>').evaluate()).toThrow('not supported');
  });

  it('refuses a missing html file with Apps Script message', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet(), codePath: join(FIXTURES, 'Code.js') });
    expect(() => addon.runExecution(({ HtmlService }) => HtmlService.createHtmlOutputFromFile('Nope'))).toThrow('No HTML file named Nope was found.');
  });
});
