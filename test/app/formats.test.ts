import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { DEFAULT_NUMBER_FORMAT } from '../../dev/memory/display';

const INSERTS = ['insertBonusTemplate', 'insertPartnerTemplate', 'insertReferralTemplate', 'insertLevelsTemplate', 'insertGrowthTemplate'];

describe.each(['en_US', 'ru_RU'])('template number formats in %s', (locale) => {
  it('never use an optional decimal part, which Sheets shows as a trailing separator (120,000.)', () => {
    const spreadsheet = createSpreadsheet({ locale, timeZone: 'Europe/Moscow' });
    const addon = loadAddon({ spreadsheet });
    for (const name of INSERTS) expect(addon.call(name)).toMatchObject({ ok: true });
    const formats = new Set<string>();
    for (const sheet of spreadsheet.getSheets()) {
      for (const row of sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).getNumberFormats()) for (const f of row) formats.add(f);
    }
    // The default format of a cell never formatted (0.###…) is Sheets' automatic one, shown without a separator.
    expect([...formats].filter((f) => f !== DEFAULT_NUMBER_FORMAT && /\.#/.test(f))).toEqual([]);
    // The money columns (Sales, 12 months; Amount…) show two decimals.
    expect(formats).toContain('#,##0.00');
  });
});
