import type { RecruitingEffortParams } from "./ManagementParams.js";

/**
 * Recruiting effort (docs/model.md 5.3): at the start of each week of the run the recruiting manager looks at the
 * mean age of the open vacancies; at or above `vacancyAgeThresholdDays` a campaign (paid job-board placements,
 * agencies) runs that week, multiplying the applicant flow by `applicantMultiplier` and costing
 * `spendPerOpenVacancyDay` per open vacancy per day.
 */
export class RecruitingEffort {
  active = false;
  spendThisMonth = 0;
  activeDaysThisMonth = 0;

  constructor(public params: RecruitingEffortParams) {}

  /** The weekly decision, from the mean age in days of the open vacancies (0 when none are open). */
  decide(meanVacancyAgeDays: number): void {
    this.active = this.params.enabled && meanVacancyAgeDays >= this.params.vacancyAgeThresholdDays;
  }

  /** Multiplier on applicants per open vacancy today. */
  applicantMultiplier(): number {
    return this.active ? this.params.applicantMultiplier : 1;
  }

  /** Adds today's spend for the vacancies open at the start of the day. */
  accrue(openVacancies: number): void {
    if (!this.active) return;
    this.spendThisMonth += openVacancies * this.params.spendPerOpenVacancyDay;
    this.activeDaysThisMonth++;
  }

  resetMonth(): void {
    this.spendThisMonth = 0;
    this.activeDaysThisMonth = 0;
  }
}
