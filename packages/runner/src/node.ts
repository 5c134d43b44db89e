/** @ccsim/runner/node: what only runs on Node.js (worker threads). The main entry stays browser-safe. */
export { whyUnreadable } from "./fileErrorText.js";
export { DEFAULT_REPLICATION_TIME_LIMIT_MS, ReplicationTimeLimit, WorkerPool } from "./WorkerPool.js";
