/**
 * Connections to Redis. A coordinator gives up quickly (a study with no queue must end with a clear error, not
 * hang); a worker is a service and keeps retrying, so workers survive a Redis restart.
 */
import { Redis } from "ioredis";
import type { QueueAddress } from "./queueUrl.js";

/** Redis could not be reached, or was lost during a study: nothing was written (docs/scale-out.md). */
export class QueueUnavailable extends Error {
  override readonly name = "QueueUnavailable";
}

/** Connection attempts a coordinator makes before it reports Redis unreachable. */
const CONNECT_ATTEMPTS = 3;
/** Reconnection attempts after a drop before a coordinator reports Redis lost (with the delay, about 5 s). */
const RECONNECT_ATTEMPTS = 10;
const RETRY_DELAY_MS = 500;
/** A worker waits at most this long between reconnection attempts, however long Redis is away. */
const WORKER_MAX_DELAY_MS = 5000;
const CONNECT_TIMEOUT_MS = 5000;

/** A coordinator's connection: `lost` settles with the reason once the connection has ended for good. */
export interface CoordinatorConnection {
  readonly redis: Redis;
  readonly lost: Promise<QueueUnavailable>;
  /** Closes it on purpose (no loss reported). */
  readonly close: () => Promise<void>;
}

function tls(address: QueueAddress): object {
  return address.url.startsWith("rediss:") ? { tls: {} } : {};
}

/** Opens a coordinator connection; `lost` reports why it ended unless `close` was called first. */
export function coordinatorConnection(address: QueueAddress): CoordinatorConnection {
  let ready = false;
  let closing = false;
  let lastError = "no answer";
  let report: (error: QueueUnavailable) => void = () => undefined;
  const lost = new Promise<QueueUnavailable>((resolve) => (report = resolve));
  const redis = new Redis(address.url, {
    ...tls(address),
    // BullMQ's blocking reads need this; commands then wait for a reconnection, and fail when it is given up.
    maxRetriesPerRequest: null,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (times) => (times > (ready ? RECONNECT_ATTEMPTS : CONNECT_ATTEMPTS) ? null : RETRY_DELAY_MS),
  });
  redis.on("ready", () => (ready = true));
  redis.on("error", (error: Error) => (lastError = error.message.split("\n")[0] ?? error.name));
  redis.on("end", () => {
    if (closing) return;
    report(
      new QueueUnavailable(
        ready
          ? `lost the queue at ${address.shown} (${lastError}); no result written. Start the same command again when Redis is back: it resumes from the jobs already done`
          : `cannot reach the queue at ${address.shown} (${lastError}); no result written`,
      ),
    );
  });
  return {
    redis,
    lost,
    close: async () => {
      closing = true;
      redis.disconnect();
      await Promise.resolve();
    },
  };
}

/** A worker's connection: retries for ever with a capped delay, reporting each outage once through `log`. */
export function workerConnection(address: QueueAddress, log: (line: string) => void): Redis {
  let down = false;
  const redis = new Redis(address.url, {
    ...tls(address),
    maxRetriesPerRequest: null,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(times * RETRY_DELAY_MS, WORKER_MAX_DELAY_MS),
  });
  redis.on("error", (error: Error) => {
    if (down) return;
    down = true;
    log(`cannot reach the queue at ${address.shown} (${error.message.split("\n")[0] ?? error.name}); retrying`);
  });
  redis.on("ready", () => {
    if (down) log(`reconnected to the queue at ${address.shown}`);
    down = false;
  });
  return redis;
}
