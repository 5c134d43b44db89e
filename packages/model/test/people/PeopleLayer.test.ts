import { describe, expect, it } from "vitest";
import { simulateCentre, STAGE, type AgentPool, type MonthKpis } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

const DAYS_PER_MONTH = 365.25 / 12;

/** Mean and 99% Student-t half-width of replication values (t quantiles for 5 and 8 replications). */
function ci99(values: number[]): { mean: number; half: number } {
  const t = { 5: 4.6041, 8: 3.4995 }[values.length] ?? NaN;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  return { mean, half: (t * sd) / Math.sqrt(values.length) };
}

const average = (months: readonly MonthKpis[], key: string): number =>
  months.reduce((s, m) => s + m.values[key]!, 0) / months.length;

describe("workforce closed forms", () => {
  it("constant hires H/month and constant hazard h/month give mean headcount H/h", () => {
    // H = 6/month, h = 0.05/month: H/h = 120 agents (an M/M/infinity population; started at its mean).
    const hazard = 0.05 / DAYS_PER_MONTH;
    const params = centreWithPeople(120, 12, 0, (p) =>
      neutralPeople(p, hazard, { recruiting: { policy: { kind: "fixed-rate", hiresPerDay: 6 / DAYS_PER_MONTH } } }),
    );
    const means = Array.from({ length: 8 }, (_, r) =>
      average(simulateCentre(params, "interval", 3, r).months, "headcount"),
    );
    const { mean, half } = ci99(means);
    expect(Math.abs(mean - 120), `${mean} +- ${half}`).toBeLessThanOrEqual(half);
  });

  it("exponential tenure of mean m with the exponential learning curve: mean multiplier 1 + (m0 - 1) tau / (tau + m)", () => {
    // Whitt (2006) renewal argument: experience of a random agent ~ exponential(m) for exponential tenure.
    const tauDays = 30,
      mDays = 90,
      m0 = 1.5;
    const params = centreWithPeople(0, 12, 12, (p) =>
      neutralPeople(p, 1 / mDays, {
        recruiting: { policy: { kind: "fixed-rate", hiresPerDay: 1 } },
        rampUp: {
          initialHandleTimeMultiplier: m0,
          learningTimeConstantDays: tauDays,
          initialQualityRatio: 0.85,
          nestingDays: 28,
        },
      }),
    );
    const expected = 1 + ((m0 - 1) * tauDays) / (tauDays + mDays);
    const means = Array.from({ length: 5 }, (_, r) =>
      average(simulateCentre(params, "interval", 5, r).months, "meanHandleTimeMultiplier"),
    );
    const { mean, half } = ci99(means);
    expect(Math.abs(mean - expected), `${mean} +- ${half} vs ${expected}`).toBeLessThanOrEqual(half);
  });

  it("flows balance: starting agents + hires = in training + nesting + proficient + left", () => {
    let check: { added: number; inStages: number } | undefined;
    const hazard = 0.04 / DAYS_PER_MONTH;
    const params = centreWithPeople(80, 6, 0, (p) =>
      neutralPeople(p, hazard, {
        recruiting: { policy: { kind: "fixed-rate", hiresPerDay: 0.3 } },
        training: {
          trainingDays: 21,
          classCadenceDays: 7,
          minClassSize: 1,
          maxClassSize: 20,
          trainerCapacity: 2,
          dropoutHazardPerDay: 0.004,
          earlyHazardMultiplier: 1,
          earlyDays: 0,
        },
      }),
    );
    const run = simulateCentre(params, "interval", 1, 0, {
      onFinish: (pool: AgentPool) => {
        const stages = [STAGE.training, STAGE.nesting, STAGE.proficient, STAGE.left].map((s) => countStage(pool, s));
        check = { added: pool.count, inStages: stages.reduce((a, b) => a + b, 0) };
      },
    });
    const hires = run.months.reduce((s, m) => s + m.values.hiresPerMonth!, 0);
    expect(check!.added).toBe(80 + hires);
    expect(check!.inStages).toBe(check!.added);
    expect(run.months.some((m) => m.values.headcountTraining! > 0)).toBe(true);
  });
});

function countStage(pool: AgentPool, stage: number): number {
  let n = 0;
  for (let a = 0; a < pool.count; a++) if (pool.stage[a] === stage) n++;
  return n;
}
