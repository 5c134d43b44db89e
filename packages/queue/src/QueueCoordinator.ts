import { RunInterrupted, type ReplicationExecutor, type ReplicationResult } from "@ccsim/runner";
import { Queue, QueueEvents } from "bullmq";
import { coordinatorConnection, QueueUnavailable, type CoordinatorConnection } from "./connection.js";
import { parseExact } from "./exactJson.js";
import { MAX_PAYLOAD_CHARS, planBlocks, type Block } from "./payload.js";
import type { QueueAddress } from "./queueUrl.js";
import { announce, HEARTBEAT_MS, KEY_PREFIX, queueName, retire, STUDY_TTL_SEC, studyId } from "./study.js";

/** Replications per job by default: big enough that a job's fixed cost is small, small enough to spread a run. */
export const DEFAULT_BLOCK_REPLICATIONS = 5;
/** Runs of a job before its failure fails the study (a worker killed mid-job does not count: that is a stall). */
const JOB_ATTEMPTS = 2;
/** Unfinished jobs are also checked this often, in case a completion event was missed (the stream is trimmed). */
const POLL_MS = 2000;
const POLL_BATCH = 200;
/** Default: a study whose jobs wait this long with no worker taking one gets a hint to start workers. */
export const DEFAULT_IDLE_WARNING_MS = 30_000;
/** How long a failed command waits for its connection to say why it ended. */
const LOST_WAIT_MS = 1000;
/** How long closing waits for each of BullMQ's queue objects and connections before going on. */
const CLOSE_WAIT_MS = 2000;

/** A job failed on a worker; `refused` when the worker refused its payload rather than failing to run it. */
export class JobFailed extends Error {
  override readonly name = "JobFailed";
  constructor(
    message: string,
    readonly refused: boolean,
  ) {
    super(message);
  }
}

/** A payload too large to send: a scenario with that much inline data should run locally. */
export class PayloadTooLarge extends Error {
  override readonly name = "PayloadTooLarge";
}

export interface CoordinatorOptions {
  readonly address: QueueAddress;
  /** Names the kind of study (e.g. the command: "run", "sweep"); part of the study id. */
  readonly label: string;
  readonly blockReplications?: number;
  /** Told once, when the study's queue is known: its id, its jobs in the first batch, how many were already done. */
  readonly onStudy?: (study: { id: string; jobs: number; done: number }) => void;
  /**
   * Told when jobs have waited `idleWarningMs` with none taken by a worker and none running: most likely no worker
   * is started. Told again only after a worker has taken a job and the queue has gone idle again. The
   * coordinator keeps waiting either way: workers may be started later.
   */
  readonly onIdle?: (study: { id: string; seconds: number }) => void;
  /** Default `DEFAULT_IDLE_WARNING_MS`. */
  readonly idleWarningMs?: number;
}

/**
 * Makes a command a coordinator: `execute` (a `ReplicationExecutor`) splits the replications into jobs of one
 * variant's consecutive replications, enqueues them under their content ids, and returns the workers' results in
 * job order, the same numbers a local run computes. Several `execute` calls (a calibration's evaluations) share
 * one study. Call `close()` at the end: after a successful study its keys are set to expire.
 */
export class QueueCoordinator {
  private connection: CoordinatorConnection | undefined;
  private events: CoordinatorConnection | undefined;
  private queue: Queue | undefined;
  private queueEvents: QueueEvents | undefined;
  private study: string | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private failed = false;
  private abort: ((error: Error) => void) | undefined;

  constructor(readonly options: CoordinatorOptions) {}

  readonly execute: ReplicationExecutor = async (jobs, onDone, scenarios) => {
    if (jobs.length === 0) return [];
    if (scenarios === undefined) throw new Error("a queue coordinator needs each job's scenario");
    try {
      const blocks = planBlocks(jobs, scenarios, this.options.blockReplications ?? DEFAULT_BLOCK_REPLICATIONS);
      for (const block of blocks) {
        const size = JSON.stringify(block.payload).length;
        if (size > MAX_PAYLOAD_CHARS)
          throw new PayloadTooLarge(
            `a job would carry ${size} characters, more than the ${MAX_PAYLOAD_CHARS} a worker takes; run this scenario without --queue`,
          );
      }
      return await this.collect(blocks, jobs.length, onDone);
    } catch (error) {
      this.failed = true;
      throw await this.explain(error);
    }
  };

  /**
   * A Redis command that failed because the connection ended is the queue being unavailable: the reason the
   * connection gives (it ends a moment after its last command fails), said in one line.
   */
  private async explain(error: unknown): Promise<unknown> {
    if (!(error instanceof Error) || !/Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT/.test(error.message))
      return error;
    const connections = [this.connection, this.events].filter((c) => c !== undefined);
    // Not unref'd: with the connections ended nothing else may keep the process alive, and Node would end it
    // with exit code 13 (a top-level await left unsettled) instead of the one-line error.
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), LOST_WAIT_MS));
    const reason = await Promise.race([...connections.map((c) => c.lost), timeout]);
    return reason ?? asUnavailable(error, this.options.address);
  }

  /** Ctrl-C: stops waiting (the command ends with RunInterrupted); the study stays for a later resume. */
  interrupt(): void {
    this.failed = true;
    this.abort?.(new RunInterrupted());
  }

  /** Closes the connections; after a successful study, ends its announcement and lets its keys expire. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    const { connection, study } = this;
    if (!this.failed && connection !== undefined && study !== undefined)
      await retire(connection.redis, study, STUDY_TTL_SEC).catch(() => undefined);
    // After Redis is lost BullMQ's close may never settle, and with no socket or timer left Node would end the
    // process with exit code 13 before the command's own exit code is set; each close gets a bounded wait.
    await settleWithin(this.queueEvents?.close(), CLOSE_WAIT_MS);
    await settleWithin(this.queue?.close(), CLOSE_WAIT_MS);
    await settleWithin(this.events?.close(), CLOSE_WAIT_MS);
    await settleWithin(connection?.close(), CLOSE_WAIT_MS);
  }

  private async open(firstIds: readonly string[]): Promise<{ queue: Queue; queueEvents: QueueEvents }> {
    if (this.queue !== undefined && this.queueEvents !== undefined)
      return { queue: this.queue, queueEvents: this.queueEvents };
    const connection = (this.connection = coordinatorConnection(this.options.address));
    const events = (this.events = coordinatorConnection(this.options.address));
    const lost = Promise.race([connection.lost, events.lost]);
    void lost.then((error) => this.abort?.(error));
    await Promise.race([connection.redis.ping(), lost.then((error) => Promise.reject(error))]);
    const id = (this.study = studyId(this.options.label, firstIds));
    const name = queueName(id);
    this.queue = new Queue(name, { connection: connection.redis, prefix: KEY_PREFIX });
    this.queueEvents = new QueueEvents(name, { connection: events.redis, prefix: KEY_PREFIX });
    // Errors surface through `lost` (one line); BullMQ's own error events would otherwise print stack traces.
    this.queue.on("error", () => undefined);
    this.queueEvents.on("error", () => undefined);
    await announce(connection.redis, id);
    this.heartbeat = setInterval(() => void announce(connection.redis, id).catch(() => undefined), HEARTBEAT_MS);
    this.heartbeat.unref();
    return { queue: this.queue, queueEvents: this.queueEvents };
  }

  private async collect(blocks: readonly Block[], total: number, onDone: () => void): Promise<ReplicationResult[]> {
    const byId = new Map<string, Block[]>();
    for (const block of blocks) byId.set(block.id, [...(byId.get(block.id) ?? []), block]);
    const first = this.queue === undefined;
    const { queue, queueEvents } = await this.open([...byId.keys()]);
    const results = new Array<ReplicationResult>(total);
    const pending = new Set(byId.keys());
    return new Promise<ReplicationResult[]>((resolve, reject) => {
      let poll: ReturnType<typeof setInterval> | undefined;
      const finish = (error?: Error): void => {
        clearInterval(poll);
        queueEvents.off("completed", onCompleted);
        queueEvents.off("failed", onFailed);
        queueEvents.off("active", onActive);
        this.abort = undefined;
        if (error !== undefined) reject(error);
        else resolve(results);
      };
      this.abort = finish;
      const take = async (id: string, retryFailed: boolean): Promise<void> => {
        if (!pending.has(id)) return;
        // The state first, then the job: a job read before it completed would carry no return value yet.
        const state = await queue.getJobState(id);
        if (state !== "failed" && state !== "completed") return;
        const job = await queue.getJob(id);
        if (job === undefined || !pending.has(id)) return;
        if (state === "failed") {
          if (retryFailed) return void (await job.retry("failed").catch(() => undefined));
          const reason = job.failedReason.split("\n")[0] ?? "";
          return finish(new JobFailed(`job ${id} failed on a worker: ${reason}`, reason.startsWith("refused:")));
        }
        const values = parseExact(String(job.returnvalue));
        const slots = byId.get(id) ?? [];
        if (!Array.isArray(values) || values.length !== slots[0]?.payload.replications)
          return finish(new Error(`job ${id} returned ${Array.isArray(values) ? values.length : "no"} results`));
        pending.delete(id);
        for (const block of slots) {
          values.forEach((value, k) => (results[block.start + k] = value as ReplicationResult));
          for (let k = 0; k < values.length; k++) onDone();
        }
        if (pending.size === 0) finish();
      };
      const check = (id: string, retryFailed = false): void =>
        void take(id, retryFailed).catch((error: unknown) => finish(asUnavailable(error, this.options.address)));
      // A job taken (or finished) is a sign that a worker is there; jobs waiting long without one are not.
      const idleMs = this.options.idleWarningMs ?? DEFAULT_IDLE_WARNING_MS;
      let lastTaken = performance.now();
      let warned = false;
      const onActive = (): void => {
        lastTaken = performance.now();
        warned = false;
      };
      const checkIdle = async (): Promise<void> => {
        if (warned || pending.size === 0 || performance.now() - lastTaken < idleMs) return;
        // A long job in hand sends no events: a job running means a worker is there.
        const counts = await queue.getJobCounts("active");
        if ((counts["active"] ?? 0) > 0 || warned || pending.size === 0) return;
        warned = true;
        this.options.onIdle?.({ id: this.study ?? "", seconds: Math.round((performance.now() - lastTaken) / 1000) });
      };
      const onCompleted = ({ jobId }: { jobId: string }): void => {
        onActive();
        check(jobId);
      };
      const onFailed = ({ jobId }: { jobId: string }): void => check(jobId);
      queueEvents.on("completed", onCompleted);
      queueEvents.on("failed", onFailed);
      queueEvents.on("active", onActive);
      void (async () => {
        await queueEvents.waitUntilReady();
        // Jobs already in the queue (a coordinator started again) keep their ids and results: adding is a no-op.
        await queue.addBulk(
          [...byId.entries()].map(([id, [block]]) => ({
            name: "replications",
            data: block!.payload,
            opts: {
              jobId: id,
              attempts: JOB_ATTEMPTS,
              removeOnComplete: { age: STUDY_TTL_SEC },
              removeOnFail: { age: STUDY_TTL_SEC },
            },
          })),
        );
        const counts = await queue.getJobCounts("completed");
        if (first) this.options.onStudy?.({ id: this.study ?? "", jobs: byId.size, done: counts["completed"] ?? 0 });
        // A failure left by an earlier attempt of this study is retried once: it may have been a machine's fault.
        for (const id of byId.keys()) check(id, true);
        lastTaken = performance.now();
        poll = setInterval(
          () => {
            for (const id of [...pending].slice(0, POLL_BATCH)) check(id);
            void checkIdle().catch(() => undefined); // an outage is reported by the checks above
          },
          Math.min(POLL_MS, idleMs),
        );
      })().catch((error: unknown) => finish(asUnavailable(error, this.options.address)));
    });
  }
}

/** Waits for `promise` to settle (its outcome ignored), at most `ms` (a timer that keeps the process alive). */
async function settleWithin(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (promise === undefined) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** A Redis command that failed because the connection ended is the queue being unavailable, said in one line. */
function asUnavailable(error: unknown, address: QueueAddress): Error {
  if (error instanceof QueueUnavailable || error instanceof JobFailed || error instanceof RunInterrupted) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN/.test(message))
    return new QueueUnavailable(`lost the queue at ${address.shown} (${message.split("\n")[0]}); no result written`);
  return error instanceof Error ? error : new Error(message);
}
