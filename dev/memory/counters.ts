/**
 * Service-call counts keyed by `Class.method` (`Range.getValues`,
 * `Sheet.appendRow`), so a test can assert that an operation stays batched.
 */
export class Counter {
  private readonly byName = new Map<string, number>();

  add(name: string): void {
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }

  /** The counts so far, by name, in name order. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of [...this.byName.keys()].sort()) out[name] = this.byName.get(name)!;
    return out;
  }

  /** All calls so far, or those whose name starts with `prefix` (`Range.`). */
  total(prefix = ''): number {
    let sum = 0;
    for (const [name, n] of this.byName) if (name.startsWith(prefix)) sum += n;
    return sum;
  }

  resetCounts(): void {
    this.byName.clear();
  }
}
