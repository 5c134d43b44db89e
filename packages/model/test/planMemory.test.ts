import { solveStaffing } from "@ccsim/erlang";
import { describe, expect, it } from "vitest";
import { DayRequirement } from "../src/DayRequirement.js";
import { Planner } from "../src/index.js";
import { flatVoice } from "./fixtures.js";

const PER_DAY = 4;

/** The requirement solved afresh (no memory): fewest agents meeting the SL target and the caps at the bin's rate. */
function solved(ratePerSec: number, patienceMeanSec: number): number {
  return solveStaffing({
    callsPerHour: Planner.binnedCallsPerHour(ratePerSec * 3600),
    ahtSec: 270,
    thresholdSec: 20,
    targetServiceLevel: 0.8,
    serviceLevelDefinition: "answered-within-threshold",
    patienceSec: patienceMeanSec,
  }).agents;
}

describe("the planner's memory (speed without changing results)", () => {
  it("a requirement curve shared between planners gives each the answer of a fresh solve, and a channel differing in patience does not share it", () => {
    const rates = [0.01, 0.05, 0.2, 0.05, 0.8, 0.011];
    const first = new Planner(flatVoice(100, 1, PER_DAY));
    rates.forEach((r) => first.requiredAgents(r));
    // A second planner of an equal channel finds the solved bins; one with other patience must not.
    const same = new Planner(flatVoice(100, 1, PER_DAY));
    const other = new Planner(flatVoice(100, 1, PER_DAY, { patienceSec: { kind: "exponential", mean: 20 } }));
    for (const r of [...rates, 0.3]) {
      expect(same.requiredAgents(r)).toBe(solved(r, 180));
      expect(other.requiredAgents(r)).toBe(solved(r, 20));
    }
    expect(solved(0.8, 20)).not.toBe(solved(0.8, 180));
  });

  it("a remembered day gives the numbers of a fresh one; other rates or another error factor are planned afresh", () => {
    const planners = [new Planner(flatVoice(100, 1, PER_DAY))];
    const memory = new DayRequirement(planners, 0.3, PER_DAY);
    // Days 0 and 2 have the same rates, day 1 others.
    const rates = [Float64Array.from([0.01, 0.02, 0.05, 0.03, 0.02, 0.04, 0.05, 0.01, 0.01, 0.02, 0.05, 0.03])];
    const fresh = (day: number, error: number): number[][] => {
      const out = [new Float64Array(PER_DAY), new Float64Array(PER_DAY), new Float64Array(PER_DAY)] as const;
      const demand = new DayRequirement(planners, 0.3, PER_DAY).fill(day, rates, Float64Array.of(error), ...out);
      return [...out.map((a) => [...a]), [demand]];
    };
    for (const [day, error] of [
      [0, 1],
      [1, 1],
      [2, 1],
      [2, 1.2],
      [0, 1.2],
      [1, 1],
    ] as const) {
      const out = [new Float64Array(PER_DAY), new Float64Array(PER_DAY), new Float64Array(PER_DAY)] as const;
      const demand = memory.fill(day, rates, Float64Array.of(error), ...out);
      expect([...out.map((a) => [...a]), [demand]]).toEqual(fresh(day, error));
    }
    // The error factor reaches the requirement (so a remembered day at another factor would be wrong).
    expect(fresh(2, 1.2)[1]).not.toEqual(fresh(2, 1)[1]);
  });
});
