import { describe, expect, it } from "vitest";
import {
  simulateCentre,
  STAGE,
  type AgentPool,
  type CentreParams,
  type MonthKpis,
  type PeopleParams,
} from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

const DAYS_PER_MONTH = 365.25 / 12;
/** Mean of a KPI over the months where it was measured (time to fill is missing in a month without fills). */
const average = (months: readonly MonthKpis[], key: string): number => {
  const measured = months.map((m) => m.values[key]!).filter((x) => !Number.isNaN(x));
  return measured.reduce((s, x) => s + x, 0) / measured.length;
};

/** Mean of a KPI over months and replications. */
function kpi(params: CentreParams, key: string, replications = 3): number {
  let total = 0;
  for (let r = 0; r < replications; r++) total += average(simulateCentre(params, "interval", 17, r).months, key);
  return total / replications;
}

/** The small centre (60 agents) hiring up to its target from the market, with realistic hazards. */
function hiringCentre(overrides: Parameters<typeof neutralPeople>[2] = {}): CentreParams {
  return centreWithPeople(60, 6, 0, (p) =>
    neutralPeople(p, 0.035 / DAYS_PER_MONTH, {
      ...overrides,
      recruiting: {
        policy: { kind: "hire-up-to", trainingLeadDays: 0, plannedTimeToFillDays: 45, targetFactor: 1 },
        ...overrides.recruiting,
      },
    }),
  );
}

describe("recruiting", () => {
  it("a lower hh.index lengthens time to fill; remote hiring shortens it", () => {
    const withIndex = (index: number, remoteShare: number): CentreParams => {
      const params = hiringCentre({ recruiting: { remoteShare } });
      const people = params.people!;
      const labourMarket = {
        ...people.labourMarket,
        hhIndexByDay: new Float64Array(people.labourMarket.hhIndexByDay.length).fill(index),
      };
      return { ...params, people: { ...people, labourMarket } };
    };
    const loose = kpi(withIndex(6, 0), "timeToFillDays");
    const tight = kpi(withIndex(2.4, 0), "timeToFillDays");
    const tightRemote = kpi(withIndex(2.4, 1), "timeToFillDays");
    expect(tight).toBeGreaterThan(loose * 1.2);
    expect(tightRemote).toBeLessThan(tight * 0.8);
    expect(kpi(withIndex(2.4, 0), "hiresPerMonth")).toBeGreaterThan(0);
  });

  it("the headcount target factor scales the hire-up-to target: a lean centre ends smaller, a buffered one larger", () => {
    const withFactor = (targetFactor: number): CentreParams =>
      hiringCentre({
        recruiting: { policy: { kind: "hire-up-to", trainingLeadDays: 0, plannedTimeToFillDays: 45, targetFactor } },
      });
    // 10 replications: the lean centre's mean is about 0.92 of the centre hired to need (0.924 and 0.925 over 20
    // replications, daily quit draws and quits by inversion), within 3 replications' noise of 0.93.
    const lean = kpi(withFactor(0.8), "headcount", 10);
    const toNeed = kpi(withFactor(1), "headcount", 10);
    const buffered = kpi(withFactor(1.2), "headcount", 10);
    expect(lean).toBeLessThan(toNeed * 0.95);
    expect(buffered).toBeGreaterThan(toNeed * 1.07);
  });
});

describe("pay and service quality", () => {
  const withPay = (pay: Partial<PeopleParams["pay"]>): CentreParams => hiringCentre({ pay: { ...pay } });

  it("a piece rate without quality in the rate lowers tNPS; tying the rate to tNPS keeps it", () => {
    const fixed = kpi(withPay({ scheme: "fixed" }), "tnps");
    const pieceRate = kpi(
      withPay({ scheme: "piece-rate", qualityWeightInRate: 0, qualityLossCoefficient: 0.3 }),
      "tnps",
    );
    const tnpsTied = kpi(
      withPay({ scheme: "piece-rate-tnps", qualityWeightInRate: 1, qualityLossCoefficient: 0.3 }),
      "tnps",
    );
    expect(pieceRate).toBeLessThan(fixed - 2);
    expect(Math.abs(tnpsTied - fixed)).toBeLessThan(Math.abs(pieceRate - fixed) / 2);
  });

  it("under piece rates the leavers are on average slower agents than the stayers (selection through earnings)", () => {
    // Faster agents (smaller speed factor) handle more contacts, earn more under a piece rate and so quit less
    // through the pay term of the hazard; under a fixed salary speed and earnings are unrelated.
    const gap = (scheme: "fixed" | "piece-rate"): { difference: number; se: number } => {
      const left: number[] = [],
        stayed: number[] = [];
      const params = centreWithPeople(200, 24, 0, (p) =>
        neutralPeople(p, 0.035 / DAYS_PER_MONTH, {
          recruiting: { policy: { kind: "fixed-rate", hiresPerDay: (200 * 0.035) / DAYS_PER_MONTH } },
          pay: { scheme, baseSalaryPerMonth: 15_000, pieceRatePerContact: 45, expectedContactsPerMonth: 900 },
          attrition: { payElasticity: -3 },
        }),
      );
      for (let r = 0; r < 3; r++) {
        simulateCentre(params, "interval", 4, r, {
          onFinish: (pool: AgentPool) => {
            for (let a = 0; a < pool.count; a++)
              (pool.stage[a] === STAGE.left ? left : stayed).push(pool.speedFactor[a]!);
          },
        });
      }
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      const variance = (xs: number[]): number => xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1);
      return {
        difference: mean(left) - mean(stayed),
        se: Math.sqrt(variance(left) / left.length + variance(stayed) / stayed.length),
      };
    };
    const piece = gap("piece-rate");
    const fixed = gap("fixed");
    expect(piece.difference / piece.se, `piece-rate gap ${piece.difference} +- ${piece.se}`).toBeGreaterThan(2.58);
    expect(piece.difference).toBeGreaterThan(fixed.difference);
  });
});

describe("attrition by cause", () => {
  it("pay at half the market wage (elasticity -1, hazard doubled) accounts for the closed-form share of leavers; neutral terms for none", () => {
    const h = 0.035 / DAYS_PER_MONTH;
    const params = centreWithPeople(200, 12, 0, (p) =>
      neutralPeople(p, h, {
        recruiting: { policy: { kind: "fixed-rate", hiresPerDay: 200 * 2 * h } },
        pay: { scheme: "fixed", salaryPerMonth: 27_500 },
        attrition: { payElasticity: -1 },
      }),
    );
    let leavers = 0,
      fromPay = 0,
      fromOther = 0;
    for (let r = 0; r < 3; r++) {
      for (const m of simulateCentre(params, "interval", 9, r).months) {
        leavers += m.values["leavers"]!;
        fromPay += m.values["leaversFromPay"]!;
        fromOther += m.values["leaversFromBurnout"]! + m.values["leaversFromDisengagement"]!;
      }
    }
    // Every agent's daily quit probability is 1 - exp(-2h), of which 1 - exp(-h) would remain at the market wage.
    const share = (Math.expm1(-h) - Math.expm1(-2 * h)) / -Math.expm1(-2 * h);
    // Leavers are (nearly) Poisson: the observed share lies within 2.58 standard errors of the closed form.
    expect(Math.abs(fromPay / leavers - share), `${fromPay} / ${leavers} vs ${share}`).toBeLessThan(
      (2.58 * share) / Math.sqrt(leavers),
    );
    expect(fromOther).toBe(0);
  });
});

describe("burnout", () => {
  it("builds at both fidelities when occupancy runs above 85%, to within 40% of each other", () => {
    // 40 agents on the small centre's demand run at 84-88% occupancy. Interval fidelity gives every agent its
    // channel's occupancy; contact fidelity each agent's own, whose spread makes burnout (convex) larger: measured
    // 0.45 against 0.71 with the starting staff in their steady state (0.53 against 0.78 before, exponential tenures).
    // No learning curve: the starting staff's experience (drawn from the steady state) must not move occupancy.
    const params = centreWithPeople(40, 3, 0, (p) =>
      neutralPeople(p, 0.001, {
        attrition: { burnoutCoefficient: 1.04 },
        rampUp: {
          initialHandleTimeMultiplier: 1,
          initialQualityRatio: 1,
          learningTimeConstantDays: 30,
          nestingDays: 28,
        },
      }),
    );
    const total = (fidelity: "interval" | "contact"): number =>
      [0, 1, 2].reduce(
        (sum, r) =>
          sum + simulateCentre(params, fidelity, 3, r).months.reduce((s, m) => s + m.values["leaversFromBurnout"]!, 0),
        0,
      );
    const interval = total("interval"),
      contact = total("contact");
    expect(interval).toBeGreaterThan(0);
    expect(Math.abs(interval - contact) / contact, `interval ${interval}, contact ${contact}`).toBeLessThan(0.4);
  });
});

describe("ramp-up", () => {
  it("cutting adaptation from 6 to 3 months raises productive FTE", () => {
    // 8% a month: enough hires on the learning curve (starting staff included) for the adaptation to show.
    const withAdaptation = (months: number): CentreParams =>
      centreWithPeople(60, 6, 0, (p) =>
        neutralPeople(p, 0.08 / DAYS_PER_MONTH, {
          recruiting: {
            policy: { kind: "hire-up-to", trainingLeadDays: 0, plannedTimeToFillDays: 45, targetFactor: 1 },
          },
          rampUp: {
            initialHandleTimeMultiplier: 1.5,
            initialQualityRatio: 0.85,
            nestingDays: 28,
            learningTimeConstantDays: (months * DAYS_PER_MONTH) / 3,
          },
        }),
      );
    expect(kpi(withAdaptation(3), "productiveFte")).toBeGreaterThan(kpi(withAdaptation(6), "productiveFte") * 1.01);
  });
});
