import type { CentreParams, ManagementParams } from "@ccsim/model";
import type { Scenario } from "@ccsim/scenario";

const DAYS_PER_MONTH = 365.25 / 12;
const WEEKS_PER_MONTH = 52 / 12;

/** The `management` section in the model's units (shares, days, hours; docs/model.md section 5). */
export function compileManagement(scenario: Scenario, params: CentreParams): ManagementParams {
  const { overtime: ot, payReview: pr, recruitingEffort: re, outsourcing: os } = scenario.management;
  const intervalHours = params.calendar.intervalMinutes / 60;
  const shiftHours = Math.max(...params.operations.shiftTemplates.map((t) => t.lengthIntervals)) * intervalHours;
  return {
    overtime: {
      enabled: ot.enabled && params.operations.rostering === "planner",
      maxHoursPerAgentWeek: ot.maxHoursPerAgentWeek,
      maxHoursPerAgentDay: ot.maxHoursPerAgentDay,
      firstHoursPremium: ot.firstHoursPremium,
      premiumFirstHours: ot.premiumFirstHours,
      laterHoursPremium: ot.laterHoursPremium,
      strainPerWeeklyHour: ot.burnoutStrainPerWeeklyHour,
      // The hourly rate of a monthly salary: paid hours a week (work days x the longest shift) over a month.
      standardHoursPerMonth: params.operations.workDaysPerWeek * shiftHours * WEEKS_PER_MONTH,
    },
    payReview: {
      enabled: pr.enabled,
      cadenceMonths: pr.cadenceMonths,
      marketLagDays: Math.round(pr.marketLagMonths * DAYS_PER_MONTH),
      targetPayRatio: pr.targetPayToMarketRatio,
      maxRaise: pr.maxRaisePct / 100,
      refusedRaiseThreshold: pr.refusedRaiseThresholdPct / 100,
      refusedRaiseHazardMultiplier: pr.refusedRaiseHazardMultiplier,
      refusedRaiseEffectDays: Math.round(pr.refusedRaiseEffectMonths * DAYS_PER_MONTH),
    },
    recruitingEffort: {
      enabled: re.enabled,
      vacancyAgeThresholdDays: re.vacancyAgeThresholdDays,
      applicantMultiplier: re.applicantMultiplier,
      spendPerOpenVacancyDay: re.spendPerOpenVacancyMonth / DAYS_PER_MONTH,
    },
    outsourcing: {
      enabled: os.enabled,
      capacityThreshold: os.capacityThresholdPct / 100,
      maxShare: os.maxSharePct / 100,
      pricePerContact: os.pricePerContact,
      partnerServiceLevel: os.partnerServiceLevelPct / 100,
      partnerAbandonRate: os.partnerAbandonRatePct / 100,
    },
  };
}
