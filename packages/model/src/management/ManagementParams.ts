/**
 * Management policies in internal units (days, shares, hours). Each policy has its own off switch; the scenario's
 * `management` section carries the same fields in human units with their sources (docs/scenarios.md), and
 * docs/model.md section 5 explains what each one does.
 */
export interface OvertimeParams {
  readonly enabled: boolean;
  /** Most overtime hours one agent works in a calendar week of the run (days 0-6, 7-13, ...). */
  readonly maxHoursPerAgentWeek: number;
  /** Most overtime hours one agent works in one day. */
  readonly maxHoursPerAgentDay: number;
  /** Pay multiplier of the first `premiumFirstHours` overtime hours of a day, and of the hours after them. */
  readonly firstHoursPremium: number;
  readonly premiumFirstHours: number;
  readonly laterHoursPremium: number;
  /** Burnout strain added per overtime hour a week the agent works (weekly hours smoothed over 7 days). */
  readonly strainPerWeeklyHour: number;
  /** Standard paid hours a month of one agent, which turn the monthly pay into an hourly rate. */
  readonly standardHoursPerMonth: number;
}

export interface PayReviewParams {
  readonly enabled: boolean;
  /** A review every this many months, at the close of month cadence - 1, 2 cadence - 1, ... */
  readonly cadenceMonths: number;
  /** The review looks at the market wage this many days before the review (the salary survey's age). */
  readonly marketLagDays: number;
  /** Pay the review aims at, as a multiple of the (lagged) market wage. */
  readonly targetPayRatio: number;
  /** Largest raise one review gives (the budget cap), as a share. */
  readonly maxRaise: number;
  /** A review that leaves more than this share of the owed raise unpaid counts as a refused raise. */
  readonly refusedRaiseThreshold: number;
  /** Quit hazard multiplier after a refused raise, for `refusedRaiseEffectDays`. */
  readonly refusedRaiseHazardMultiplier: number;
  readonly refusedRaiseEffectDays: number;
}

export interface RecruitingEffortParams {
  readonly enabled: boolean;
  /** The campaign runs in weeks that start with the mean age of open vacancies at or above this many days. */
  readonly vacancyAgeThresholdDays: number;
  /** Applicant flow multiplier while the campaign runs (advertising, agencies). */
  readonly applicantMultiplier: number;
  /** Campaign spend per open vacancy per day while it runs. */
  readonly spendPerOpenVacancyDay: number;
}

export interface OutsourcingParams {
  readonly enabled: boolean;
  /** Capacity ratio (productive FTE / required FTE) below which contacts are routed to the partner. */
  readonly capacityThreshold: number;
  /** Largest share of offered contacts routed out. */
  readonly maxShare: number;
  readonly pricePerContact: number;
  /** Service level and abandonment of the partner on the contacts it takes (the contract's terms). */
  readonly partnerServiceLevel: number;
  readonly partnerAbandonRate: number;
}

export interface ManagementParams {
  readonly overtime: OvertimeParams;
  readonly payReview: PayReviewParams;
  readonly recruitingEffort: RecruitingEffortParams;
  readonly outsourcing: OutsourcingParams;
}
