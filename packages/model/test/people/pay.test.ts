// Pay of docs/model.md 4.5: the schemes, the tNPS tiers and proration by days employed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  earnedPay,
  employedDays,
  offeredPay,
  pieceRateIntensity,
  tiersHighestFirst,
  traineePay,
} from "../../src/people/pay.js";
import type { PayParams } from "../../src/people/PeopleParams.js";

const pay: PayParams = {
  scheme: "piece-rate-tnps",
  salaryPerMonth: 55_000,
  baseSalaryPerMonth: 25_000,
  pieceRatePerContact: 30,
  // Given out of order on purpose: earnedPay needs them highest first.
  tnpsTiers: [
    { minTnps: 30, rateMultiplier: 1 },
    { minTnps: -100, rateMultiplier: 0.8 },
    { minTnps: 60, rateMultiplier: 1.2 },
  ],
  effortElasticity: 0.1,
  qualityLossCoefficient: 0.1,
  qualityWeightInRate: 0.8,
  expectedContactsPerMonth: 1000,
};

describe("the pay schemes", () => {
  const tiers = tiersHighestFirst(pay);

  it("sorts the tiers highest threshold first", () => {
    expect(tiers.map((t) => t.minTnps)).toEqual([60, 30, -100]);
  });

  it("pays base + rate x tier multiplier x contacts under the tNPS-tied rate, the tier by the agent's own tNPS", () => {
    expect(earnedPay(pay, 1000, 75, tiers)).toBe(25_000 + 30 * 1.2 * 1000);
    expect(earnedPay(pay, 1000, 60, tiers)).toBe(25_000 + 30 * 1.2 * 1000);
    expect(earnedPay(pay, 1000, 59.9, tiers)).toBe(25_000 + 30 * 1 * 1000);
    expect(earnedPay(pay, 1000, -100, tiers)).toBe(25_000 + 30 * 0.8 * 1000);
  });

  it("pays only the base below every tier", () => {
    const aboveZero = tiersHighestFirst({ ...pay, tnpsTiers: [{ minTnps: 0, rateMultiplier: 1 }] });
    expect(earnedPay(pay, 1000, -5, aboveZero)).toBe(25_000);
  });

  it("ignores tNPS under a plain piece rate and contacts under a salary", () => {
    expect(earnedPay({ ...pay, scheme: "piece-rate" }, 800, -100, tiers)).toBe(25_000 + 30 * 800);
    expect(earnedPay({ ...pay, scheme: "fixed" }, 800, 90, tiers)).toBe(55_000);
  });

  it("offers the salary, or base plus the rate at the expected volume; trainees get the salary or the base", () => {
    expect(offeredPay(pay)).toBe(25_000 + 30 * 1000);
    expect(offeredPay({ ...pay, scheme: "fixed" })).toBe(55_000);
    expect(traineePay(pay)).toBe(25_000);
    expect(traineePay({ ...pay, scheme: "fixed" })).toBe(55_000);
  });

  it("measures piece-rate intensity as the variable share of expected earnings", () => {
    expect(pieceRateIntensity(pay)).toBeCloseTo(30_000 / 55_000, 12);
    expect(pieceRateIntensity({ ...pay, scheme: "fixed" })).toBe(0);
  });
});

describe("proration", () => {
  it("counts the days of the month from hire to the day before leaving", () => {
    // Month of days [31, 60): hired on day 40, left on day 50 (not paid that day): days 40-49.
    expect(employedDays(40, 50, 31, 29)).toBe(10);
    expect(employedDays(0, -1, 31, 29)).toBe(29);
    expect(employedDays(0, 31, 31, 29)).toBe(0);
    expect(employedDays(60, -1, 31, 29)).toBeLessThanOrEqual(0);
  });

  it("equals a day-by-day count of employment for any hire and leaving day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 28, max: 31 }),
        (hire, stay, stillEmployed, first, days) => {
          const left = stillEmployed ? -1 : hire + stay;
          let count = 0;
          for (let d = first; d < first + days; d++) if (d >= hire && (left < 0 || d < left)) count++;
          expect(Math.max(0, employedDays(hire, left, first, days))).toBe(count);
        },
      ),
    );
  });
});
