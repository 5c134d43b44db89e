import { describe, expect, it } from "vitest";
import { RecruitingEffort, simulateCentre, type CentreParams } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "../people/peopleFixture.js";
import { managementOff } from "./managementFixture.js";

const DAYS_PER_MONTH = 365.25 / 12;

describe("recruiting effort", () => {
  it("runs only in weeks when open vacancies have aged past the threshold, and costs spend x open vacancies a day", () => {
    const effort = new RecruitingEffort(
      managementOff({ recruitingEffort: { enabled: true, spendPerOpenVacancyDay: 300 } }).recruitingEffort,
    );
    effort.decide(29);
    expect(effort.applicantMultiplier()).toBe(1);
    effort.accrue(10);
    expect(effort.spendThisMonth).toBe(0);
    effort.decide(30);
    expect(effort.applicantMultiplier()).toBe(1.5);
    effort.accrue(10);
    effort.accrue(12);
    expect(effort.spendThisMonth).toBe(300 * 22);
    expect(effort.activeDaysThisMonth).toBe(2);
    const off = new RecruitingEffort(managementOff().recruitingEffort);
    off.decide(1000);
    expect(off.applicantMultiplier()).toBe(1);
  });

  it("in a tight market it raises hires, at a cost; off, it spends nothing", () => {
    const centre = (enabled: boolean): CentreParams =>
      centreWithPeople(60, 6, 0, (p) => {
        const people = neutralPeople(p, 0.05 / DAYS_PER_MONTH, {
          recruiting: {
            policy: { kind: "hire-up-to", trainingLeadDays: 0, plannedTimeToFillDays: 45, targetFactor: 1 },
            baseApplicantsPerVacancyWeek: 0.5,
          },
        });
        return { ...people, management: managementOff({ recruitingEffort: { enabled, vacancyAgeThresholdDays: 14 } }) };
      });
    const total = (params: CentreParams, key: string): number => {
      let sum = 0;
      for (let r = 0; r < 3; r++)
        sum += simulateCentre(params, "interval", 11, r).months.reduce((s, m) => s + m.values[key]!, 0);
      return sum;
    };
    expect(total(centre(true), "hiresPerMonth")).toBeGreaterThan(total(centre(false), "hiresPerMonth") * 1.15);
    expect(total(centre(true), "recruitingSpend")).toBeGreaterThan(0);
    expect(total(centre(false), "recruitingSpend")).toBe(0);
  });
});
