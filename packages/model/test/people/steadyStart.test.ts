import { describe, expect, it } from "vitest";
import {
  DAYS_PER_MONTH,
  referencePath,
  simulateCentre,
  steadyStateMix,
  steadyStateMonthlyAttrition,
  SteadyStateTenure,
  type CentreParams,
  type MonthKpis,
} from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

/** Mean and 99% Student-t half-width of replication values (t quantile for 8 replications). */
function ci99(values: readonly number[]): { mean: number; half: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  return { mean, half: (3.4995 * sd) / Math.sqrt(values.length) };
}

/**
 * A centre with the reference hazard shape (scaled), 3 weeks of training on a 2-week cadence, 4 weeks of nesting,
 * neutral multipliers, hiring a constant Poisson stream, started in the steady state of that stream: the expected
 * workforce is hires per day x expected days employed per hire, split by the stationary stage shares.
 */
function steadyCentre(hiresPerDay: number, months: number): CentreParams {
  const factor = 3.2;
  const params = centreWithPeople(0, months, 0, (c) =>
    neutralPeople(c, 0, {
      recruiting: { policy: { kind: "fixed-rate", hiresPerDay } },
      training: {
        trainingDays: 21,
        classCadenceDays: 14,
        minClassSize: 1,
        maxClassSize: 1000,
        trainerCapacity: 10,
        dropoutHazardPerDay: 0.026 / 7,
        earlyHazardMultiplier: 1,
        earlyDays: 0,
      },
      attrition: {
        nestingHazardPerDay: (factor * 0.0181) / 7,
        earlyHazardPerDay: (factor * 0.0103) / 7,
        firstYearHazardPerDay: (factor * 0.035) / DAYS_PER_MONTH,
        tenuredHazardPerDay: (factor * 0.02) / DAYS_PER_MONTH,
      },
    }),
  );
  const p = params.people!;
  const total = hiresPerDay * new SteadyStateTenure(referencePath(p, false)).meanDaysPerHire();
  const mix = steadyStateMix(p, 0);
  return {
    ...params,
    workforce: { ...params.workforce, initialAgents: Math.round(total * mix.proficient) },
    people: {
      ...p,
      initialTraining: Math.round(total * mix.training),
      initialNesting: Math.round(total * mix.nesting),
    },
  };
}

const KPIS = [
  "headcount",
  "headcountTraining",
  "monthlyAttrition",
  "meanHandleTimeMultiplier",
  "tenureShareHalfToTwoYears",
] as const;

describe("the steady-state start", () => {
  const params = steadyCentre(2, 12);
  const runs: MonthKpis[][] = Array.from({ length: 8 }, (_, r) => [
    ...simulateCentre(params, "interval", 11, r).months,
  ]);

  it("has no transient: month 1 and month 12 agree within their 99% intervals", () => {
    for (const kpi of KPIS) {
      const first = ci99(runs.map((m) => m[0]!.values[kpi]!));
      const last = ci99(runs.map((m) => m[11]!.values[kpi]!));
      expect(
        Math.abs(first.mean - last.mean),
        `${kpi}: month 1 ${first.mean} +- ${first.half}, month 12 ${last.mean} +- ${last.half}`,
      ).toBeLessThanOrEqual(Math.hypot(first.half, last.half));
    }
  });

  it("realises the steady-state monthly attrition of its hire path", () => {
    const expected = steadyStateMonthlyAttrition(referencePath(params.people!, false));
    const { mean, half } = ci99(runs.map((m) => m.reduce((s, x) => s + x.values["monthlyAttrition"]!, 0) / m.length));
    expect(Math.abs(mean - expected), `${mean} +- ${half} vs ${expected}`).toBeLessThanOrEqual(Math.max(half, 0.005));
  });
});
