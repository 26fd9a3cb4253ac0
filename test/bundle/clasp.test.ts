import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('npm run push', () => {
  it('would upload exactly the files in dist/ (clasp show-file-status)', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/clasp'), ['show-file-status', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    const dist = readdirSync(join(root, 'dist')).map((name) => `dist/${name}`);
    expect([...status.filesToPush].sort()).toEqual(dist.sort());
    expect(status.untrackedFiles).toEqual([]);
  });
});
