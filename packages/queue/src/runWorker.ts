import { availableParallelism } from "node:os";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { workerConnection } from "./connection.js";
import { stringifyExact } from "./exactJson.js";
import { decodePayload, PayloadRefused } from "./payload.js";
import type { QueueAddress } from "./queueUrl.js";
import { KEY_PREFIX, liveStudies, queueName } from "./study.js";
import { ThreadPool } from "./ThreadPool.js";

/** Default: a job of a worker that stopped answering is re-run elsewhere after 30 s (BullMQ's own default). */
export const DEFAULT_LOCK_SECONDS = 30;
/** How often a worker looks for new studies and drops finished ones. */
const STUDY_POLL_MS = 1000;
/** Times a job may be found stalled (its worker gone) and re-run before it counts as failed. */
const MAX_STALLED = 3;

export interface WorkerOptions {
  readonly address: QueueAddress;
  /** Replications simulated at once (worker threads); also the jobs taken at once. Default: one per core. */
  readonly concurrency?: number;
  /** Seconds a job stays locked without a sign of life from its worker before another worker takes it. */
  readonly lockSeconds?: number;
  /** A replication running longer than this fails its job (default: the local runs' limit, 20 minutes). */
  readonly timeLimitMs?: number;
  /** One line per event worth a log entry (job done, job refused, connection lost). */
  readonly log?: (line: string) => void;
}

/** A running worker: `stop()` lets the jobs in hand finish, `stop(true)` releases them at once. */
export interface RunningWorker {
  readonly stop: (force?: boolean) => Promise<void>;
}

/**
 * A queue worker: takes replication jobs of every announced study, decodes each payload through the scenario
 * schema, simulates its replications on worker threads and returns the results. A payload it refuses fails that
 * job alone (without retries: it would be refused again); the worker goes on with the next.
 */
export async function runWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? availableParallelism();
  const lockMs = (options.lockSeconds ?? DEFAULT_LOCK_SECONDS) * 1000;
  const pool = new ThreadPool(concurrency, options.timeLimitMs);
  const registry = workerConnection(options.address, log);
  const workers = new Map<string, { worker: Worker; redis: Redis }>();
  let stopping = false;

  const process = async (job: Job): Promise<string> => {
    const started = performance.now();
    let jobs;
    try {
      jobs = decodePayload(job.data, job.id ?? "?");
    } catch (error) {
      if (!(error instanceof PayloadRefused)) throw error;
      log(`job ${job.id ?? "?"} refused: ${error.message}`);
      throw new UnrecoverableError(`refused: ${error.message}`);
    }
    const replications = `${jobs.length} replication${jobs.length === 1 ? "" : "s"}`;
    log(`job ${job.id ?? "?"}: started (${replications})`);
    const results = await Promise.all(jobs.map((j) => pool.run(j)));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`job ${job.id ?? "?"}: ${replications} in ${seconds} s`);
    return stringifyExact(results);
  };

  const open = (study: string): void => {
    const redis = workerConnection(options.address, () => undefined);
    const worker = new Worker(queueName(study), process, {
      connection: redis,
      prefix: KEY_PREFIX,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: MAX_STALLED,
    });
    worker.on("error", () => undefined); // connection trouble is logged once by the registry connection
    workers.set(study, { worker, redis });
    log(`study ${study}: taking jobs`);
  };

  const close = async (study: string, force: boolean): Promise<void> => {
    const entry = workers.get(study);
    if (entry === undefined) return;
    workers.delete(study);
    await entry.worker.close(force).catch(() => undefined);
    entry.redis.disconnect();
  };

  const refresh = async (): Promise<void> => {
    const live = new Set(await liveStudies(registry));
    if (stopping) return;
    for (const study of live) if (!workers.has(study)) open(study);
    for (const study of [...workers.keys()]) if (!live.has(study)) await close(study, false);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const loop = (): void => {
    timer = setTimeout(() => {
      void refresh()
        .catch(() => undefined) // an outage is logged by the connection; the next round tries again
        .finally(() => {
          if (!stopping) loop();
        });
    }, STUDY_POLL_MS);
  };
  await refresh().catch(() => undefined);
  loop();
  log(`worker ready: ${concurrency} threads, queue ${options.address.shown}`);

  return {
    stop: async (force = false) => {
      stopping = true;
      clearTimeout(timer);
      await Promise.all([...workers.keys()].map((study) => close(study, force)));
      await pool.close();
      registry.disconnect();
    },
  };
}
