// The service calls one deal registration makes against a 100,000-row Deals
// sheet (SPEC §11: a constant few reads and one write), and how long the call
// takes there. Runs dist/Code.js on the in-memory spreadsheet of
// dev/memory, bundled by esbuild as bench/redemption.mjs does
// (`node bench/bench.mjs`, or on its own: `node bench/registration.mjs`).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMemory } from './redemption.mjs';

const DEAL_ROWS = 100_000;

/**
 * Inserts the partner template, replaces its Deals rows with 100,000
 * registrations of 5,000 customers by three partners (each with its own
 * request id and user, as the dialog writes them), then counts the service
 * calls of one new registration, and of the same request sent again (found
 * by its id in its row, nothing written).
 * Returns `{ rows, first: { ms, reads, writes, calls, counts }, repeat: {…} }`.
 */
export async function measureRegistration(root = join(dirname(fileURLToPath(import.meta.url)), '..')) {
  const { createSpreadsheet, loadAddon } = await importMemory(root);
  const spreadsheet = createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet, codePath: join(root, 'dist/Code.js') });
  const inserted = addon.call('insertPartnerTemplate');
  if (!inserted.ok) throw new Error(inserted.message);

  const deals = spreadsheet.getSheetByName('Deals');
  const day = new Date(Date.now() - 10 * 86_400_000);
  day.setUTCHours(-3, 0, 0, 0);
  const partners = ['Orion Soft', 'Polaris IT', 'Vega Systems'];
  const tiers = ['White', 'Bronze', 'Silver'];
  const rows = Array.from({ length: DEAL_ROWS }, (_, i) => [
    day,
    partners[i % 3],
    tiers[i % 3],
    `Archive customer ${i % 5000}`,
    '',
    'DLP',
    '',
    0,
    day,
    'open',
    `old-${i}`,
    'archive@example.com',
  ]);
  deals.insertRowsAfter(deals.getMaxRows(), DEAL_ROWS + 500 - deals.getMaxRows());
  deals.getRange(2, 1, DEAL_ROWS, 12).setValues(rows);

  const request = { partner: 'Vega Systems', customer: 'Brand New', products: 'DLP', requestId: 'bench-1' };
  const measure = () => {
    addon.resetCounts();
    const t0 = performance.now();
    const result = addon.call('registerDeal', request);
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(result.message);
    const counts = addon.counts();
    const sum = (pattern) => Object.entries(counts).reduce((n, [name, k]) => n + (pattern.test(name) ? k : 0), 0);
    return {
      ms: Math.round(ms),
      repeated: result.repeated,
      reads: sum(/^Range\.getValues$/),
      writes: sum(/^(Range\.set|Sheet\.appendRow|Sheet\.insert)/),
      calls: Object.values(counts).reduce((a, b) => a + b, 0),
      counts,
    };
  };
  const first = measure();
  const repeat = measure();
  return { rows: DEAL_ROWS, first, repeat };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureRegistration(), null, 2));
}
