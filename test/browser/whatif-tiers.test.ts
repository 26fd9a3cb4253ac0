/**
 * What if… against the real tiers program (issue 14: "a browser test that changes a tier
 * threshold, sees the changed partners and the chart, applies, and sees the Partners sheet
 * recompute"), through the preview on dist/Code.js with the partner template's samples.
 *
 * By hand (SPEC §5, the Partners sample): Orion Soft has 120,000 of 12-month sales, below
 * Bronze's 150,000, so it is White; with Bronze from 100,000 it is Bronze. No other partner
 * changes: Polaris IT (380,000, no training) is Bronze either way, Vega Systems Silver, Sirius
 * Integration Gold, Altair Group Trusted, Deneb Trade not authorised (no tier).
 */
import { it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, assertEqual, browserSuite, clickMenu, dialogFrame, openSheet, waitForCell, waitForText, withPreview } from '../helpers/browser';

browserSuite('What if… on the tiers program', () => {
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
