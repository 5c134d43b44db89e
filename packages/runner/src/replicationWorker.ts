// Worker-thread entry: simulates the replications it is sent and posts back their results.
import { parentPort } from "node:worker_threads";
import { simulateJob } from "./replicate.js";
import type { ReplicationJob } from "./replicate.js";

parentPort!.on("message", ({ index, job }: { index: number; job: ReplicationJob }) => {
  try {
    parentPort!.postMessage({ index, result: simulateJob(job) });
  } catch (error) {
    parentPort!.postMessage({
      index,
      error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
    });
  }
});
