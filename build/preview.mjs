// `npm start` (after `npm run build`): bundles the local preview server
// (dev/preview/server.ts) into .preview/server.mjs and runs it. The server
// bundles its page script and the dialog bridge itself when it starts. Nothing
// here touches dist/.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.preview/server.mjs');

await build({
  entryPoints: [join(root, 'dev/preview/server.ts')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

const { main } = await import(pathToFileURL(out).href);
await main();
