// What if… Compare over 10,000 data rows (SPEC §13: under 2 s), through
// dist/Code.js on the in-memory spreadsheet of dev/memory (bundled by esbuild
// as bench/redemption.mjs does): for every program whose What-if source is
// registered (src/app/whatIf/sources.ts), its template is inserted, its data
// sheets grown to 10,000 rows by repeating the template's sample rows (names
// made unique per copy), and compareWhatIf timed with the rules table as the
// sheet holds it (every row is still computed under both tables).
// `node bench/bench.mjs` prints it; on its own: `node bench/whatIf.mjs`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMemory } from './redemption.mjs';

export const DATA_ROWS = 10_000;
const TARGET_MS = 2_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * Per program (its rules table's key): the menu function that inserts its
 * template, and the data sheets its source reads, each with the columns
 * whose names are made unique per copy (the same suffix in every sheet, so a
 * client's activity stays the client's).
 */
export const RECIPES = {
  tiers: { insert: 'insertPartnerTemplate', sheets: [{ name: 'Partners', unique: [0] }] },
  levels: { insert: 'insertLevelsTemplate', sheets: [{ name: 'Partner levels', unique: [0] }] },
  bonus: {
    insert: 'insertBonusTemplate',
    sheets: [
      { name: 'Clients', unique: [0] },
      { name: 'Activity', unique: [1] },
    ],
  },
  referral: { insert: 'insertReferralTemplate', sheets: [{ name: 'Referrals', unique: [0, 2] }] },
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const insert = (addon, spreadsheet, recipe) => {
  const done = typeof recipe.insert === 'function' ? recipe.insert(spreadsheet) : addon.call(recipe.insert);
  if (done && done.ok === false) throw new Error(done.message);
};

/**
 * A sheet's data rows repeated to `rows` rows: the columns from A up to the
 * first formula or unnamed column, copy k's names suffixed ` #k`.
 */
export function growSheet(sheet, unique, rows = DATA_ROWS) {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  let width = 0;
  while (width < values[0].length && values[0][width] !== '' && !formulas[1]?.[width]) width++;
  const samples = values
    .slice(1)
    .map((row) => row.slice(0, width))
    .filter((row) => row.some((cell) => cell !== ''));
  if (!samples.length) throw new Error(`the ${sheet.getName()} sheet has no sample rows to repeat`);
  const grid = Array.from({ length: rows }, (_, i) => {
    const copy = Math.floor(i / samples.length);
    return samples[i % samples.length].map((cell, c) => (copy > 0 && unique.includes(c) ? `${cell} #${copy}` : cell));
  });
  const missing = rows + 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(2, 1, rows, width).setValues(grid);
}

/**
 * Times Compare for every registered program that has a recipe. Returns
 * `{ line, misses, programs }`: the line the bench prints, the targets missed,
 * and per program `{ key, rows, changed, ms }`.
 */
export async function measureWhatIf(root = join(dirname(fileURLToPath(import.meta.url)), '..'), options = {}) {
  const { codePath = join(root, 'dist/Code.js'), recipes = RECIPES } = options;
  const { createSpreadsheet, loadAddon } = await importMemory(root);
  const open = () => {
    const spreadsheet = createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Moscow' });
    return { spreadsheet, addon: loadAddon({ spreadsheet, codePath, htmlDir: join(root, 'dist') }) };
  };
  // Which programs are registered: those listed once every recipe's template is in.
  const all = open();
  for (const recipe of Object.values(recipes)) insert(all.addon, all.spreadsheet, recipe);
  const listed = all.addon.call('getWhatIfPrograms');
  const keys = listed.ok ? listed.programs.map((p) => p.key) : [];
  if (!keys.length) return { line: 'no What-if program registered', misses: [], programs: [] };

  const programs = [];
  for (const key of keys) {
    const { spreadsheet, addon } = open();
    insert(addon, spreadsheet, recipes[key]);
    for (const sheet of recipes[key].sheets) growSheet(spreadsheet.getSheetByName(sheet.name), sheet.unique);
    const table = addon.call('getWhatIfTable', key);
    if (!table.ok) throw new Error(`${key}: ${table.message}`);
    const request = { program: key, cells: table.cells, token: table.token };
    const compare = () => {
      const t0 = performance.now();
      const result = addon.call('compareWhatIf', request);
      if (!result.ok) throw new Error(`${key}: ${result.message}`);
      return { ms: performance.now() - t0, result };
    };
    const first = compare().result;
    const ms = median(Array.from({ length: RUNS }, () => compare().ms));
    programs.push({ key, rows: first.rows, changed: first.changedCount, ms: Math.round(ms) });
  }
  const misses = programs.filter((p) => !(p.ms < TARGET_MS)).map((p) => `What if… ${p.key} Compare over 2 s`);
  const line = `${programs.map((p) => `${p.key} ${p.ms} ms (${p.rows.toLocaleString('en-US')} rows)`).join(', ')}; target under 2 s`;
  return { line, misses, programs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureWhatIf(), null, 2));
}
