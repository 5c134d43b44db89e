/**
 * A run that shows results early: the first replication of every variant is queued on the worker pool, then the
 * rest round by round, and after each round the runner summarises what has finished: 1 replication (first
 * charts), then 2, ... up to the full count, each time with intervals from what is there.
 */
import {
  checkScenario,
  DEFAULT_WORKLOAD_LIMITS,
  estimateWorkload,
  simulate,
  workloadProblems,
  type PreparedScenario,
  type Problem,
  type ReplicationExecutor,
  type ReplicationJob,
  type ResolvedVariant,
} from "@ccsim/runner";
import type { Provenance, ResultDocument } from "@ccsim/scenario";
import { cacheKey } from "./cacheKey.js";
import type { PlannedRun } from "./runRequest.js";
import type { WorkerPool } from "./WorkerPool.js";

export interface RunRequest extends PlannedRun {
  readonly provenance: Omit<Provenance, "replications">;
}

export interface RunCallbacks {
  /**
   * Shows a round's result; resolves once it is drawn. `fromBuild`: every replication of the round was computed
   * when the app was built (the first look of firstLook.ts), none by this page.
   */
  readonly onResult: (doc: ResultDocument, replications: number, fromBuild: boolean) => Promise<void>;
  readonly onProgress: (done: number, total: number) => void;
  /** The variants as resolved for the run (an `auto` start sized by the planner), before any replication. */
  readonly onPrepared?: (variants: readonly ResolvedVariant[]) => void;
  /** Whether a newer run has replaced this one (its results are then not shown). */
  readonly superseded: () => boolean;
}

/** Queues replication `r` of every variant on the pool (or finds it in its cache). */
function queueRound(
  pool: WorkerPool,
  request: PlannedRun,
  variants: readonly ResolvedVariant[],
  r: number,
): Promise<unknown>[] {
  const key = cacheKey(request);
  const { seed, fidelity } = request.scenario;
  return variants.map((v, i) =>
    pool.run(key(i, r), {
      params: v.params,
      changes: v.changes,
      fidelity,
      seed,
      replication: r,
    } satisfies ReplicationJob),
  );
}

/**
 * The planned scenario checked and its variants resolved by the library entry (the CLI's path too), then held to
 * the model's agent ceiling, as the CLI's workload check does before anything runs: past it (a salary lever set to
 * 0, so nearly every hire quits in training and the start holds millions of trainees) the workers filled their
 * memory until the run failed with "Array buffer allocation failed". The CLI's other limits (agent-days, memory
 * of several threads) are for long unattended runs; the trainer sees the progress and can cancel.
 */
async function prepare(
  request: PlannedRun,
): Promise<({ ok: true } & PreparedScenario) | { ok: false; problems: readonly Problem[] }> {
  const prepared = await checkScenario({ scenario: request.scenario, file: request.fileName });
  if (!prepared.ok) return prepared;
  const { fidelity } = request.scenario;
  const estimate = estimateWorkload(prepared.variants.map((v) => ({ params: v.params, fidelity })));
  const over = workloadProblems(estimate, 1, AGENT_CEILING_ONLY);
  if (over.length === 0) return prepared;
  const message = `this run is too large: ${over.join("; ")}`;
  return { ok: false, problems: [{ file: request.fileName, line: 1, column: 1, path: "", message }] };
}

const AGENT_CEILING_ONLY = {
  ...DEFAULT_WORKLOAD_LIMITS,
  maxAgentDays: Infinity,
  maxContacts: Infinity,
  maxIntervals: Infinity,
  maxBytes: Infinity,
};

/** Queues the first replication of every variant ahead of the run that will want it (see prefetch in main.ts). */
export async function queueFirstRound(pool: WorkerPool, request: PlannedRun): Promise<void> {
  const prepared = await prepare(request);
  if (prepared.ok) for (const p of queueRound(pool, request, prepared.variants, 0)) p.catch(() => undefined);
}

/** Runs the request to its full replication count, reporting after each round; the problems when it is invalid. */
export async function progressiveRun(
  pool: WorkerPool,
  request: RunRequest,
  callbacks: RunCallbacks,
): Promise<readonly Problem[]> {
  const prepared = await prepare(request);
  if (!prepared.ok) return prepared.problems;
  performance.mark("ccsim-resolved");
  callbacks.onPrepared?.(prepared.variants);
  const { replications } = request.scenario;
  const key = cacheKey(request);
  const total = prepared.variants.length * replications;
  let done = 0;
  const queue = (r: number): void => {
    for (const promise of queueRound(pool, request, prepared.variants, r)) {
      promise.then(
        () => {
          if (!callbacks.superseded()) callbacks.onProgress(++done, total);
        },
        () => undefined,
      );
    }
  };
  queue(0);
  for (let k = 1; k <= replications; k++) {
    // The executor only reads the pool's cache: each job was queued before, or finished in an earlier run.
    const execute: ReplicationExecutor = (jobs) =>
      Promise.all(jobs.map((job, i) => pool.run(key(Math.floor(i / k), job.replication), job)));
    const outcome = await simulate(prepared, { replications: k, execute, provenance: request.provenance });
    if (!outcome.ok) return outcome.problems;
    if (callbacks.superseded()) return [];
    const fromBuild = k === 1 && prepared.variants.every((_, i) => pool.fromBuild(key(i, 0)));
    const shown = callbacks.onResult(outcome.result, k, fromBuild);
    if (k > 1) continue;
    // NOTE: the other rounds are queued once the first charts are drawn, so on a small machine the workers do
    // not take the cores the charts need; the whole run is later by the drawing time, the first charts sooner.
    await shown;
    if (callbacks.superseded()) return [];
    for (let r = 1; r < replications; r++) queue(r);
  }
  return [];
}
