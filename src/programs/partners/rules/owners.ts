/**
 * Lists of open deal registrations, each in registration order, that answer
 * "the earliest registration in this list still running on day t, by a partner
 * other than p" in constant amortised time, however the partners, dates and
 * terms are spread. The caller walks the deals in registration order, asks its
 * questions with non-decreasing days, and appends each deal after asking.
 *
 * A list is a chain of runs; a run holds consecutive registrations by one
 * partner, and neighbouring runs always belong to different partners. So a
 * question skips at most one run of the asking partner's own registrations
 * before reaching another partner's run, whose first running registration is
 * the answer. Registrations found expired are dropped for good (a later
 * question has a later or equal day), and a run left empty is dropped, its
 * neighbours merged when they belong to the same partner.
 */
export class RegistrationLists {
  private readonly entryDeal: Int32Array;
  private readonly entryNext: Int32Array;
  private entries = 0;
  private readonly runPartner: Int32Array;
  private readonly runHead: Int32Array;
  private readonly runTail: Int32Array;
  private readonly runNext: Int32Array;
  private readonly runPrev: Int32Array;
  private runs = 0;
  private readonly listHead: number[] = [];
  private readonly listTail: number[] = [];

  /**
   * @param capacity the most appends there will be
   * @param expiries the last running day of each deal
   * @param partners a number per partner for each deal
   */
  constructor(
    capacity: number,
    private readonly expiries: ArrayLike<number>,
    private readonly partners: ArrayLike<number>,
  ) {
    this.entryDeal = new Int32Array(capacity);
    this.entryNext = new Int32Array(capacity);
    this.runPartner = new Int32Array(capacity);
    this.runHead = new Int32Array(capacity);
    this.runTail = new Int32Array(capacity);
    this.runNext = new Int32Array(capacity);
    this.runPrev = new Int32Array(capacity);
  }

  /** A new empty list; returns its number. */
  newList(): number {
    this.listHead.push(-1);
    this.listTail.push(-1);
    return this.listHead.length - 1;
  }

  /** Adds a deal at the end of a list (it must come after every deal already there). */
  append(list: number, deal: number): void {
    const entry = this.entries++;
    this.entryDeal[entry] = deal;
    this.entryNext[entry] = -1;
    const partner = this.partners[deal];
    const tail = this.listTail[list];
    if (tail !== -1 && this.runPartner[tail] === partner) {
      this.entryNext[this.runTail[tail]] = entry;
      this.runTail[tail] = entry;
      return;
    }
    const run = this.runs++;
    this.runPartner[run] = partner;
    this.runHead[run] = entry;
    this.runTail[run] = entry;
    this.runNext[run] = -1;
    this.runPrev[run] = tail;
    if (tail === -1) this.listHead[list] = run;
    else this.runNext[tail] = run;
    this.listTail[list] = run;
  }

  /** The earliest deal in the list running on `day` (expiry ≥ day) by a partner other than `partner`, or -1. */
  earliest(list: number, partner: number, day: number): number {
    let run = this.listHead[list];
    while (run !== -1) {
      let entry = this.runHead[run];
      while (entry !== -1 && this.expiries[this.entryDeal[entry]] < day) entry = this.entryNext[entry];
      this.runHead[run] = entry;
      if (entry === -1) {
        run = this.dropRun(list, run);
        continue;
      }
      if (this.runPartner[run] !== partner) return this.entryDeal[entry];
      run = this.runNext[run];
    }
    return -1;
  }

  /** Unlinks an empty run, merging its neighbours when they are one partner's; returns the run to look at next. */
  private dropRun(list: number, run: number): number {
    const prev = this.runPrev[run];
    let next = this.runNext[run];
    if (prev !== -1 && next !== -1 && this.runPartner[prev] === this.runPartner[next]) {
      this.entryNext[this.runTail[prev]] = this.runHead[next];
      this.runTail[prev] = this.runTail[next];
      next = this.runNext[next];
    }
    if (prev === -1) this.listHead[list] = next;
    else this.runNext[prev] = next;
    if (next === -1) this.listTail[list] = prev;
    else this.runPrev[next] = prev;
    // A merged run was reached by skipping `prev` (the asker's own run), so go on after it.
    return next;
  }
}
