import { describe, expect, it } from "vitest";
import { PayReview, simulateCentre, withPayIndex, type CentreParams } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "../people/peopleFixture.js";
import { managementOff } from "./managementFixture.js";

const review = (overrides: NonNullable<Parameters<typeof managementOff>[0]>["payReview"] = {}) =>
  new PayReview(managementOff({ payReview: { enabled: true, ...overrides } }).payReview);

describe("pay review", () => {
  it("reviews on its cadence and follows the lagged market wage, within the budget cap", () => {
    const r = review({ cadenceMonths: 6, maxRaise: 0.1 });
    expect([0, 4, 5, 6, 11].map((m) => r.isReviewMonth(m))).toEqual([false, false, true, false, true]);
    // Market 5% above pay: the raise closes the gap exactly.
    expect(r.review(180, 50_000, 52_500)).toBeCloseTo(0.05, 12);
    expect(r.payIndex).toBeCloseTo(1.05, 12);
    expect(r.refusedThisMonth).toBe(0);
    // Market 20% above pay: capped at 10%, the rest is a refused raise for refusedRaiseEffectDays.
    expect(r.review(360, 52_500, 63_000)).toBeCloseTo(0.1, 12);
    expect(r.payIndex).toBeCloseTo(1.05 * 1.1, 12);
    expect(r.refusedThisMonth).toBe(1);
    expect(r.hazardMultiplier(361)).toBe(1.3);
    expect(r.hazardMultiplier(360 + 183 + 1)).toBe(1);
    // Pay above the market: no cut.
    expect(r.review(540, 70_000, 60_000)).toBe(0);
  });

  it("scales the whole pay scheme by the raises given", () => {
    const params = centreWithPeople(10, 1, 0, (p) => neutralPeople(p, 0)).people!;
    const raised = withPayIndex(params, 1.1);
    expect(raised.pay.salaryPerMonth).toBeCloseTo(params.pay.salaryPerMonth * 1.1, 9);
    expect(raised.pay.baseSalaryPerMonth).toBeCloseTo(params.pay.baseSalaryPerMonth * 1.1, 9);
    expect(raised.pay.pieceRatePerContact).toBeCloseTo(params.pay.pieceRatePerContact * 1.1, 9);
  });

  it("in the centre: a market 8% above pay is matched at the first review (3-month lag), and earnings follow from the next month", () => {
    const centre = (enabled: boolean): CentreParams =>
      centreWithPeople(60, 9, 0, (p) => {
        const people = neutralPeople(p, 0);
        const days = people.labourMarket.marketWageByDay.length;
        // The market wage steps from 55,000 to 59,400 on day 30; a review at the end of month 6 (day 181) sees day 90.
        const wage = new Float64Array(days).map((_, d) => (d < 30 ? 55_000 : 59_400));
        return {
          ...people,
          labourMarket: { ...people.labourMarket, marketWageByDay: wage },
          management: managementOff({ payReview: { enabled, cadenceMonths: 6 } }),
        };
      });
    const on = simulateCentre(centre(true), "interval", 5, 0).months.map((m) => m.values);
    const off = simulateCentre(centre(false), "interval", 5, 0).months.map((m) => m.values);
    expect(on[5]!.payRaisePct).toBeCloseTo(8, 9);
    expect(on.filter((m) => m.payRaisePct! > 0).length).toBe(1);
    expect(on[6]!.meanEarningsPerMonth).toBeCloseTo(59_400, 6);
    expect(off[6]!.meanEarningsPerMonth).toBeCloseTo(55_000, 6);
    expect(on[6]!.payVsMarket).toBeCloseTo(1, 9);
  });
});
