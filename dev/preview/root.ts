import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root: the nearest folder above this module that holds
 * package.json and appsscript.json. Works from dev/preview (tests) and
 * from the bundled server in .preview/ alike.
 */
export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'appsscript.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no repository root (package.json with appsscript.json) above ${from}`);
    dir = up;
  }
}
