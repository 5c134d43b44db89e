import type { ManagementParams } from "../../src/index.js";

/** Every policy off, with the scenario defaults otherwise; tests switch on the one they study. */
export function managementOff(
  overrides: { [K in keyof ManagementParams]?: Partial<ManagementParams[K]> } = {},
): ManagementParams {
  return {
    overtime: {
      enabled: false,
      maxHoursPerAgentWeek: 2.3,
      maxHoursPerAgentDay: 2,
      firstHoursPremium: 1.5,
      premiumFirstHours: 2,
      laterHoursPremium: 2,
      strainPerWeeklyHour: 0.05,
      standardHoursPerMonth: 5 * 8 * (52 / 12),
      ...overrides.overtime,
    },
    payReview: {
      enabled: false,
      cadenceMonths: 12,
      marketLagDays: 91,
      targetPayRatio: 1,
      maxRaise: 0.1,
      refusedRaiseThreshold: 0.02,
      refusedRaiseHazardMultiplier: 1.3,
      refusedRaiseEffectDays: 183,
      ...overrides.payReview,
    },
    recruitingEffort: {
      enabled: false,
      vacancyAgeThresholdDays: 30,
      applicantMultiplier: 1.5,
      spendPerOpenVacancyDay: 10_000 / 30.4375,
      ...overrides.recruitingEffort,
    },
    outsourcing: {
      enabled: false,
      capacityThreshold: 0.9,
      maxShare: 0.3,
      pricePerContact: 200,
      partnerServiceLevel: 0.8,
      partnerAbandonRate: 0.05,
      ...overrides.outsourcing,
    },
  };
}
