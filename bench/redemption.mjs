// The service calls one redemption makes against a 100,000-row ledger
// (SPEC §11: a constant few reads and one write). Runs dist/Code.js on the
// in-memory spreadsheet of dev/memory, which is TypeScript: esbuild
// bundles it into a temporary ES module first, so this runs under plain node
// (`node bench/bench.mjs`, or on its own: `node bench/redemption.mjs`).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LEDGER_ROWS = 100_000;

/** dev/memory, bundled for node into a temporary folder and imported. */
export async function importMemory(root) {
  const dir = mkdtempSync(join(tmpdir(), 'incentive-bench-'));
  try {
    const outfile = join(dir, 'memory.mjs');
    await build({
      entryPoints: [join(root, 'dev/memory/index.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Inserts the bonus template, gives a client 200 points (one success_story ×
 * 10 action row), fills the Redemptions sheet with 100,000 rows of other
 * clients, then counts the service calls of one redeemPoints call.
 * Returns `{ rows, ms, reads, writes, calls, counts }`.
 */
export async function measureRedemption(root = join(dirname(fileURLToPath(import.meta.url)), '..')) {
  const { createSpreadsheet, loadAddon } = await importMemory(root);
  const spreadsheet = createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Moscow' });
  const addon = loadAddon({ spreadsheet, codePath: join(root, 'dist/Code.js') });
  const inserted = addon.call('insertBonusTemplate');
  if (!inserted.ok) throw new Error(inserted.message);

  const activity = spreadsheet.getSheetByName('Activity');
  activity.getRange(activity.getLastRow() + 1, 1, 1, 4).setValues([[new Date('2026-04-20T00:00:00+03:00'), 'Granite Plant', 'success_story', 10]]);

  const ledger = spreadsheet.getSheetByName('Redemptions');
  const day = new Date('2026-03-01T00:00:00+03:00');
  const rows = Array.from({ length: LEDGER_ROWS }, (_, i) => [day, `Archive client ${i % 1000}`, 'OZON_2000', 60, 1, `old-${i}`, 'archive@example.com']);
  if (ledger.getMaxRows() < LEDGER_ROWS + 100) ledger.insertRowsAfter(ledger.getMaxRows(), LEDGER_ROWS + 100 - ledger.getMaxRows());
  ledger.getRange(2, 1, LEDGER_ROWS, 7).setValues(rows);

  addon.resetCounts();
  const t0 = performance.now();
  const result = addon.call('redeemPoints', { client: 'Granite Plant', reward: 'OZON_2000', quantity: 1, requestId: 'bench-1' });
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(result.message);
  const counts = addon.counts();
  const sum = (pattern) => Object.entries(counts).reduce((n, [name, k]) => n + (pattern.test(name) ? k : 0), 0);
  return {
    rows: LEDGER_ROWS,
    ms: Math.round(ms),
    reads: sum(/^Range\.getValues$/),
    writes: sum(/^(Range\.set|Sheet\.appendRow)/),
    calls: Object.values(counts).reduce((a, b) => a + b, 0),
    counts,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureRedemption(), null, 2));
}
