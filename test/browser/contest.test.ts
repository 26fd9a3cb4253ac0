/**
 * The Growth contest dialog in headless Chromium, through the local preview:
 * the real dist/contest.html talking to dist/Code.js through google.script.run.
 *
 * Sample data (growth template) — see test/dialogs/contest.test.ts for the
 * arithmetic: October 2026 against September 2026, Cloud Accounting +40% is
 * first; Ural Service and Smart Office tie at +10% with 3 subscriptions each
 * ("2 ="); North IT won September, so it receives October's leads and is left
 * out; Volga Soft has no September invoice. The Contest log holds one row
 * (September: North IT, winner, leads to North IT from 2026-10-01), so a
 * recorded result lands in row 3. September against August: North IT +50%
 * (the winner), Cloud Accounting +25% (place 2), Ural Service +5%.
 *
 * CONTEST_SCREENSHOT=/tmp/contest.png npx vitest run test/browser/contest.test.ts
 * also saves a picture of the dialog.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { it } from 'vitest';
import {
  assertEqual,
  BROWSER_TEST_TIMEOUT,
  browserSuite,
  clickMenu,
  dialogFrame,
  openSheet,
  switchLanguage,
  typeInto,
  waitForCell,
  waitForText,
  withPreview,
} from '../helpers/browser';

const WORDS = {
  en: {
    title: 'Growth contest',
    log: 'Contest log',
    october: 'October 2026',
    september: 'September 2026',
    august: 'August 2026',
    record: 'Record winner',
    recordNamed: 'Record Cloud Accounting as the winner for October 2026',
    decline: 'Winner declined',
    podium: [
      ['1', 'Cloud Accounting', '+40.0%', '2'],
      ['2 =', 'Ural Service', '+10.0%', '3'],
      ['2 =', 'Smart Office', '+10.0%', '3'],
    ],
    leftOut: [
      'North IT — receives the leads during October 2026 as the winner for September 2026, so it does not take part',
      'Volga Soft — has no invoice for September 2026, so it has no growth to rank',
    ],
    recorded: 'Cloud Accounting is recorded as the winner for October 2026 (place 1): it receives the leads during November 2026.',
    winnerWord: 'winner',
    row: ['2026-10-01', '1', 'Cloud Accounting', '40.0%', '2', 'winner', 'Cloud Accounting', '2026-11-01', '', 'manager@example.com'],
    declined:
      'Cloud Accounting declined the leads for October 2026; that is recorded. Place 2 is shared by Ural Service, Smart Office: pick the partner that takes the leads and record it with "Record winner".',
  },
  ru: {
    title: 'Конкурс роста',
    log: 'Журнал конкурса',
    october: 'Октябрь 2026',
    september: 'Сентябрь 2026',
    august: 'Август 2026',
    record: 'Записать победителя',
    recordNamed: 'Записать «Облачная бухгалтерия» победителем за октябрь 2026',
    decline: 'Победитель отказался',
    podium: [
      ['1', 'Облачная бухгалтерия', '+40,0%', '2'],
      ['2 =', 'Урал Сервис', '+10,0%', '3'],
      ['2 =', 'Умный офис', '+10,0%', '3'],
    ],
    leftOut: [
      'Северный ИТ — получает лиды на октябрь 2026 как победитель за сентябрь 2026, поэтому не участвует',
      'Волга Софт — нет счёта за сентябрь 2026, поэтому прирост не посчитать',
    ],
    recorded: 'Победитель за октябрь 2026 записан: «Облачная бухгалтерия» (место 1). Лиды на ноябрь 2026 получает этот партнёр.',
    winnerWord: 'победитель',
    row: ['01.10.2026', '1', 'Облачная бухгалтерия', '40,0%', '2', 'победитель', 'Облачная бухгалтерия', '01.11.2026', '', 'manager@example.com'],
    declined:
      'Отказ партнёра «Облачная бухгалтерия» от лидов за октябрь 2026 записан. Место 2 делят «Урал Сервис», «Умный офис»: выберите, кто получит лиды, и запишите его кнопкой «Записать победителя».',
  },
} as const;

type Lang = keyof typeof WORDS;

/** Opens the dialog from the menu (a modal) and waits until the latest month's podium is shown. */
async function openContest(page: Page, lang: Lang): Promise<FrameLocator> {
  await clickMenu(page, 'showContestDialog');
  await page.locator('#modal:not([hidden])').waitFor();
  await assertEqual(page.locator('#modal-title').textContent(), WORDS[lang].title, 'the modal title');
  const frame = dialogFrame(page, 'modal');
  await frame.locator('#podium tbody tr').first().waitFor();
  return frame;
}

/** The podium as shown: place, partner, growth, subscriptions per row. */
async function podium(frame: FrameLocator): Promise<string[][]> {
  return frame
    .locator('#podium tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => ['.place', '.partner', '.growth', '.subscriptions'].map((selector) => tr.querySelector(selector)?.textContent ?? '')),
    );
}

/** Holds every /api/run call of one server function until `release` is called (to see the dialog while a call is in flight). */
async function holdCalls(page: Page, name: string): Promise<() => void> {
  const held: (() => void)[] = [];
  let open = false;
  await page.route('**/api/run', async (route) => {
    const body = route.request().postDataJSON() as { name?: string };
    if (open || body?.name !== name) return route.continue();
    await new Promise<void>((resolve) => held.push(resolve));
    await route.continue();
  });
  return () => {
    open = true;
    for (const resolve of held.splice(0)) resolve();
  };
}

async function recordsTheWinner(page: Page, lang: Lang): Promise<void> {
  const w = WORDS[lang];
  const frame = await openContest(page, lang);
  // The month picker lists the invoice months, latest first, October picked.
  await assertEqual(frame.locator('#month option').allTextContents(), [w.october, w.september, w.august], 'the months');
  await frame.locator('#month').selectOption({ label: w.october });
  await frame.locator('#podium tbody tr').first().waitFor();
  await assertEqual(
    podium(frame),
    w.podium.map((r) => [...r]),
    'the podium with the tie',
  );
  await assertEqual(frame.locator('#left-out-list li').allTextContents(), [...w.leftOut], 'who is left out and why');
  await frame.locator('#tie-legend:not([hidden])').waitFor();
  // Only the first place can be recorded, and nothing is picked for the manager: one click never commits.
  await assertEqual(frame.locator('#podium input[type=radio]').count(), 1, 'one partner can take the leads');
  await assertEqual(frame.locator('#podium tbody tr').nth(0).locator('input[type=radio]').isChecked(), false, 'nothing is preselected');
  const record = frame.locator('#record');
  await assertEqual(record.textContent(), w.record, 'the primary button before a pick');
  await assertEqual(record.isDisabled(), true, 'nothing to record before a pick');
  await frame.locator('#podium tbody tr').nth(0).click();
  // The button names what it will record.
  await assertEqual(record.textContent(), w.recordNamed, 'the primary button names what it records');
  await assertEqual(frame.locator('#decline').textContent(), w.decline, 'the decline button');
  await assertEqual(
    record.evaluate((b) => b.classList.contains('action')),
    true,
    'the primary button is the action',
  );

  // The primary button is disabled while the call is in flight.
  const release = await holdCalls(page, 'recordContestResult');
  await record.click();
  await frame.locator('#record[disabled]').waitFor();
  await assertEqual(frame.locator('#decline').isDisabled(), true, 'the decline button while the call is in flight');
  release();
  await waitForText(frame, '#notice', w.recorded);
  await frame.locator('#podium tbody tr.winner').waitFor();
  await assertEqual(record.isDisabled(), true, 'nothing more to record for October');

  // The new row is in the Contest log sheet (row 2 is the template's September row).
  await page.locator('#modal-close').click();
  await openSheet(page, w.log);
  const cells = ['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3', 'H3', 'I3', 'J3'];
  for (let i = 0; i < cells.length; i++) await waitForCell(page, cells[i], w.row[i]);
  await waitForCell(page, 'F2', w.winnerWord);
}

browserSuite('the Growth contest dialog in Chromium', () => {
  it(
    "opens from the menu, shows October's podium with the tie, records the winner into the Contest log (English)",
    () => withPreview((page) => recordsTheWinner(page, 'en')),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'does the same in Russian',
    () =>
      withPreview(async (page) => {
        await switchLanguage(page, 'ru');
        await recordsTheWinner(page, 'ru');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'records a decline, then lets the manager pick among the tied partners',
    () =>
      withPreview(async (page) => {
        const w = WORDS.en;
        const frame = await openContest(page, 'en');
        await frame.locator('#podium tbody tr').nth(0).click();
        await frame.locator('#decline').click();
        await waitForText(frame, '#notice', w.declined);
        // Both tied partners can now be picked; nobody is picked for the manager.
        await frame.locator('#podium input[type=radio]').nth(1).waitFor();
        await assertEqual(frame.locator('#podium input[type=radio]').count(), 2, 'the two tied partners');
        await assertEqual(frame.locator('#record').isDisabled(), true, 'nothing picked yet');
        await frame.locator('#podium tbody tr', { hasText: 'Smart Office' }).click();
        await frame.locator('#record:not([disabled])').click();
        await waitForText(frame, '#notice', 'Smart Office is recorded as the winner for October 2026 (place 2): it receives the leads during November 2026.');
        await page.locator('#modal-close').click();
        await openSheet(page, w.log);
        await waitForCell(page, 'C3', 'Cloud Accounting');
        await waitForCell(page, 'F3', 'declined');
        await waitForCell(page, 'C4', 'Smart Office');
        await waitForCell(page, 'F4', 'winner');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'shows a refusal inside the dialog: a month whose previous month has no invoices',
    () =>
      withPreview(async (page) => {
        const frame = await openContest(page, 'en');
        await frame.locator('#month').selectOption({ label: 'August 2026' });
        await waitForText(frame, '#error', "There are no invoices for July 2026, the month before, so nobody's growth in August 2026 can be computed.");
        await frame.locator('#contest[hidden]').waitFor({ state: 'attached' });
        await assertEqual(frame.locator('#record').isDisabled(), true, 'nothing to record');
        if (process.env.CONTEST_SCREENSHOT) {
          await frame.locator('#month').selectOption({ label: 'October 2026' });
          await frame.locator('#podium tbody tr').first().waitFor();
          await page.screenshot({ path: process.env.CONTEST_SCREENSHOT });
        }
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'shows partner names from the sheet as text, never as HTML',
    () =>
      withPreview(async (page) => {
        // Cloud Accounting's two invoice rows (A2: September, A3: October) renamed to markup.
        const name = '<img src=x onerror="window.pwned=1"><b>Bold</b> & Co';
        await openSheet(page, 'Invoices');
        await typeInto(page, 'A2', name);
        await typeInto(page, 'A3', name);
        const frame = await openContest(page, 'en');
        const first = frame.locator('#podium tbody tr').first();
        await assertEqual(first.locator('.partner').textContent(), name, 'the name, literally');
        await assertEqual(frame.locator('#podium img, #podium b').count(), 0, 'no element made from the name');
        await assertEqual(
          frame.locator('body').evaluate(() => (window as unknown as { pwned?: number }).pwned ?? 0),
          0,
          'no script ran',
        );
        await first.click();
        await assertEqual(frame.locator('#record').textContent(), `Record ${name} as the winner for October 2026`, 'the name in the button, as text');
        await assertEqual(frame.locator('#record img, #record b').count(), 0, 'no element made from the name in the button');
        await frame.locator('#record').click();
        await frame.locator('#podium tbody tr.winner').waitFor();
        await page.locator('#modal-close').click();
        await openSheet(page, 'Contest log');
        await waitForCell(page, 'C3', name);
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
