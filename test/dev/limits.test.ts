/*
 * What Apps Script enforces beyond the spreadsheet: property sizes counted in
 * UTF-8 bytes (9 KB = 9,216 bytes per key and value, 500 KB = 512,000 bytes
 * per store), and the userinfo.email scope for Session's users, checked
 * against the manifest given (never the repository's own file).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, hostServices, loadAddon } from '../../dev/memory';

const FIXTURE = join(__dirname, 'fixtures', 'Code.js');
const EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const SHEETS = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

describe('PropertiesService sizes in bytes', () => {
  const props = () => hostServices(createSpreadsheet()).PropertiesService.getDocumentProperties();

  it('refuses a Cyrillic value over 9 KB in bytes though it has fewer than 9,216 letters', () => {
    const doc = props();
    // 4,600 letters of 2 bytes + the 1-byte key: 9,201 bytes, under 9,216.
    doc.setProperty('k', 'я'.repeat(4_600));
    expect(doc.getProperty('k')).toHaveLength(4_600);
    // 4,700 letters: 9,400 bytes.
    expect(() => doc.setProperty('k', 'я'.repeat(4_700))).toThrow('Argument too large: value');
    // The same count of Latin letters is 4,701 bytes: fine.
    doc.setProperty('k', 'z'.repeat(4_700));
    // The key counts: 9,215 bytes of value and a 2-byte key are 9,217.
    expect(() => doc.setProperty('kk', 'z'.repeat(9_215))).toThrow('Argument too large: value');
    doc.setProperty('k', 'z'.repeat(9_215));
    expect(() => doc.setProperties({ big: 'ж'.repeat(4_700) })).toThrow('Argument too large: value');
  });

  it('refuses to grow the store past 500 KB in bytes; replacing a value counts it once', () => {
    const doc = props();
    // Each property: a 3-byte key and 4,550 Cyrillic letters (9,100 bytes) = 9,103 bytes.
    // 56 of them are 509,768 bytes; a 57th would make 518,871 > 512,000.
    const value = 'ю'.repeat(4_550);
    for (let i = 0; i < 56; i++) doc.setProperty(`k${String(i).padStart(2, '0')}`, value);
    expect(() => doc.setProperty('k56', value)).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(doc.getProperty('k56')).toBeNull();
    doc.setProperty('k00', value);
    // 509,768 + a 3-byte key and 2,229 bytes = 512,000 exactly: allowed; one byte more is not.
    doc.setProperty('k56', 'z'.repeat(2_229));
    expect(() => doc.setProperty('k57', '')).toThrow('property storage quota');
  });
});

describe('Session needs the userinfo.email scope of the manifest', () => {
  const run = (manifest: Parameters<typeof loadAddon>[0]['manifest']) =>
    loadAddon({ spreadsheet: createSpreadsheet(), codePath: FIXTURE, user: 'ann@example.com', manifest });

  it('throws Apps Script’s permission error when the manifest lists scopes without it', () => {
    const addon = run({ timeZone: 'Europe/Moscow', oauthScopes: [SHEETS] });
    expect(addon.error('whoAmI')).toBe(`You do not have permission to call Session.getActiveUser. Required permissions: ${EMAIL}`);
    const effective = () => addon.runExecution(({ Session }) => Session.getEffectiveUser().getEmail());
    expect(effective).toThrow(`You do not have permission to call Session.getEffectiveUser. Required permissions: ${EMAIL}`);
    // Other Session calls need no scope.
    expect(addon.runExecution(({ Session }) => Session.getActiveUserLocale())).toBe('en');
  });

  it('gives the e-mail with the scope, or when the manifest lists no scopes (Apps Script infers them)', () => {
    expect(run({ timeZone: 'Europe/Moscow', oauthScopes: [SHEETS, EMAIL] }).call('whoAmI')[0]).toBe('ann@example.com');
    expect(run({ timeZone: 'Asia/Tokyo' }).call('whoAmI')).toEqual(['ann@example.com', 'en', 'Asia/Tokyo']);
  });

  it('reads a manifest file given by path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const path = join(dir, 'appsscript.json');
    writeFileSync(path, JSON.stringify({ timeZone: 'UTC', oauthScopes: [SHEETS] }));
    expect(run(path).error('whoAmI')).toMatch(/^You do not have permission to call Session.getActiveUser/);
    writeFileSync(path, JSON.stringify({ timeZone: 'UTC', oauthScopes: [EMAIL] }));
    expect(run(path).call('whoAmI')).toEqual(['ann@example.com', 'en', 'UTC']);
  });

  it('gives an empty e-mail where Google withholds it: simple triggers and custom functions', () => {
    const addon = run({ oauthScopes: [SHEETS, EMAIL] });
    const seen: string[] = [];
    for (const authMode of ['NONE', 'LIMITED', 'FULL'] as const) {
      addon.runExecution(({ Session }, execution) => {
        execution.authMode = authMode;
        seen.push(Session.getActiveUser().getEmail());
      });
    }
    expect(seen).toEqual(['', '', 'ann@example.com']);
    const cf = addon.customFunctionSession();
    try {
      const result = cf.call('whoAmI', []);
      expect('value' in result && (result.value as string[])[0]).toBe('');
    } finally {
      cf.end();
    }
  });
});
