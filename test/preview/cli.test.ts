/**
 * `npm start`'s own complaints (SPEC §10): a bad PORT or a port in use is ONE
 * line on stderr, no stack trace, and a non-zero exit code. Each case runs
 * the real start script (build/preview.mjs, what `npm start` runs after the
 * build) as a child process, as a user would.
 */
import { spawn } from 'node:child_process';
import { type Server, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../dev/preview/root';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs build/preview.mjs with PORT set, and waits for it to end (a server that starts is killed and reported). */
function start(port: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['build/preview.mjs'], { cwd: repoRoot(), env: { ...process.env, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      // It started serving: not what these tests expect; stop it so the test fails on its output, not on a timeout.
      if (stdout.includes('http://')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

const expectOneLine = (run: Run, line: string) => {
  expect(run.stderr).toBe(`${line}\n`);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(1);
};

describe('npm start with a bad PORT or a port in use', () => {
  it('says in one line that PORT must be a number from 1 to 65535', async () => {
    expectOneLine(await start('abc'), 'Incentive Desk preview: PORT must be a number from 1 to 65535, not "abc"');
  });

  it('refuses a port out of range, 0, a fraction and trailing garbage the same way', async () => {
    expectOneLine(await start('70000'), 'Incentive Desk preview: PORT must be a number from 1 to 65535, not "70000"');
    expectOneLine(await start('0'), 'Incentive Desk preview: PORT must be a number from 1 to 65535, not "0"');
    expectOneLine(await start('80.5'), 'Incentive Desk preview: PORT must be a number from 1 to 65535, not "80.5"');
    expectOneLine(await start('8080abc'), 'Incentive Desk preview: PORT must be a number from 1 to 65535, not "8080abc"');
  });

  it('says in one line that the port is in use, and which PORT to try', async () => {
    const other = createServer();
    const port = await listen(other);
    try {
      expectOneLine(await start(String(port)), `Incentive Desk preview: port ${port} is in use; set PORT to another port (PORT=${port + 1} npm start)`);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  }, 60_000);
});
