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
function kpi(params: CentreParams, key: string, replications = 20): number {
  let total = 0;
  for (let r = 0; r < replications; r++) total += average(simulateCentre(params, "interval", 17, r).months, key);
  return total / replications;
}

/** The small centre (60 agents) hiring up to its target from the market, with realistic hazards. */
function hiringCentre(overrides: Parameters<typeof neutralPeople>[2] = {}): CentreParams {
  return centreWithPeople(60, 6, 0, (p) =>
    neutralPeople(p, 0.035 / DAYS_PER_MONTH, {
      ...overrides,
      recruiting: { policy: { kind: "hire-up-to", leadTimeDays: 45, targetFactor: 1 }, ...overrides.recruiting },
    }),
  );
}

describe("scratch", () => {
  it("factor", () => {
    const withFactor = (targetFactor: number): CentreParams =>
      hiringCentre({ recruiting: { policy: { kind: "hire-up-to", leadTimeDays: 45, targetFactor } } });
    console.log("RESULT", [0.8, 1, 1.2].map((f) => kpi(withFactor(f), "headcount")), [0.8, 1, 1.2].map((f) => kpi(withFactor(f), "headcount", 10)));
  });
});
