import { solveStaffing } from "@ccsim/erlang";
import { describe, expect, it } from "vitest";
import { DayRequirement } from "../src/DayRequirement.js";
import { quantise } from "../src/PlannedHandleTime.js";
import { PlannedHandleTime, Planner, simulateCentre, type CentreParams } from "../src/index.js";
import { flatVoice } from "./fixtures.js";
import { centreWithPeople, neutralPeople } from "./people/peopleFixture.js";

const PER_DAY = 4;

describe("the planner's handle time (operations.plannedHandleTime)", () => {
  it("observed: starts at the starting multiplier, averages the trailing window, publishes 0.5% steps; proficient stays 1", () => {
    const observed = new PlannedHandleTime("observed", 4);
    observed.start(1.2);
    expect(observed.multiplier).toBe(quantise(1.2));
    expect(Math.abs(observed.multiplier / 1.2 - 1)).toBeLessThanOrEqual(0.0025);
    // Two days at 1.0 in a 4-day window of 1.2: the mean is 1.1.
    observed.observe(1);
    observed.observe(1);
    expect(observed.multiplier).toBe(quantise(1.1));
    // A day with nobody on the phones is no observation.
    observed.observe(NaN);
    expect(observed.multiplier).toBe(quantise(1.1));
    observed.observe(1);
    observed.observe(1);
    expect(observed.multiplier).toBe(1);
    const proficient = new PlannedHandleTime("proficient", 4);
    proficient.start(1.2);
    proficient.observe(1.3);
    expect(proficient.multiplier).toBe(1);
    expect(quantise(1.001)).toBe(1);
    expect(quantise(1.004)).toBeCloseTo(1.005, 12);
  });

  it("a dated change of mode or window: the same ones change nothing, a new window holds what it would have held from the start", () => {
    const days = [1.3, 1.25, 1.2, 1.1, 1.05, 1.02, 1];
    const kept = (window: number) => {
      const p = new PlannedHandleTime("observed", window);
      p.start(1.4);
      return p;
    };
    for (const [from, to] of [
      [28, 3],
      [3, 28],
      [4, 4],
    ] as const) {
      const changed = kept(from),
        reference = kept(to);
      days.forEach((m, day) => {
        if (day === 4) changed.configure("observed", to);
        changed.observe(m);
        reference.observe(m);
        if (day >= 4) expect(changed.multiplier).toBe(reference.multiplier);
      });
    }
    // Proficient from a date: 1; back to observed: the days seen meanwhile count.
    const switching = kept(3),
      observed = kept(3);
    days.forEach((m, day) => {
      if (day === 2) switching.configure("proficient", 3);
      if (day === 5) switching.configure("observed", 3);
      switching.observe(m);
      observed.observe(m);
      expect(switching.multiplier).toBe(day >= 2 && day < 5 ? 1 : observed.multiplier);
    });
    expect(switching.mode).toBe("observed");
  });

  it("the requirement at multiplier m is the exact one at m times the handle time, and a remembered day at another m is planned afresh", () => {
    const m = quantise(1.15);
    const planner = new Planner(flatVoice(100, 1, PER_DAY));
    for (const rate of [0.02, 0.1, 0.5]) {
      const expected = solveStaffing({
        callsPerHour: Planner.binnedCallsPerHour(rate * 3600),
        ahtSec: 270 * m,
        thresholdSec: 20,
        targetServiceLevel: 0.8,
        serviceLevelDefinition: "answered-within-threshold",
        patienceSec: 180,
      }).agents;
      expect(planner.requiredAgents(rate, 0, m)).toBe(expected);
    }
    expect(planner.requiredAgents(0.5, 0, m)).toBeGreaterThan(planner.requiredAgents(0.5, 0));
    const rates = [Float64Array.from([0.1, 0.2, 0.5, 0.3])];
    const plan = (memory: DayRequirement, multiplier: number): number[] => {
      const out = [new Float64Array(PER_DAY), new Float64Array(PER_DAY), new Float64Array(PER_DAY)] as const;
      memory.fill(0, rates, Float64Array.of(1), ...out, multiplier);
      return [...out[1]];
    };
    const memory = new DayRequirement([planner], 0.3, PER_DAY);
    const atOne = plan(memory, 1);
    const atM = plan(memory, m);
    expect(atM).toEqual(plan(new DayRequirement([planner], 0.3, PER_DAY), m));
    expect(atM).not.toEqual(atOne);
  });

  it("plans for the workforce as it performs: more required hours while half the start is ramping up, none when all are proficient", () => {
    const centre = (nesting: number, mode: "observed" | "proficient"): CentreParams => {
      const c = centreWithPeople(40, 2, 0, (p) => neutralPeople(p, 0, { initialNesting: nesting }));
      return { ...c, operations: { ...c.operations, plannedHandleTime: mode, plannedHandleTimeWindowDays: 28 } };
    };
    const required = (params: CentreParams): number[] =>
      simulateCentre(params, "interval", 7, 0).months.map((m) => m.values["requiredAgentHours"] ?? NaN);
    // All proficient: the multiplier is 1, so the plan is the proficient one to the last digit.
    expect(required(centre(0, "observed"))).toEqual(required(centre(0, "proficient")));
    // Nesting agents start at up to 1.5 times the handle time: the observed planner asks for more hours.
    const observed = required(centre(20, "observed")),
      proficient = required(centre(20, "proficient"));
    expect(observed[0]! / proficient[0]!).toBeGreaterThan(1.03);
    expect(observed[0]! / proficient[0]!).toBeLessThan(1.5);
  });
});
