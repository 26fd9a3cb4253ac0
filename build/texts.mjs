// The texts the code uses, as the catalogs key them (SPEC §2.8): every
// t`…` / tx`…` tagged template (its English with {0}, {1}… for the values;
// t.in('ctx')`…` keys as `ctx::English`) and every plural(n, 'one', 'other') /
// pluralWord(n, 'one', 'other') pair (`one|other`; a fourth argument, a context, makes it `context::one|other`). Used by the dialogs' build
// (each dialog page carries only its own texts) and by the catalogs test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const TAGS = new Set(['t', 'tx']);
const PLURALS = new Set(['plural', 'pluralWord']);

/** The English key of a template literal: literal parts cooked, values as {0}, {1}… */
function templateKey(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return template.templateSpans.reduce((key, span, i) => `${key}{${i}}${span.literal.text}`, template.head.text);
}

/** txIn(lang)`…`: the dialogs' tag for a given language. */
const isTxIn = (tag) => ts.isCallExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === 'txIn';

function contextOf(tag) {
  // txIn(lang, 'punctuation')
  if (isTxIn(tag)) {
    const [, arg] = tag.arguments;
    return arg && ts.isStringLiteral(arg) ? arg.text : '';
  }
  // t.in('deal')
  if (!ts.isCallExpression(tag) || !ts.isPropertyAccessExpression(tag.expression)) return undefined;
  const { expression, name } = tag.expression;
  if (!ts.isIdentifier(expression) || !TAGS.has(expression.text) || name.text !== 'in') return undefined;
  const [arg] = tag.arguments;
  return arg && ts.isStringLiteral(arg) ? arg.text : undefined;
}

/** Keys used in one source text: Map key → { plural: boolean, values: number }. */
export function keysIn(fileName, text) {
  const found = new Map();
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const { tag, template } = node;
      const values = ts.isNoSubstitutionTemplateLiteral(template) ? 0 : template.templateSpans.length;
      if (ts.isIdentifier(tag) && TAGS.has(tag.text)) found.set(templateKey(template), { plural: false, values });
      else {
        const context = contextOf(tag);
        if (context !== undefined) found.set(`${context ? `${context}::` : ''}${templateKey(template)}`, { plural: false, values });
      }
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && PLURALS.has(node.expression.text)) {
      const [, one, other, context] = node.arguments;
      const prefix = context && ts.isStringLiteralLike(context) ? `${context.text}::` : '';
      if (one && other && ts.isStringLiteralLike(one) && ts.isStringLiteralLike(other))
        found.set(`${prefix}${one.text}|${other.text}`, { plural: true, values: 0 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every .ts file under a folder. */
export function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Keys used by every .ts file under the folders. */
export function keysUnder(...dirs) {
  const all = new Map();
  for (const dir of dirs) for (const file of sourceFiles(dir)) for (const [key, info] of keysIn(file, readFileSync(file, 'utf8'))) all.set(key, info);
  return all;
}
