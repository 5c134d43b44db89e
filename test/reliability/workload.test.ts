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

  it("refuses at once a start that quits make too large (a salary typed as 0), naming quits rather than the volume", () => {
    const path = fileURLToPath(new URL("../../scenarios/teaching/pay-schemes.yaml", import.meta.url));
    const text = readFileSync(path, "utf8").replace("salaryPerMonth: 55000", "salaryPerMonth: 0");
    const scenario = Either.getOrThrow(loadScenario(text, path));
    const started = Date.now();
    // Before, compiling the `auto` start seeded its millions of trainees to find their handle-time multiplier:
    // minutes and gigabytes, then "Array buffer allocation failed".
    const variants = Either.getOrThrow(resolveVariants(scenario, path));
    expect(Date.now() - started).toBeLessThan(20_000);
    const e = estimateWorkload(variants.map((v) => ({ params: v.params, fidelity: "interval" as const })));
    expect(e.peakAgents).toBeGreaterThan(DEFAULT_WORKLOAD_LIMITS.maxAgents);
    expect(e.startInTraining).toBeGreaterThan(0.99);
    const problems = workloadProblems(e, 2);
    // The other limits only repeat the same trainees: the agent ceiling and its cause alone.
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatch(/in training at the start, as almost no hire stays to finish training/);
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
