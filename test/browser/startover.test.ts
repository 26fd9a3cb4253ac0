/**
 * Starting over in the local preview (SPEC §10), in Chromium: an empty
 * spreadsheet where every Insert template item works, and a question inside
 * the page before switching language, Reset or emptying throws edits away.
 */
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import {
  answerAsk,
  assertEqual,
  BROWSER_TEST_TIMEOUT,
  browserSuite,
  check,
  clickMenu,
  openSheet,
  typeInto,
  waitForCell,
  withPreview,
} from '../helpers/browser';

const tabs = (page: Page) => page.locator('#tabs button').allTextContents();

/** Fails on any browser dialog (alert, confirm): the page asks inside itself. */
function noBrowserDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
  return seen;
}

browserSuite('starting over in the local preview', () => {
  it(
    'starts from an empty spreadsheet where each Insert template item inserts its sheets with computed cells',
    () =>
      withPreview(async (page) => {
        const dialogs = noBrowserDialogs(page);
        // No edits yet: nothing to ask.
        await page.locator('#empty').click();
        await page.locator('#doc-name', { hasText: 'Untitled spreadsheet' }).waitFor();
        await assertEqual(tabs(page), ['Sheet1'], 'the empty spreadsheet');
        check(await page.locator('#ask').isHidden(), 'no question without edits');

        // [menu item, the template's first sheet (made active), the sheet to look at, cells computed there]
        const inserts: [string, string, string, [string, string | RegExp][]][] = [
          // SPEC §4 example: Alpha Build, 35 points as of 30.04.2026; Beta Logistics 65 − 60 redeemed = 5.
          [
            'insertBonusTemplate',
            'Clients',
            'Clients',
            [
              ['C2', '35'],
              ['D3', '5'],
            ],
          ],
          // SPEC §5: 120,000 → White; 380,000 → Bronze.
          [
            'insertPartnerTemplate',
            'Partners',
            'Partners',
            [
              ['H2', 'White'],
              ['H3', 'Bronze'],
            ],
          ],
          // SPEC §6: an installed referral of 1,000 earns 1,000; not installed → 0 (in the money format, with or without cents).
          [
            'insertReferralTemplate',
            'Referrals',
            'Referrals',
            [
              ['G2', /^1,000(\.00)?$/],
              ['G4', /^0(\.00)?$/],
            ],
          ],
          // Draco: Competency 20% + plan 10% + participation 1%.
          ['insertLevelsTemplate', 'Partner levels', 'Partner levels', [['G5', '31.0%']]],
          // (28,000 − 20,000) / 20,000 = 40%, first place.
          [
            'insertGrowthTemplate',
            'Invoices',
            'Contest',
            [
              ['E2', '40.0%'],
              ['F2', '1'],
            ],
          ],
        ];
        for (const [fn, first, shown, cells] of inserts) {
          await clickMenu(page, fn);
          // The add-on makes the template's first sheet active; the page follows it.
          await page.locator(`#tabs button[data-sheet="${first}"][aria-selected="true"]`).waitFor();
          if (shown !== first) await openSheet(page, shown);
          for (const [a1, shown] of cells) await waitForCell(page, a1, shown);
        }
        await assertEqual(
          tabs(page),
          [
            'Sheet1',
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
          ],
          'every template inserted',
        );
        await assertEqual(page.locator('#messages .message').count(), 0, 'no "already in this spreadsheet"');

        // The inserted templates are edits: Reset asks first.
        await page.locator('#reset').click();
        const question = await answerAsk(page, 'discard');
        check(/edits in this workbook will be lost/.test(question), `the question: ${question}`);
        await page.locator('#doc-name', { hasText: 'Incentive programs' }).waitFor();
        await assertEqual((await tabs(page))[0], 'Clients', 'the sample workbook again');
        await assertEqual(dialogs, [], 'browser dialogs');
      }),
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'asks before switching language over an edit; Cancel keeps the edit, Discard switches',
    () =>
      withPreview(async (page) => {
        const dialogs = noBrowserDialogs(page);
        await openSheet(page, 'Partners');
        // Orion Soft reaches 150,000: Bronze (SPEC §5).
        await typeInto(page, 'C2', '150000');
        await waitForCell(page, 'H2', 'Bronze');

        await page.locator('.lang button[data-lang="ru"]').click();
        const question = await answerAsk(page, 'cancel');
        await assertEqual(
          question,
          'Switching the language builds the workbook again in that language. Your edits in this workbook will be lost.',
          'the question',
        );
        await assertEqual(page.locator('.lang button[data-lang="en"]').getAttribute('aria-pressed'), 'true', 'still English');
        await waitForCell(page, 'C2', /^150,000(\.00)?$/);
        await waitForCell(page, 'H2', 'Bronze');

        // Escape is Cancel too; so is New empty spreadsheet's question.
        await page.locator('#empty').click();
        await page.locator('#ask:not([hidden])').waitFor();
        await page.keyboard.press('Escape');
        await page.locator('#ask').waitFor({ state: 'hidden' });
        await waitForCell(page, 'C2', /^150,000(\.00)?$/);

        await page.locator('.lang button[data-lang="ru"]').click();
        await answerAsk(page, 'discard');
        await page.locator('.lang button[data-lang="ru"][aria-pressed="true"]').waitFor();
        await page.locator('#tabs button[data-sheet="Партнёры"][aria-selected="true"]').waitFor();
        await waitForCell(page, 'C2', /^120\u00a0000(,00)?$/);
        await waitForCell(page, 'H2', 'Белый');
        // A fresh workbook has no edits: back to English without a question, the buttons in Russian meanwhile.
        await assertEqual(page.locator('#empty').textContent(), 'Новая пустая таблица', 'the button in Russian');
        await page.locator('.lang button[data-lang="en"]').click();
        await page.locator('.lang button[data-lang="en"][aria-pressed="true"]').waitFor();
        check(await page.locator('#ask').isHidden(), 'no question without edits');
        await assertEqual(dialogs, [], 'browser dialogs');
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
