/**
 * Injected at the top of every dialog the preview shows: `google.script.run`
 * and `google.script.host` as Apps Script provides them in a dialog, wired to
 * the preview server. A call POSTs `{ name, args }` to /api/run, where the
 * server runs the add-on's top-level function on the preview's in-memory
 * spreadsheet; the result goes to the success handler, an error to the
 * failure handler as an Error. The page is told after every call (so it
 * redraws the workbook) and when the dialog asks to be closed.
 */
import type { BridgeMessage, RunResult } from '../types';

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

type Notice = BridgeMessage extends infer M ? (M extends { type: string } ? Omit<M, 'incentivePreview'> : never) : never;

function tell(message: Notice): void {
  if (window.parent === window) return;
  window.parent.postMessage({ incentivePreview: true, ...message }, window.location.origin);
}

/** Apps Script refuses arguments it cannot pass (Dates, functions, DOM nodes) before sending anything. */
function illegal(value: unknown, path: string, seen: Set<unknown>): string | undefined {
  if (value instanceof Date || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return path;
  if (typeof Node !== 'undefined' && value instanceof Node && !(value instanceof HTMLFormElement)) return path;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, v] of Object.entries(value)) {
    const found = illegal(v, path ? `${path}.${key}` : key, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A form element passes its named fields as an object, as in Apps Script. */
function argument(value: unknown): unknown {
  if (typeof HTMLFormElement !== 'undefined' && value instanceof HTMLFormElement) {
    const out: Record<string, unknown> = {};
    new FormData(value).forEach((v, k) => {
      if (typeof v === 'string') out[k] = v;
    });
    return out;
  }
  return value;
}

function invoke(name: string, rawArgs: unknown[], handlers: Handlers): void {
  const args = rawArgs.map(argument);
  args.forEach((arg, i) => {
    const at = illegal(arg, '', new Set());
    if (at !== undefined) throw new Error(`Failed due to illegal value in property: ${at === '' ? i : at}`);
  });
  const fail = (message: string) => {
    const error = new Error(message);
    if (handlers.failure) handlers.failure(error, handlers.userObject);
    else console.error(`google.script.run.${name}:`, error);
  };
  fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, args }) })
    .then(async (response) => {
      const text = await response.text();
      let result: RunResult;
      try {
        result = JSON.parse(text) as RunResult;
      } catch {
        fail(`The preview server answered ${response.status}: ${text.slice(0, 200)}`);
        return;
      }
      if (!response.ok && !('ok' in result)) {
        fail(`The preview server answered ${response.status}`);
        return;
      }
      tell({ type: 'ran', name, messages: result.messages ?? [], ...(result.dialog ? { dialog: result.dialog } : {}) });
      if (result.ok) handlers.success?.(result.value, handlers.userObject);
      else fail(result.error);
    })
    .catch((error: unknown) => fail(`The preview server cannot be reached: ${error instanceof Error ? error.message : String(error)}`));
}

/** A script runner: the with… methods return a new runner; any other name is a server function. */
function runner(handlers: Handlers): Record<string, unknown> {
  const own: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => runner({ ...handlers, success: fn }),
    withFailureHandler: (fn: Handler) => runner({ ...handlers, failure: fn }),
    withUserObject: (object: unknown) => runner({ ...handlers, userObject: object }),
  };
  return new Proxy(own, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      if (property in target) return target[property];
      // Not a thenable: `await google.script.run` must not try to call a server function named "then".
      if (property === 'then') return undefined;
      return (...args: unknown[]) => invoke(property, args, handlers);
    },
  });
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({}),
    host: {
      origin: window.location.origin,
      close: () => tell({ type: 'close' }),
      setHeight: (height: number) => tell({ type: 'size', height }),
      setWidth: (width: number) => tell({ type: 'size', width }),
      editor: { focus: () => undefined },
    },
    url: { getLocation: (callback: (location: unknown) => void) => callback({ hash: '', parameter: {}, parameters: {} }) },
  },
};
