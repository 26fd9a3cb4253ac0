/**
 * The local preview in headless Chromium: the workbook the templates make,
 * the language switch, cell edits, the add-on menu and a dialog whose
 * google.script.run calls reach the server.
 *
 * PREVIEW_SCREENSHOT=docs/preview.png npx vitest run test/browser/preview.test.ts
 * also saves the README's screenshot.
 */
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import {
  assertEqual,
  BROWSER_TEST_TIMEOUT,
  browserSuite,
  bundleWithout,
  cell,
  clickMenu,
  dialogFrame,
  openSheet,
  switchLanguage,
  typeInto,
  waitForCell,
  withPreview,
} from '../helpers/browser';

/** The README's picture: the Partners sheet with a formula cell selected and a dialog in the side panel. */
async function takeScreenshot(page: Page, path: string): Promise<void> {
  await openSheet(page, 'Partners');
  await cell(page, 'H2').click();
  const sidebar = (await page.locator('#addon-menu button[data-function="showRedeemDialog"]').getAttribute('class')) !== 'unavailable';
  if (sidebar) {
    await clickMenu(page, 'showRedeemDialog');
    await page.locator('#sidebar:not([hidden])').waitFor();
    await dialogFrame(page, 'sidebar').locator('button').first().waitFor();
    await dialogFrame(page, 'sidebar').locator('select option').nth(1).waitFor({ state: 'attached' });
  } else {
    await page.locator('#addon-menu-button').click();
  }
  await page.screenshot({ path });
}

browserSuite('the local preview in Chromium', () => {
  it(
    'shows the tiers and growth the add-on computed, formatted, with frozen headers',
    () =>
      withPreview(
        async (page) => {
          await openSheet(page, 'Partners');
          await waitForCell(page, 'H1', 'Tier');
          // SPEC §5: 120,000 → White; 380,000 → Bronze; 620,000 with training and quarterly marketing → Silver;
          // 5,400,000 with monthly reporting → Gold; 31,000,000 with monthly marketing and dedicated staff → Trusted;
          // Deneb Trade is not ticked as authorised → not authorised.
          for (const [a1, tier] of [
            ['H2', 'White'],
            ['H3', 'Bronze'],
            ['H4', 'Silver'],
            ['H5', 'Gold'],
            ['H6', 'Trusted'],
            ['H7', 'not authorised'],
          ]) {
            await waitForCell(page, a1, tier);
          }
          await waitForCell(page, 'C3', '380,000.00');
          await waitForCell(page, 'J3', '20.0%');
          await assertEqual(
            cell(page, 'H2').getAttribute('title'),
            "=PARTNER_TIER(C2:C, D2:D, E2:E, F2:F, G2:G, B2:B, L2:L, 'Rules: partners'!A1:L)",
            'hover on the formula cell',
          );
          await assertEqual(
            cell(page, 'H1').evaluate((td) => td.classList.contains('last-frozen-row')),
            true,
            'the header row is frozen',
          );
          await assertEqual(cell(page, 'B2').locator('input[type=checkbox]').isChecked(), true, 'checkbox B2');

          await openSheet(page, 'Contest');
          // (28,000 − 20,000) / 20,000 = 40%; (330.33 − 300.30) / 300.30 = 10%; (30,000 − 15,000) / 15,000 = 100%.
          await waitForCell(page, 'E2', '40.0%');
          await waitForCell(page, 'E3', '10.0%');
          await waitForCell(page, 'E5', '100.0%');
          // J2 lists who received October's leads (North IT, from the Contest log); the podium spills from L2:
          // Cloud Accounting first, the two 10% partners tied second.
          await waitForCell(page, 'J2', 'North IT');
          await waitForCell(page, 'M2', 'Cloud Accounting');
          await waitForCell(page, 'L3', '2');
          await waitForCell(page, 'L4', '2');

          if (process.env.PREVIEW_SCREENSHOT) await takeScreenshot(page, process.env.PREVIEW_SCREENSHOT);
        },
        process.env.PREVIEW_SCREENSHOT ? { viewport: { width: 1360, height: 560 } } : {},
      ),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'switches to Russian: headers, tiers, numbers and the menu',
    () =>
      withPreview(async (page) => {
        await openSheet(page, 'Partners');
        await switchLanguage(page, 'ru');
        // The same tab stays open, in Russian.
        await page.locator('#tabs button[data-sheet="Партнёры"][aria-selected="true"]').waitFor();
        await waitForCell(page, 'A1', 'Партнёр');
        await waitForCell(page, 'H1', 'Статус');
        await waitForCell(page, 'H2', 'Белый');
        await waitForCell(page, 'H3', 'Бронзовый');
        await waitForCell(page, 'H6', 'Доверенный');
        await waitForCell(page, 'C3', '380\u00a0000,00');
        await openSheet(page, 'Конкурс');
        await waitForCell(page, 'E2', '40,0%');
        await page.locator('#addon-menu-button').click();
        await page.locator('#addon-menu button[data-function="showRedeemDialog"]', { hasText: 'Списать баллы…' }).waitFor();
        await page.keyboard.press('Escape');

        await switchLanguage(page, 'en');
        await waitForCell(page, 'E2', '40.0%');
        await page.locator('#tabs button[data-sheet="Contest"][aria-selected="true"]').waitFor();
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'recomputes the tier when a sales cell is edited, and shows errors with their message on hover',
    () =>
      withPreview(async (page) => {
        await openSheet(page, 'Partners');
        await waitForCell(page, 'H2', 'White');
        // Orion Soft reaches 150,000: Bronze (SPEC §5), 20% discount; Silver needs 500,000 − 150,000 = 350,000 more.
        await typeInto(page, 'C2', '150000');
        await waitForCell(page, 'C2', '150,000.00');
        await waitForCell(page, 'H2', 'Bronze');
        await waitForCell(page, 'J2', '20.0%');
        await waitForCell(page, 'I2', 'Silver: sales +350,000; quarterly marketing; sales training');

        // Typing into a selected cell replaces it; Enter commits. 5,000,000 with training, quarterly marketing
        // and no monthly reporting is Silver (Gold also needs monthly deal reporting).
        await cell(page, 'C4').click();
        await page.keyboard.type('5000000');
        await page.keyboard.press('Enter');
        await waitForCell(page, 'C4', '5,000,000.00');
        await waitForCell(page, 'H4', 'Silver');
        // Ticking Vega Systems' monthly reporting checkbox makes it Gold.
        await cell(page, 'F4').locator('input[type=checkbox]').click();
        await waitForCell(page, 'H4', 'Gold');

        await openSheet(page, 'Contest');
        await typeInto(page, 'B2', 'n/a');
        await waitForCell(page, 'E2', '#ERROR!');
        const title = await cell(page, 'E2').getAttribute('title');
        // E2 is =GROWTH_PCT(B2:B, C2:C): the message names the cell typed into.
        if (!title?.startsWith('GROWTH_PCT: previous, B2: "n/a"')) throw new Error(`hover on E2: ${title}`);
        // A formula the preview does not evaluate is shown as its text, marked.
        await typeInto(page, 'A10', '=SPARKLINE(B2:B6)');
        await waitForCell(page, 'A10', '=SPARKLINE(B2:B6)');
        await assertEqual(
          cell(page, 'A10').evaluate((td) => td.classList.contains('unevaluated')),
          true,
          'A10 is marked as not evaluated',
        );
        // "North IT" in H2 runs on over the empty I2, which can still be selected.
        await cell(page, 'I2').click();
        await assertEqual(page.locator('#name-box').textContent(), 'I2', 'the selected cell');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'opens the About dialog from the menu, shows what the server returned, and closes it; a missing dialog is a note',
    () =>
      withPreview(
        async (page) => {
          const refreshed = page.waitForRequest((r) => r.url().endsWith('/api/workbook') && r.method() === 'GET' && r.frame() === page.mainFrame());
          await clickMenu(page, 'showAboutDialog');
          await page.locator('#modal:not([hidden])').waitFor();
          await assertEqual(page.locator('#modal-title').textContent(), 'About Incentive Desk', 'dialog title');
          const frame = dialogFrame(page, 'modal');
          // getAddonInfo ran on the server through google.script.run …
          await frame.locator('#info', { hasText: 'Spreadsheet locale: en_US' }).waitFor();
          await frame.locator('#info', { hasText: 'Time zone: Europe/Moscow' }).waitFor();
          await frame.locator('#info', { hasText: 'Custom functions: 19' }).waitFor();
          await frame.locator('#functions', { hasText: 'PARTNER_TIER' }).waitFor();
          // … and the page fetched the workbook again after the call.
          await refreshed;
          // OK calls google.script.host.close().
          await frame.locator('#close').click();
          await page.locator('#modal').waitFor({ state: 'hidden' });

          // This bundle has no showContestDialog: the menu item says so instead of failing.
          await clickMenu(page, 'showContestDialog');
          await page.locator('#messages .message', { hasText: 'not available' }).waitFor();
          await page.locator('#modal').waitFor({ state: 'hidden' });

          // In Russian the dialog follows the user's language.
          await switchLanguage(page, 'ru');
          await clickMenu(page, 'showAboutDialog');
          await dialogFrame(page, 'modal').locator('#info', { hasText: 'Язык таблицы: ru_RU' }).waitFor();
        },
        { codePath: bundleWithout(['showContestDialog']) },
      ),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'opens a sidebar in a 300-px panel; a redemption made through google.script.run shows in the sheets',
    async (ctx) => {
      await withPreview(async (page, _url, preview) => {
        if (!preview.workbook.loaded.has('showRedeemDialog') || !preview.workbook.loaded.has('redeemPoints')) return ctx.skip();
        // No redemptions yet: clear the sample row with Delete, cell by cell.
        await openSheet(page, 'Redemptions');
        for (const a1 of ['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2']) {
          await cell(page, a1).click();
          await page.keyboard.press('Delete');
          await waitForCell(page, a1, '');
        }
        await openSheet(page, 'Clients');
        await waitForCell(page, 'A3', 'Beta Logistics');
        const earned = Number(await cell(page, 'C3').textContent());
        await waitForCell(page, 'D3', String(earned));

        await clickMenu(page, 'showRedeemDialog');
        await page.locator('#sidebar:not([hidden])').waitFor();
        const box = await page.locator('#sidebar').boundingBox();
        if (!box || Math.round(box.width) !== 300) throw new Error(`the sidebar is ${box?.width} px wide`);
        const frame = await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame();
        if (!frame) throw new Error('no sidebar frame');
        await frame.waitForFunction(() => typeof (window as any).google?.script?.run?.withSuccessHandler === 'function');
        // Through the bridge, with both handlers, as the dialogs call it.
        const result = await frame.evaluate(
          () =>
            new Promise((resolve, reject) =>
              (window as any).google.script.run
                .withSuccessHandler(resolve)
                .withFailureHandler((e: Error) => reject(e))
                .redeemPoints({ client: 'Beta Logistics', reward: 'ACT_9', quantity: 1, requestId: 'browser-test-1' }),
            ),
        );
        const price = (result as { points: number }).points;
        if (!(price > 0) || earned < price) throw new Error(`unexpected redemption ${JSON.stringify(result)} with ${earned} points earned`);
        // The page redrew the workbook: the balance went down by the price …
        await waitForCell(page, 'D3', String(earned - price));
        // … and the Redemptions sheet has the new row.
        await openSheet(page, 'Redemptions');
        await waitForCell(page, 'B2', 'Beta Logistics');
        await waitForCell(page, 'C2', 'ACT_9');
        await waitForCell(page, 'F2', 'browser-test-1');
        // A failure reaches the failure handler as an Error with the server's message.
        const failure = await frame.evaluate(
          () =>
            new Promise((resolve) =>
              (window as any).google.script.run
                .withSuccessHandler(() => resolve('no error'))
                .withFailureHandler((e: unknown) => resolve(e instanceof Error ? `Error: ${e.message}` : String(e)))
                .noSuchServerFunction(),
            ),
        );
        await assertEqual(failure, 'Error: Script function not found: noSuchServerFunction', 'failure handler');
        await page.locator('#sidebar-close').click();
        await page.locator('#sidebar').waitFor({ state: 'hidden' });
      });
    },
    BROWSER_TEST_TIMEOUT,
  );
});
