import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ReplicationResult } from "./replicate.js";
import { RunInterrupted } from "./RunInterrupted.js";
import type { ReplicationExecutor, ReplicationJob } from "./runScenario.js";

type Reply = { index: number; result: ReplicationResult } | { index: number; error: string };

/**
 * Runs replications on `threads` worker threads (default: one per core). Each job is independent and its
 * results land at its own index, so the output does not depend on the number of threads or finishing order.
 * `stop()` terminates the workers (Ctrl-C); pending runs then reject.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private stopped = false;

  constructor(readonly threads: number = availableParallelism()) {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a whole number >= 1, got ${threads}`);
  }

  readonly execute: ReplicationExecutor = (jobs, onDone) =>
    new Promise((resolve, reject) => {
      const results: ReplicationResult[] = new Array(jobs.length);
      let next = 0;
      let finished = 0;
      const feed = (worker: Worker): void => {
        if (next < jobs.length) worker.postMessage({ index: next, job: jobs[next++] satisfies ReplicationJob });
      };
      const size = Math.min(this.threads, jobs.length);
      if (size === 0) return resolve([]);
      for (let i = 0; i < size; i++) {
        const worker = new Worker(new URL("./replicationWorker.js", import.meta.url));
        this.workers.push(worker);
        worker.on("message", (reply: Reply) => {
          if ("error" in reply) return fail(new Error(`replication ${reply.index} failed in a worker: ${reply.error}`));
          results[reply.index] = reply.result;
          onDone();
          if (++finished === jobs.length) {
            void this.stop();
            resolve(results);
          } else feed(worker);
        });
        worker.on("error", fail);
        worker.on("exit", (code) => {
          if (finished < jobs.length) fail(this.stopped ? new RunInterrupted() : new Error(`a worker exited with code ${code}`));
        });
        feed(worker);
      }
      const self = this;
      function fail(error: Error): void {
        void self.stop();
        reject(error);
      }
    });

  async stop(): Promise<void> {
    this.stopped = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
