import { describe, expect, it } from "vitest";
import { simulateCentre } from "../../src/index.js";
import { kaplanMeier } from "../../src/people/hireSurvival.js";
import { Vacancies } from "../../src/people/Vacancies.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

describe("vacancies", () => {
  it("fill the open vacancy drawn; time to fill per month (missing without fills); share of a month's vacancies filled within 30 days", () => {
    const v = new Vacancies();
    v.openMany(3, 0);
    v.openMany(1, 10);
    // u = 0 takes the first open vacancy (day 0), whose place goes to the last (day 10); u = 0.4 of 3 then the second (day 0).
    v.fill(5, 0);
    v.fill(40, 0.4);
    expect(v.closeMonth()).toEqual({
      timeToFillDays: 22.5,
      timeToFillP50Days: 22.5,
      timeToFillP90Days: 36.5,
      plannedTimeToFillDays: NaN,
      vacanciesWithdrawn: 0,
    });
    const empty = v.closeMonth();
    expect(Number.isNaN(empty.timeToFillDays) && Number.isNaN(empty.timeToFillP90Days)).toBe(true);
    // Opened on day 0: filled after 5 (within 30) and 40 days; the third still open on day 60 (not within 30).
    expect(v.filledWithinShare(0, 1, 60)).toBeCloseTo(1 / 3, 12);
    // Opened on day 10, open at day 35: its 30 days are not over, so the share is not known yet.
    expect(Number.isNaN(v.filledWithinShare(10, 11, 35))).toBe(true);
    expect(v.filledWithinShare(10, 11, 40)).toBe(0);
  });
});

describe("hire survival (Kaplan-Meier)", () => {
  it("handles censoring by hand: 4 hires, leaving at 2 and 5, two censored at 3 and 6", () => {
    const curve = kaplanMeier([0, 0, 3, 0], [2, 5, -1, -1], 6);
    // Hire 3 (day 3) is censored at t = 3, hire 4 at t = 6.
    expect(curve[1]).toBe(1);
    expect(curve[2]).toBeCloseTo(3 / 4, 12);
    expect(curve[5]).toBeCloseTo((3 / 4) * (1 / 2), 12);
    expect(curve[6]).toBeCloseTo(3 / 8, 12);
    expect(Number.isNaN(curve[7] ?? NaN)).toBe(true);
  });

  it("with a constant hazard h matches exp(-h t) at 90 and 180 days within the 99% interval", () => {
    const h = 0.004;
    const params = centreWithPeople(100, 12, 0, (p) =>
      neutralPeople(p, h, { recruiting: { policy: { kind: "fixed-rate", hiresPerDay: 1.5 } } }),
    );
    for (const [kpi, t] of [
      ["hireSurvival90d", 90],
      ["hireSurvival180d", 180],
    ] as const) {
      const values = Array.from({ length: 6 }, (_, r) => simulateCentre(params, "interval", 31, r).run![kpi]!);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
      const half = (4.0321 * sd) / Math.sqrt(values.length);
      expect(Math.abs(mean - Math.exp(-h * t)), `${kpi} ${mean} +- ${half} vs ${Math.exp(-h * t)}`).toBeLessThanOrEqual(
        half,
      );
    }
  });

  it("a centre that fills no vacancy has a missing time to fill, not 0", () => {
    const params = centreWithPeople(60, 2, 0, (p) => neutralPeople(p, 0.001));
    for (const m of simulateCentre(params, "interval", 1, 0).months) {
      expect(Number.isNaN(m.values["timeToFillDays"]!)).toBe(true);
      expect(Number.isNaN(m.values["filledWithin30Days"]!)).toBe(true);
    }
  });
});
