/**
 * Web Workers that simulate replications for the runner. Jobs queue in order and each worker takes the next
 * when it finishes, so on two cores the baseline's and the variant's first replications run side by side.
 * Results are memoised by the caller's key, so a progressive run (1, 2, ... replications) and a change of lever
 * (the baseline is unchanged) only simulate what is new.
 */
import { RunInterrupted, type ReplicationExecutor, type ReplicationJob } from "@ccsim/runner";

/**
 * A replication still running after this long is stopped and reported: far above the longest the page runs (the
 * MTS case at contact fidelity takes seconds), so only a worker that hangs reaches it.
 */
export const REPLICATION_TIME_LIMIT_MS = 5 * 60 * 1000;

/** About 15 kB each for a 24-month result: a few tens of MB at most. */
const MAX_CACHED = 2000;

export type Months = Awaited<ReturnType<ReplicationExecutor>>[number];

interface Pending {
  readonly id: number;
  readonly job: ReplicationJob;
  readonly resolve: (months: Months) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  busy?: Pending;
  timer?: ReturnType<typeof setTimeout>;
}

/** Workers to start: one per core up to 4, leaving the page's own thread to the browser on small machines. */
export function poolSize(): number {
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 0;
  private readonly cache = new Map<string, Promise<Months>>();
  /** Keys whose replication was computed when the app was built (firstLook.ts), not by these workers. */
  private readonly built = new Set<string>();

  constructor(size = poolSize()) {
    for (let i = 0; i < size; i++) this.slots.push(this.start({} as Slot));
  }

  /** The replication's months, from the cache or queued for a worker. */
  run(key: string, job: ReplicationJob): Promise<Months> {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const promise = new Promise<Months>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
    });
    this.cache.set(key, promise);
    this.built.delete(key);
    this.forgetOldest();
    // A failed or cancelled job must be simulated again next time, not served from the cache.
    promise.catch(() => this.cache.delete(key));
    this.pump();
    return promise;
  }

  /** Adds a replication computed at build time by the same runner code (firstLook.ts); a live one is kept. */
  seed(key: string, months: unknown): void {
    if (this.cache.has(key)) return;
    this.cache.set(key, Promise.resolve(months as Months));
    this.built.add(key);
  }

  /** Whether the cached replication of `key` came from the build (firstLook.ts) rather than a worker. */
  fromBuild(key: string): boolean {
    return this.built.has(key) && this.cache.has(key);
  }

  /** Drops the jobs not yet started (a newer run supersedes them); jobs in flight finish and stay cached. */
  dropQueued(): void {
    const dropped = this.queue;
    this.queue = [];
    for (const p of dropped) p.reject(new RunInterrupted());
  }

  /** Stops everything now: queued and running jobs are rejected and the workers replaced. */
  cancelAll(): void {
    this.dropQueued();
    for (const slot of this.slots) {
      slot.worker.terminate();
      clearTimeout(slot.timer);
      const running = slot.busy;
      delete slot.busy;
      running?.reject(new RunInterrupted());
      this.start(slot);
    }
  }

  /** Gives the slot a fresh worker (started now, so its modules load before the first run asks for it). */
  private start(slot: Slot): Slot {
    const worker = new Worker(new URL("./replicationWorker.ts", import.meta.url), { type: "module" });
    slot.worker = worker;
    worker.onmessage = (event: MessageEvent<{ id: number; months?: Months; error?: string; ms?: number }>) => {
      // The simulation's own time in the worker, for the timings a trainer or a test can read.
      performance.mark("ccsim-replication", { detail: { ms: event.data.ms, replication: slot.busy?.job.replication } });
      const pending = slot.busy;
      if (pending === undefined || pending.id !== event.data.id) return;
      clearTimeout(slot.timer);
      delete slot.busy;
      if (event.data.months !== undefined) pending.resolve(event.data.months);
      else pending.reject(new Error(`simulation failed: ${event.data.error ?? "unknown error"}`));
      this.pump();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      clearTimeout(slot.timer);
      const pending = slot.busy;
      delete slot.busy;
      pending?.reject(new Error(`the simulation worker failed: ${event.message}`));
      this.pump();
    };
    return slot;
  }

  /** Keeps the cache to MAX_CACHED replications (a long course moves many levers), dropping the oldest first. */
  private forgetOldest(): void {
    for (const key of this.cache.keys()) {
      if (this.cache.size <= MAX_CACHED) return;
      this.cache.delete(key);
    }
  }

  /** A replication past the time limit: its worker is replaced and the run told why, instead of waiting forever. */
  private stopHung(slot: Slot, pending: Pending): void {
    if (slot.busy !== pending) return;
    slot.worker.terminate();
    delete slot.busy;
    pending.reject(
      new Error(
        `replication ${pending.job.replication} did not finish within ${REPLICATION_TIME_LIMIT_MS / 60_000} minutes; its worker was stopped`,
      ),
    );
    this.start(slot);
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy !== undefined) continue;
      const next = this.queue.shift();
      if (next === undefined) return;
      slot.busy = next;
      slot.timer = setTimeout(() => this.stopHung(slot, next), REPLICATION_TIME_LIMIT_MS);
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }
}
