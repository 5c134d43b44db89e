import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { runScenario, type VariantResult } from "../src/index.js";
import { resolveVariants } from "../src/effect.js";

// A plain steady centre: constant demand, pay at the market wage, neutral engagement, on site, burnout out of reach
// (its threshold above the planner's occupancy cap), classes large enough that no hire waits beyond the cadence,
// engagement at its default (neutral for an agent paid the market wage), no management policy (overtime strain and
// campaigns are not neutral multipliers, and the calibration is defined at neutral ones);
// the starting workforce sized and mixed automatically, the hazards calibrated to 11% a month. The planner learns
// its time to fill (the default) and starts from the market's own (plannedTimeToFillWeeks: auto, the default), so
// the start, the policy and the market agree: before that belief existed, the learning planner moved this centre
// from 356 agents in month 1 to 377 in month 12.
const PLAIN = `
schemaVersion: 1
name: plain steady centre
seed: 1
replications: 10
fidelity: interval
calendar: { startDate: 2024-01, horizonMonths: 12 }
demand:
  voice: { monthlyVolume: 400000, handleTimeSec: 300 }
operations:
  initialHeadcount: auto
recruiting: { baseApplicantsPerVacancyWeek: 1 }
training: { maxClassSize: 40, trainerCapacity: 4 }
attrition: { calibrateToMonthlyAttrition: 0.11 }
burnout: { occupancyThreshold: 0.95 }
management:
  overtime: { enabled: false }
  payReview: { enabled: false }
  recruitingEffort: { enabled: false }
  outsourcing: { enabled: false }
`;

describe("a plain steady centre started in its steady state (initialHeadcount: auto)", async () => {
  const scenario = loadScenario(PLAIN, "plain.yaml");
  if (Either.isLeft(scenario)) throw new Error(scenario.left.format());
  const variants = resolveVariants(scenario.right, "plain.yaml");
  if (Either.isLeft(variants)) throw new Error(variants.left.format());
  const run = await runScenario(scenario.right, variants.right);
  const v = run.variants[0]!;

  it("realises its calibrated monthly attrition within 0.5 points, the target inside the 95% interval", () => {
    const e = v.overall["monthlyAttrition"]!;
    expect(Math.abs(e.mean - 0.11), `${e.mean} +- ${e.halfWidth}`).toBeLessThanOrEqual(0.005);
    expect(Math.abs(e.mean - 0.11)).toBeLessThanOrEqual(e.halfWidth);
  });

  it("at market pay with neutral engagement shows an eNPS inside the reported contact-centre band (-20..+30)", () => {
    expect(v.overall["enps"]!.mean).toBeGreaterThan(-20);
    expect(v.overall["enps"]!.mean).toBeLessThan(30);
  });

  it("learns its time to fill by default and reports the planner's value in every month", () => {
    expect(scenario.right.recruiting.learnTimeToFill).toBe(true);
    for (const m of v.months) expect(Number.isFinite(m.kpis["plannedTimeToFillDays"]?.mean)).toBe(true);
  });

  // Eight KPIs are compared at once, so each at 99% (the family's false-alarm rate about 8%, Bonferroni): the
  // reported 95% half-widths are widened by the ratio of Student's t quantiles, or a KPI may be within 2% of its
  // month-1 level (over 40 replications the head count eased by 0.6-1.4% in the second half of the year with either
  // set of quit draws, daily or by inversion: a drift of the hiring policy, not of the start). The test still fails
  // on the drift it guards against: the learning planner that started from a fixed belief moved headcount 356 ->
  // 377 (6%), and a lead time without the wait for a class start settled 8.5 agents (2%) below the start.
  it("has no transient: month 1 and month 12 agree within their 99% intervals, or 2%", () => {
    expectNoTransient(v, scenario.right.replications);
  });
});

// The same centre with a planner that forecasts handle time from the last 28 days (operations.plannedHandleTime):
// its window starts at the starting workforce's multiplier and the auto start is sized at it, so it starts at plan.
describe("the plain steady centre with the observed planned handle time", async () => {
  const text = PLAIN.replace("  initialHeadcount: auto", "  initialHeadcount: auto\n  plannedHandleTime: observed");
  const scenario = loadScenario(text, "plain.yaml");
  if (Either.isLeft(scenario)) throw new Error(scenario.left.format());
  const variants = resolveVariants(scenario.right, "plain.yaml");
  if (Either.isLeft(variants)) throw new Error(variants.left.format());
  const run = await runScenario(scenario.right, variants.right);
  const v = run.variants[0]!;

  it("plans for a workforce slower than proficient and has no transient: month 1 and month 12 agree", () => {
    expect(scenario.right.operations.plannedHandleTime).toBe("observed");
    expect(v.months[0]!.kpis["meanHandleTimeMultiplier"]!.mean).toBeGreaterThan(1.01);
    expectNoTransient(v, scenario.right.replications);
  });
});

function expectNoTransient(v: VariantResult, replications: number): void {
  const df = replications - 1;
  const widen = tQuantile(0.995, df) / tQuantile(0.975, df);
  for (const kpi of [
    "monthlyAttrition",
    "headcount",
    "headcountTraining",
    "meanHandleTimeMultiplier",
    "tenureShareHalfToTwoYears",
    "plannedTimeToFillDays",
    "timeToFillDays",
    "openVacancies",
  ]) {
    const first = v.months[0]!.kpis[kpi]!,
      last = v.months[11]!.kpis[kpi]!;
    expect(
      Math.abs(first.mean - last.mean),
      `${kpi}: ${first.mean} +- ${first.halfWidth} vs ${last.mean} +- ${last.halfWidth}`,
    ).toBeLessThanOrEqual(Math.max(widen * Math.hypot(first.halfWidth, last.halfWidth), 0.02 * Math.abs(first.mean)));
  }
}
