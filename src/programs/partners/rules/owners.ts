/**
 * Lists of deal registrations, each in registration order, that answer "the
 * earliest registration in this list still running on day t" in constant
 * amortised time. A registration runs until its `until` day (inclusive): its
 * expiry, or the last day it was open. The caller walks the deals in
 * registration order, so its questions come with non-decreasing days, and
 * appends each deal after asking about it; a registration found no longer
 * running is therefore dropped for good.
 *
 * DEAL_STATUS keeps two kinds (dealStatus.ts): per customer and product, the
 * registrations that may own a deal (running = open and not expired); and per
 * customer, product and partner, every registration still open (a repeat).
 */
export class RunningLists {
  private readonly entryDeal: Int32Array;
  private readonly entryNext: Int32Array;
  private entries = 0;
  private head = new Int32Array(1024);
  private tail = new Int32Array(1024);
  private lists = 0;

  /**
   * @param capacity the most appends there will be
   * @param until the last running day of each deal
   */
  constructor(
    capacity: number,
    private readonly until: ArrayLike<number>,
  ) {
    this.entryDeal = new Int32Array(capacity);
    this.entryNext = new Int32Array(capacity);
  }

  /** A new empty list; returns its number. */
  newList(): number {
    if (this.lists === this.head.length) {
      // Typed arrays, grown by doubling: DEAL_STATUS makes a list for every customer and product.
      const head = new Int32Array(this.lists * 2);
      const tail = new Int32Array(this.lists * 2);
      head.set(this.head);
      tail.set(this.tail);
      this.head = head;
      this.tail = tail;
    }
    this.head[this.lists] = -1;
    this.tail[this.lists] = -1;
    return this.lists++;
  }

  /** Adds a deal at the end of a list (it must come after every deal already there). */
  append(list: number, deal: number): void {
    const entry = this.entries++;
    this.entryDeal[entry] = deal;
    this.entryNext[entry] = -1;
    const tail = this.tail[list];
    if (tail === -1) this.head[list] = entry;
    else this.entryNext[tail] = entry;
    this.tail[list] = entry;
  }

  /** The earliest deal in the list still running on `day` (until ≥ day), or -1. */
  earliest(list: number, day: number): number {
    let entry = this.head[list];
    while (entry !== -1 && this.until[this.entryDeal[entry]] < day) entry = this.entryNext[entry];
    this.head[list] = entry;
    if (entry === -1) this.tail[list] = -1;
    return entry === -1 ? -1 : this.entryDeal[entry];
  }
}

/**
 * A table from pairs of non-negative whole numbers (a list, a partner) to a
 * number, by open addressing in typed arrays: on the 100,000-row path of
 * DEAL_STATUS a Map keyed by numbers costs several times as much.
 */
export class PairTable {
  /** Slots of three: first, second, value; first is -1 in an empty slot. One slot is one cache line's read. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** @param capacity the most pairs there will be */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 1.5) size *= 2;
    this.slots = new Int32Array(size * 3).fill(-1);
    this.mask = size - 1;
  }

  /** The slot's offset for (a, b): where the pair is, or the empty slot where it would go. */
  private slot(a: number, b: number): number {
    // Both numbers mixed into every bit (a murmur3 finaliser), so that the low bits the mask keeps spread evenly.
    let h = Math.imul(a, 0x85ebca6b) + b;
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    h = (h ^ (h >>> 16)) & this.mask;
    const slots = this.slots;
    while (slots[3 * h] !== -1 && (slots[3 * h] !== a || slots[3 * h + 1] !== b)) h = (h + 1) & this.mask;
    return 3 * h;
  }

  /** The number stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const at = this.slot(a, b);
    return this.slots[at] === -1 ? -1 : this.slots[at + 2];
  }

  set(a: number, b: number, value: number): void {
    const at = this.slot(a, b);
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = value;
  }

  /** The number stored for (a, b); when there is none, stores `value` and returns -1 (one probe for both). */
  claim(a: number, b: number, value: number): number {
    const at = this.slot(a, b);
    if (this.slots[at] !== -1) return this.slots[at + 2];
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = value;
    return -1;
  }
}
