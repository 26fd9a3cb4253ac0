import type { ServerApi } from '../../app/api';

/**
 * The one way a dialog talks to the server: a typed promise around
 * google.script.run, with both a success and a failure handler.
 * `call('redeemPoints', request)` is checked against ServerApi at compile time.
 */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  /** The server functions, by name: ServerApi types what `call` passes them. */
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (runner[name] as (...args: unknown[]) => void)(...args);
  });
}

/** The message to show for a failed call. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
