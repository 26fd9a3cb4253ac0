// SPEC §1: layers are checked, not just agreed. The real settings of each check
// (tsconfig.<runtime>.json, .dependency-cruiser.cjs) are pointed at a miniature
// of the layout in test/fixtures/layers, where each file named breach… crosses
// a layer on purpose: the check must fail on it, and pass the others.
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { cruise } from 'dependency-cruiser';
import type { IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { ROOT, TYPECHECK_MS, filesUnder, tsconfig, typeErrors } from './helpers/typecheck';

const FIXTURE = join(ROOT, 'test/fixtures/layers');
const RULES = 'test/fixtures/layers/src/programs/demo/rules';
const DIALOGS = 'test/fixtures/layers/src/dialogs/demo';

const repoFiles = (runtime: 'rules' | 'gas' | 'dialogs' | 'node') => tsconfig(runtime).fileNames.map((f) => relative(ROOT, f));

describe('each runtime checks the files of its layer', () => {
  it('rules: every rules/ file and the kernel outside kernel/sheets, and nothing else', () => {
    const files = repoFiles('rules');
    expect(files).toContain('src/programs/bonus/rules/engine.ts');
    expect(files).toContain('src/programs/partners/rules/dealStatus.ts');
    expect(files).toContain('src/kernel/values/dates.ts');
    expect(files).toContain('src/kernel/functions/define.ts');
    expect(files.filter((f) => !/^src\/programs\/[^/]+\/rules\/|^src\/kernel\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/kernel/sheets/'))).toEqual([]);
  });

  it('Apps Script: src/ without the dialogs; dialogs: src/dialogs; Node: dev, test, build, without the fixtures', () => {
    const gas = repoFiles('gas');
    expect(gas).toContain('src/main.ts');
    expect(gas).toContain('src/kernel/sheets/table.ts');
    expect(gas.filter((f) => !f.startsWith('src/') || f.startsWith('src/dialogs/'))).toEqual([]);
    const dialogs = repoFiles('dialogs');
    expect(dialogs).toContain('src/dialogs/redeem/main.ts');
    expect(dialogs.filter((f) => !f.startsWith('src/dialogs/'))).toEqual([]);
    const node = repoFiles('node');
    expect(node).toContain('dev/memory/index.ts');
    expect(node).toContain('test/layers.test.ts');
    expect(node.filter((f) => f.startsWith('test/fixtures/') || f.startsWith('src/'))).toEqual([]);
  });
});

describe('the type check fails on Apps Script, the DOM or Node where the layer has none', () => {
  it('a rules/ file using SpreadsheetApp, document or require fails the rules check; a pure one passes', { timeout: TYPECHECK_MS }, () => {
    const files = filesUnder('rules', FIXTURE);
    expect(files.map((f) => relative(ROOT, f)).sort()).toEqual([
      'test/fixtures/layers/src/kernel/values/words.ts',
      ...['breachDocument', 'breachImportsSheets', 'breachRequire', 'breachSpreadsheetApp', 'pure', 'seed'].map((n) => `${RULES}/${n}.ts`),
    ]);
    const errors = typeErrors('rules', files);
    expect(Object.keys(errors).sort()).toEqual([`${RULES}/breachDocument.ts`, `${RULES}/breachRequire.ts`, `${RULES}/breachSpreadsheetApp.ts`]);
    expect(errors[`${RULES}/breachSpreadsheetApp.ts`]).toEqual([expect.stringMatching(/^2: Cannot find name 'SpreadsheetApp'/)]);
    expect(errors[`${RULES}/breachDocument.ts`]).toEqual([expect.stringMatching(/^2: Cannot find name 'document'/)]);
    expect(errors[`${RULES}/breachRequire.ts`]).toEqual([expect.stringMatching(/^2: Cannot find name 'require'/)]);
  });

  it('a dialog using SpreadsheetApp fails the dialogs check; one using the DOM and API types passes', { timeout: TYPECHECK_MS }, () => {
    const errors = typeErrors('dialogs', filesUnder('dialogs', FIXTURE));
    expect(Object.keys(errors)).toEqual([`${DIALOGS}/breachSpreadsheetApp.ts`]);
    expect(errors[`${DIALOGS}/breachSpreadsheetApp.ts`]).toEqual([expect.stringMatching(/^2: Cannot find name 'SpreadsheetApp'/)]);
  });

  it('the same file passes the Apps Script check: the failure is the layer, not the code', { timeout: TYPECHECK_MS }, () => {
    expect(typeErrors('gas', [join(ROOT, RULES, 'breachSpreadsheetApp.ts')])).toEqual({});
  });
});

describe('the dependency check fails on an import that crosses the layers', () => {
  it('flags a rules/ file importing kernel/sheets or Node, and dialogs importing server code or the API as values; nothing else', async () => {
    const config: IConfiguration = createRequire(__filename)(join(ROOT, '.dependency-cruiser.cjs'));
    const result = await cruise(['src'], { ...config.options, baseDir: FIXTURE, validate: true, ruleSet: { forbidden: config.forbidden } });
    if (typeof result.output === 'string') throw new Error('expected a cruise result');
    const violations = result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(violations).toEqual([
      'dialogs-import-api-as-types: src/dialogs/demo/breachApiAsValue.ts → src/app/api.ts',
      'dialogs-import-api-types: src/dialogs/demo/breachImportsServer.ts → src/kernel/sheets/table.ts',
      'rules-stay-pure: src/programs/demo/rules/breachImportsSheets.ts → src/kernel/sheets/table.ts',
      'rules-stay-pure: src/programs/demo/rules/breachRequire.ts → fs',
      'src-not-node: src/programs/demo/rules/breachRequire.ts → fs',
    ]);
    expect(result.output.summary.totalCruised).toBeGreaterThanOrEqual(12);
  });
});
