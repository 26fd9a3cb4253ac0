/**
 * Long names wrap inside the dialogs (SPEC §9, rules for every dialog): a
 * 300-character name without a single space — a client, a reward, a deal's
 * customer, a contest partner — must not make a dialog wider than its frame
 * (before, a 300-character customer made the deal list 2,175 px wide). Each
 * test puts the name where the dialog shows it (the sheet, or a refusal
 * naming it) and measures the dialog's page in Chromium.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, browserSuite, check, clickMenu, dialogFrame, openSheet, typeInto, waitForCell, withPreview } from '../helpers/browser';

const LONG = 'W'.repeat(300);

/** The dialog page's widths: what its content needs (scrollWidth) and what the frame gives it (clientWidth). */
async function widths(frame: FrameLocator): Promise<{ content: number; frame: number }> {
  return frame.locator('html').evaluate((html) => ({ content: html.scrollWidth, frame: html.clientWidth }));
}

async function expectNoWiderThan(frame: FrameLocator, limit: number, what: string): Promise<void> {
  const { content, frame: width } = await widths(frame);
  check(width <= limit, `${what}: the frame is ${width} px wide, more than ${limit}`);
  check(content <= width, `${what}: the content is ${content} px wide in a ${width}-px frame`);
}

/** Opens a sidebar from the menu and checks that it is the 300-px panel. */
async function openSidebar(page: Page, functionName: string, ready: string): Promise<FrameLocator> {
  await clickMenu(page, functionName);
  await page.locator('#sidebar:not([hidden])').waitFor();
  const box = await page.locator('#sidebar').boundingBox();
  check(!!box && Math.round(box.width) === 300, `the sidebar is ${box?.width} px wide`);
  const frame = dialogFrame(page, 'sidebar');
  await frame.locator(ready).waitFor({ state: 'attached' });
  return frame;
}

browserSuite('long names in the dialogs', () => {
  it(
    'Redeem points: a 300-character client and a 300-character reward name wrap inside the 300-px sidebar',
    () =>
      withPreview(async (page) => {
        // Reward names come from the catalog, not the sheets: the state call's answer gets a long one.
        await page.route('**/api/run', async (route) => {
          if ((route.request().postDataJSON() as { name?: string })?.name !== 'getRedeemState') return route.continue();
          const response = await route.fetch();
          const json = (await response.json()) as { ok: boolean; value?: { ok: boolean; catalog: { name: string }[] } };
          if (json.ok && json.value?.ok) json.value.catalog[9].name = LONG;
          await route.fulfill({ response, json });
        });
        await openSheet(page, 'Clients');
        await typeInto(page, 'B7', '2026-01-10');
        await typeInto(page, 'A7', LONG);
        await waitForCell(page, 'A7', LONG);
        const frame = await openSidebar(page, 'showRedeemDialog', '#client option:nth-child(2)');
        await frame.locator('#client').selectOption(LONG);
        await frame.locator('#catalog tr[data-code="OZON_2000"]').click();
        await frame.locator('#confirm').click();
        // The refusal names the client: all 300 characters, inside the sidebar.
        await frame.locator('#error', { hasText: `${LONG} has 0 points` }).waitFor();
        await frame.locator('#catalog tr[data-code="OZON_2000"]', { hasText: LONG }).waitFor();
        await expectNoWiderThan(frame, 300, 'the Redeem points sidebar');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'Register a deal: a 300-character customer wraps in the notice and the list of registrations',
    () =>
      withPreview(async (page) => {
        const frame = await openSidebar(page, 'showDealDialog', '#partner option:nth-child(2)');
        await frame.locator('#partner').selectOption('Vega Systems');
        await frame.locator('#deals li[data-row="2"]').waitFor();
        await frame.locator('#customer').fill(LONG);
        await frame.locator('#products').fill('DLP');
        await frame.locator('#register').click();
        // Vega's open registrations are rows 2 and 6; the 7 sample rows end at 8, so this one is row 9.
        await frame.locator('#deals li[data-row="9"] .d-customer', { hasText: LONG }).waitFor();
        await frame.locator('#notice', { hasText: LONG }).waitFor();
        await expectNoWiderThan(frame, 300, 'the Register a deal sidebar');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'Growth contest: a 300-character partner wraps in the podium of the modal dialog',
    () =>
      withPreview(async (page) => {
        // Cloud Accounting's two invoices (September and October 2026) under the long name: it is still first.
        await openSheet(page, 'Invoices');
        await typeInto(page, 'A2', LONG);
        await typeInto(page, 'A3', LONG);
        await waitForCell(page, 'A3', LONG);
        await clickMenu(page, 'showContestDialog');
        await page.locator('#modal:not([hidden])').waitFor();
        const frame = dialogFrame(page, 'modal');
        await frame.locator('#podium tbody tr .partner', { hasText: LONG }).waitFor();
        const modal = await page.locator('.modal-box').boundingBox();
        check(!!modal && Math.round(modal.width) === 560, `the modal is ${modal?.width} px wide`);
        await expectNoWiderThan(frame, 560, 'the Growth contest dialog');
        // Picked, the name is in the record button too: the button wraps it as well.
        await frame.locator('#podium tbody tr .partner', { hasText: LONG }).click();
        await frame.locator('#record:not([disabled])').waitFor();
        await expectNoWiderThan(frame, 560, 'the Growth contest dialog with its named record button');
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
