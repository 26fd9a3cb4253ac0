/**
 * Concurrent callers. `Addon.callAsync` queues an execution; the queue is
 * drained on the next turn of the event loop, one execution after another —
 * and, to model executions that overlap in time, at each service call of a
 * running execution the scheduler may (with probability `probability`, from
 * a seeded generator, so a run is reproducible) start the next queued
 * execution right there and run it to completion before the call proceeds.
 * The interrupted execution keeps its state and its locks meanwhile. An
 * execution that ends waiting for a lock without having changed anything is
 * run again once that lock is free (see lock.ts).
 */
import type { LockState } from './lockState';
import type { Execution } from './runtime';

export interface InterleaveOptions {
  /** Chance that a service call of a running execution starts the next queued one first (0: strictly one after another). */
  probability: number;
  /** Seed of the generator that decides (same seed, same interleaving). */
  seed?: number;
  /** At most this many executions suspended inside one another. */
  maxDepth?: number;
}

export const DEFAULT_INTERLEAVE: Required<InterleaveOptions> = { probability: 0.3, seed: 1, maxDepth: 8 };

/** Runs one attempt of a queued execution; `track` receives the Execution it opened. */
export type Attempt<T> = (track: (execution: Execution) => void) => T;

interface Job<T> {
  run: Attempt<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
  /** The lock it waits for before its next attempt. */
  waitFor: LockState | null;
  attempts: number;
}

/** A runaway guard: an execution is run again at most this many times. */
const MAX_ATTEMPTS = 1000;

/** mulberry32: a small seeded generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Scheduler {
  private readonly queue: Job<unknown>[] = [];
  private depth = 0;
  private scheduled = false;
  private options: Required<InterleaveOptions>;
  private random: () => number;
  /** How many executions were started inside another one. */
  interleaved = 0;
  /** How many attempts were discarded because the execution had to wait for a lock. */
  retried = 0;

  constructor(options: Partial<InterleaveOptions> = {}) {
    this.options = { ...DEFAULT_INTERLEAVE, ...options };
    this.random = generator(this.options.seed);
  }

  configure(options: Partial<InterleaveOptions>): void {
    this.options = { ...this.options, ...options };
    if (options.seed !== undefined) this.random = generator(options.seed);
  }

  /** Queues an execution; it runs on a later turn of the event loop. */
  enqueue<T>(run: Attempt<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve, reject, waitFor: null, attempts: 0 } as Job<unknown>);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.drain());
      }
    });
  }

  private drain(): void {
    this.scheduled = false;
    // At the top no execution is suspended, so every lock a job waits for is free.
    while (this.queue.length > 0) this.execute(this.queue.shift()!);
  }

  /** The first queued job that can run now (not waiting for a lock still held). */
  private next(): Job<unknown> | undefined {
    const i = this.queue.findIndex((job) => job.waitFor === null || job.waitFor.holder === null);
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }

  private execute(job: Job<unknown>): void {
    job.waitFor = null;
    job.attempts += 1;
    let execution: Execution | undefined;
    let outcome: { value: unknown } | { error: unknown };
    this.depth += 1;
    try {
      outcome = { value: job.run((e) => (execution = e)) };
    } catch (error) {
      outcome = { error };
    } finally {
      this.depth -= 1;
    }
    if (execution?.waitFor && !execution.wrote && job.attempts < MAX_ATTEMPTS) {
      // It was refused a lock and changed nothing: as if it had waited, run it again once the lock is free.
      this.retried += 1;
      job.waitFor = execution.waitFor;
      this.queue.unshift(job);
      return;
    }
    if ('value' in outcome) job.resolve(outcome.value);
    else job.reject(outcome.error);
  }

  /** Called before each service call of a running execution: maybe run the next queued execution first. */
  maybeInterleave(): void {
    if (this.depth === 0 || this.queue.length === 0 || this.depth > this.options.maxDepth) return;
    if (this.random() >= this.options.probability) return;
    const job = this.next();
    if (!job) return;
    this.interleaved += 1;
    this.execute(job);
  }
}
