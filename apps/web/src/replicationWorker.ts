/**
 * Web Worker: simulates one replication at a time with the runner's lean entry, off the page's thread, so
 * the page stays responsive while it runs. Jobs are plain data (the runner's ReplicationJob).
 */
import type { ReplicationJob } from "@ccsim/runner";
import { simulateJob } from "@ccsim/runner/replicate";

interface Scope {
  onmessage: ((event: MessageEvent<{ id: number; job: ReplicationJob }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as Scope;

scope.onmessage = (event) => {
  const { id, job } = event.data;
  const started = performance.now();
  try {
    scope.postMessage({ id, months: simulateJob(job), ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
