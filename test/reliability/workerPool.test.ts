// A sensitivity study runs its worlds batch after batch on one WorkerPool: the workers carry over from one batch to
// the next (a fresh worker recompiles the model and re-solves its planner's curves), the results are those of one
// thread, and once no batch follows the workers stop, so nothing keeps the process alive.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { runInThisThread } from "@ccsim/runner";
import { resolveVariants } from "@ccsim/runner/effect";
import { WorkerPool } from "@ccsim/runner/node";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";

const path = fileURLToPath(new URL("../../scenarios/validation/small-centre.yaml", import.meta.url));
const scenario = Either.getOrThrow(loadScenario(readFileSync(path, "utf8"), path));
const variants = Either.getOrThrow(resolveVariants(scenario, path));
const jobs = (replications: readonly number[]) =>
  variants.slice(0, 2).flatMap((v) =>
    replications.map((replication) => ({
      params: v.params,
      changes: v.changes,
      fidelity: "interval" as const,
      seed: 7,
      replication,
    })),
  );
// The pool's live workers (private: what this test is about).
const workersOf = (pool: WorkerPool) => (pool as unknown as { workers: Worker[] }).workers;

describe("WorkerPool batches", () => {
  it("keeps its workers for a batch that follows at once, gives one thread's results, and stops them after", async () => {
    const pool = new WorkerPool(2);
    const first = await pool.execute(jobs([0, 1]), () => {});
    const after = [...workersOf(pool)];
    expect(after).toHaveLength(2);
    const second = await pool.execute(jobs([2, 3]), () => {});
    expect(workersOf(pool)).toEqual(after);
    expect(JSON.stringify([...first, ...second])).toBe(
      JSON.stringify(await runInThisThread([...jobs([0, 1]), ...jobs([2, 3])], () => {})),
    );
    // No batch follows: the workers are stopped once the event loop turns.
    await new Promise((turn) => setImmediate(turn));
    expect(workersOf(pool)).toHaveLength(0);
  });
});
