/**
 * A study: all the jobs of one coordinator command, in a BullMQ queue of its own named after the study's id, so
 * two studies never mix. Coordinators announce their studies in a registry that workers read; a study stays
 * announced while its coordinator is alive (a key refreshed on a heartbeat, expiring on its own). When a study
 * ends, its keys are set to expire, so Redis does not fill up with old studies.
 */
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

/** The BullMQ key prefix of ccsim's queues (BullMQ's default is "bull"). */
export const KEY_PREFIX = "ccsim";
/** The set of announced study ids. */
const STUDIES_KEY = `${KEY_PREFIX}:studies`;
/** A study is announced while this key lives; the coordinator refreshes it every `HEARTBEAT_MS`. */
const aliveKey = (id: string): string => `${KEY_PREFIX}:alive:${id}`;
const ALIVE_SEC = 60;
export const HEARTBEAT_MS = 15_000;
/** How long a study's jobs and results stay in Redis after it ends or is abandoned: 7 days (assumption). */
export const STUDY_TTL_SEC = 7 * 24 * 3600;

/** The queue of a study. */
export const queueName = (id: string): string => `study-${id}`;

/**
 * A study's id: a digest of the command's label and the ids of its first batch of jobs, which the same command
 * on the same files always produces, so a coordinator started again finds its study (and its finished jobs).
 */
export function studyId(label: string, firstJobIds: readonly string[]): string {
  return createHash("sha256").update(label).update("\n").update(firstJobIds.join("\n")).digest("hex").slice(0, 16);
}

/** Announces a study to workers (and keeps it announced: call again on the heartbeat). */
export async function announce(redis: Redis, id: string): Promise<void> {
  await redis.multi().sadd(STUDIES_KEY, id).set(aliveKey(id), "1", "EX", ALIVE_SEC).exec();
}

/** Ends a study's announcement and lets its keys expire after `ttlSec`. */
export async function retire(redis: Redis, id: string, ttlSec = STUDY_TTL_SEC): Promise<void> {
  await redis.multi().srem(STUDIES_KEY, id).del(aliveKey(id)).exec();
  const pattern = `${KEY_PREFIX}:${queueName(id)}:*`;
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) {
      const expire = redis.pipeline();
      for (const key of keys) expire.expire(key, ttlSec);
      await expire.exec();
    }
  } while (cursor !== "0");
}

/** The ids of the studies whose coordinators are alive; studies whose coordinators are gone are dropped. */
export async function liveStudies(redis: Redis): Promise<string[]> {
  const ids = (await redis.smembers(STUDIES_KEY)).sort();
  if (ids.length === 0) return [];
  const alive = await redis.mget(ids.map(aliveKey));
  const dead = ids.filter((_, i) => alive[i] === null);
  if (dead.length > 0) await redis.srem(STUDIES_KEY, ...dead);
  return ids.filter((_, i) => alive[i] !== null);
}
