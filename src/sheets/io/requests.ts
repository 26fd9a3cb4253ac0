/**
 * Results of handled requests, kept by request id in a document property, so
 * that a repeated id (a double click, a retried call) writes nothing and gets
 * the first answer back. Bounded: the latest `keep` results, within `maxChars`
 * (a property value holds at most 9 KB).
 */
export class HandledRequests<T> {
  constructor(
    private readonly key: string,
    private readonly keep = 20,
    private readonly maxChars = 8_000,
  ) {}

  private list(properties: GoogleAppsScript.Properties.Properties): { id: string; result: T }[] {
    try {
      const list = JSON.parse(properties.getProperty(this.key) ?? '[]');
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  /** The first result given for this id, if it was handled. */
  first(properties: GoogleAppsScript.Properties.Properties, id: string): T | undefined {
    return this.list(properties).find((entry) => entry && entry.id === id)?.result;
  }

  remember(properties: GoogleAppsScript.Properties.Properties, id: string, result: T): void {
    const list = [...this.list(properties), { id, result }].slice(-this.keep);
    while (list.length > 1 && JSON.stringify(list).length > this.maxChars) list.shift();
    properties.setProperty(this.key, JSON.stringify(list));
  }
}

/** A request id as the dialogs send it: a non-empty text of at most 100 characters. */
export function requestIdOf(value: unknown): string | undefined {
  const id = typeof value === 'string' ? value.trim() : '';
  return id === '' || id.length > 100 ? undefined : id;
}
