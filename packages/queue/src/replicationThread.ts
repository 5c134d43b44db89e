// Worker-thread entry of a queue worker's thread pool: simulates the replications it is sent, posts back results.
import { parentPort } from "node:worker_threads";
import { simulateJob, type ReplicationJob } from "@ccsim/runner/replicate";

const port = parentPort;
if (port === null) throw new Error("replicationThread.js runs only as a worker thread");
port.on("message", ({ task, job }: { task: number; job: ReplicationJob }) => {
  try {
    port.postMessage({ task, result: simulateJob(job) });
  } catch (error) {
    port.postMessage({ task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
