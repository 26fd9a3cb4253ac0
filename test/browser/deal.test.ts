/**
 * The Register a deal sidebar in headless Chromium, through the local
 * preview: the real dist/deal.html talking to dist/Code.js through
 * google.script.run, the Deals sheet recomputed by the add-on's own formulas.
 *
 * Sample data (partner template), see test/dialogs/deal.test.ts: Vega Systems
 * is Silver (6 months, 1 extension), Orion Soft White; the Deals sheet has 7
 * registrations (rows 2–8; Vega's open ones are rows 2 and 6), so a new one
 * lands in row 9. Every registration here is made today by the test itself,
 * so the expected values hold on any day: it expires EDATE(today, 6) (Silver)
 * and, one extension later, EDATE(today, 12); its DEAL_STATUS as of the
 * sheet's report date (30.11.2026) is "active" for any today from 16.11.2026
 * (at most 14 days without news, or registered after the report date).
 */
import type { FrameLocator, Page } from 'playwright-core';
import { it } from 'vitest';
import {
  assertEqual,
  BROWSER_TEST_TIMEOUT,
  browserSuite,
  check,
  clickMenu,
  countCalls,
  dialogFrame,
  openSheet,
  switchLanguage,
  waitForCell,
  waitForText,
  withPreview,
} from '../helpers/browser';
import { TODAY, edate, ruDay } from '../helpers/days';

/** Opens the sidebar from the menu and waits until it has loaded the partners. */
async function openDeal(page: Page): Promise<FrameLocator> {
  await clickMenu(page, 'showDealDialog');
  await page.locator('#sidebar:not([hidden])').waitFor();
  const box = await page.locator('#sidebar').boundingBox();
  check(!!box && Math.round(box.width) === 300, `the sidebar is ${box?.width} px wide`);
  const frame = dialogFrame(page, 'sidebar');
  await frame.locator('#main:not([hidden])').waitFor();
  await frame.locator('#partner option').nth(1).waitFor({ state: 'attached' });
  return frame;
}

/** Picks a partner and waits for its registrations to be listed. */
async function pickPartner(frame: FrameLocator, partner: string, firstRow: number): Promise<void> {
  await frame.locator('#partner').selectOption(partner);
  await frame.locator(`#deals li[data-row="${firstRow}"]`).waitFor();
}

/** The rows listed. */
const listedRows = (frame: FrameLocator) => frame.locator('#deals li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-row'))));

async function fillDeal(frame: FrameLocator, fields: { customer: string; taxId?: string; products: string; amount?: string }): Promise<void> {
  await frame.locator('#customer').fill(fields.customer);
  await frame.locator('#tax-id').fill(fields.taxId ?? '');
  await frame.locator('#products').fill(fields.products);
  await frame.locator('#amount').fill(fields.amount ?? '');
}

browserSuite('the Register a deal sidebar in Chromium', () => {
  it(
    'registers a deal that appears in the Deals sheet with its Expires and Status; another partner is refused, naming the owner',
    () =>
      withPreview(async (page) => {
        const alerts: string[] = [];
        page.on('dialog', (d) => {
          alerts.push(d.message());
          void d.dismiss();
        });
        const frame = await openDeal(page);
        await waitForText(frame, '#register', 'Register');
        await assertEqual(
          frame.locator('#partner option').evaluateAll((options) => options.map((o) => o.textContent)),
          [
            '— pick a partner —',
            'Orion Soft (White)',
            'Polaris IT (Bronze)',
            'Vega Systems (Silver)',
            'Sirius Integration (Gold)',
            'Altair Group (Trusted)',
            // SPEC §5: only an authorised partner has a tier
            'Deneb Trade (not authorised)',
          ],
          'partners with their tiers',
        );
        await pickPartner(frame, 'Vega Systems', 2);
        await waitForText(frame, '#tier-line', 'Tier: Silver. A deal is registered for 6 months, + 1 extension.');
        await assertEqual(listedRows(frame), [2, 6], "Vega's open registrations");
        await waitForText(frame, '#deals li[data-row="2"] .d-customer', 'Romashka LLC');
        await waitForText(frame, '#deals li[data-row="2"] .d-products', 'DLP, Time Tracker');
        await waitForText(frame, '#deals li[data-row="2"] .d-registered', 'registered 2026-09-01');
        await waitForText(frame, '#deals li[data-row="2"] .d-expires', 'expires 2027-03-01');

        await fillDeal(frame, { customer: 'Nova Retail', taxId: '0770123456', products: 'DLP, Archive', amount: '500000' });
        await frame.locator('#register').click();
        await waitForText(
          frame,
          '#notice',
          `Registered the deal with Nova Retail for Vega Systems (Silver): "Deals" sheet, row 9. The registration runs until ${edate(TODAY, 6)}.`,
        );
        await assertEqual(frame.locator('#customer').inputValue(), '', 'the form is cleared');
        await frame.locator('#deals li[data-row="9"]').waitFor();
        await assertEqual(listedRows(frame), [2, 6, 9], 'the new registration is listed');
        await waitForText(frame, '#deals li[data-row="9"] .d-status', 'active');
        await waitForText(frame, '#deals li[data-row="9"] .d-expires', `expires ${edate(TODAY, 6)}`);

        await openSheet(page, 'Deals');
        await waitForCell(page, 'A9', TODAY);
        await waitForCell(page, 'B9', 'Vega Systems');
        await waitForCell(page, 'C9', 'Silver');
        await waitForCell(page, 'D9', 'Nova Retail');
        await waitForCell(page, 'E9', '0770123456');
        await waitForCell(page, 'F9', 'DLP, Archive');
        await waitForCell(page, 'G9', '500,000.00');
        await waitForCell(page, 'H9', '0');
        await waitForCell(page, 'I9', TODAY);
        await waitForCell(page, 'J9', 'open');
        // the add-on's own formulas: DEAL_EXPIRY = EDATE(today, 6); DEAL_STATUS as of the report date
        await waitForCell(page, 'M9', edate(TODAY, 6));
        await waitForCell(page, 'N9', 'active');

        // the same customer (matched by tax ID) for another partner, with a product in common
        await pickPartner(frame, 'Orion Soft', 5);
        await fillDeal(frame, { customer: 'NOVA RETAIL LLC', taxId: '0770123456', products: 'archive' });
        await frame.locator('#register').click();
        await waitForText(
          frame,
          '#error',
          `Refused, reason 3: the deal is registered to another partner. Vega Systems registered Nova Retail on ${TODAY} ("Deals" sheet, row 9: DLP, Archive); that registration runs until ${edate(TODAY, 6)}. Orion Soft may still sell the same products to this customer at a discount of up to 5%, at the vendor's discretion. Nothing was written.`,
        );
        await assertEqual(frame.locator('#notice').textContent(), '', 'no notice');
        await assertEqual(frame.locator('#customer').inputValue(), 'NOVA RETAIL LLC', 'the form is kept after a refusal');
        await waitForCell(page, 'A10', '');
        await waitForCell(page, 'B10', '');

        // a partner whose Authorised box is unchecked
        await frame.locator('#partner').selectOption('Deneb Trade');
        await waitForText(frame, '#partner-problem', 'Deneb Trade: not authorised');
        await fillDeal(frame, { customer: 'Quartz', products: 'DLP' });
        await frame.locator('#register').click();
        await waitForText(
          frame,
          '#error',
          'Refused, reason 2: the partner is not authorised. Deneb Trade is not ticked as Authorised on the "Partners" sheet (row 7). Nothing was written.',
        );
        await waitForCell(page, 'A10', '');
        await assertEqual(alerts, [], 'no alert');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'extends a registration once, refuses the second extension (reason 5), and records a status update',
    () =>
      withPreview(async (page) => {
        const frame = await openDeal(page);
        await pickPartner(frame, 'Vega Systems', 2);
        await fillDeal(frame, { customer: 'Nova Retail', products: 'DLP' });
        await frame.locator('#register').click();
        await frame.locator('#deals li[data-row="9"]').waitFor();
        // the new registration is selected; Extend prolongs it by one Silver term: EDATE(today, 6 × 2)
        await assertEqual(frame.locator('#deals li[data-row="9"] input').isChecked(), true, 'the new registration is picked');
        await frame.locator('#extend').click();
        await waitForText(frame, '#notice', `Extended the registration of Nova Retail (row 9): extension 1 of 1. It now runs until ${edate(TODAY, 12)}.`);
        await waitForText(frame, '#deals li[data-row="9"] .d-extensions', 'extensions 1 of 1');
        await waitForText(frame, '#deals li[data-row="9"] .d-expires', `expires ${edate(TODAY, 12)}`);
        await openSheet(page, 'Deals');
        await waitForCell(page, 'H9', '1');
        await waitForCell(page, 'M9', edate(TODAY, 12));
        await waitForCell(page, 'N9', 'active');

        await frame.locator('#deals li[data-row="9"]').click();
        await frame.locator('#extend').click();
        await waitForText(
          frame,
          '#error',
          "Refused, reason 5: the extension limit of the partner's tier is exhausted. A Silver registration may be extended 1 time; row 9 (Nova Retail) has 1 extension already. Nothing was written.",
        );
        await waitForCell(page, 'H9', '1');

        // a status update with an outcome: the deal is won and leaves the open list
        await frame.locator('#deals li[data-row="9"]').click();
        await frame.locator('#outcome').selectOption('won');
        await frame.locator('#update').click();
        await waitForText(frame, '#notice', `Recorded a status update of Nova Retail (row 9) on ${TODAY}; outcome: won.`);
        await frame.locator('#deals li[data-row="9"]').waitFor({ state: 'detached' });
        await assertEqual(listedRows(frame), [2, 6], 'open registrations after the win');
        await waitForCell(page, 'J9', 'won');
        await waitForCell(page, 'N9', 'won');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'speaks Russian: registers, refuses the same customer by its normalised name, extends',
    () =>
      withPreview(async (page) => {
        await switchLanguage(page, 'ru');
        const frame = await openDeal(page);
        await waitForText(frame, '#register', 'Зарегистрировать');
        await waitForText(frame, '#partner-label', 'Партнёр');
        await pickPartner(frame, 'Вега Системс', 2);
        await waitForText(frame, '#tier-line', 'Статус: Серебряный. Сделка регистрируется на 6 мес., + 1 продление.');
        await waitForText(frame, '#deals li[data-row="2"] .d-registered', 'зарегистрирована 01.09.2026');
        await fillDeal(frame, { customer: 'ООО «Нова»', products: 'DLP' });
        await frame.locator('#register').click();
        await waitForText(
          frame,
          '#notice',
          `Сделка с заказчиком ООО «Нова» зарегистрирована за партнёром «Вега Системс» (Серебряный): лист «Сделки», строка 9. Регистрация действует до ${ruDay(edate(TODAY, 6))}.`,
        );
        await openSheet(page, 'Сделки');
        await waitForCell(page, 'C9', 'Серебряный');
        await waitForCell(page, 'J9', 'в работе');
        await waitForCell(page, 'M9', ruDay(edate(TODAY, 6)));
        await waitForCell(page, 'N9', 'активна');

        // "Нова" ООО (no tax ID) is ООО «Нова» once normalised: registered to Вега Системс
        await pickPartner(frame, 'Орион Софт', 5);
        await fillDeal(frame, { customer: '"Нова" ООО', products: 'dlp' });
        await frame.locator('#register').click();
        await waitForText(
          frame,
          '#error',
          `Отказ, причина 3: сделка зарегистрирована за другим партнёром. Партнёр «Вега Системс» зарегистрировал сделку с заказчиком ООО «Нова» ${ruDay(TODAY)} (лист «Сделки», строка 9: DLP); регистрация действует до ${ruDay(edate(TODAY, 6))}. Партнёр «Орион Софт» может продавать этому заказчику те же продукты со скидкой до 5% на усмотрение вендора. Ничего не записано.`,
        );
        await waitForCell(page, 'A10', '');

        await pickPartner(frame, 'Вега Системс', 2);
        await frame.locator('#deals li[data-row="9"]').click();
        await frame.locator('#extend').click();
        await waitForText(
          frame,
          '#notice',
          `Регистрация сделки с заказчиком ООО «Нова» (строка 9) продлена: продление 1 из 1. Теперь она действует до ${ruDay(edate(TODAY, 12))}.`,
        );
        await waitForText(frame, '#deals li[data-row="9"] .d-extensions', 'продлений 1 из 1');
        await waitForCell(page, 'M9', ruDay(edate(TODAY, 12)));
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'a double click on Register sends one call and writes one row; a customer named like HTML is shown as text',
    () =>
      withPreview(async (page) => {
        const events: string[] = [];
        page.on('dialog', (d) => {
          events.push(d.message());
          void d.dismiss();
        });
        const calls = countCalls(page, 'registerDeal');
        const frame = await openDeal(page);
        await pickPartner(frame, 'Polaris IT', 7);
        const name = '<img src=x onerror=alert(1)>';
        await fillDeal(frame, { customer: name, products: 'DLP' });
        // two clicks in one task, before the first call has had any chance to answer
        await frame.locator('#register').evaluate((button: HTMLButtonElement) => {
          button.click();
          button.click();
        });
        await frame.locator('#deals li[data-row="9"]').waitFor();
        await waitForText(frame, '#deals li[data-row="9"] .d-customer', name);
        await assertEqual(frame.locator('img').count(), 0, 'img elements in the dialog');
        await assertEqual(calls.count, 1, 'registerDeal calls for two clicks');
        await openSheet(page, 'Deals');
        await waitForCell(page, 'D9', name);
        await waitForCell(page, 'D10', '');
        await page.waitForTimeout(300);
        await assertEqual(events, [], 'alert or other dialog events');
      }),
    BROWSER_TEST_TIMEOUT,
  );
  it(
    'refuses a registration again around the extension limit (issue 12, item 1) and names the owner itself, Vega, for its own deal (item 2)',
    () =>
      withPreview(async (page) => {
        const frame = await openDeal(page);
        // Deals row 7: Polaris IT's Cedar Pharma (Bronze, 01.03.2026) has 2 extensions where Bronze allows 1, and is open.
        await pickPartner(frame, 'Polaris IT', 7);
        await fillDeal(frame, { customer: 'Cedar Pharma', products: 'DLP' });
        await frame.locator('#register').click();
        await waitForText(
          frame,
          '#error',
          `Refused, reason 5: the extension limit of the partner's tier is exhausted. Polaris IT already registered Cedar Pharma on 2026-03-01 ("Deals" sheet, row 7: DLP), and that registration is still open with 2 extensions, where a Bronze registration may be extended 1 time: registering the same deal again is no way around the extension limit. Record its outcome first; a registration after that is a new deal. Nothing was written.`,
        );
        // Deals row 2: Vega Systems owns Romashka LLC / DLP; row 3 (Polaris IT) is its duplicate. Vega registering it
        // again is a repeat of its own row 2, never "registered to Polaris IT".
        await pickPartner(frame, 'Vega Systems', 2);
        await fillDeal(frame, { customer: 'Romashka LLC', products: 'DLP' });
        await frame.locator('#register').click();
        await frame.locator('#error:has-text("Vega Systems already registered Romashka LLC on 2026-09-01")').waitFor();
        const message = (await frame.locator('#error').textContent()) ?? '';
        check(message.startsWith('Refused: Vega Systems already registered Romashka LLC on 2026-09-01 ("Deals" sheet, row 2: DLP, Time Tracker)'), message);
        check(!message.includes('Polaris'), `the refusal names no other partner: ${message}`);
        await openSheet(page, 'Deals');
        await waitForCell(page, 'A9', '');
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
