/**
 * What if… against the real tiers program (issue 14: "a browser test that changes a tier
 * threshold, sees the changed partners and the chart, applies, and sees the Partners sheet
 * recompute"), through the preview on dist/Code.js with the partner template's samples.
 *
 * By hand (SPEC §5, the Partners sample): Orion Soft has 120,000 of 12-month sales, below
 * Bronze's 150,000, so it is White; with Bronze from 100,000 it is Bronze. No other partner
 * changes: Polaris IT (380,000, no training) is Bronze either way, Vega Systems Silver, Sirius
 * Integration Gold, Altair Group Trusted, Deneb Trade (0) White.
 *
 * PENDING: it needs `tiersWhatIf` (src/programs/partners/whatIf.ts) listed in
 * src/app/whatIf/sources.ts. Until then dist/Code.js has no What-if program and this suite is
 * SKIPPED with a loud warning, never reported as passing. Once tiersWhatIf is registered the gate
 * below opens by itself; then delete the gate (TIERS_REGISTERED), so the test can never skip again.
 */
import { describe, it } from 'vitest';
import { createSpreadsheet, loadAddon } from '../../dev/memory';
import { BROWSER_TEST_TIMEOUT, assertEqual, browserSuite, clickMenu, dialogFrame, openSheet, waitForCell, waitForText, withPreview } from '../helpers/browser';

/** Whether dist/Code.js lists the tiers program once the partner template is in (the gate: delete it when tiersWhatIf is registered). */
const TIERS_REGISTERED = (() => {
  const addon = loadAddon({ spreadsheet: createSpreadsheet({ locale: 'en_US' }) });
  addon.call('insertPartnerTemplate');
  const answer = addon.call('getWhatIfPrograms') as { ok: boolean; programs?: { key: string }[] };
  return answer.ok && !!answer.programs?.some((p) => p.key === 'tiers');
})();

if (!TIERS_REGISTERED) {
  console.warn(
    `\n${'!'.repeat(100)}\n!! WHAT IF… TIERS BROWSER TEST SKIPPED — tiersWhatIf is not in src/app/whatIf/sources.ts yet (see test/browser/whatif-tiers.test.ts).\n${'!'.repeat(100)}\n`,
  );
}

(TIERS_REGISTERED ? browserSuite : describe.skip)('What if… on the tiers program', () => {
  it(
    'changes a tier threshold, sees the changed partner and the chart, applies, and the Partners sheet recomputes',
    () =>
      withPreview(async (page) => {
        await clickMenu(page, 'showWhatIfDialog');
        await page.locator('#modal:not([hidden])').waitFor();
        const frame = dialogFrame(page, 'modal');
        await frame.locator('#program option[value="tiers"]').waitFor({ state: 'attached' });
        await frame.locator('#program').selectOption('tiers');
        await frame.locator('#grid input[data-row="0"][value="Min sales"]').waitFor();
        // The cell of Bronze's Min sales, found by the header and the tier's name as the sheet holds them.
        const [row, column] = await frame.locator('#grid').evaluate((grid) => {
          const value = (r: number, c: number) => grid.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`)?.value;
          const headers = Array.from(grid.querySelectorAll<HTMLInputElement>('input[data-row="0"]')).map((i) => i.value);
          let r = 1;
          while (value(r, 0) !== undefined && value(r, 0) !== 'Bronze') r++;
          return [r, headers.indexOf('Min sales')];
        });
        const cell = frame.locator(`#grid input[data-row="${row}"][data-col="${column}"]`);
        await assertEqual(cell.inputValue(), '150000', "Bronze's Min sales as the sheet holds it");
        await cell.fill('100000');
        await frame.locator('#compare').click();
        await frame.locator('#changed tbody tr').first().waitFor();
        await assertEqual(
          frame
            .locator('#changed tbody tr')
            .evaluateAll((rows) => rows.map((tr) => ['.name', '.before', '.after'].map((s) => tr.querySelector(s)?.textContent))),
          [['Orion Soft', 'White', 'Bronze']],
          'the changed partners',
        );
        await assertEqual(
          frame
            .locator('#chart svg[role="img"] g.bucket')
            .count()
            .then((n) => n > 0),
          true,
          'the chart has its bars',
        );
        await frame.locator('#apply:not([disabled])').click();
        await waitForText(frame, '#notice', 'The edited rules are written to the "Rules: partners" sheet; the formulas that read it recompute.');
        await frame.locator('#close').click();
        await page.locator('#modal').waitFor({ state: 'hidden' });
        await openSheet(page, 'Partners');
        await waitForCell(page, 'A2', 'Orion Soft');
        await waitForCell(page, 'H2', 'Bronze');
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
