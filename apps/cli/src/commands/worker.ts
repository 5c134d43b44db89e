import { availableParallelism } from "node:os";
import { parseQueueUrl } from "@ccsim/queue/url";
import { DEFAULT_REPLICATION_TIME_LIMIT_MS } from "@ccsim/runner/node";
import type { Command } from "commander";
import { integerUpTo, positiveNumber } from "../options.js";
import { queueUrl } from "../queueRun.js";
import { MAX_THREADS } from "../runOptions.js";

interface WorkerFlags {
  queue: string;
  concurrency?: number;
  lockTimeout: number;
  timeLimit: number;
}

/** Default seconds before the job of a worker that stopped answering goes to another worker (BullMQ's default). */
const DEFAULT_LOCK_TIMEOUT_SEC = 30;

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description(
      "take replication jobs from the queue of every running study (`--queue` on run, compare, sweep, calibrate, report, sensitivity) until stopped; docs/scale-out.md",
    )
    .requiredOption("--queue <url>", "Redis address: redis://[user:password@]host:port[/db] or rediss://", queueUrl)
    .option(
      "--concurrency <n>",
      `replications simulated at once on worker threads, at most ${MAX_THREADS} (twice the cores) (default: one per core)`,
      integerUpTo(MAX_THREADS),
    )
    .option(
      "--lock-timeout <seconds>",
      "seconds: a job whose worker gives no sign of life for this long is re-run by another worker",
      positiveNumber,
      DEFAULT_LOCK_TIMEOUT_SEC,
    )
    .option(
      "--time-limit <minutes>",
      "minutes: a replication still running after this long fails its job (the coordinator then stops with its message)",
      positiveNumber,
      DEFAULT_REPLICATION_TIME_LIMIT_MS / 60_000,
    )
    .action(async (flags: WorkerFlags) => {
      const { runWorker } = await import("@ccsim/queue");
      const log = (line: string): void => console.error(`${new Date().toISOString()} ${line}`);
      const worker = await runWorker({
        address: parseQueueUrl(flags.queue),
        concurrency: flags.concurrency ?? availableParallelism(),
        lockSeconds: flags.lockTimeout,
        timeLimitMs: flags.timeLimit * 60_000,
        log,
      });
      // SIGTERM (systemd, Kubernetes) or Ctrl-C: finish the jobs in hand, then exit; a second signal releases them
      // at once (they are re-run elsewhere once their lock times out).
      await new Promise<void>((resolve) => {
        let signals = 0;
        const stop = (): void => {
          signals++;
          log(signals === 1 ? "stopping: finishing the jobs in hand" : "stopping now: releasing the jobs in hand");
          void worker.stop(signals > 1).then(resolve);
        };
        process.on("SIGTERM", stop);
        process.on("SIGINT", stop);
      });
      log("stopped");
    });
}
