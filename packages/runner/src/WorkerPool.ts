import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ReplicationResult } from "./replicate.js";
import { RunInterrupted } from "./RunInterrupted.js";
import type { ReplicationJob } from "./replicate.js";
import type { ReplicationExecutor } from "./runScenario.js";

/**
 * Default time limit of one replication: far above the longest legitimate one (the MTS case at contact fidelity
 * takes well under a minute on one core), so only a replication that hangs or crawls reaches it.
 */
export const DEFAULT_REPLICATION_TIME_LIMIT_MS = 20 * 60 * 1000;

/** A replication ran past the time limit: its worker was stopped and the run abandoned (docs/cli.md). */
export class ReplicationTimeLimit extends Error {
  override readonly name = "ReplicationTimeLimit";
  constructor(
    readonly replication: number,
    readonly limitMs: number,
  ) {
    super(
      `replication job ${replication} did not finish within ${limitMs >= 1000 ? `${Math.round(limitMs / 1000)} s` : `${limitMs} ms`}, the time limit per replication; its worker was stopped`,
    );
  }
}

type Reply = { index: number; result: ReplicationResult } | { index: number; error: string };

/**
 * Runs replications on `threads` worker threads (default: one per core). Each job is independent and its
 * results land at its own index, so the output does not depend on the number of threads or finishing order.
 * `stop()` terminates the workers (Ctrl-C); pending runs then reject. A replication that runs past
 * `timeLimitMs` stops the run with `ReplicationTimeLimit`, so a worker that hangs is reported instead of waited on.
 *
 * Calls of `execute` run one after another. The workers outlive a call when the next one is made before the event
 * loop turns (a sensitivity study runs its worlds batch after batch): a fresh worker loads the model, compiles it
 * and solves its planner's curves again (the first two MTS replications of both variants in a fresh process
 * cost 1.6 CPU s more than warm ones). Otherwise they are stopped, so
 * nothing keeps the process alive.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private stopped = false;
  /** The calls of `execute` so far, chained: each batch starts when the one before has settled. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The workers' retirement after a batch, cancelled by a batch that starts before it. */
  private retirement: ReturnType<typeof setImmediate> | undefined;

  constructor(
    readonly threads: number = availableParallelism(),
    readonly timeLimitMs: number = DEFAULT_REPLICATION_TIME_LIMIT_MS,
  ) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new RangeError(`threads must be a whole number >= 1, got ${threads}`);
    if (!(timeLimitMs > 0)) throw new RangeError(`timeLimitMs must be positive, got ${timeLimitMs}`);
  }

  readonly execute: ReplicationExecutor = (jobs, onDone) => {
    const batch = this.queue.then(() => this.runBatch(jobs, onDone));
    this.queue = batch.catch(() => undefined);
    return batch;
  };

  private runBatch(jobs: readonly ReplicationJob[], onDone: () => void): Promise<ReplicationResult[]> {
    if (this.retirement !== undefined) clearImmediate(this.retirement);
    this.retirement = undefined;
    return new Promise((resolve, reject) => {
      const results = new Array<ReplicationResult>(jobs.length);
      const timers = new Map<Worker, ReturnType<typeof setTimeout>>();
      const detach = new Map<Worker, (worker: Worker) => void>();
      let settled = false;
      const release = (): void => {
        settled = true;
        for (const timer of timers.values()) clearTimeout(timer);
        timers.clear();
        // Only this batch's listeners: the worker's own (which keep its port referenced) must stay.
        for (const [worker, off] of detach) off(worker);
        detach.clear();
      };
      const fail = (error: Error): void => {
        if (settled) return;
        release();
        void this.stop();
        reject(error);
      };
      let next = 0;
      let finished = 0;
      const feed = (worker: Worker): void => {
        const job = jobs[next];
        if (job === undefined) return;
        const index = next++;
        timers.set(
          worker,
          setTimeout(() => fail(new ReplicationTimeLimit(index, this.timeLimitMs)), this.timeLimitMs),
        );
        worker.postMessage({ index, job: job satisfies ReplicationJob });
      };
      const size = Math.min(this.threads, jobs.length);
      if (size === 0) {
        this.retireSoon();
        return resolve([]);
      }
      while (this.workers.length < size)
        this.workers.push(new Worker(new URL("./replicationWorker.js", import.meta.url)));
      for (const worker of this.workers.slice(0, size)) {
        const onMessage = (reply: Reply): void => {
          clearTimeout(timers.get(worker));
          timers.delete(worker);
          if ("error" in reply) return fail(new Error(`replication ${reply.index} failed in a worker: ${reply.error}`));
          results[reply.index] = reply.result;
          onDone();
          if (++finished === jobs.length) {
            release();
            this.retireSoon();
            resolve(results);
          } else feed(worker);
        };
        const onExit = (code: number): void =>
          fail(this.stopped ? new RunInterrupted() : new Error(`a worker exited with code ${code}`));
        worker.on("message", onMessage);
        worker.on("error", fail);
        worker.on("exit", onExit);
        detach.set(worker, (w) => {
          w.off("message", onMessage);
          w.off("error", fail);
          w.off("exit", onExit);
        });
        feed(worker);
      }
    });
  }

  /** Stops the workers once the event loop turns, unless another batch has started by then. */
  private retireSoon(): void {
    this.retirement = setImmediate(() => {
      this.retirement = undefined;
      const workers = this.workers.splice(0);
      void Promise.all(workers.map((w) => w.terminate()));
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retirement !== undefined) clearImmediate(this.retirement);
    this.retirement = undefined;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
