/**
 * One handling breach in headless Chromium, through the local preview (SPEC §9.3): the real
 * dist/contest.html talking to dist/Code.js through google.script.run.
 *
 * The growth template's sample: North IT won September (the Contest log's row 2), so it receives the
 * leads during October 2026; September's place 2 is Cloud Accounting (+25%: 16,000 → 20,000). The Leads
 * sheet holds North IT's October leads; as of its report date, 01.11.2026 09:00, LEAD_SLA shows
 * L-1002 late for the first contact (1 h 40 min) and overdue for the 14-day follow-up, L-1003 overdue
 * for the 3-day follow-up (due 23.10 14:00), L-1005 overdue for the first contact (due 31.10 19:00);
 * L-1001 is ok and L-1004 on track. The manager records the breach from 21 October: the leads are
 * switched to Cloud Accounting, the log shows the switch with its date, and October's contest on the
 * Contest sheet leaves out both partners that received October's leads. Then the breach is cancelled
 * (two clicks: the first only asks): one cancelling row naming row 3, North IT holds the leads again, and
 * Cloud Accounting is back in October's contest.
 *
 * CONTEST_SCREENSHOT=/tmp/breach.png npx vitest run test/browser/contest-breach.test.ts saves a picture.
 */
import { it } from 'vitest';
import { assertEqual, BROWSER_TEST_TIMEOUT, browserSuite, clickMenu, dialogFrame, openSheet, waitForCell, waitForText, withPreview } from '../helpers/browser';

browserSuite('a handling breach in the Growth contest dialog, in Chromium', () => {
  it(
    "lists the receiver's late and overdue leads, switches the leads to the next place from the day picked, and the sheets follow; a confirmed cancellation undoes it",
    () =>
      withPreview(async (page) => {
        await clickMenu(page, 'showContestDialog');
        await page.locator('#modal:not([hidden])').waitFor();
        const frame = dialogFrame(page, 'modal');
        await frame.locator('#podium tbody tr').first().waitFor();
        await frame.locator('#month').selectOption({ label: 'September 2026' });
        await frame.locator('#podium tbody tr.winner').waitFor();
        await waitForText(frame, '#note', 'The winner for September 2026 is recorded: North IT. It receives the leads during October 2026.');
        await assertEqual(frame.locator('#record').isDisabled(), true, 'no second winner');
        await assertEqual(frame.locator('#records-list li').allTextContents(), ['Row 2: North IT — winner, leads from 2026-10-01Cancel row 2'], 'the record');

        // Handling breach: the receiver's late and overdue leads, from the Leads sheet.
        await frame.locator('#breach').click();
        await frame.locator('#late-leads tbody tr').first().waitFor();
        await waitForText(frame, '#switch-title', 'Handling breach by North IT');
        await waitForText(frame, '#late-note', '3 of its 5 leads received from 2026-10-01 are late or overdue as of 2026-11-01 09:00.');
        await assertEqual(
          frame.locator('#late-leads tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))),
          [
            ['L-1002', '2026-10-06 09:30', 'late: first contact; overdue: follow-up 14d'],
            ['L-1003', '2026-10-20 14:00', 'overdue: follow-up 3d'],
            ['L-1005', '2026-10-31 18:00', 'overdue: first contact'],
          ],
          'the late and overdue leads',
        );
        await waitForText(frame, '#switch-to', 'The leads pass to place 2: Cloud Accounting.');
        // The day: within October, the month North IT receives the leads.
        const day = frame.locator('#switch-from');
        await assertEqual(
          day.evaluate((input) => [(input as HTMLInputElement).min, (input as HTMLInputElement).max]),
          ['2026-10-01', '2026-10-31'],
          'the days allowed',
        );
        await day.fill('2026-10-21');
        const confirm = frame.locator('#switch-confirm');
        await assertEqual(confirm.textContent(), 'Switch the leads to Cloud Accounting from 2026-10-21', 'the button names what it records');
        if (process.env.CONTEST_SCREENSHOT) await page.screenshot({ path: process.env.CONTEST_SCREENSHOT });
        await confirm.click();
        await waitForText(
          frame,
          '#notice',
          'The handling breach of North IT is recorded: from 2026-10-21 it no longer receives the leads for October 2026. From 2026-10-21 the leads for October 2026 pass to place 2: Cloud Accounting.',
        );
        await frame.locator('#podium tbody tr.breach').waitFor();
        await assertEqual(
          frame
            .locator('#podium tbody tr')
            .evaluateAll((rows) => rows.map((tr) => [tr.querySelector('.partner')?.textContent, tr.querySelector('.status')?.textContent])),
          [
            ['North IT', 'handling breach'],
            ['Cloud Accounting', 'leads from 2026-10-21'],
            ['Ural Service', ''],
          ],
          'the podium after the switch',
        );
        await assertEqual(frame.locator('#switch').isHidden(), true, 'the panel closes');
        await assertEqual(frame.locator('#records-list button').allTextContents(), ['Cancel row 3'], 'only the latest record can be cancelled');

        // The log shows the switch with its date, in one new row.
        await page.locator('#modal-close').click();
        await openSheet(page, 'Contest log');
        await waitForCell(page, 'C3', 'North IT');
        await waitForCell(page, 'F3', 'handling breach');
        await waitForCell(page, 'G3', 'Cloud Accounting');
        await waitForCell(page, 'H3', '2026-10-21');
        await waitForCell(page, 'A4', '');
        // October's contest on the Contest sheet leaves out both partners that received October's leads.
        await openSheet(page, 'Contest');
        await waitForCell(page, 'J2', 'North IT');
        await waitForCell(page, 'J3', 'Cloud Accounting');
        await waitForCell(page, 'M2', 'Ural Service');
        await waitForCell(page, 'L3', '1');
        await waitForCell(page, 'M3', 'Smart Office');

        // Cancel a record: the breach was a mistake. One click only asks; the second writes one cancelling row.
        await clickMenu(page, 'showContestDialog');
        await page.locator('#modal:not([hidden])').waitFor();
        const again = dialogFrame(page, 'modal');
        await again.locator('#podium tbody tr').first().waitFor();
        await again.locator('#month').selectOption({ label: 'September 2026' });
        await again.locator('#podium tbody tr.breach').waitFor();
        const cancel = again.locator('#records-list button');
        await cancel.click();
        await assertEqual(cancel.textContent(), 'Confirm: cancel row 3', 'the first click asks');
        await cancel.click();
        await waitForText(again, '#notice', 'Row 3 (North IT, handling breach) is cancelled. The leads for October 2026 go to North IT again.');
        await again.locator('#podium tbody tr.winner').waitFor();
        await assertEqual(
          again.locator('#records-list li').allTextContents(),
          ['Row 2: North IT — winner, leads from 2026-10-01Cancel row 2'],
          'the record in effect',
        );
        await assertEqual(again.locator('#breach').isDisabled(), false, 'a breach can be recorded again');
        await page.locator('#modal-close').click();
        // Nothing deleted: row 3 stays, row 4 names it; October's contest takes Cloud Accounting back in.
        await openSheet(page, 'Contest log');
        await waitForCell(page, 'F3', 'handling breach');
        await waitForCell(page, 'C4', 'North IT');
        await waitForCell(page, 'F4', 'cancellation');
        await waitForCell(page, 'I4', '3');
        await waitForCell(page, 'A5', '');
        await openSheet(page, 'Contest');
        await waitForCell(page, 'J2', 'North IT');
        await waitForCell(page, 'J3', '');
      }),
    BROWSER_TEST_TIMEOUT,
  );
});
