import { Worker } from "node:worker_threads";
import type { ReplicationJob, ReplicationResult } from "@ccsim/runner";
import { DEFAULT_REPLICATION_TIME_LIMIT_MS } from "@ccsim/runner/node";

type Reply = { task: number; result: ReplicationResult } | { task: number; error: string };

interface Task {
  readonly job: ReplicationJob;
  readonly resolve: (result: ReplicationResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads that lives as long as the queue worker, shared by all its jobs: replications from
 * every job in progress wait in one first-in first-out line, so the threads stay busy while a job is being
 * fetched or its result stored. (The runner's `WorkerPool` starts threads per run and stops them when the run
 * ends, which suits one command, not a long-lived worker taking several jobs at once.)
 */
export class ThreadPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, { id: number; task: Task; timer: ReturnType<typeof setTimeout> }>();
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;

  /**
   * `timeLimitMs`: a replication still running after this long is failed and its thread replaced, so a
   * replication that hangs fails its job (reported to the coordinator) instead of holding it for ever: the
   * worker's lock on a job is renewed as long as the worker lives, whatever its threads do.
   */
  constructor(
    readonly threads: number,
    readonly timeLimitMs: number = DEFAULT_REPLICATION_TIME_LIMIT_MS,
  ) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new RangeError(`threads must be a whole number >= 1, got ${threads}`);
    if (!(timeLimitMs > 0)) throw new RangeError(`timeLimitMs must be positive, got ${timeLimitMs}`);
    for (let i = 0; i < threads; i++) this.idle.push(this.spawn());
  }

  /** Simulates one replication on the next free thread. */
  run(job: ReplicationJob): Promise<ReplicationResult> {
    if (this.closed) return Promise.reject(new Error("the thread pool is closed"));
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; replications still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new Error("the thread pool was closed"));
    const workers = [...this.idle.splice(0), ...this.running.keys()];
    for (const { task, timer } of this.running.values()) {
      clearTimeout(timer);
      task.reject(new Error("the thread pool was closed"));
    }
    this.running.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(new URL("./replicationThread.js", import.meta.url));
    worker.on("message", (reply: Reply) => {
      const current = this.running.get(worker);
      if (current === undefined || current.id !== reply.task) return;
      clearTimeout(current.timer);
      this.running.delete(worker);
      if ("error" in reply) current.task.reject(new Error(`a replication failed: ${reply.error}`));
      else current.task.resolve(reply.result);
      this.idle.push(worker);
      this.dispatch();
    });
    // A thread that dies (out of memory, a defect) fails its replication only; a new thread takes its place.
    worker.on("error", (error) => this.lost(worker, error));
    worker.on("exit", (code) => this.lost(worker, new Error(`a worker thread exited with code ${code}`)));
    return worker;
  }

  private lost(worker: Worker, error: Error): void {
    if (this.closed) return;
    const current = this.running.get(worker);
    const wasIdle = this.idle.indexOf(worker);
    if (current === undefined && wasIdle < 0) return;
    if (current !== undefined) clearTimeout(current.timer);
    this.running.delete(worker);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    current?.task.reject(error);
    void worker.terminate();
    this.idle.push(this.spawn());
    this.dispatch();
  }

  private dispatch(): void {
    for (let worker = this.idle.pop(); worker !== undefined; worker = this.idle.pop()) {
      const task = this.waiting.shift();
      if (task === undefined) {
        this.idle.push(worker);
        return;
      }
      const id = this.nextId++;
      const { seed, replication } = task.job;
      const timer = setTimeout(() => {
        const ms = this.timeLimitMs;
        const limit = ms >= 60_000 ? `${+(ms / 60_000).toFixed(2)} min` : `${+(ms / 1000).toFixed(3)} s`;
        this.lost(
          worker,
          new Error(`replication ${replication} (seed ${seed}) ran longer than ${limit}, the worker's --time-limit`),
        );
      }, this.timeLimitMs);
      this.running.set(worker, { id, task, timer });
      worker.postMessage({ task: id, job: task.job });
    }
  }
}
