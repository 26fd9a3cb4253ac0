/**
 * The add-on in Greek (issue 15), in Chromium through the local preview on dist/Code.js: the
 * workbook switched to Ελληνικά, a redemption and a refused deal registration made in Greek, and
 * no English word left in what the sidebars show. Greek words are the catalog's
 * (src/kernel/lang/el.ts); the figures are worked out as in test/browser/redeem.test.ts and
 * deal.test.ts: Granite Plant gets 10 success stories of 20 points (200) typed into its Activity
 * sheet, and TP_11 costs 70 (200 − 70 = 130); Polaris IT's Cedar Pharma (Deals row 7, Bronze) has
 * used 2 extensions where Bronze allows 1, so registering it again is refused with reason 5.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { it } from 'vitest';
import {
  BROWSER_TEST_TIMEOUT,
  assertEqual,
  browserSuite,
  check,
  clickMenu,
  dialogFrame,
  openSheet,
  switchLanguage,
  typeInto,
  waitForCell,
  waitForText,
  withPreview,
} from '../helpers/browser';

/** Latin words a Greek sidebar may show: codes (TP_11, OZON_2000), product and program names, the add-on's name. */
const KEPT = new Set(['DLP', 'OZON', 'TechnoProgress', 'Incentive', 'Desk', 'SaaS', 'NFR', 'Time', 'Tracker', 'Archive']);
const latinWords = (text: string) =>
  (text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter((word) => word.length > 1 && !KEPT.has(word) && !/^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(word));

async function noEnglishIn(frame: FrameLocator, what: string): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: what the user sees (textContent would include the page's script)
  const text = await frame.locator('body').innerText();
  await assertEqual(latinWords(text), [], `English words in the ${what}: ${text}`);
}

async function openSidebar(page: Page, menu: string, ready: string): Promise<FrameLocator> {
  await clickMenu(page, menu);
  await page.locator('#sidebar:not([hidden])').waitFor();
  const frame = dialogFrame(page, 'sidebar');
  await frame.locator(ready).waitFor({ state: 'attached' });
  return frame;
}

browserSuite('the add-on in Greek', () => {
  it(
    'builds the workbook in Ελληνικά and redeems points in Greek',
    () =>
      withPreview(async (page) => {
        await switchLanguage(page, 'el');
        await page.locator('#tabs', { hasText: 'Πελάτες' }).waitFor();
        await openSheet(page, 'Δραστηριότητα');
        // right to left, as a text spills over an empty neighbour: 10 success stories for Granite Plant
        await typeInto(page, 'D12', '10');
        await typeInto(page, 'C12', 'ιστορία_επιτυχίας');
        await typeInto(page, 'B12', 'Γρανίτης Βιομηχανική');
        await typeInto(page, 'A12', '20/04/2026');
        await openSheet(page, 'Πελάτες');
        await waitForCell(page, 'D5', '200');

        const frame = await openSidebar(page, 'showRedeemDialog', '#client option:nth-child(2)');
        await waitForText(frame, '#client-label', 'Πελάτης');
        await waitForText(frame, '#confirm', 'Εξαργύρωση');
        await frame.locator('#catalog tr[data-code="OZON_2000"]', { hasText: 'δωροεπιταγή OZON αξίας 2.000 ρουβλίων' }).waitFor();

        await frame.locator('#client').selectOption('Άλφα Κατασκευαστική');
        await frame.locator('#reward').selectOption('OZON_2000');
        await frame.locator('#confirm').click();
        await frame.locator('#error', { hasText: 'Δεν έγινε καμία εγγραφή.' }).waitFor();

        await frame.locator('#client').selectOption('Γρανίτης Βιομηχανική');
        await frame.locator('#reward').selectOption('TP_11');
        await noEnglishIn(frame, 'Redeem points sidebar');
        await frame.locator('#confirm').click();
        await frame.locator('#notice', { hasText: /^Έγινε εξαργύρωση 1 × TP_11 \(70 πόντοι\) .*Υπόλοιπο: 130 πόντοι\.$/ }).waitFor();
        await waitForCell(page, 'D5', '130');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'refuses a deal registration in Greek, with the seed’s reason',
    () =>
      withPreview(async (page) => {
        await switchLanguage(page, 'el');
        const frame = await openSidebar(page, 'showDealDialog', '#partner option:nth-child(2)');
        await frame.locator('#partner').selectOption('Πολάρις Πληροφορική');
        await frame.locator('#deals li[data-row="7"]').waitFor();
        await frame.locator('#customer').fill('Κέδρος Φαρμακευτική Ε.Π.Ε.');
        await frame.locator('#products').fill('DLP');
        await noEnglishIn(frame, 'Register a deal sidebar');
        await frame.locator('#register').click();
        await frame.locator('#error', { hasText: /^Απόρριψη, λόγος 5: / }).waitFor();
        const message = (await frame.locator('#error').textContent()) ?? '';
        check(message.endsWith('Δεν έγινε καμία εγγραφή.'), message);
        await assertEqual(latinWords(message), [], `English words in the refusal: ${message}`);
        await openSheet(page, 'Συμφωνίες');
        await waitForCell(page, 'A9', '');
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
