import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { erlangA, erlangB, erlangC, queueMetrics, solveStaffing, type QueueMetrics } from "../src/index.js";
import { referenceCases, type ReferenceFigures } from "./reference/referenceCases.js";

// The reference table (test/reference/erlang-cases.json; provenance in README.md there) is reproduced to 1e-9 by an
// independent birth-death oracle (oracle.test.ts), so a match here is a match with two other methods.
function expectClose(actual: number, expected: number, label: string): void {
  const error = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12);
  expect(error, `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-6);
}

function compare(m: QueueMetrics, ref: ReferenceFigures, label: string): void {
  expectClose(m.pWait, ref.p_wait, `${label} p_wait`);
  expectClose(m.pAbandon, ref.p_aband, `${label} p_aband`);
  expectClose(m.serviceLevel["answered-within-threshold"], ref.sl_ans, `${label} sl_ans`);
  expectClose(m.serviceLevel["waited-within-threshold"], ref.sl_wait, `${label} sl_wait`);
  expectClose(m.serviceLevel["excluding-short-abandons"], ref.sl_excl, `${label} sl_excl`);
  expectClose(m.asaAnsweredSec, ref.asa_ans, `${label} asa_ans`);
  expectClose(m.meanWaitAllSec, ref.ew_all, `${label} ew_all`);
  expectClose(m.occupancy, ref.occ, `${label} occ`);
  if (ref.p_ab_given_wait !== undefined)
    expectClose(m.pAbandonGivenWait, ref.p_ab_given_wait, `${label} p_ab_given_wait`);
}

describe.each(referenceCases)("reference case $case", (c) => {
  const input = { callsPerHour: c.lam_per_hour, ahtSec: c.aht_s, agents: c.n, thresholdSec: c.t_s };

  it("Erlang C matches every field to 1e-6, or is unstable where the reference has none", () => {
    const result = erlangC(input);
    if (c.erlang_c === null) {
      expect(result.stable).toBe(false);
      expect(result).not.toHaveProperty("pWait");
    } else {
      if (!result.stable) throw new Error("expected a stable Erlang C");
      compare(result, c.erlang_c, c.case);
    }
  });

  it.runIf(c.erlang_a !== null)("Erlang A matches every field to 1e-6", () => {
    compare(erlangA({ ...input, patienceSec: c.patience_s! }), c.erlang_a!, c.case);
    const dispatched = queueMetrics({ ...input, patienceSec: c.patience_s! });
    if (!dispatched.stable) throw new Error("Erlang A is always stable");
    compare(dispatched, c.erlang_a!, `${c.case} via queueMetrics`);
  });
});

describe("erlangB", () => {
  it("reproduces classical table values", () => {
    expect(erlangB(5, 2)).toBeCloseTo(0.0367, 4);
    expect(erlangB(14, 10)).toBeCloseTo(0.0568, 4);
    expect(erlangB(10, 5)).toBeCloseTo(0.0184, 4);
    expect(erlangB(0, 3)).toBe(1);
  });

  it("matches the recursion E_B(k) = A E_B(k-1) / (k + A E_B(k-1)) to rounding, from light load to overload", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.double({ min: 0.01, max: 2, noNaN: true }), (agents, rho) => {
        const load = agents * rho;
        let recursion = 1;
        for (let k = 1; k <= agents; k++) recursion = (load * recursion) / (k + load * recursion);
        return Math.abs(erlangB(agents, load) - recursion) <= 1e-12 * recursion + 1e-300;
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("erlangB far above the load (Loader's Poisson probability and the upper tail)", () => {
  // E_B(n, A) = P(N = n) / P(N <= n), N ~ Poisson(A), worked out with mpmath 1.3.0 at 40 significant digits
  // (loggamma and the regularised incomplete gamma); the last two lie where the old series took hundreds of steps.
  it.each([
    [16, 5.5, 1.3695921037800609e-4],
    [100, 60, 6.1298923348275201e-7],
    [300, 240.5, 2.5173252643658706e-5],
    [2500, 2300.25, 1.7371339975087656e-6],
    [237, 84, 1.2568160288594729e-42],
    [1000, 500, 1.6524151277513418e-86],
  ])("E_B(%i, %f) to 1e-13 of the 40-digit value", (agents, load, expected) => {
    expect(Math.abs(erlangB(agents, load) - expected) / expected).toBeLessThan(1e-13);
  });
});

describe("numerical range", () => {
  it.each([4900, 5200, 6000])("stays finite for 5,000 agents at %i Erlangs", (load) => {
    const m = erlangA({
      callsPerHour: (load * 3600) / 300,
      ahtSec: 300,
      agents: 5000,
      thresholdSec: 20,
      patienceSec: 180,
    });
    for (const value of [
      m.pWait,
      m.pAbandon,
      m.serviceLevel["answered-within-threshold"],
      m.serviceLevel["waited-within-threshold"],
      m.occupancy,
    ]) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(Number.isFinite(m.asaAnsweredSec)).toBe(true);
  });

  it("tends to the fluid limit 1 - n/A under heavy overload", () => {
    const m = erlangA({
      callsPerHour: (6000 * 3600) / 300,
      ahtSec: 300,
      agents: 5000,
      thresholdSec: 20,
      patienceSec: 180,
    });
    expect(m.pAbandon).toBeCloseTo(1 - 5000 / 6000, 3);
  });

  it("handles 3,000 agents with near-infinite patience", () => {
    const r = queueMetrics({
      callsPerHour: (2950 * 3600) / 300,
      ahtSec: 300,
      agents: 3000,
      thresholdSec: 20,
      patienceSec: 1e9,
    });
    const c = erlangC({ callsPerHour: (2950 * 3600) / 300, ahtSec: 300, agents: 3000, thresholdSec: 20 });
    if (!r.stable || !c.stable) throw new Error("stable expected");
    expect(r.pWait).toBeCloseTo(c.pWait, 6);
    expect(Number.isFinite(r.asaAnsweredSec)).toBe(true);
  });

  it("never returns a negative service level under extreme overload (rounding is clamped)", () => {
    const m = erlangA({
      callsPerHour: 19867.333862346306,
      ahtSec: 199.70943284798153,
      patienceSec: 11.890240330697022,
      thresholdSec: 0,
      agents: 1,
    });
    expect(m.serviceLevel["answered-within-threshold"]).toBeGreaterThanOrEqual(0);
    for (let agents = 1; agents < 40; agents++) {
      expect(
        erlangA({ callsPerHour: 3000, ahtSec: 600, patienceSec: 30, thresholdSec: 0, agents }).serviceLevel[
          "answered-within-threshold"
        ],
      ).toBeGreaterThanOrEqual(0);
    }
  });

  it("gives sane values at zero load and with no agents", () => {
    const idle = erlangA({ callsPerHour: 0, ahtSec: 300, agents: 10, thresholdSec: 20, patienceSec: 120 });
    expect(idle).toMatchObject({ pWait: 0, pAbandon: 0, occupancy: 0 });
    expect(idle.serviceLevel["answered-within-threshold"]).toBe(1);
    const empty = erlangA({ callsPerHour: 100, ahtSec: 300, agents: 0, thresholdSec: 20, patienceSec: 120 });
    expect(empty).toMatchObject({ pWait: 1, pAbandon: 1, occupancy: 0 });
    expect(empty.serviceLevel["answered-within-threshold"]).toBe(0);
    expect(empty.serviceLevel["waited-within-threshold"]).toBeCloseTo(1 - Math.exp(-20 / 120), 12);
  });

  it("rejects impossible inputs as defects", () => {
    expect(() => erlangA({ callsPerHour: -1, ahtSec: 300, agents: 10, thresholdSec: 20, patienceSec: 120 })).toThrow(
      RangeError,
    );
    expect(() => erlangC({ callsPerHour: 10, ahtSec: Number.NaN, agents: 10, thresholdSec: 20 })).toThrow(RangeError);
    expect(() => erlangC({ callsPerHour: 10, ahtSec: 300, agents: 2.5, thresholdSec: 20 })).toThrow(RangeError);
  });
});

describe("properties", () => {
  const arbitrary = fc.record({
    callsPerHour: fc.double({ min: 1, max: 20_000, noNaN: true }),
    ahtSec: fc.double({ min: 30, max: 900, noNaN: true }),
    patienceSec: fc.double({ min: 10, max: 1_000, noNaN: true }),
    thresholdSec: fc.double({ min: 0, max: 120, noNaN: true }),
    agents: fc.integer({ min: 1, max: 1_500 }),
  });

  it("more agents: less waiting and abandonment, higher service level", () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const a = erlangA(input);
        const b = erlangA({ ...input, agents: input.agents + 1 });
        const slack = 1e-9;
        return (
          b.pWait <= a.pWait + slack &&
          b.pAbandon <= a.pAbandon + slack &&
          b.serviceLevel["answered-within-threshold"] >= a.serviceLevel["answered-within-threshold"] - slack
        );
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("answered-within-threshold is the strictest service-level definition; everything is a probability", () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const m = erlangA(input);
        const sl = m.serviceLevel;
        // Tolerance: 1 - P(Ab) - P(answered late) cancels to ~1e-15 under extreme overload.
        const rounding = 1e-9;
        const inUnit = [
          m.pWait,
          m.pAbandon,
          m.pAbandonGivenWait,
          sl["answered-within-threshold"],
          sl["waited-within-threshold"],
          sl["excluding-short-abandons"],
          m.occupancy,
        ].every((x) => x >= -rounding && x <= 1 + rounding);
        return (
          inUnit &&
          sl["answered-within-threshold"] <= sl["waited-within-threshold"] + rounding &&
          sl["answered-within-threshold"] <= sl["excluding-short-abandons"] + rounding
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("abandonment vanishes as patience grows", () => {
    const base = { callsPerHour: 600, ahtSec: 270, agents: 50, thresholdSec: 20 };
    const pAbandon = [60, 600, 6_000, 60_000, 600_000].map((patienceSec) => erlangA({ ...base, patienceSec }).pAbandon);
    for (let i = 1; i < pAbandon.length; i++) expect(pAbandon[i]!).toBeLessThan(pAbandon[i - 1]!);
    expect(pAbandon[pAbandon.length - 1]!).toBeLessThan(1e-4);
  });
});

describe("solveStaffing", () => {
  // Reference note section 1.5: 80/20 with AHT 300 s, service level = answered within 20 s / offered, no caps.
  const loads = [5, 10, 50, 100, 500, 1000, 3000];
  it.each(loads.map((load, i) => [load, [8, 14, 57, 108, 513, 1015, 3018][i]!]))(
    "Erlang C at %i Erlangs needs %i agents",
    (load, agents) => {
      const r = solveStaffing({
        callsPerHour: (load * 3600) / 300,
        ahtSec: 300,
        thresholdSec: 20,
        targetServiceLevel: 0.8,
      });
      expect(r.agents).toBe(agents);
      expect(r.bindingConstraint).toBe("service-level");
    },
  );

  it.each(loads.map((load, i) => [load, [7, 13, 52, 100, 475, 936, 2760][i]!]))(
    "Erlang A (patience 180 s) at %i Erlangs needs %i agents",
    (load, agents) => {
      const r = solveStaffing({
        callsPerHour: (load * 3600) / 300,
        ahtSec: 300,
        thresholdSec: 20,
        targetServiceLevel: 0.8,
        patienceSec: 180,
      });
      expect(r.agents).toBe(agents);
    },
  );

  it("caps on abandonment and occupancy raise large-centre staffing and name the binding constraint", () => {
    const input = {
      callsPerHour: (1000 * 3600) / 300,
      ahtSec: 300,
      thresholdSec: 20,
      targetServiceLevel: 0.8,
      patienceSec: 180,
    };
    const uncapped = solveStaffing(input);
    const capped = solveStaffing({ ...input, maxAbandon: 0.03, maxOccupancy: 0.9 });
    expect(capped.agents).toBeGreaterThan(uncapped.agents);
    expect(capped.bindingConstraint).toBe("occupancy");
    expect(capped.metrics.occupancy).toBeLessThanOrEqual(0.9);
    const oneLess = erlangA({ ...input, agents: capped.agents - 1 });
    expect(oneLess.occupancy).toBeGreaterThan(0.9);
  });

  it("n meets every constraint and n - 1 fails one", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 3_000, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.double({ min: 0.01, max: 0.1, noNaN: true }),
        fc.double({ min: 0.7, max: 0.97, noNaN: true }),
        (load, target, maxAbandon, maxOccupancy) => {
          const input = {
            callsPerHour: (load * 3600) / 240,
            ahtSec: 240,
            thresholdSec: 20,
            targetServiceLevel: target,
            patienceSec: 150,
            maxAbandon,
            maxOccupancy,
          };
          const r = solveStaffing(input);
          const meets = (m: QueueMetrics): boolean =>
            m.serviceLevel["answered-within-threshold"] >= target &&
            m.pAbandon <= maxAbandon &&
            m.occupancy <= maxOccupancy;
          return meets(r.metrics) && (r.agents === 1 || !meets(erlangA({ ...input, agents: r.agents - 1 })));
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it("a hint changes the search, never the answer", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2_000, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.boolean(),
        (load, hintPerErlang, caps) => {
          const noPatience = {
            callsPerHour: (load * 3600) / 240,
            ahtSec: 240,
            thresholdSec: 20,
            targetServiceLevel: 0.8,
            ...(caps ? { maxAbandon: 0.05, maxOccupancy: 0.9 } : {}),
          };
          return [noPatience, { ...noPatience, patienceSec: 150 }].every((input) => {
            const plain = solveStaffing(input);
            const hinted = solveStaffing({ ...input, hintAgents: load * hintPerErlang });
            return hinted.agents === plain.agents && hinted.bindingConstraint === plain.bindingConstraint;
          });
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });

  it("grosses up for shrinkage without rounding", () => {
    const r = solveStaffing({
      callsPerHour: 600,
      ahtSec: 270,
      thresholdSec: 20,
      targetServiceLevel: 0.8,
      shrinkage: 0.3,
    });
    expect(r.scheduledAgents).toBeCloseTo(r.agents / 0.7, 12);
  });
});
