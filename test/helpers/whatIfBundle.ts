/**
 * A bundle like dist/Code.js whose What if… source list is test/helpers/whatIfTestSources.ts (the
 * stars program) instead of src/app/whatIf/sources.ts: the same esbuild settings as
 * build/build.mjs's bundle(), the same generated top-level functions, written to a temporary
 * folder. Tests load it with loadAddon({ codePath }) or run the preview on it; nothing of it ships.
 * Also inserts the stars program's sheets into a spreadsheet, as its template would.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { vi } from 'vitest';
import { GLOBAL_NAME, customFunctionStubs, entryPointStubs } from '../../build/generate.mjs';
import { hostServices } from '../../dev/memory';
import { insertTemplate } from '../../src/kernel/sheets/insertTemplate';
import { MEMBERS, STARS_TEMPLATE } from './whatIfStars';

const ROOT = join(__dirname, '../..');
const SERVER = join(ROOT, 'src/app/whatIf/server.ts');

let built: Promise<string> | undefined;

/** The test bundle's path (built once per test file). */
export function whatIfTestBundle(): Promise<string> {
  built ??= (async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src/main.ts')],
      bundle: true,
      format: 'iife',
      globalName: GLOBAL_NAME,
      inject: [join(ROOT, 'build/globals.js')],
      target: 'es2020',
      platform: 'neutral',
      charset: 'utf8',
      legalComments: 'none',
      minify: true,
      write: false,
      plugins: [
        {
          name: 'what-if-test-sources',
          setup(b) {
            b.onResolve({ filter: /^\.\/sources$/ }, (args) =>
              args.importer === SERVER ? { path: join(ROOT, 'test/helpers/whatIfTestSources.ts') } : undefined,
            );
          },
        },
      ],
    });
    const iife = result.outputFiles[0].text;
    const context = vm.createContext({});
    vm.runInContext(iife, context);
    const api = vm.runInContext(GLOBAL_NAME, context) as { functions: unknown[]; entryPoints: unknown[] };
    const code = [
      '// What if… test bundle: the stars program registered.',
      iife.trimEnd(),
      '',
      customFunctionStubs(api.functions),
      '',
      entryPointStubs(api.entryPoints),
      '',
    ];
    const path = join(mkdtempSync(join(tmpdir(), 'incentive-whatif-')), 'Code.js');
    writeFileSync(path, code.join('\n'));
    return path;
  })();
  return built;
}

/** Inserts the stars program's rules sheet and Members sheet (with these members) into a spreadsheet, through a host execution. */
export function insertStars(spreadsheet: Parameters<typeof hostServices>[0], lang: 'en' | 'ru', members: [string, number][]): void {
  const host = hostServices(spreadsheet);
  for (const name of ['SpreadsheetApp', 'Session'] as const) vi.stubGlobal(name, host[name]);
  try {
    const inserted = insertTemplate(STARS_TEMPLATE, lang);
    if (!inserted.ok) throw new Error(inserted.message);
    host.SpreadsheetApp.getActive().getSheetByName(MEMBERS.name[lang])!.getRange(2, 1, members.length, 2).setValues(members);
  } finally {
    vi.unstubAllGlobals();
    host.end();
  }
}
