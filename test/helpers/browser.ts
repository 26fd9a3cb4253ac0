/**
 * Browser tests: Debian's Chromium (/usr/bin/chromium) driven by
 * playwright-core, against the local preview server on a free port.
 *
 *   browserSuite('preview', () => {
 *     it('shows the tiers', () => withPreview(async (page) => { … }));
 *   });
 *
 * Without /usr/bin/chromium the suite is skipped with a loud warning, except
 * under CI=true, where it fails (.ci/run installs the package).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type FrameLocator, type Page, chromium } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { repoRoot } from '../../dev/preview/root';
import { type Preview, type PreviewOptions, startPreview } from '../../dev/preview/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const browserAvailable = existsSync(CHROMIUM);

/** Per-test time for a browser test: generous, for a busy 2-core CI machine. */
export const BROWSER_TEST_TIMEOUT = 120_000;
/** How long Playwright waits for an element or a navigation. */
export const WAIT_TIMEOUT = 30_000;

let shared: Promise<Browser> | undefined;

/** The browser every test of the run shares (launched once; closed by browserSuite's afterAll). */
export function launchBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: WAIT_TIMEOUT * 4 });
  return shared;
}

export async function closeBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  if (browser) await (await browser).close();
}

/**
 * A describe block for browser tests: runs when Chromium is there; otherwise
 * fails under CI=true and is skipped, with a warning, everywhere else.
 */
export function browserSuite(name: string, body: () => void): void {
  if (browserAvailable) {
    describe(name, () => {
      afterAll(closeBrowser);
      body();
    });
    return;
  }
  const why = `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium) to run the browser tests`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(why);
      });
    });
    return;
  }
  console.warn(`\n${'!'.repeat(100)}\n!! BROWSER TESTS SKIPPED — ${why}.\n!! (Under CI=true they fail instead.)\n${'!'.repeat(100)}\n`);
  describe.skip(name, body);
}

export interface PreviewPageOptions extends PreviewOptions {
  viewport?: { width: number; height: number };
}

/**
 * Starts a preview server on a free port, opens it in a new page and waits
 * for the grid; runs the body; then closes the page and the server. Requests
 * to anything but the preview (Google's add-on CSS in the dialogs) are
 * answered with an empty response, so no test touches the network. Uncaught
 * errors in the page or its dialogs fail the test.
 */
export async function withPreview<T>(body: (page: Page, url: string, preview: Preview) => Promise<T>, options: PreviewPageOptions = {}): Promise<T> {
  const { viewport, ...serverOptions } = options;
  const preview = await startPreview({ port: 0, ...serverOptions });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: viewport ?? { width: 1400, height: 800 } });
  const errors: string[] = [];
  try {
    const origin = new URL(preview.url).origin;
    await context.route(
      (url) => url.origin !== origin && url.protocol !== 'about:' && url.protocol !== 'data:',
      (route) => route.fulfill({ status: 200, contentType: route.request().resourceType() === 'stylesheet' ? 'text/css' : 'text/plain', body: '' }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_TIMEOUT);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await page.locator('#grid td[data-a1="A1"]').waitFor();
    const result = await body(page, preview.url, preview);
    if (errors.length) throw new Error(`uncaught errors in the page: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
    await preview.close();
  }
}

// ---- helpers for driving the preview page ----

/** A cell of the sheet shown, by A1. */
export const cell = (page: Page, a1: string) => page.locator(`#grid td[data-a1="${a1}"]`);

/** Shows a sheet by its tab. */
export async function openSheet(page: Page, name: string): Promise<void> {
  await page.locator(`#tabs button[data-sheet="${name}"]`).click();
  await page.locator(`#tabs button[data-sheet="${name}"][aria-selected="true"]`).waitFor();
}

/** Clicks an add-on menu item by the function it runs (opening its submenu when it is in one). */
export async function clickMenu(page: Page, functionName: string): Promise<void> {
  const menu = page.locator('#addon-menu');
  if (await menu.isHidden()) await page.locator('#addon-menu-button').click();
  const selector = `button[data-function="${functionName}"]`;
  const item = menu.locator(selector);
  // `has` takes a locator relative to the submenu: one made from the page, not from the menu.
  const submenu = menu.locator('.submenu').filter({ has: page.locator(selector) });
  if ((await submenu.count()) > 0 && !(await item.isVisible())) await submenu.locator(':scope > button').click();
  await item.click();
}

/**
 * Switches the workbook's language and waits for it to be rebuilt. After
 * edits the page asks first: `discard: true` answers that the edits may go.
 */
export async function switchLanguage(page: Page, lang: 'en' | 'ru' | 'el', options: { discard?: boolean } = {}): Promise<void> {
  await page.locator(`.lang button[data-lang="${lang}"]`).click();
  if (options.discard) await answerAsk(page, 'discard');
  await page.locator(`.lang button[data-lang="${lang}"][aria-pressed="true"]`).waitFor();
}

/** Answers the page's question before it throws edits away (language, Reset, empty spreadsheet); returns what it asked. */
export async function answerAsk(page: Page, answer: 'discard' | 'cancel'): Promise<string> {
  await page.locator('#ask:not([hidden])').waitFor();
  const question = (await page.locator('#ask-text').textContent()) ?? '';
  await page.locator(answer === 'discard' ? '#ask-ok' : '#ask-cancel').click();
  await page.locator('#ask').waitFor({ state: 'hidden' });
  return question;
}

/** Types into a cell (select, type, Enter) as a user does. */
export async function typeInto(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).dblclick();
  const editor = page.locator('#grid input.cell-editor');
  await editor.fill(text);
  await editor.press('Enter');
}

/** The dialog open in the side panel or the modal. */
export function dialogFrame(page: Page, place: 'sidebar' | 'modal'): FrameLocator {
  return page.frameLocator(`#${place}-frame`);
}

/** Waits until a cell of the sheet shown shows exactly this text (or matches the pattern). */
export async function waitForCell(page: Page, a1: string, expected: string | RegExp): Promise<void> {
  const pattern = typeof expected === 'string' ? new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : expected;
  try {
    await cell(page, a1).filter({ hasText: pattern }).waitFor();
  } catch (error) {
    const shown = await cell(page, a1)
      .textContent()
      .catch(() => '(no such cell)');
    throw new Error(`cell ${a1} shows ${JSON.stringify(shown)}, not ${String(expected)}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * A copy of dist/Code.js in a temporary folder without some of its top-level
 * functions (renamed away), for testing what the preview does with a menu
 * item whose function is not there yet.
 */
export function bundleWithout(names: readonly string[]): string {
  let code = readFileSync(join(repoRoot(), 'dist/Code.js'), 'utf8');
  // A function the bundle does not have (yet) is simply left out.
  for (const name of names) code = code.replace(new RegExp(`^function ${name}\\(`, 'm'), `function ${name}__removedForTest(`);
  const dir = mkdtempSync(join(tmpdir(), 'incentive-preview-'));
  const path = join(dir, 'Code.js');
  writeFileSync(path, code);
  return path;
}

/*
 * Assertions for the browser suites. They throw plain Errors with what was seen, so a failure inside a
 * page callback reads well; vitest's expect would work too but loses the page context in its message.
 */

export function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

export async function assertEqual<T>(actual: T | Promise<T>, expected: T, what: string): Promise<void> {
  const value = await actual;
  if (JSON.stringify(value) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(value)}`);
}

/** Waits until an element of a dialog shows exactly `text`; on timeout says what it showed instead. */
export async function waitForText(frame: FrameLocator, selector: string, text: string): Promise<void> {
  try {
    await frame
      .locator(selector)
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .waitFor();
  } catch (error) {
    const shown = await frame
      .locator(selector)
      .textContent()
      .catch(() => '(missing)');
    throw new Error(`${selector} shows ${JSON.stringify(shown)}, not ${JSON.stringify(text)}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Counts the google.script.run calls of one server function the dialog makes. */
export function countCalls(page: Page, name: string): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (request.url().endsWith('/api/run') && request.method() === 'POST' && (request.postDataJSON() as { name?: string })?.name === name) counter.count++;
  });
  return counter;
}
