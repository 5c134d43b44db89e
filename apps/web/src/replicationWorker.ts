/**
 * Web Worker: simulates one replication at a time with the runner's own executor, off the page's thread, so
 * the page stays responsive while it runs. Jobs are plain data (the runner's ReplicationJob).
 */
import { runInThisThread, type ReplicationJob } from "@ccsim/runner";

interface Scope {
  onmessage: ((event: MessageEvent<{ id: number; job: ReplicationJob }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as Scope;

scope.onmessage = (event) => {
  const { id, job } = event.data;
  const started = performance.now();
  runInThisThread([job], () => undefined).then(
    ([months]) => scope.postMessage({ id, months, ms: performance.now() - started }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
