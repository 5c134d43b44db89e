/** Puts hand-made jobs into an announced study's queue and reports how each ended (for the bad-payload test). */
import { announceStudy, KEY_PREFIX, queueName } from "@ccsim/queue";
import { Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";

export async function badPayloadOutcome(
  url: string,
  jobs: readonly { id: string; data: unknown }[],
): Promise<Record<string, string>> {
  const study = "badpayloadtest00";
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName(study), { connection: redis, prefix: KEY_PREFIX });
  const events = new QueueEvents(queueName(study), { connection: { url }, prefix: KEY_PREFIX });
  try {
    await events.waitUntilReady();
    await announceStudy(redis, study);
    const added = await queue.addBulk(
      jobs.map(({ id, data }) => ({ name: "replications", data, opts: { jobId: id } })),
    );
    const outcome: Record<string, string> = {};
    // In order: each job has ended (failed or done) before the next is looked at; a worker takes them in turn.
    for (const job of added) {
      const id = job.id ?? "";
      outcome[id] = await job.waitUntilFinished(events, 60_000).then(
        () => "completed",
        (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return outcome;
  } finally {
    await events.close();
    await queue.close();
    redis.disconnect();
  }
}
