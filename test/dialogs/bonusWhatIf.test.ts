/**
 * The bonus program's What if… source (SPEC §13, src/programs/bonus/whatIf.ts) on the in-memory
 * spreadsheet with the bonus template: readData reads the Clients sheet and the Activity log through
 * the program's one sheet reader, and compare over them gives what the sheet's own columns show.
 * The What if… dialog's server (another part of the app) calls exactly these two; here they run from
 * the sources, with the in-memory services installed as Apps Script's globals.
 */
import { enRu } from '../helpers/textMatchers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpreadsheet, hostServices, loadAddon } from '../../dev/memory';
import { contextOf } from '../../src/kernel/functions/context';
import { readRulesTable, seedTable } from '../../src/kernel/functions/rulesTable';
import { Refused } from '../../src/kernel/sheets/refusal';
import { BONUS_RULES } from '../../src/programs/bonus/rules/table';
import { bonusWhatIf } from '../../src/programs/bonus/whatIf';
import { d } from '../helpers/bonusEngine';

const spreadsheet = createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Moscow' });
const names = ['SpreadsheetApp', 'Session', 'LockService'] as const;
const host = globalThis as Record<string, unknown>;

beforeAll(() => {
  expect(loadAddon({ spreadsheet }).call('insertBonusTemplate')).toMatchObject({ ok: true });
  const services = hostServices(spreadsheet) as unknown as Record<string, unknown>;
  for (const name of names) host[name] = services[name];
});
afterAll(() => {
  for (const name of names) delete host[name];
});

const call = () => {
  const ctx = contextOf({ locale: 'en_US', timeZone: 'Europe/Moscow' });
  return { lang: 'en' as const, ctx, today: d('2026-12-01') };
};

describe('bonusWhatIf', () => {
  it('reads the clients, the report date and the log, and compares them under the rules sheet and an edit', () => {
    const data = bonusWhatIf.readData(call());
    expect(data.clients.map((c) => c.name)).toEqual(['Alpha Build', 'Beta Logistics', 'Vector Energy', 'Granite Plant', 'Delta Med']);
    expect(data.reportDate).toBe(d('2026-04-30'));
    expect(data.activity.rows).toHaveLength(10);
    const ctx = call().ctx;
    const current = readRulesTable(BONUS_RULES, seedTable(BONUS_RULES, 'en'), ctx);
    // success_story 20 → 50 points: Beta Logistics (one story) 65 → 95
    const table = seedTable(BONUS_RULES, 'en').map((row) => (row[0] === 'success_story' ? row.map((cell, i) => (i === 3 ? 50 : cell)) : row));
    const result = bonusWhatIf.program.compare(data, current, readRulesTable(BONUS_RULES, table, ctx), 'en', call().today);
    expect(result.rows).toBe(5);
    expect(result.changed).toEqual([{ name: 'Beta Logistics', before: '65', after: '95' }]);
    expect(result.totals[0]).toEqual({ label: enRu('Points earned, in total', 'Начислено баллов, всего'), before: '100', after: '130' });
  });

  it('refuses, naming the cell, when the current rules sheet cannot read the log', () => {
    const activity = spreadsheet.getSheetByName('Activity')!;
    activity.getRange('C3').setValue('nonsense');
    expect(() => bonusWhatIf.readData(call())).toThrow(Refused);
    expect(() => bonusWhatIf.readData(call())).toThrow(/^The "Activity" sheet, row 3, column Code: "nonsense" is not a known code/);
    activity.getRange('C3').setValue('assigned');
  });
});
