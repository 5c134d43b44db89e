// The capacity plan's classes are read back from the agents: every trainee who starts a class was hired in the run
// (or started in training), classes start within the run, and a class is no larger than the configured maximum.
import { describe, expect, it } from "vitest";
import { simulate } from "../src/index.js";
import { capacityRows } from "../src/plannerExports.js";

describe("capacity plan of a scenario with the people layer", async () => {
  const outcome = await simulate(
    { path: "scenarios/teaching/onboarding-and-ramp-up.yaml" },
    { replications: 2, fidelity: "interval", seed: 3 },
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const { scenario, run } = outcome;
  const baseline = run.variants[0]!;
  const rows = capacityRows(scenario, baseline);

  it("has a row per reported month with FTE required, available and rostered", () => {
    expect(rows.map((r) => r.month)).toEqual(baseline.months.map((m) => m.month));
    for (const r of rows) {
      expect(r.fteRequired).toBeGreaterThan(0);
      expect(r.fteAvailable).toBeGreaterThan(0);
      expect(r.fteRostered).toBeGreaterThan(0);
    }
  });

  it("counts classes and their trainees: no more trainees than hires over the run, classes within their size", () => {
    const trainees = rows.reduce((a, r) => a + r.classTrainees, 0);
    const classes = rows.reduce((a, r) => a + r.classStarts, 0);
    const hires = rows.reduce((a, r) => a + r.hires, 0);
    expect(classes).toBeGreaterThan(0);
    expect(trainees).toBeGreaterThan(0);
    expect(trainees).toBeLessThanOrEqual(hires + 1e-9);
    expect(trainees / classes).toBeLessThanOrEqual(scenario.training.maxClassSize);
  });
});
