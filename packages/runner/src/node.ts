/** @ccsim/runner/node: what only runs on Node.js (worker threads). The main entry stays browser-safe. */
export { WorkerPool } from "./WorkerPool.js";
