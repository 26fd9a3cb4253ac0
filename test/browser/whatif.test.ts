/**
 * The What if… dialog in headless Chromium, through the local preview: the real dist/whatif.html
 * talking through google.script.run to a bundle with the made-up stars program registered
 * (test/helpers/whatIfBundle.ts), its sheets inserted into
 * the preview's workbook. Members and their stars: test/helpers/whatIfServer.ts — Gold from 450
 * instead of 500 moves Cleo (480) from Silver to Gold; bonus 180 → 204.
 * The same dialog against the real tiers program: test/browser/whatif-tiers.test.ts.
 *
 * WHATIF_SCREENSHOT=/tmp/whatif.png npx vitest run test/browser/whatif.test.ts also saves a picture.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, it } from 'vitest';
import { hostServices } from '../../dev/memory';
import type { Preview } from '../../dev/preview/server';
import {
  BROWSER_TEST_TIMEOUT,
  assertEqual,
  browserSuite,
  check,
  clickMenu,
  dialogFrame,
  openSheet,
  switchLanguage,
  waitForCell,
  waitForText,
  withPreview,
} from '../helpers/browser';
import { insertStars, whatIfTestBundle } from '../helpers/whatIfBundle';
import { MEMBER_ROWS } from '../helpers/whatIfServer';

const RU_MEMBERS: [string, number][] = MEMBER_ROWS.map(([name, points]) => [`${name} (ру)`, points]);

/** The stars sheets in the preview's workbook, then the page redrawn with them. */
async function withStars(page: Page, preview: Preview, lang: 'en' | 'ru'): Promise<void> {
  insertStars(preview.workbook.book, lang, lang === 'en' ? MEMBER_ROWS : RU_MEMBERS);
  await page.reload();
  await page.locator('#grid td[data-a1="A1"]').waitFor();
}

async function openWhatIf(page: Page): Promise<FrameLocator> {
  await clickMenu(page, 'showWhatIfDialog');
  await page.locator('#modal:not([hidden])').waitFor();
  const frame = dialogFrame(page, 'modal');
  await frame.locator('#grid input[data-row="3"][data-col="1"]').waitFor();
  return frame;
}

const cellInput = (frame: FrameLocator, row: number, column: number) => frame.locator(`#grid input[data-row="${row}"][data-col="${column}"]`);

/** The changed rows as shown: name, before, after. */
const changedRows = (frame: FrameLocator) =>
  frame.locator('#changed tbody tr').evaluateAll((rows) => rows.map((tr) => ['.name', '.before', '.after'].map((s) => tr.querySelector(s)?.textContent ?? '')));

/** Holds every /api/run call of one server function until the returned function is called. */
async function holdCalls(page: Page, name: string): Promise<() => void> {
  const held: (() => void)[] = [];
  let open = false;
  await page.route('**/api/run', async (route) => {
    if (open || (route.request().postDataJSON() as { name?: string })?.name !== name) return route.continue();
    await new Promise<void>((resolve) => held.push(resolve));
    await route.continue();
  });
  return () => {
    open = true;
    for (const resolve of held.splice(0)) resolve();
  };
}

browserSuite('What if… dialog', () => {
  let codePath: string;
  beforeAll(async () => {
    codePath = await whatIfTestBundle();
  }, 60_000);

  it(
    'compares an edited threshold (changed rows, totals, chart), refuses a bad cell beside it, applies in the sheet',
    () =>
      withPreview(
        async (page, _url, preview) => {
          await withStars(page, preview, 'en');
          const frame = await openWhatIf(page);
          await assertEqual(page.locator('#modal-title').textContent(), 'What if…', 'the modal title');
          await assertEqual(frame.locator('#program option').allTextContents(), ['Stars (test)'], 'the programs');
          await assertEqual(
            frame
              .locator('#grid tr:not(.problem)')
              .evaluateAll((rows) =>
                rows.map((tr) => Array.from(tr.querySelectorAll('input')).map((i) => (i.type === 'checkbox' ? String(i.checked) : i.value))),
              ),
            [
              ['Star', 'Min points', 'Bonus', 'Active', 'Support'],
              ['Bronze', '0', '0%', 'true', 'none'],
              ['Silver', '100', '5%', 'true', 'email'],
              ['Gold', '500', '10%', 'true', 'phone'],
            ],
            'the rules table in the grid',
          );
          await assertEqual(frame.locator('#apply').isDisabled(), true, 'Apply before any comparison');

          // A cell the readers refuse: the message right under its row, the cell marked, Apply disabled.
          await cellInput(frame, 2, 1).fill('abc');
          await frame.locator('#compare').click();
          await waitForText(frame, '#grid tr.problem td[id]', 'Min points: "abc" is not a number.');
          await assertEqual(cellInput(frame, 2, 1).getAttribute('aria-invalid'), 'true', 'the refused cell is marked');
          await assertEqual(
            frame.locator('#grid tr').evaluateAll((rows) => rows.findIndex((tr) => tr.classList.contains('problem'))),
            3,
            'the message is the row after the refused cell (headers, Bronze, Silver, message)',
          );
          await assertEqual(frame.locator('#apply').isDisabled(), true, 'Apply with a refused table');

          // Fixed, and Gold from 450: Cleo changes.
          await cellInput(frame, 2, 1).fill('100');
          await assertEqual(frame.locator('#grid tr.problem').count(), 0, 'the message goes once the cell is edited');
          await cellInput(frame, 3, 1).fill('450');
          await frame.locator('#compare').click();
          await waitForText(frame, '#summary', 'The result changes in 1 of 6 rows.');
          await assertEqual(changedRows(frame), [['Cleo', 'Silver', 'Gold']], 'the changed rows');
          await assertEqual(
            frame.locator('#totals tbody tr').evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((c) => c.textContent))),
            [
              ['Members with a star', '6', '6'],
              ['Bonus points', '180', '204'],
            ],
            'the totals',
          );
          const svg = frame.locator('#chart svg');
          await assertEqual(svg.getAttribute('role'), 'img', 'the chart is an image for screen readers');
          await assertEqual(svg.locator('title').first().textContent(), 'Members per star', 'the chart title');
          await assertEqual(svg.locator('g.bar.before rect').count(), 3, 'a before bar per star');
          // Silver 2 → 1 and Gold 2 → 3 on a scale to 3: the bars are 2/3 and 1/3, 2/3 and 3/3 of the plot (160).
          await assertEqual(
            svg
              .locator('g.bucket')
              .evaluateAll((groups) => groups.map((g) => Array.from(g.querySelectorAll('rect')).map((r) => Math.round(Number(r.getAttribute('height')))))),
            [
              [107, 107],
              [107, 53],
              [107, 160],
            ],
            'bar heights',
          );
          await assertEqual(
            svg.locator('text.label').evaluateAll((labels) => labels.map((label) => label.firstChild?.textContent)),
            ['Bronze', 'Silver', 'Gold'],
            'the bucket labels',
          );
          if (process.env.WHATIF_SCREENSHOT) await page.locator('.modal-box').screenshot({ path: process.env.WHATIF_SCREENSHOT });

          // An edit after comparing: the comparison no longer describes the table, Apply waits for a new one.
          await cellInput(frame, 3, 1).fill('460');
          await assertEqual(frame.locator('#apply').isDisabled(), true, 'Apply after an edit');
          await waitForText(frame, '#note', 'The table was edited after this comparison: Compare again to apply it.');
          await cellInput(frame, 3, 1).fill('450');
          await frame.locator('#compare').click();
          await waitForText(frame, '#summary', 'The result changes in 1 of 6 rows.');
          await frame.locator('#apply:not([disabled])').click();
          await waitForText(frame, '#notice', 'The edited rules are written to the "Rules: stars" sheet; the formulas that read it recompute.');
          await frame.locator('#grid input[data-row="3"][data-col="1"]').and(frame.locator('[value="450"]')).waitFor();
          await assertEqual(frame.locator('#apply').isDisabled(), true, 'Apply once the table is the sheet again');
          await frame.locator('#close').click();
          await page.locator('#modal').waitFor({ state: 'hidden' });
          await openSheet(page, 'Rules: stars');
          await waitForCell(page, 'B4', '450.00');
        },
        { codePath },
      ),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'says when the rules sheet changed meanwhile, and Apply refuses until reloaded; in Russian',
    () =>
      withPreview(
        async (page, _url, preview) => {
          await switchLanguage(page, 'ru');
          await withStars(page, preview, 'ru');
          const frame = await openWhatIf(page);
          await assertEqual(frame.locator('#compare').textContent(), 'Сравнить', 'the button in Russian');
          // Silver inactive (its checkbox): Boris and Cleo would fall to Bronze.
          await cellInput(frame, 2, 3).uncheck();
          // Meanwhile another manager edits the rules sheet.
          const rules = hostServices(preview.workbook.book).SpreadsheetApp.getActive().getSheetByName('Правила: звёзды')!;
          rules.getRange('B4').setValue(600);
          // While Compare is in flight, nothing can be sent twice or edited.
          const release = await holdCalls(page, 'compareWhatIf');
          await frame.locator('#compare').click();
          await frame.locator('#compare[disabled]').waitFor({ state: 'attached' });
          await assertEqual(
            frame.locator('#apply, #reload, #add-row, #grid input').evaluateAll((all) => all.every((e) => (e as HTMLInputElement).disabled)),
            true,
            'every control disabled in flight',
          );
          release();
          // Compared with the sheet as it is now (Gold from 600: Dan, 500, is Silver there) and the grid (Gold from 500).
          await waitForText(frame, '#summary', 'Результат меняется в 3 из 6 строк.');
          await assertEqual(
            changedRows(frame),
            [
              ['Boris (ру)', 'Silver', 'Bronze'],
              ['Cleo (ру)', 'Silver', 'Bronze'],
              ['Dan (ру)', 'Silver', 'Gold'],
            ],
            'the changed rows',
          );
          await frame.locator('#stale:not([hidden])').waitFor();
          await frame.locator('#apply:not([disabled])').click();
          await frame
            .locator('#error')
            .filter({ hasText: /^Лист «Правила: звёзды» изменился после того, как таблица была с него прочитана, поэтому ничего не записано\./ })
            .waitFor();
          await assertEqual(rules.getRange('D3').getValue(), true, 'Silver still active on the sheet');
          await frame.locator('#reload').click();
          await frame.locator('#grid input[data-row="3"][data-col="1"]').and(frame.locator('[value="600"]')).waitFor();
          check(await cellInput(frame, 2, 3).isChecked(), 'the reloaded table shows the sheet again: Silver active');
        },
        { codePath },
      ),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'in dist/Code.js, in a workbook without a rules sheet, says which template to insert inside the dialog',
    () =>
      withPreview(async (page) => {
        await page.locator('#empty').click();
        await page.locator('#doc-name', { hasText: 'Untitled spreadsheet' }).waitFor();
        await clickMenu(page, 'showWhatIfDialog');
        await page.locator('#modal:not([hidden])').waitFor();
        const frame = dialogFrame(page, 'modal');
        await frame
          .locator('#error', { hasText: /^No program's rules sheet is in this spreadsheet \(.*"Rules: levels".*\)\. Insert a program template/ })
          .waitFor();
        await assertEqual(frame.locator('#main').isHidden(), true, 'no picker and no grid');
        await frame.locator('#close').click();
        await page.locator('#modal').waitFor({ state: 'hidden' });
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
