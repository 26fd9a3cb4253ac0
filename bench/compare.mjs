// node --expose-gc bench/compare.mjs OLD/Code.js [NEW/Code.js] — times two builds of the add-on against each other
// in ONE process, calls alternated, so that whatever else the machine does weighs on both alike. `npm run bench`
// times one build; on a shared machine its runs can differ twofold for unchanged code, and a before/after
// comparison of a change ("no function more than 10% slower") needs this. Prints per function the CPU time per
// call (minimum and median of ROUNDS alternated rounds) of each build and the change. BENCH_ONLY as in bench.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { benchInputs } from './inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [oldPath, newPath = join(root, 'dist/Code.js')] = process.argv.slice(2);
if (!oldPath) {
  console.error('usage: node --expose-gc bench/compare.mjs OLD/Code.js [NEW/Code.js]');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;

/** One build loaded as Apps Script loads it, in a spreadsheet in Moscow, en_US. */
function load(path) {
  const spreadsheet = { getSpreadsheetTimeZone: () => 'Europe/Moscow', getSpreadsheetLocale: () => 'en_US' };
  const context = vm.createContext({ SpreadsheetApp: { getActive: () => spreadsheet } });
  vm.runInContext(readFileSync(resolve(path), 'utf8'), context, { filename: 'Code.js' });
  const intoRealm = vm.runInContext(
    `(function intoRealm(v) {
       if (Array.isArray(v)) return v.map(intoRealm);
       if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
       return v;
     })`,
    context,
  );
  return { context, intoRealm };
}

/** CPU time of one call, in ms (user + system of this process: the call runs on this thread). */
function cpu(f) {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const builds = [load(oldPath), load(newPath)];
const inputs = benchInputs();
const lines = [];
for (const [name, build] of Object.entries(inputs)) {
  if (only && !only.has(name)) continue;
  const host = build();
  const calls = builds.map(({ context, intoRealm }) => {
    const fn = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, context);
    const args = host.map(intoRealm);
    return fn ? () => fn(...args) : undefined;
  });
  if (calls.some((c) => !c)) {
    lines.push(`| ${name} | not in both builds | | | | |`);
    continue;
  }
  const samples = [[], []];
  for (const call of calls) call(); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const i of round % 2 ? [1, 0] : [0, 1]) {
      globalThis.gc?.();
      samples[i].push(cpu(calls[i]));
    }
  }
  const [oldMin, newMin] = samples.map((s) => Math.min(...s));
  const [oldMed, newMed] = samples.map(median);
  const pct = (a, b) => `${b >= a ? '+' : ''}${((b / a - 1) * 100).toFixed(1)}%`;
  lines.push(
    `| ${name} | ${oldMin.toFixed(1)} | ${newMin.toFixed(1)} | ${pct(oldMin, newMin)} | ${oldMed.toFixed(1)} | ${newMed.toFixed(1)} | ${pct(oldMed, newMed)} |`,
  );
}
console.log(`CPU ms per call, ${ROUNDS} alternated rounds — old: ${oldPath}, new: ${newPath}\n`);
console.log('| function | old min | new min | change | old median | new median | change |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const line of lines) console.log(line);
