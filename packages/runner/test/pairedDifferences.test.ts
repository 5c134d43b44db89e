import { describe, expect, it } from "vitest";
import { estimate } from "../src/Estimate.js";
import { pairedDifferences } from "../src/pairedDifferences.js";
import type { ScenarioRun, VariantResult } from "../src/runScenario.js";

/** A variant whose only KPI is an overall share (run-level), one value per replication. */
function variant(name: string, shares: readonly number[]): VariantResult {
  return {
    name,
    months: [],
    overall: { hireSurvival365d: estimate(shares) },
    replications: shares.map(() => []),
    runs: shares.map((x) => ({ hireSurvival365d: x })),
    hireSurvival: [],
  };
}

describe("paired differences", () => {
  it("a share's difference at two replications is not shown beyond -100 to +100 points", () => {
    // Differences +0.9 and -0.8: mean 0.05, t(1) x SE = 12.7 x 0.85 = 10.8, so the raw interval is about [-10.7, +10.8].
    const run: ScenarioRun = {
      seed: 1,
      replications: 2,
      fidelity: "interval",
      variants: [variant("baseline", [0.05, 0.9]), variant("other", [0.95, 0.1])],
    };
    const d = pairedDifferences(run)[0]?.overall[0]?.difference;
    expect(d?.mean).toBeCloseTo(0.05, 12);
    expect(d?.ciLow).toBe(-1);
    expect(d?.ciHigh).toBe(1);
  });

  it("an unbounded KPI's interval is left as computed", () => {
    const cost = (name: string, xs: readonly number[]): VariantResult => ({
      ...variant(name, xs),
      overall: { costPerContact: estimate(xs) },
      runs: xs.map((x) => ({ costPerContact: x })),
    });
    const run: ScenarioRun = {
      seed: 1,
      replications: 2,
      fidelity: "interval",
      variants: [cost("baseline", [100, 200]), cost("other", [300, 100])],
    };
    const d = pairedDifferences(run)[0]?.overall[0]?.difference;
    expect(d?.ciLow).toBeLessThan(-1000);
    expect(d?.ciHigh).toBeGreaterThan(1000);
  });
});
