// Writes docs/FUNCTIONS.md from the registry (through the built bundle's metadata).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, exportsOf } from './build.mjs';
import { functionsMarkdown } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = exportsOf(await bundle());
writeFileSync(join(root, 'docs/FUNCTIONS.md'), functionsMarkdown(api.functions, api.rulesTables, api.words));
console.log(`docs/FUNCTIONS.md: ${api.functions.length} functions`);
