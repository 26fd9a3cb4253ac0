/**
 * Starting over in the preview (SPEC §10): an empty spreadsheet where every
 * Insert template item works, and rebuilds (language, reset, empty) that
 * never throw edits away unless the request says the user agreed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../dev/preview/server';
import type { ActionResult, CellView, RunResult, SheetView, WorkbookView } from '../../dev/preview/types';

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview({ port: 0 });
});

afterAll(async () => {
  await preview?.close();
});

// Every test starts from the English sample workbook.
beforeEach(async () => {
  await post('/api/language', { lang: 'en', discard: true });
  await post('/api/reset', { discard: true });
});

async function send(path: string, body: unknown): Promise<Response> {
  return fetch(new URL(path, preview.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await send(path, body);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

const workbook = async () => (await (await fetch(new URL('/api/workbook', preview.url))).json()) as WorkbookView;

function sheet(wb: WorkbookView, name: string): SheetView {
  const found = wb.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${wb.sheets.map((s) => s.name).join(', ')}`);
  return found;
}

function at(s: SheetView, a1: string): CellView {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return s.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
}

describe('an empty spreadsheet in the preview', () => {
  it('starts with one empty sheet, no edits, and the add-on menu', async () => {
    const { workbook: wb } = await post<ActionResult>('/api/empty', {});
    expect(wb).toMatchObject({ start: 'empty', edited: false, lang: 'en', name: 'Untitled spreadsheet' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(wb.sheets[0].cells.flat().every((c) => c.kind === 'empty')).toBe(true);
    expect(wb.menu?.items.some((i) => i.kind === 'submenu' && i.items.some((s) => s.kind === 'item' && s.functionName === 'insertGrowthTemplate'))).toBe(true);
  });

  it('inserts each template from the menu, with its formulas computed, and no "already there"', async () => {
    await post('/api/empty', {});
    const insert = async (name: string) => {
      const result = await post<ActionResult>('/api/menu', { name });
      expect(result.messages, `${name}: ${JSON.stringify(result.messages)}`).toEqual([]);
      return result.workbook;
    };

    let wb = await insert('insertBonusTemplate');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Clients', 'Activity', 'Redemptions', 'Rewards', 'Statement', 'Rules: bonus']);
    // The template's first sheet is shown; SPEC §4 example: Alpha Build has 35 points as of 30.04.2026.
    expect(wb.active).toBe('Clients');
    expect(at(sheet(wb, 'Clients'), 'C2')).toMatchObject({ display: '35', status: 'ok' });
    // Beta Logistics: 65 earned (see test/helpers/redeemDialog.ts) less the sample redemption of 60.
    expect(at(sheet(wb, 'Clients'), 'D3').display).toBe('5');
    expect(wb.edited).toBe(true);

    wb = await insert('insertPartnerTemplate');
    // SPEC §5: 120,000 → White; 380,000 → Bronze; 620,000 with training and quarterly marketing → Silver.
    expect(['H2', 'H3', 'H4'].map((a1) => at(sheet(wb, 'Partners'), a1).display)).toEqual(['White', 'Bronze', 'Silver']);

    wb = await insert('insertReferralTemplate');
    // SPEC §6: an installed referral earns its contract, at most the referrer's own (1,000): 1,000 → 1,000;
    // 400 → 400; not installed → 0; 3,000 → 1,000.
    // (G2 holds the formula; the rows below are its spilled values, as typed. Money's display format is not the point.)
    expect(at(sheet(wb, 'Referrals'), 'G2')).toMatchObject({ status: 'ok', display: expect.stringMatching(/^1,000(\.00)?$/) });
    expect(['G3', 'G4', 'G5'].map((a1) => at(sheet(wb, 'Referrals'), a1).input)).toEqual(['400', '0', '1000']);

    wb = await insert('insertLevelsTemplate');
    // Row 5 (Draco): Competency 20% + sales plan 10% + participation 1% = 31%.
    expect(at(sheet(wb, 'Partner levels'), 'G5').display).toBe('31.0%');

    wb = await insert('insertGrowthTemplate');
    // (28,000 − 20,000) / 20,000 = 40% for Cloud Accounting, first place.
    expect(at(sheet(wb, 'Contest'), 'E2').display).toBe('40.0%');
    expect(at(sheet(wb, 'Contest'), 'F2').display).toBe('1');
    expect(wb.sheets).toHaveLength(1 + 6 + 4 + 3 + 2 + 5);

    // A second insert is refused, as before: the template is there now.
    const again = await post<ActionResult>('/api/menu', { name: 'insertBonusTemplate' });
    expect(again.messages[0]?.message).toMatch(/already in this spreadsheet/);
  });

  it('stays empty across a language switch, and Reset brings the samples back', async () => {
    await post('/api/empty', {});
    const { workbook: ru } = await post<ActionResult>('/api/language', { lang: 'ru' });
    expect(ru).toMatchObject({ start: 'empty', lang: 'ru', name: 'Новая таблица' });
    expect(ru.sheets.map((s) => s.name)).toEqual(['Лист1']);
    const { workbook: samples } = await post<ActionResult>('/api/reset', {});
    expect(samples).toMatchObject({ start: 'samples', lang: 'ru' });
    expect(samples.sheets[0].name).toBe('Клиенты');
  });
});

describe('rebuilding a workbook with edits', () => {
  it('counts a cell edit as an edit, and typing the old value back as none', async () => {
    expect((await workbook()).edited).toBe(false);
    const edited = await post<ActionResult>('/api/edit', { sheet: 'Partners', row: 2, col: 3, input: '150000' });
    expect(edited.workbook.edited).toBe(true);
    // Orion Soft's sample sales were 120,000.
    const back = await post<ActionResult>('/api/edit', { sheet: 'Partners', row: 2, col: 3, input: '120000' });
    expect(back.workbook.edited).toBe(false);
  });

  it('refuses with 409 to switch language, reset or empty over edits unless told to discard them', async () => {
    await post('/api/edit', { sheet: 'Partners', row: 2, col: 3, input: '150000' });
    for (const [path, body] of [
      ['/api/language', { lang: 'ru' }],
      ['/api/reset', {}],
      ['/api/empty', {}],
    ] as const) {
      const response = await send(path, body);
      expect(response.status, path).toBe(409);
      expect(((await response.json()) as { error: string }).error).toMatch(/edits/);
    }
    // Nothing was thrown away.
    const kept = await workbook();
    expect(kept).toMatchObject({ lang: 'en', start: 'samples', edited: true });
    expect(at(sheet(kept, 'Partners'), 'C2').input).toBe('150000');

    const { workbook: ru } = await post<ActionResult>('/api/language', { lang: 'ru', discard: true });
    expect(ru).toMatchObject({ lang: 'ru', edited: false });
    // Orion Soft's sample 120,000 again.
    expect(at(sheet(ru, 'Партнёры'), 'C2').input).toBe('120000');
  });

  it('counts what a dialog wrote as an edit, and a refused call as none', async (ctx) => {
    if (!preview.workbook.loaded.has('redeemPoints')) ctx.skip();
    const redeem = (client: string, requestId: string) =>
      post<RunResult>('/api/run', { name: 'redeemPoints', args: [{ client, reward: 'OZON_2000', quantity: 1, requestId }] });
    // Alpha Build has 35 points (SPEC §4), OZON_2000 costs 60: refused, nothing written.
    expect(await redeem('Alpha Build', 'edit-1')).toMatchObject({ ok: true, value: { ok: false } });
    expect((await workbook()).edited).toBe(false);

    // Granite Plant gets 200 points from an Activity row typed under the 10 samples (20 × success_story × 10),
    // redeems 60 of them, and the typed row is cleared again: only the dialog's ledger row is left.
    const row = ['2026-04-20', 'Granite Plant', 'success_story', '10'];
    for (const [i, input] of row.entries()) await post('/api/edit', { sheet: 'Activity', row: 12, col: i + 1, input });
    expect(await redeem('Granite Plant', 'edit-2')).toMatchObject({ ok: true, value: { ok: true, balance: 140 } });
    for (let col = 1; col <= 4; col++) await post('/api/edit', { sheet: 'Activity', row: 12, col, input: '' });
    const wb = await workbook();
    expect(at(sheet(wb, 'Redemptions'), 'B3').display).toBe('Granite Plant');
    expect(wb.edited).toBe(true);
  });
});
