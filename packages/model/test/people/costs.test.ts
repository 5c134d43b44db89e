// Money of docs/model.md 4.6 against figures worked by hand.
import { describe, expect, it } from "vitest";
import { hiringCost, seatCost, totalCost, trainingCost } from "../../src/people/costs.js";
import type { MoneyParams } from "../../src/people/PeopleParams.js";

const money: MoneyParams = {
  overheadMultiplier: 1.3,
  costPerHire: 30_000,
  trainingCostPerTraineeWeek: 5_000,
  trainerCostPerWeek: 30_000,
  onSiteSeatCostPerMonth: 15_000,
  remoteSeatCostPerMonth: 3_000,
};

describe("the month's costs", () => {
  it("hiring: a cost per hire plus the bonus per referral hire", () => {
    expect(hiringCost(money, 10_000, { hires: 7, referralHires: 2 })).toBe(7 * 30_000 + 2 * 10_000);
  });

  it("training: trainee-weeks and class-weeks (counted in days)", () => {
    // 10 trainees for 14 days = 20 trainee-weeks; 2 classes for 14 days = 4 class-weeks.
    expect(trainingCost(money, { traineeDays: 140, classDays: 28 })).toBe(20 * 5_000 + 4 * 30_000);
  });

  it("seats: by work mode, prorated by the share of the month employed", () => {
    expect(seatCost(money, false, 1)).toBe(15_000);
    expect(seatCost(money, true, 0.5)).toBe(1_500);
  });

  it("total: payroll with overhead plus seats, hiring, training and management spend", () => {
    const parts = {
      payroll: 1_000_000,
      seatCost: 150_000,
      hiringCost: 60_000,
      trainingCost: 20_000,
      recruitingSpend: 5_000,
      outsourcingCost: 7_000,
    };
    expect(totalCost(money, parts)).toBe(1_300_000 + 150_000 + 60_000 + 20_000 + 5_000 + 7_000);
  });
});
