import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../dev/preview/server';
import type { ActionResult, CellView, RunResult, SheetView, WorkbookView } from '../../dev/preview/types';
import { bundleWithout } from '../helpers/browser';

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview({ port: 0 });
});

afterAll(async () => {
  await preview?.close();
});

// Every test starts from a fresh English workbook, whatever the one before edited.
beforeEach(async () => {
  await post('/api/language', { lang: 'en', discard: true });
});

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, preview.url));
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(new URL(path, preview.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

function sheet(wb: WorkbookView, name: string): SheetView {
  const found = wb.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${wb.sheets.map((s) => s.name).join(', ')}`);
  return found;
}

/** A cell by A1 (single letters are enough here). */
function at(s: SheetView, a1: string): CellView {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return s.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
}

const column = (s: SheetView, letter: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => at(s, `${letter}${from + i}`).display);

/** A raw HTTP request, to send headers fetch would not (Host). */
function raw(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, preview.url), { method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const EN_SHEETS = [
  'Clients',
  'Activity',
  'Redemptions',
  'Rewards',
  'Statement',
  'Rules: bonus',
  'Partners',
  'Deals',
  'Pilots',
  'Rules: partners',
  'Referrals',
  'Referral schedule',
  'Rules: referral',
  'Partner levels',
  'Rules: levels',
  'Invoices',
  'Contest',
  'Contest log',
  'Leads',
  'Rules: leads',
];

describe('the preview server', () => {
  it('listens on a free loopback port and serves the page, its script and its styles', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(preview.port).toBeGreaterThan(0);
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<table id="grid"');
    expect(html).toContain('src="/preview.js"');
    // No CDN: the page loads only from the preview itself.
    expect(html).not.toMatch(/https?:\/\//);
    const script = await get('/preview.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(1000);
    expect((await get('/preview.css')).status).toBe(200);
    expect((await get('/nothing-here')).status).toBe(404);
  });

  it('refuses to bind anything but a loopback address', async () => {
    await expect(startPreview({ port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('serves the workbook the five templates make, with the formulas computed by the add-on', async () => {
    const wb = (await (await get('/api/workbook')).json()) as WorkbookView;
    expect(wb).toMatchObject({ lang: 'en', locale: 'en_US', userLocale: 'en', timeZone: 'Europe/Moscow' });
    // SPEC §9.4: every program's sheets; the spreadsheet's own empty Sheet1 is gone.
    expect(wb.sheets.map((s) => s.name)).toEqual(EN_SHEETS);

    const partners = sheet(wb, 'Partners');
    expect(partners.frozenRows).toBe(1);
    expect(at(partners, 'H1').display).toBe('Tier');
    expect(at(partners, 'H1').bold).toBe(true);
    // SPEC §5: 120,000 → White (Bronze needs 150,000); 380,000 → Bronze; 620,000 + training + quarterly → Silver;
    // 5,400,000 + reporting → Gold; 31,000,000 with monthly marketing and staff → Trusted; Deneb Trade is not
    // ticked as authorised → not authorised (SPEC §5: only an authorised partner has a tier).
    expect(column(partners, 'H', 2, 7)).toEqual(['White', 'Bronze', 'Silver', 'Gold', 'Trusted', 'not authorised']);
    expect(at(partners, 'H2')).toMatchObject({ status: 'ok', kind: 'text' });
    expect(at(partners, 'H2').formula).toMatch(/^=PARTNER_TIER\(C2:C, D2:D, E2:E, F2:F, G2:G, B2:B, L2:L, 'Rules: partners'!A1:L\)$/);
    expect(at(partners, 'H3').spilledFrom).toBe('H2');
    expect(at(partners, 'H3')).not.toHaveProperty('formula');
    // Money with grouping, percentages with the template's 0.0%: White's discount is 10%.
    expect(at(partners, 'C3')).toMatchObject({ display: '380,000.00', kind: 'number', input: '380000' });
    expect(at(partners, 'J2')).toMatchObject({ display: '10.0%', kind: 'number' });
    expect(at(partners, 'B2')).toMatchObject({ checkbox: true, kind: 'boolean', display: 'TRUE' });
    expect(at(partners, 'E2').choices).toEqual(['none', 'quarterly', 'monthly']);

    const contest = sheet(wb, 'Contest');
    // (28,000 − 20,000) / 20,000 = 40%; (330.33 − 300.30) / 300.30 = 10%; (110.11 − 100.10) / 100.10 = 10%;
    // (30,000 − 15,000) / 15,000 = 100%; no previous month → "".
    expect(column(contest, 'E', 2, 6)).toEqual(['40.0%', '10.0%', '10.0%', '100.0%', '']);
    // North IT got the leads and is left out; the two 10% partners tie for second place.
    expect(column(contest, 'F', 2, 6)).toEqual(['1', '2', '2', '', '']);

    const deals = sheet(wb, 'Deals');
    expect(at(deals, 'A2')).toMatchObject({ display: '2026-09-01', kind: 'date', input: '2026-09-01' });
    // Silver registers for 6 months: 1 September 2026 → 1 March 2027.
    expect(at(deals, 'M2')).toMatchObject({ display: '2027-03-01', kind: 'date' });
    expect(wb.menu?.items[0]).toMatchObject({ kind: 'item', caption: 'Redeem points…', functionName: 'showRedeemDialog' });
  });

  it('rebuilds the workbook in Russian (spreadsheet and user locale together) and back', async () => {
    const { workbook: ru } = await post<ActionResult>('/api/language', { lang: 'ru' });
    expect(ru).toMatchObject({ lang: 'ru', locale: 'ru_RU', userLocale: 'ru' });
    const partners = sheet(ru, 'Партнёры');
    expect(at(partners, 'H1').display).toBe('Статус');
    expect(column(partners, 'H', 2, 7)).toEqual(['Белый', 'Бронзовый', 'Серебряный', 'Золотой', 'Доверенный', 'не авторизован']);
    // Russian grouping is a no-break space, the decimal mark a comma.
    expect(at(partners, 'C3').display).toBe('380\u00a0000,00');
    expect(column(sheet(ru, 'Конкурс'), 'E', 2, 3)).toEqual(['40,0%', '10,0%']);
    expect(at(sheet(ru, 'Сделки'), 'A2').display).toBe('01.09.2026');
    expect(ru.menu?.items[0]).toMatchObject({ caption: 'Списать баллы…' });
    const again = (await (await get('/api/workbook')).json()) as WorkbookView;
    expect(again.lang).toBe('ru');
    expect(again.generation).toBe(ru.generation);

    const { workbook: en } = await post<ActionResult>('/api/language', { lang: 'en' });
    expect(en.sheets.map((s) => s.name)).toEqual(EN_SHEETS);
    expect(en.generation).toBeGreaterThan(ru.generation);
  });

  it('runs a server function through the google.script.run bridge, in the workbook language', async () => {
    const info = await post<RunResult>('/api/run', { name: 'getAddonInfo', args: [] });
    expect(info.ok).toBe(true);
    const value = (info as { value: Record<string, unknown> }).value;
    expect(value).toMatchObject({ name: 'Incentive Desk', lang: 'en', spreadsheetLocale: 'en_US', timeZone: 'Europe/Moscow' });
    // SPEC §3: the 19 custom functions.
    expect(value.functions).toEqual(
      expect.arrayContaining(['BONUS_POINTS', 'PARTNER_TIER', 'DEAL_STATUS', 'REFERRAL_SCHEDULE', 'LEVEL_CHECK', 'CONTEST_TOP', 'LEAD_SLA']),
    );
    expect(value.functions).toHaveLength(19);

    await post('/api/language', { lang: 'ru' });
    const ru = await post<RunResult>('/api/run', { name: 'getAddonInfo', args: [] });
    expect(ru).toMatchObject({ ok: true, value: { lang: 'ru', spreadsheetLocale: 'ru_RU' } });
  });

  it('passes a thrown error to the failure side, and refuses functions that do not exist or are private', async () => {
    const failed = await post<RunResult>('/api/run', { name: 'GROWTH_PCT', args: ['n/a', 1] });
    expect(failed.ok).toBe(false);
    expect((failed as { error: string }).error).toMatch(/^GROWTH_PCT: previous/);
    expect(await post('/api/run', { name: 'noSuchFunction', args: [] })).toMatchObject({ ok: false, error: 'Script function not found: noSuchFunction' });
    expect(await post('/api/run', { name: 'helper_', args: [] })).toMatchObject({ ok: false, error: 'Script function not found: helper_' });
    expect(await post('/api/run', { name: 'constructor', args: [] })).toMatchObject({ ok: false });
  });

  it('writes an edit as typed and returns the recomputed tier', async () => {
    // Orion Soft reaches 150,000: Bronze (SPEC §5), 20% discount, 1 lead a month; Silver needs
    // 500,000 − 150,000 = 350,000 more, quarterly marketing and sales training.
    const { workbook, messages } = await post<ActionResult>('/api/edit', { sheet: 'Partners', row: 2, col: 3, input: '150000' });
    expect(messages).toEqual([]);
    const partners = sheet(workbook, 'Partners');
    expect(at(partners, 'C2')).toMatchObject({ display: '150,000.00', kind: 'number' });
    expect(at(partners, 'H2').display).toBe('Bronze');
    expect(at(partners, 'I2').display).toBe('Silver: sales +350,000; quarterly marketing; sales training');
    expect(at(partners, 'J2').display).toBe('20.0%');
    expect(at(partners, 'K2').display).toBe('1');

    // A checkbox typed as TRUE: Polaris IT passes sales training; Silver still needs 120,000 more and quarterly marketing.
    const trained = await post<ActionResult>('/api/edit', { sheet: 'Partners', row: 3, col: 4, input: 'TRUE' });
    expect(at(sheet(trained.workbook, 'Partners'), 'D3')).toMatchObject({ kind: 'boolean', display: 'TRUE' });
    expect(at(sheet(trained.workbook, 'Partners'), 'I3').display).toBe('Silver: sales +120,000; quarterly marketing');
  });

  it('reads typed dates in the spreadsheet zone and text as text', async () => {
    // A Silver deal registered on 31 January 2026 expires 6 calendar months later: 31 July 2026.
    const { workbook } = await post<ActionResult>('/api/edit', { sheet: 'Deals', row: 2, col: 1, input: '01/31/2026' });
    const deals = sheet(workbook, 'Deals');
    expect(at(deals, 'A2')).toMatchObject({ display: '2026-01-31', kind: 'date' });
    expect(at(deals, 'M2').display).toBe('2026-07-31');
    const stored = preview.workbook.book.sheetByName('Deals')!.value(2, 1) as Date;
    expect(stored.toISOString()).toBe('2026-01-30T21:00:00.000Z');

    // Typed with a leading apostrophe, digits stay text, leading zero included (the Tax ID column is not formatted
    // as plain text: the deal dialog writes its tax IDs with that apostrophe).
    const text = await post<ActionResult>('/api/edit', { sheet: 'Deals', row: 2, col: 5, input: "'0770123456" });
    expect(at(sheet(text.workbook, 'Deals'), 'E2')).toMatchObject({ display: '0770123456', kind: 'text' });
    const name = await post<ActionResult>('/api/edit', { sheet: 'Partners', row: 8, col: 1, input: 'Nova Labs' });
    expect(at(sheet(name.workbook, 'Partners'), 'A8')).toMatchObject({ display: 'Nova Labs', kind: 'text' });
  });

  it('shows a formula it cannot evaluate as text, and an error as #ERROR! with its message', async () => {
    const { workbook } = await post<ActionResult>('/api/edit', { sheet: 'Contest', row: 2, col: 2, input: 'n/a' });
    const growth = at(sheet(workbook, 'Contest'), 'E2');
    expect(growth).toMatchObject({ display: '#ERROR!', kind: 'error', status: 'error' });
    // E2 is =GROWTH_PCT(B2:B, C2:C): the bad value typed in B2 is named by its cell.
    expect(growth.error).toMatch(/^GROWTH_PCT: previous, B2: "n\/a"/);
    const other = await post<ActionResult>('/api/edit', { sheet: 'Contest', row: 10, col: 1, input: '=SPARKLINE(B2:B6)' });
    expect(at(sheet(other.workbook, 'Contest'), 'A10')).toMatchObject({ display: '=SPARKLINE(B2:B6)', status: 'unevaluated', formula: '=SPARKLINE(B2:B6)' });
    expect(at(sheet(other.workbook, 'Contest'), 'A10').error).toMatch(/^Not evaluated/);

    // Reset rebuilds the workbook from the templates (throwing these edits away: the page asked first).
    const { workbook: fresh } = await post<ActionResult>('/api/reset', { discard: true });
    expect(at(sheet(fresh, 'Contest'), 'E2').display).toBe('40.0%');
    expect(at(sheet(fresh, 'Contest'), 'A10').display).toBe('');
  });

  it('runs menu items: a dialog, and a refused template with the alert it showed', async () => {
    const about = await post<ActionResult>('/api/menu', { name: 'showAboutDialog' });
    expect(about.dialog).toMatchObject({ kind: 'modal', title: 'About Incentive Desk', width: 420, height: 360 });
    const html = await (await get(about.dialog!.url)).text();
    // The bridge comes before the dialog's own script.
    expect(html.indexOf('google.script')).toBeGreaterThan(0);
    expect(html.indexOf('google')).toBeLessThan(html.indexOf('getAddonInfo'));
    expect(html).toContain('id="info"');
    // A dialog of an earlier workbook is gone once the workbook is rebuilt.
    await post('/api/reset', {});
    expect((await get(about.dialog!.url)).status).toBe(404);

    const again = await post<ActionResult>('/api/menu', { name: 'insertBonusTemplate' });
    expect(again.messages).toHaveLength(1);
    expect(again.messages[0]).toMatchObject({ kind: 'alert' });
    expect(again.messages[0].message).toMatch(/already in this spreadsheet/);
    expect(again.workbook.sheets.map((s) => s.name)).toEqual(EN_SHEETS);

    const notInMenu = await fetch(new URL('/api/menu', preview.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'getAddonInfo' }),
    });
    expect(notInMenu.status).toBe(400);
  });

  it('answers a menu item whose function the bundle lacks with a clear note, not a failure', async () => {
    const partial = await startPreview({ port: 0, codePath: bundleWithout(['showRedeemDialog']) });
    try {
      const wb = (await (await fetch(new URL('/api/workbook', partial.url))).json()) as WorkbookView;
      expect(wb.menu?.items[0]).toEqual({ kind: 'item', caption: 'Redeem points…', functionName: 'showRedeemDialog', available: false });
      const response = await fetch(new URL('/api/menu', partial.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'showRedeemDialog' }),
      });
      expect(response.status).toBe(200);
      const redeem = (await response.json()) as ActionResult;
      expect(redeem.dialog).toBeUndefined();
      expect(redeem.messages).toEqual([expect.objectContaining({ kind: 'notice', title: 'Redeem points…' })]);
      expect(redeem.messages[0].message).toMatch(/not available.*showRedeemDialog/);
    } finally {
      await partial.close();
    }
  });

  it('shows what a server call wrote: the new redemption row and the new balance', async (ctx) => {
    if (!preview.workbook.loaded.has('redeemPoints')) ctx.skip();
    // Start from no redemptions: clear the sample row of the Redemptions sheet.
    let wb = (await (await get('/api/workbook')).json()) as WorkbookView;
    for (let col = 1; col <= sheet(wb, 'Redemptions').cells[0].filter((c) => c.display !== '').length; col++) {
      wb = (await post<ActionResult>('/api/edit', { sheet: 'Redemptions', row: 2, col, input: '' })).workbook;
    }
    expect(at(sheet(wb, 'Redemptions'), 'B2').display).toBe('');
    const rewards = sheet(wb, 'Rewards');
    const act9 = rewards.cells.findIndex((line) => line[0].display === 'ACT_9');
    const price = Number(rewards.cells[act9][2].input);
    // Beta Logistics, row 3 of Clients: with nothing redeemed its balance is what it earned.
    const clients = sheet(wb, 'Clients');
    expect(at(clients, 'A3').display).toBe('Beta Logistics');
    const before = Number(at(clients, 'D3').input);
    expect(before).toBe(Number(at(clients, 'C3').input));
    if (before < price) ctx.skip();

    const result = await post<RunResult>('/api/run', {
      name: 'redeemPoints',
      args: [{ client: 'Beta Logistics', reward: 'ACT_9', quantity: 1, requestId: 'preview-test-1' }],
    });
    expect(result).toMatchObject({ ok: true, value: { ok: true, points: price } });
    wb = (await (await get('/api/workbook')).json()) as WorkbookView;
    const redemptions = sheet(wb, 'Redemptions');
    expect([at(redemptions, 'B2'), at(redemptions, 'C2'), at(redemptions, 'D2'), at(redemptions, 'E2'), at(redemptions, 'F2')].map((c) => c.display)).toEqual([
      'Beta Logistics',
      'ACT_9',
      String(price),
      '1',
      'preview-test-1',
    ]);
    expect(Number(at(sheet(wb, 'Clients'), 'D3').input)).toBe(before - price);
  });

  it('answers only requests to its own loopback address, and only same-origin JSON posts', async () => {
    const host = `127.0.0.1:${preview.port}`;
    expect(await raw('/api/workbook', { host })).toBe(200);
    expect(await raw('/api/workbook', { host: `localhost:${preview.port}` })).toBe(200);
    expect(await raw('/api/workbook', { host: `evil.example:${preview.port}` })).toBe(403);
    const body = JSON.stringify({ name: 'getAddonInfo', args: [] });
    expect(await raw('/api/run', { host, 'content-type': 'application/json' }, 'POST', body)).toBe(200);
    expect(await raw('/api/run', { host, 'content-type': 'text/plain' }, 'POST', body)).toBe(415);
    expect(await raw('/api/run', { host, 'content-type': 'application/json', origin: 'http://evil.example' }, 'POST', body)).toBe(403);
    expect(await raw('/api/run', { host, 'content-type': 'application/json', origin: `http://${host}` }, 'POST', body)).toBe(200);
  });

  it('stops cleanly: the port is closed afterwards', async () => {
    const other = await startPreview({ port: 0 });
    const url = other.url;
    expect((await fetch(new URL('/api/workbook', url))).status).toBe(200);
    await other.close();
    await expect(fetch(new URL('/api/workbook', url))).rejects.toThrow();
    // Closing twice is harmless.
    await other.close();
  });
});
