// Issue 18: the workload estimate errs high (so a limit on it is safe), and a replication that runs past the
// time limit is reported instead of waited on.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { estimateWorkload, runScenario, workloadProblems, DEFAULT_WORKLOAD_LIMITS } from "@ccsim/runner";
import { resolveVariants } from "@ccsim/runner/effect";
import { ReplicationTimeLimit, WorkerPool } from "@ccsim/runner/node";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";

const load = (relative: string) => {
  const path = fileURLToPath(new URL(`../../${relative}`, import.meta.url));
  const scenario = Either.getOrThrow(loadScenario(readFileSync(path, "utf8"), path));
  return { scenario, variants: Either.getOrThrow(resolveVariants(scenario, path)) };
};

describe("workload estimate", () => {
  it("is at least the largest headcount a run reaches (small-centre, every variant)", async () => {
    const { scenario, variants } = load("scenarios/validation/small-centre.yaml");
    const run = await runScenario(scenario, variants, { replications: 2, fidelity: "interval" });
    const peak = Math.max(
      ...run.variants.flatMap((v) => v.replications.flatMap((r) => r.map((m) => m.values["headcount"] ?? 0))),
    );
    expect(peak).toBeGreaterThan(0);
    const estimate = estimateWorkload(variants.map((v) => ({ params: v.params, fidelity: "interval" as const })));
    expect(estimate.peakAgents).toBeGreaterThanOrEqual(peak);
    // ... and within a small factor of it, or the limits would refuse ordinary files.
    expect(estimate.peakAgents).toBeLessThan(3 * peak);
  });

  it("keeps every shipped scenario far inside the limits at its own settings", () => {
    for (const file of ["scenarios/cases/mts-virtual-contact-centre.yaml", "scenarios/validation/small-centre.yaml"]) {
      const { scenario, variants } = load(file);
      const jobs = variants.flatMap((v) =>
        Array.from({ length: scenario.replications }, () => ({ params: v.params, fidelity: scenario.fidelity })),
      );
      const e = estimateWorkload(jobs);
      expect(workloadProblems(e, 2), file).toEqual([]);
      expect(e.agentDays * 10, file).toBeLessThan(DEFAULT_WORKLOAD_LIMITS.maxAgentDays);
    }
  });
});

describe("replication time limit", () => {
  it("stops the run with ReplicationTimeLimit naming the job when a replication runs past it", async () => {
    const { variants } = load("scenarios/cases/mts-virtual-contact-centre.yaml");
    // A 36-month contact-fidelity replication takes many seconds; 50 ms is always past the limit.
    const pool = new WorkerPool(1, 50);
    const job = {
      params: variants[0]!.params,
      changes: variants[0]!.changes,
      fidelity: "contact" as const,
      seed: 1,
      replication: 0,
    };
    const run = pool.execute([job], () => {});
    await expect(run).rejects.toBeInstanceOf(ReplicationTimeLimit);
    await expect(run).rejects.toThrow(/replication job 0 did not finish within 50 ms/);
  });
});
