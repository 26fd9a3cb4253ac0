/** Talking to the preview server: JSON over fetch, with the page marked busy meanwhile. */

/** A refusal of the server, with its HTTP status (409: the workbook has edits a rebuild would throw away). */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let pending = 0;

export async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  pending += 1;
  document.body.classList.add('busy');
  try {
    const response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new ServerError(response.status, data.error ?? `${response.status} ${response.statusText}`);
    return data;
  } finally {
    pending -= 1;
    if (pending === 0) document.body.classList.remove('busy');
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
