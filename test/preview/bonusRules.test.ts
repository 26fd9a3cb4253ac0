/**
 * The bonus rules sheet in the local preview (SPEC §10, §12.3): a manager edits one cell of
 * `Rules: bonus` as in the page, and every row that depends on it recomputes — the Clients sheet's
 * points and balances, the Statement, the Rewards sheet; a value the reader refuses shows on every
 * formula, naming the cell. Expected values worked out by hand from the sample (test/helpers/redeemDialog.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../dev/preview/server';
import type { ActionResult, SheetView, WorkbookView } from '../../dev/preview/types';

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview({ port: 0 });
});
afterAll(async () => {
  await preview?.close();
});
beforeEach(async () => {
  await post('/api/language', { lang: 'en', discard: true });
});

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(new URL(path, preview.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

const workbook = async () => (await (await fetch(new URL('/api/workbook', preview.url))).json()) as WorkbookView;
const sheet = (wb: WorkbookView, name: string): SheetView => wb.sheets.find((s) => s.name === name)!;
/** The shown text of a cell (row and column 1-based). */
const shown = (s: SheetView, row: number, col: number) => s.cells[row - 1]?.[col - 1]?.display ?? '';
/** The rules sheet row of a code. */
const ruleRow = (wb: WorkbookView, code: string) => sheet(wb, 'Rules: bonus').cells.findIndex((row) => row[0]?.display === code) + 1;
/** The Statement's last line (its balance). */
const balanceLine = (wb: WorkbookView) => {
  const rows = sheet(wb, 'Statement').cells.filter((row) => row[0]?.display === 'balance');
  return rows.map((row) => row.slice(0, 5).map((c) => c.display));
};
const edit = (wb: WorkbookView, code: string, col: number, input: string) =>
  post<ActionResult>('/api/edit', { sheet: 'Rules: bonus', row: ruleRow(wb, code), col, input });

describe('the Rules: bonus sheet in the preview', () => {
  it('one edited rule recomputes every row that depends on it', async () => {
    const wb = await workbook();
    expect([shown(sheet(wb, 'Clients'), 2, 3), shown(sheet(wb, 'Clients'), 3, 4)]).toEqual(['35', '5']);

    // A renewal earns 15 instead of 10: Alpha Build 40 / 40, Beta Logistics 70 / 10, the statement's balance 40.
    const renewal = await edit(wb, 'renewal', 4, '15');
    expect(renewal.messages).toEqual([]);
    const clients = sheet(renewal.workbook, 'Clients');
    expect([2, 3].map((row) => [shown(clients, row, 3), shown(clients, row, 4)])).toEqual([
      ['40', '40'],
      ['70', '10'],
    ]);
    expect(balanceLine(renewal.workbook)).toEqual([['balance', '', '', '', '40']]);

    // OZON_2000 at 45 points: the Rewards sheet shows the new price.
    const price = await edit(renewal.workbook, 'OZON_2000', 4, '45');
    const rewards = sheet(price.workbook, 'Rewards');
    const ozon = rewards.cells.find((row) => row[0]?.display === 'OZON_2000')!;
    expect(ozon[2].display).toBe('45');

    // M_ASSIGNED_10PCT at 20% typed as a percentage: Alpha's 3 of 20 (15%) no longer reaches it → 35.
    const share = await edit(price.workbook, 'M_ASSIGNED_10PCT', 7, '20%');
    expect(shown(sheet(share.workbook, 'Clients'), 2, 3)).toBe('35');
  });

  it('a value the reader refuses shows on every formula, naming the rules cell', async () => {
    const wb = await workbook();
    const row = ruleRow(wb, 'M_ASSIGNED_3');
    const after = (await edit(wb, 'M_ASSIGNED_3', 5, '2 weeks')).workbook;
    const points = sheet(after, 'Clients').cells[1][2];
    expect(points).toMatchObject({ display: '#ERROR!', status: 'error' });
    expect(points.error).toBe(
      `BONUS_POINTS: rules, 'Rules: bonus'!E${row} (Window): "2 weeks" is not a window: write a whole number of days or months, such as 14 days or 3 months`,
    );
    expect(sheet(after, 'Rewards').cells[1][0].error).toMatch(/^REWARD_CATALOG: rules, 'Rules: bonus'!E\d+ \(Window\)/);
  });
});
