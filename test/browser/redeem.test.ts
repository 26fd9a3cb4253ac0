/**
 * The Redeem points sidebar in headless Chromium, through the local preview:
 * the real dist/redeem.html talking to dist/Code.js through google.script.run.
 *
 * Sample data (bonus template), as of any day after 15.04.2026 — see
 * test/dialogs/redeem.test.ts for the arithmetic: Alpha Build 35 earned,
 * 0 spent, balance 35; Beta Logistics 65 earned, 60 spent, balance 5. The
 * tests give Granite Plant 200 points by typing one Activity row:
 * 20.04.2026 success_story × 10 = 20 × 10 (before the report date 30.04.2026,
 * so the Clients sheet's formulas count it too).
 */
import type { FrameLocator, Page } from 'playwright-core';
import { it } from 'vitest';
import {
  assertEqual,
  BROWSER_TEST_TIMEOUT,
  browserSuite,
  cell,
  check,
  clickMenu,
  countCalls,
  dialogFrame,
  openSheet,
  switchLanguage,
  typeInto,
  waitForCell,
  waitForText,
  withPreview,
} from '../helpers/browser';
import { TODAY, ruDay } from '../helpers/days';

const WORDS = {
  en: { activity: 'Activity', clients: 'Clients', redemptions: 'Redemptions', granite: 'Granite Plant', alpha: 'Alpha Build', day: '2026-04-20' },
  ru: { activity: 'Активность', clients: 'Клиенты', redemptions: 'Списания', granite: 'Гранит-Завод', alpha: 'Альфа-Строй', day: '20.04.2026' },
} as const;

/** Types the Activity row that gives Granite Plant 200 points (row 12: under the header and the 10 sample rows). */
async function giveGranite200(page: Page, lang: 'en' | 'ru'): Promise<void> {
  const w = WORDS[lang];
  await openSheet(page, w.activity);
  // right to left: a text spills over an empty neighbour to its right, which then cannot be clicked
  await typeInto(page, 'D12', '10');
  await typeInto(page, 'C12', 'success_story');
  await typeInto(page, 'B12', w.granite);
  await typeInto(page, 'A12', w.day);
  await openSheet(page, w.clients);
  await waitForCell(page, 'A5', w.granite);
  await waitForCell(page, 'D5', '200');
}

/** Opens the sidebar from the menu and waits until it has loaded the clients. */
async function openRedeem(page: Page): Promise<FrameLocator> {
  await clickMenu(page, 'showRedeemDialog');
  await page.locator('#sidebar:not([hidden])').waitFor();
  const box = await page.locator('#sidebar').boundingBox();
  check(!!box && Math.round(box.width) === 300, `the sidebar is ${box?.width} px wide`);
  const frame = dialogFrame(page, 'sidebar');
  await frame.locator('#form:not([hidden])').waitFor();
  await frame.locator('#client option').nth(1).waitFor({ state: 'attached' });
  return frame;
}

/** The figures the sidebar shows for the picked client. */
async function figures(frame: FrameLocator): Promise<string[]> {
  return [await frame.locator('#earned').textContent(), await frame.locator('#spent').textContent(), await frame.locator('#balance').textContent()].map(String);
}

/** The same, as of the report date (the second column). */
async function reportFigures(frame: FrameLocator): Promise<string[]> {
  await frame.locator('#balance-report').waitFor();
  return Promise.all(['#earned-report', '#spent-report', '#balance-report'].map(async (id) => String(await frame.locator(id).textContent())));
}

browserSuite('the Redeem points sidebar in Chromium', () => {
  it(
    'redeems end to end: the balance updates in the dialog, the Clients sheet and the Redemptions sheet',
    () =>
      withPreview(async (page) => {
        await giveGranite200(page, 'en');
        const frame = await openRedeem(page);
        await waitForText(frame, '#client-label', 'Client');
        await frame.locator('#client').selectOption('Granite Plant');
        await assertEqual(figures(frame), ['200', '0', '200'], 'earned / spent / balance');
        // the catalog with prices, in the table's order
        await assertEqual(
          frame.locator('#catalog tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code'))),
          ['ACT_9', 'ACT_11', 'ACT_15', 'DISC_9', 'DISC_11', 'DISC_15', 'TP_9', 'TP_11', 'TP_15', 'OZON_2000'],
          'catalog',
        );
        await waitForText(frame, '#catalog tr[data-code="OZON_2000"] td.num', '60');
        // picking a reward from the catalog table selects it
        await frame.locator('#catalog tr[data-code="OZON_2000"]').click();
        await assertEqual(frame.locator('#reward').inputValue(), 'OZON_2000', 'reward picked from the catalog');
        await frame.locator('#quantity').fill('2');
        await waitForText(frame, '#cost', 'Cost: 120 points; balance after: 80');
        await frame.locator('#confirm').click();
        // 200 − 2 × 60 = 80
        await waitForText(frame, '#notice', 'Redeemed 2 × OZON_2000 (120 points) for Granite Plant. Balance: 80 points.');
        await assertEqual(figures(frame), ['200', '120', '80'], 'figures after the redemption');
        await assertEqual(frame.locator('#confirm').isEnabled(), true, 'confirm is enabled again');
        // the page redrew the workbook: the Balance formula counts the new row
        await waitForCell(page, 'D5', '80');
        await openSheet(page, 'Redemptions');
        await waitForCell(page, 'B3', 'Granite Plant');
        await waitForCell(page, 'C3', 'OZON_2000');
        await waitForCell(page, 'D3', '120');
        await waitForCell(page, 'E3', '2');
        await waitForCell(page, 'G3', 'manager@example.com');
        const requestId = (await cell(page, 'F3').textContent()) ?? '';
        check(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(requestId), `request id ${requestId}`);
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    "shows the server's insufficient-balance message inside the dialog and writes nothing",
    () =>
      withPreview(async (page) => {
        const alerts: string[] = [];
        page.on('dialog', (d) => {
          alerts.push(d.message());
          void d.dismiss();
        });
        const frame = await openRedeem(page);
        await frame.locator('#client').selectOption('Alpha Build');
        await assertEqual(figures(frame), ['35', '0', '35'], 'Alpha Build');
        await frame.locator('#reward').selectOption('ACT_15');
        // 35 − 80 → 45 missing, said before confirming …
        await waitForText(frame, '#cost', 'Cost: 80 points; 45 points missing');
        await frame.locator('#confirm').click();
        // … and by the server after
        await waitForText(frame, '#error', 'Alpha Build has 35 points, but 1 × ACT_15 costs 80 points: 45 points missing. Nothing was written.');
        await assertEqual(frame.locator('#notice').textContent(), '', 'no notice');
        await openSheet(page, 'Redemptions');
        await waitForCell(page, 'B2', 'Beta Logistics');
        await waitForCell(page, 'A3', '');
        await waitForCell(page, 'B3', '');
        await assertEqual(alerts, [], 'no alert');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'a double click on Confirm sends one call and writes one row',
    () =>
      withPreview(async (page) => {
        await giveGranite200(page, 'en');
        const calls = countCalls(page, 'redeemPoints');
        const frame = await openRedeem(page);
        await frame.locator('#client').selectOption('Granite Plant');
        await frame.locator('#reward').selectOption('TP_9');
        await frame.locator('#confirm').dblclick();
        await waitForText(frame, '#notice', 'Redeemed 1 × TP_9 (60 points) for Granite Plant. Balance: 140 points.');
        // two clicks in one task, before the first call has had any chance to answer
        await frame.locator('#confirm').evaluate((button: HTMLButtonElement) => {
          button.click();
          button.click();
        });
        await waitForText(frame, '#notice', 'Redeemed 1 × TP_9 (60 points) for Granite Plant. Balance: 80 points.');
        await assertEqual(calls.count, 2, 'redeemPoints calls for four clicks');
        await openSheet(page, 'Redemptions');
        await waitForCell(page, 'C3', 'TP_9');
        await waitForCell(page, 'C4', 'TP_9');
        await waitForCell(page, 'C5', '');
        await openSheet(page, 'Clients');
        await waitForCell(page, 'D5', '80'); // 200 − 2 × 60
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'shows a client named <img src=x onerror=alert(1)> as text',
    () =>
      withPreview(async (page) => {
        const events: string[] = [];
        page.on('dialog', (d) => {
          events.push(d.message());
          void d.dismiss();
        });
        const name = '<img src=x onerror=alert(1)>';
        await openSheet(page, 'Clients');
        await typeInto(page, 'B7', '2026-01-10');
        await typeInto(page, 'A7', name);
        await waitForCell(page, 'A7', name);
        const frame = await openRedeem(page);
        await assertEqual(
          frame.locator('#client option').evaluateAll((options) => options.map((o) => o.textContent)),
          ['— pick a client —', 'Alpha Build', 'Beta Logistics', 'Vector Energy', 'Granite Plant', 'Delta Med', name],
          'client options',
        );
        await frame.locator('#client').selectOption(name);
        await assertEqual(figures(frame), ['0', '0', '0'], 'a new client has no points');
        await frame.locator('#reward').selectOption('OZON_2000');
        await frame.locator('#confirm').click();
        // the refusal names the client: literally, as text
        await waitForText(frame, '#error', `${name} has 0 points, but 1 × OZON_2000 costs 60 points: 60 points missing. Nothing was written.`);
        await assertEqual(frame.locator('img').count(), 0, 'img elements in the dialog');
        await page.waitForTimeout(300);
        await assertEqual(events, [], 'alert or other dialog events');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'speaks Russian: labels, catalog, figures, messages, and a redemption',
    () =>
      withPreview(async (page) => {
        await switchLanguage(page, 'ru');
        await giveGranite200(page, 'ru');
        const frame = await openRedeem(page);
        await waitForText(frame, '#client-label', 'Клиент');
        await waitForText(frame, '#balance-label', 'Остаток');
        await waitForText(frame, '#confirm', 'Списать');
        await frame.locator('#catalog tr[data-code="OZON_2000"]', { hasText: 'подарочный сертификат OZON на 2000 рублей' }).waitFor();

        await frame.locator('#client').selectOption('Альфа-Строй');
        await assertEqual(figures(frame), ['35', '0', '35'], 'Альфа-Строй');
        await frame.locator('#reward').selectOption('OZON_2000');
        await frame.locator('#confirm').click();
        await waitForText(frame, '#error', 'У клиента «Альфа-Строй» 35 баллов, а 1 × OZON_2000 стоит 60 баллов: не хватает 25 баллов. Ничего не записано.');

        await frame.locator('#client').selectOption('Гранит-Завод');
        await assertEqual(figures(frame), ['200', '0', '200'], 'Гранит-Завод');
        await frame.locator('#reward').selectOption('TP_11');
        await frame.locator('#confirm').click();
        // 200 − 70 = 130
        await waitForText(frame, '#notice', 'Списано 1 × TP_11 (70 баллов) у клиента «Гранит-Завод». Остаток: 130 баллов.');
        await assertEqual(figures(frame), ['200', '70', '130'], 'after');
        await waitForCell(page, 'D5', '130');
      }),
    BROWSER_TEST_TIMEOUT,
  );
});

browserSuite('the Redeem points sidebar: report date, reward names, Refresh', () => {
  it(
    "shows the figures as of today and, beside them, as of the Clients sheet's report date; rewards by name and code",
    () =>
      withPreview(async (page) => {
        // The report date moved back to 31.03.2026: Alpha Build then has 35 − 10 (the renewal of 01.04) = 25
        // (see test/dialogs/redeem.test.ts), and the sheet's Balance column says so too.
        await openSheet(page, 'Clients');
        await typeInto(page, 'F2', '2026-03-31');
        await waitForCell(page, 'F2', '2026-03-31');
        await waitForCell(page, 'D2', '25');
        const frame = await openRedeem(page);
        await frame.locator('#client').selectOption('Alpha Build');
        await assertEqual(figures(frame), ['35', '0', '35'], 'today');
        await assertEqual(reportFigures(frame), ['25', '0', '25'], 'on the report date');
        await waitForText(frame, '#as-of', 'Balance today: 35 · on the report date 2026-03-31: 25');
        await waitForText(frame, '#today-head', `Today${TODAY}`);
        await waitForText(frame, '#report-head', 'Report date2026-03-31');
        // Beta Logistics: 65 − 60 = 5 today; 55 − 60 = −5 on 31.03 (the success story of 20.03 in, the renewal of 15.04 not).
        await frame.locator('#client').selectOption('Beta Logistics');
        await waitForText(frame, '#as-of', 'Balance today: 5 · on the report date 2026-03-31: -5');

        // Rewards are listed by name and code, with the price (SPEC §4 catalog).
        const options = await frame.locator('#reward option').evaluateAll((list) => list.map((o) => [o.getAttribute('value'), o.textContent]));
        await assertEqual(options[0], ['', '— pick a reward —'], 'first option');
        await assertEqual(options[1], ['ACT_9', '9% extra free activations for each internal-training program (ACT_9) — 60'], 'ACT_9');
        await assertEqual(options[10], ['OZON_2000', 'OZON gift certificate for 2,000 roubles (OZON_2000) — 60'], 'OZON_2000');
        await assertEqual(options.length, 11, 'options');
        await frame.locator('#reward').selectOption({ label: '11% discount on a contract with the TechnoProgress training centre (TP_11) — 70' });
        await assertEqual(frame.locator('#catalog tr.selected').getAttribute('data-code'), 'TP_11', 'the row picked in the catalog');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'shows only today when the report date is empty, and says so in Russian when it is not a date',
    () =>
      withPreview(async (page) => {
        await openSheet(page, 'Clients');
        await cell(page, 'F2').click();
        await page.keyboard.press('Delete');
        await waitForCell(page, 'F2', '');
        let frame = await openRedeem(page);
        await frame.locator('#client').selectOption('Alpha Build');
        await waitForText(frame, '#as-of', `as of ${TODAY}`);
        check(await frame.locator('#figures-head').isHidden(), 'no report-date column');
        check(await frame.locator('#balance-report').isHidden(), 'no report-date balance');

        await switchLanguage(page, 'ru', { discard: true });
        await openSheet(page, 'Клиенты');
        await typeInto(page, 'F2', 'скоро');
        await waitForCell(page, 'F2', 'скоро');
        frame = await openRedeem(page);
        await frame.locator('#client').selectOption('Альфа-Строй');
        await waitForText(frame, '#as-of', `на ${ruDay(TODAY)}`);
        await waitForText(
          frame,
          '#report-note',
          'Дата отчёта на листе «Клиенты» (F2) не дата: «скоро». Баллы ниже показаны только на сегодня; исправьте ячейку, чтобы видеть их и на дату отчёта.',
        );
        await frame
          .locator('#reward option[value="OZON_2000"]', { hasText: 'подарочный сертификат OZON на 2000 рублей (OZON_2000) — 60' })
          .waitFor({ state: 'attached' });
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'Refresh re-reads the sheets and keeps the chosen client; says when that client is gone',
    () =>
      withPreview(async (page) => {
        const states = countCalls(page, 'getRedeemState');
        const frame = await openRedeem(page);
        await frame.locator('#client').selectOption('Granite Plant');
        await assertEqual(figures(frame), ['0', '0', '0'], 'before');
        // The sheet changes while the sidebar is open: Granite Plant earns 200 points.
        await giveGranite200(page, 'en');
        await assertEqual(figures(frame), ['0', '0', '0'], 'the sidebar has not re-read yet');
        await frame.locator('#refresh').click();
        await waitForText(frame, '#notice', 'Re-read from the sheets.');
        await assertEqual(frame.locator('#client').inputValue(), 'Granite Plant', 'the chosen client is kept');
        await assertEqual(figures(frame), ['200', '0', '200'], 'after Refresh');
        await assertEqual(reportFigures(frame), ['200', '0', '200'], 'on the report date 30.04.2026 (the row is dated 20.04)');
        await assertEqual(frame.locator('#refresh').isEnabled(), true, 'Refresh is enabled again');
        await assertEqual(states.count, 2, 'getRedeemState calls: opening and Refresh');

        // Renamed on the sheet: gone from the list, and the sidebar says so.
        await openSheet(page, 'Clients');
        await typeInto(page, 'A5', 'Granite Works');
        await frame.locator('#refresh').click();
        await waitForText(frame, '#notice', 'Granite Plant is no longer on the Clients sheet.');
        await assertEqual(frame.locator('#client').inputValue(), '', 'no client chosen');
        await assertEqual(figures(frame), ['–', '–', '–'], 'no figures');
        await frame.locator('#client option[value="Granite Works"]').waitFor({ state: 'attached' });
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
