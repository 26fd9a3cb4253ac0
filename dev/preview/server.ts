/**
 * The local preview server (`npm start`): serves the preview page, the
 * workbook as JSON, the dialogs the add-on opened (with a google.script
 * bridge injected), and runs menu items, cell edits and google.script.run
 * calls against the in-memory workbook (workbook.ts). Bound to loopback only;
 * requests naming another host are refused, and POSTs must be same-origin
 * JSON, so no other web page can drive it.
 */
import { readFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { repoRoot } from './root';
import { LANGS } from '../../src/kernel/i18n';
import type { ActionResult, Lang, Start } from './types';
import { PreviewWorkbook, RequestError } from './workbook';

export interface PreviewOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** A loopback address; default 127.0.0.1. */
  host?: string;
  /** The workbook's first language; default English. */
  lang?: Lang;
  /** The repository root (where dist/ and dev/preview/client are); found from this module by default. */
  root?: string;
  /** The bundle to run, relative to the root or absolute; default dist/Code.js. Dialogs are read from dist/ all the same. */
  codePath?: string;
}

export interface Preview {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  /** The workbook the server runs (tests look inside). */
  readonly workbook: PreviewWorkbook;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;

interface ClientCode {
  page: string;
  bridge: string;
}

let clientBuild: Promise<ClientCode> | undefined;

/** Bundles the page script and the dialog bridge with esbuild (once per process). */
function buildClient(root: string): Promise<ClientCode> {
  clientBuild ??= (async () => {
    const { build } = await import('esbuild');
    const dir = join(root, 'dev/preview/client');
    const result = await build({
      entryPoints: { page: join(dir, 'main.ts'), bridge: join(dir, 'bridge.ts') },
      bundle: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      charset: 'utf8',
      legalComments: 'none',
      outdir: 'out',
      write: false,
    });
    const text = (name: string) => result.outputFiles.find((f) => f.path.endsWith(`${name}.js`))!.text;
    return { page: text('page'), bridge: text('bridge') };
  })();
  clientBuild.catch(() => (clientBuild = undefined));
  return clientBuild;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Puts the bridge before any script of the dialog, so google.script exists when the dialog's code runs. */
export function injectBridge(html: string, bridge: string): string {
  const tag = `<script>\n${bridge.replace(/<\/(script)/gi, '<\\/$1')}</script>\n`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}\n${tag}${html.slice(head.index + head[0].length)}`;
  const script = html.search(/<script/i);
  return script >= 0 ? html.slice(0, script) + tag + html.slice(script) : tag + html;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new HttpError(400, 'the body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    ...headers,
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

const PAGE_CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'self'";

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new Error(`the preview binds to a loopback address only, not ${host}`);
  const root = options.root ?? repoRoot();
  const client = await buildClient(root);
  const workbook = new PreviewWorkbook({ codePath: resolve(root, options.codePath ?? 'dist/Code.js'), htmlDir: join(root, 'dist'), lang: options.lang });
  const clientDir = join(root, 'dev/preview/client');
  let port = 0;

  const allowedHost = (value: string | undefined) => {
    if (!value) return false;
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(value);
    return !!m && Number(m[2]) === port && isLoopback(m[1].replace(/^\[|\]$/g, ''));
  };

  /**
   * A new workbook in place of the current one. When the current one has
   * edits, only a request that says `discard: true` (the page asked the user)
   * throws them away; any other gets 409, so no stale page loses them silently.
   */
  function rebuild(body: Record<string, unknown>, lang: Lang, start: Start): ActionResult {
    if (body.discard !== true && workbook.edited) throw new HttpError(409, 'the workbook has edits: send discard: true to throw them away');
    workbook.build(lang, start);
    return { workbook: workbook.view(), messages: [] };
  }

  async function post(path: string, body: Record<string, unknown>): Promise<unknown> {
    switch (path) {
      case '/api/run':
        return workbook.run(body.name, body.args);
      case '/api/menu':
        if (typeof body.name !== 'string') throw new RequestError('name must be a string');
        return workbook.menu(body.name);
      case '/api/edit': {
        const { sheet, row, col, input } = body;
        if (typeof sheet !== 'string' || typeof row !== 'number' || typeof col !== 'number' || typeof input !== 'string') {
          throw new RequestError('an edit is { sheet, row, col, input }');
        }
        return workbook.edit(sheet, row, col, input);
      }
      case '/api/language': {
        if (!(LANGS as unknown[]).includes(body.lang)) throw new RequestError(`lang must be one of ${LANGS.map((l) => `"${l}"`).join(', ')}`);
        return rebuild(body, body.lang as Lang, workbook.started);
      }
      case '/api/reset':
        return rebuild(body, workbook.language, 'samples');
      case '/api/empty':
        return rebuild(body, workbook.language, 'empty');
      default:
        throw new HttpError(404, `no such endpoint: POST ${path}`);
    }
  }

  function get(path: string, res: ServerResponse): void {
    if (path === '/' || path === '/index.html') {
      send(res, 200, 'text/html; charset=utf-8', readFileSync(join(clientDir, 'index.html'), 'utf8'), { 'Content-Security-Policy': PAGE_CSP });
    } else if (path === '/preview.css') send(res, 200, 'text/css; charset=utf-8', readFileSync(join(clientDir, 'style.css'), 'utf8'));
    else if (path === '/preview.js') send(res, 200, 'text/javascript; charset=utf-8', client.page);
    else if (path === '/api/workbook') json(res, 200, workbook.view());
    else if (path === '/favicon.ico') send(res, 204, 'text/plain', '');
    else {
      const dialog = /^\/dialog\/([\w-]+)$/.exec(path);
      const content = dialog ? workbook.dialogContent(dialog[1]) : undefined;
      if (content === undefined) throw new HttpError(404, `not found: ${path}`);
      send(res, 200, 'text/html; charset=utf-8', injectBridge(content, client.bridge));
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (!allowedHost(req.headers.host)) throw new HttpError(403, 'the preview answers requests to its loopback address only');
      const path = new URL(req.url ?? '/', 'http://preview').pathname;
      if (req.method === 'GET' || req.method === 'HEAD') return get(path, res);
      if (req.method !== 'POST') throw new HttpError(405, `${req.method} is not allowed`);
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'POST a JSON body (Content-Type: application/json)');
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${req.headers.host}`) throw new HttpError(403, `cross-origin request from ${origin} refused`);
      const body = await readBody(req);
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RequestError('the body must be a JSON object');
      json(res, 200, await post(path, body as Record<string, unknown>));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : error instanceof RequestError ? 400 : 500;
      if (status === 500) console.error('preview:', error);
      if (!res.headersSent) json(res, status, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    }
  }

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}/`,
    port,
    workbook,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Said before every line `npm start` prints. */
const NAME = 'Incentive Desk preview';

/** A problem `npm start` reports in one line, without a stack trace. */
export class StartError extends Error {}

/** The port to serve on: PORT, a whole number from 1 to 65535 (default 8080). */
export function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8080;
  const text = value.trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) throw new StartError(`PORT must be a number from 1 to 65535, not ${JSON.stringify(value)}`);
  return port;
}

/** Why the server could not listen, said for a person: the port is taken, or not ours to use. */
function listenProblem(error: unknown, port: number): StartError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new StartError(`port ${port} is in use; set PORT to another port (PORT=${port === 65535 ? 8081 : port + 1} npm start)`);
  if (code === 'EACCES') return new StartError(`port ${port} needs privileges this user does not have; set PORT to a port from 1024 to 65535`);
  return undefined;
}

/** `npm start`: serves on PORT (default 8080) until SIGINT or SIGTERM. A bad PORT or a port in use is one line on stderr and exit code 1. */
export async function main(): Promise<void> {
  const root = repoRoot();
  // Like Apps Script, the script runs in its manifest's time zone.
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as { timeZone?: string };
  process.env.TZ = manifest.timeZone ?? 'Europe/Moscow';
  let preview: Preview;
  try {
    const port = portFrom(process.env.PORT);
    try {
      preview = await startPreview({ port, root });
    } catch (error) {
      throw listenProblem(error, port) ?? error;
    }
  } catch (error) {
    if (!(error instanceof StartError)) throw error;
    console.error(`${NAME}: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  console.log(`${NAME}: ${preview.url}  (Ctrl+C to stop)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping the preview…`);
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
