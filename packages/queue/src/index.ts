/**
 * @ccsim/queue: runs a study's replications on worker machines through BullMQ on Redis. A command becomes a
 * coordinator with `QueueCoordinator.execute` as its replication executor; `runWorker` is `ccsim worker`. Node
 * only, and loaded only when a queue is asked for: the local default (worker threads) never imports it.
 */
export { QueueUnavailable } from "./connection.js";
export { parseExact, stringifyExact } from "./exactJson.js";
export {
  decodePayload,
  MAX_PAYLOAD_CHARS,
  PAYLOAD_FORMAT,
  PayloadRefused,
  planBlocks,
  type Block,
  type JobPayload,
} from "./payload.js";
export {
  DEFAULT_BLOCK_REPLICATIONS,
  JobFailed,
  PayloadTooLarge,
  QueueCoordinator,
  type CoordinatorOptions,
} from "./QueueCoordinator.js";
export { parseQueueUrl, QueueUrlError, type QueueAddress } from "./queueUrl.js";
export { DEFAULT_LOCK_SECONDS, runWorker, type RunningWorker, type WorkerOptions } from "./runWorker.js";
export { announce as announceStudy, KEY_PREFIX, liveStudies, queueName, STUDY_TTL_SEC } from "./study.js";
