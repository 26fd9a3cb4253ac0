import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import type { MenuEntry } from '../../dev/memory';

function captions(entries: MenuEntry[]): unknown[] {
  return entries.map((e) => (e.kind === 'item' ? e.caption : e.kind === 'submenu' ? { [e.caption]: captions(e.items) } : '—'));
}

describe('the add-on menu', () => {
  it('is built in AuthMode.NONE, in English, touching nothing but the Ui', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Moscow' }) });
    addon.resetCounts();
    addon.callTrigger('onOpen', { authMode: 'NONE' });
    expect(captions(addon.runtime.ui.addonMenu!.items)).toEqual([
      'Redeem points…',
      'Register a deal…',
      'Growth contest…',
      'What if…',
      '—',
      'Set report dates to today',
      { 'Insert template': ['Bonus points (customers)', 'Partner tiers and deals', 'Referral credits', 'Partner levels', 'Growth contest and leads'] },
      '—',
      'About Incentive Desk',
    ]);
    expect(addon.counts()['Menu.addToUi']).toBe(1);
    const services = Object.keys(addon.counts()).filter((k) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.|Session\.getActiveUserLocale)/.test(k));
    expect(services).toEqual([]);
  });

  it("speaks the user's language", () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'ru_RU', timeZone: 'Europe/Moscow' }) });
    addon.callTrigger('onInstall', { authMode: 'FULL' });
    const items = addon.runtime.ui.addonMenu!.items;
    expect(items[0]).toMatchObject({ caption: 'Списать баллы…' });
    expect(items[3]).toMatchObject({ caption: 'Что если…', functionName: 'showWhatIfDialog' });
    expect(items.find((e) => e.kind === 'submenu')).toMatchObject({ caption: 'Вставить шаблон' });
  });

  it('names only functions that exist in dist/Code.js', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'en_US', timeZone: 'UTC' }) });
    addon.callTrigger('onOpen', { authMode: 'NONE' });
    const names: string[] = [];
    const walk = (entries: MenuEntry[]) => {
      for (const e of entries) {
        if (e.kind === 'item') names.push(e.functionName);
        else if (e.kind === 'submenu') walk(e.items);
      }
    };
    walk(addon.runtime.ui.addonMenu!.items);
    // the three dialogs arrive with their own issue; every other item must be callable
    for (const name of names.filter((n) => !/^show(Redeem|Deal|Contest)Dialog$/.test(n))) expect(addon.has(name), name).toBe(true);
  });

  it('opens the About dialog, which talks to the server', () => {
    const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'en_US', timeZone: 'Asia/Tokyo' }) });
    addon.call('showAboutDialog');
    const dialog = addon.runtime.ui.lastDialog!;
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('About Incentive Desk');
    expect(dialog.content).toContain('google.script.run');
    expect(dialog.content).not.toMatch(/<script[^>]+src=/); // self-contained
    const info = addon.call('getAddonInfo');
    expect(info).toMatchObject({ name: 'Incentive Desk', lang: 'en', timeZone: 'Asia/Tokyo', spreadsheetLocale: 'en_US' });
    expect(info.functions).toContain('PARTNER_TIER');
  });
});
