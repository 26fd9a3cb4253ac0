// ENTRY_POINTS against the dialogs' API (src/app/api.ts ServerApi): the compiler
// refuses an entry point that drifted from it, and the built dist/Code.js has one
// top-level function per API function, taking every argument the API names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../helpers/bundle';
import { ROOT, TYPECHECK_MS, tsconfig, typeErrors } from '../helpers/typecheck';

/** ServerApi's functions and how many parameters each takes, read from the types alone. */
function serverApi(): Map<string, number> {
  const file = join(ROOT, 'src/app/api.ts');
  const program = ts.createProgram([file], tsconfig('dialogs').options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const alias = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'ServerApi')!;
  const api = checker.getTypeAtLocation(alias.name);
  return new Map(
    checker.getPropertiesOfType(api).map((p) => {
      const signatures = checker.getTypeOfSymbolAtLocation(p, alias).getCallSignatures();
      expect(signatures, p.name).toHaveLength(1);
      return [p.name, signatures[0].getParameters().length];
    }),
  );
}

describe('entry points and the dialogs API', () => {
  it('the Apps Script check refuses every drift of the fixture, and nothing else', { timeout: TYPECHECK_MS }, () => {
    const fixture = 'test/fixtures/entryPoints/drift.ts';
    const driftLines = readFileSync(join(ROOT, fixture), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.endsWith('// drift') ? [i + 1] : []));
    expect(driftLines).toHaveLength(8);
    const errors = typeErrors('gas', [join(ROOT, fixture)]);
    expect(Object.keys(errors)).toEqual([fixture]);
    expect(errors[fixture].map((e) => Number(e.split(':')[0]))).toEqual(driftLines);
    expect(errors[fixture].join('\n')).toMatch(/unserved: "getContestMonths" \| "getContest" \| "getLeadBreaches" \| "recordContestResult"/);
    expect(errors[fixture].join('\n')).toMatch(/repeated: "onOpen"/);
  });

  it('dist/Code.js has one top-level function per ServerApi function, with its parameters', { timeout: TYPECHECK_MS }, () => {
    const api = serverApi();
    expect([...api.keys()]).toEqual(expect.arrayContaining(['getAddonInfo', 'getRedeemState', 'redeemPoints', 'registerDeal', 'getContest']));
    const bundle = loadBundle();
    const entries = bundle.context.IncentiveDesk.entryPoints as { name: string; params: string[] }[];
    const names = entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, arity] of api) {
      expect(
        names.filter((n) => n === name),
        name,
      ).toHaveLength(1);
      expect(typeof bundle.context[name], name).toBe('function');
      expect(bundle.context[name].length, name).toBe(arity);
    }
  });
});
