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
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private stopped = false;

  constructor(
    readonly threads: number = availableParallelism(),
    readonly timeLimitMs: number = DEFAULT_REPLICATION_TIME_LIMIT_MS,
  ) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new RangeError(`threads must be a whole number >= 1, got ${threads}`);
    if (!(timeLimitMs > 0)) throw new RangeError(`timeLimitMs must be positive, got ${timeLimitMs}`);
  }

  readonly execute: ReplicationExecutor = (jobs, onDone) =>
    new Promise((resolve, reject) => {
      const results = new Array<ReplicationResult>(jobs.length);
      const timers = new Map<Worker, ReturnType<typeof setTimeout>>();
      const fail = (error: Error): void => {
        for (const timer of timers.values()) clearTimeout(timer);
        timers.clear();
        void this.stop();
        reject(error);
      };
      let next = 0;
      let finished = 0;
      const clearTimer = (worker: Worker): void => {
        clearTimeout(timers.get(worker));
        timers.delete(worker);
      };
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
      if (size === 0) return resolve([]);
      for (let i = 0; i < size; i++) {
        const worker = new Worker(new URL("./replicationWorker.js", import.meta.url));
        this.workers.push(worker);
        worker.on("message", (reply: Reply) => {
          clearTimer(worker);
          if ("error" in reply) return fail(new Error(`replication ${reply.index} failed in a worker: ${reply.error}`));
          results[reply.index] = reply.result;
          onDone();
          if (++finished === jobs.length) {
            for (const timer of timers.values()) clearTimeout(timer);
            void this.stop();
            resolve(results);
          } else feed(worker);
        });
        worker.on("error", fail);
        worker.on("exit", (code) => {
          if (finished < jobs.length)
            fail(this.stopped ? new RunInterrupted() : new Error(`a worker exited with code ${code}`));
        });
        feed(worker);
      }
    });

  async stop(): Promise<void> {
    this.stopped = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
