import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CODE_PATH, loadBundle } from '../helpers/bundle';

const code = readFileSync(CODE_PATH, 'utf8');
const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));

describe('dist/Code.js', () => {
  it('loads in a bare context with no Apps Script services', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context)).not.toThrow();
    expect(typeof vm.runInContext('GROWTH_PCT', context)).toBe('function');
  });

  it('calls no service while loading', () => {
    const b = loadBundle({ timeZone: 'Asia/Tokyo' });
    expect(b.serviceCalls).toEqual({});
  });

  it('is a classic script: no import/export and no top-level const, let or class', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/^(const|let|class)\s/m);
  });

  it('uses English where no spreadsheet is available', () => {
    const b = loadBundle();
    expect(b.error('GROWTH_PCT', 'abc', 1)).toBe('GROWTH_PCT: previous: "abc" is not a number');
  });

  it('reads the locale and time zone once per call', () => {
    const b = loadBundle({ timeZone: 'Asia/Tokyo', locale: 'ru_RU' });
    b.call('GROWTH_PCT', [[1], [2], [3]], [[2], [3], [4]]);
    expect(b.serviceCalls.getSpreadsheetLocale).toBe(1);
    expect(b.serviceCalls.getSpreadsheetTimeZone).toBe(1);
  });
});

describe('manifest', () => {
  it('is copied into dist/ and asks for exactly the three scopes of SPEC §1', () => {
    const copied = JSON.parse(readFileSync(join(__dirname, '../../dist/appsscript.json'), 'utf8'));
    expect(copied).toEqual(manifest);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    expect(typeof manifest.timeZone).toBe('string');
  });
});
