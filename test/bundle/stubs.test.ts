import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { functionsMarkdown } from '../../build/generate.mjs';
import { CUSTOM_FUNCTIONS, referenceMetadata } from '../../src/app/registry';
import { CODE_PATH } from '../helpers/bundle';

const source = ts.createSourceFile('Code.js', readFileSync(CODE_PATH, 'utf8'), ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
const topLevel = new Map(source.statements.filter(ts.isFunctionDeclaration).map((fn) => [fn.name?.text ?? '', fn] as const));

describe('generated top-level functions', () => {
  it('covers the whole SPEC §3 list once the families are in', () => {
    expect(CUSTOM_FUNCTIONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CUSTOM_FUNCTIONS.map((f) => f.name)).size).toBe(CUSTOM_FUNCTIONS.length);
  });

  for (const fn of CUSTOM_FUNCTIONS) {
    it(`${fn.name} is a top-level function with complete JSDoc`, () => {
      const decl = topLevel.get(fn.name);
      expect(decl, `${fn.name} must be declared at the top level`).toBeDefined();
      const declared = decl!.parameters.map((p) => p.name.getText());
      expect(declared).toEqual(fn.params.map((p) => p.name));

      const docs = ts.getJSDocCommentsAndTags(decl!).filter(ts.isJSDoc);
      expect(docs).toHaveLength(1);
      const doc = docs[0];
      const description = ts.getTextOfJSDocComment(doc.comment) ?? '';
      expect(description.split('\n')[0].trim()).toBe(fn.description);

      const tags: readonly ts.JSDocTag[] = doc.tags ?? [];
      const params = tags.filter((t): t is ts.JSDocParameterTag => ts.isJSDocParameterTag(t));
      expect(params.map((t) => t.name.getText())).toEqual(declared);
      for (const tag of params) {
        expect(tag.typeExpression, `@param ${tag.name.getText()} has a type`).toBeDefined();
        expect((ts.getTextOfJSDocComment(tag.comment) ?? '').length, `@param ${tag.name.getText()} is described`).toBeGreaterThan(15);
      }
      expect(tags.filter(ts.isJSDocReturnTag)).toHaveLength(1);
      expect(tags.some((t) => t.tagName.text === 'customfunction')).toBe(true);
    });
  }
});

describe('docs/FUNCTIONS.md', () => {
  it('is generated from the registry and up to date (run `npm run docs`)', () => {
    const onDisk = readFileSync(join(__dirname, '../../docs/FUNCTIONS.md'), 'utf8');
    const { functions, rulesTables, words } = referenceMetadata();
    expect(onDisk).toBe(functionsMarkdown(functions, rulesTables, words));
  });
});
