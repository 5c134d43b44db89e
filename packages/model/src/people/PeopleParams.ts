/**
 * Parameters of the people layer in internal units (days, daily hazards, shares). Scenario files carry the same
 * coefficients in human units with their sources (docs/scenarios.md); the runner converts them once. Defaults and
 * sources are documented in docs/model.md, section 4.
 */
import type { ManagementParams } from "../management/ManagementParams.js";

export interface LabourMarketParams {
  /** hh.index (active CVs per vacancy) per simulated day, linearly interpolated between monthly points. */
  readonly hhIndexByDay: Float64Array;
  /** Index at which the applicant base rate applies (the matching function's reference). */
  readonly referenceHhIndex: number;
  /** Market wage per month for this job, per simulated day. */
  readonly marketWageByDay: Float64Array;
}

export type HiringPolicy =
  /** Hire up to a target from required FTE, shrinkage and expected attrition over the lead time (Gans and Zhou 2002). */
  | {
      readonly kind: "hire-up-to";
      /** Classroom training: the part of the lead time after a vacancy is filled (before it, the time to fill). */
      readonly trainingLeadDays: number;
      /** Multiple of the required FTE hired up to: 1 hires to need, below 1 runs lean, above 1 keeps a buffer. */
      readonly targetFactor: number;
      /**
       * The time to fill the planner allows for (and, when it learns, its starting belief). Absent: the market's own
       * expected time to fill on the first hiring day (`marketTimeToFillDays`), so an `auto` start and the policy agree.
       */
      readonly plannedTimeToFillDays?: number | undefined;
      /**
       * When present, the time to fill of the lead time is the planner's smoothed estimate of its own time to fill
       * (LearnedTimeToFill), starting from the planned time to fill.
       */
      readonly learnTimeToFill?: { readonly halfLifeDays: number } | undefined;
      /**
       * When present, open vacancies above the target by more than `toleranceStandardErrors` standard errors of the
       * leaver allowance are withdrawn, newest first (Recruiting.recruit); absent, surplus ones stay open.
       */
      readonly withdrawSurplus?: { readonly toleranceStandardErrors: number } | undefined;
    }
  /** A constant Poisson stream of hires, ignoring the market (for validation against closed forms). */
  | { readonly kind: "fixed-rate"; readonly hiresPerDay: number };

export interface RecruitingParams {
  readonly policy: HiringPolicy;
  /** Share of hires who work remotely (0 on-site hiring, 1 fully remote). */
  readonly remoteShare: number;
  /** k: remote roles widen the catchment, H_eff = k H for the remote share (LinkedIn remote-application data). */
  readonly remoteCatchmentMultiplier: number;
  readonly baseApplicantsPerVacancyWeek: number;
  /** alpha: elasticity of applicants to the index (matching function; Petrongolo and Pissarides 2001). */
  readonly matchingElasticity: number;
  /** epsilon: elasticity of applicants to offered pay over the market wage (assumption). */
  readonly payElasticityOfApplicants: number;
  readonly screeningPassRate: number;
  readonly offerAcceptanceRate: number;
  readonly offerAcceptancePayElasticity: number;
  /** Referral hires per agent per day while vacancies are open, already including the bonus response. */
  readonly referralsPerAgentDay: number;
  readonly referralBonus: number;
  /** Hazard multiplier of referral hires during `referralEarlyDays` (assumption 0.8). */
  readonly referralHazardMultiplier: number;
  readonly referralEarlyDays: number;
  /** Most hires (referrals included) in one day; absent: no cap. Bounds the pool when hiring feeds on its own leavers. */
  readonly maxHiresPerDay?: number | undefined;
}

export interface TrainingParams {
  readonly trainingDays: number;
  readonly classCadenceDays: number;
  readonly minClassSize: number;
  readonly maxClassSize: number;
  /** Classes that can run at the same time. */
  readonly trainerCapacity: number;
  /** Daily dropout hazard in the classroom (2.6% a week: WFM Labs, see docs/model.md 4.3). */
  readonly dropoutHazardPerDay: number;
  /** Hazard multiplier for culture-first hires during `cultureFirstEarlyDays` after hire (1 when not culture-first). */
  readonly earlyHazardMultiplier: number;
  readonly earlyDays: number;
}

export interface RampUpParams {
  /** m0: handle time of a new agent over a proficient one's when leaving the classroom. */
  readonly initialHandleTimeMultiplier: number;
  readonly initialQualityRatio: number;
  /** tau_L in days: adaptationMonths (time to 95% proficiency) / 3. */
  readonly learningTimeConstantDays: number;
  readonly nestingDays: number;
}

export interface AttritionParams {
  /** Daily quit hazards by stage and tenure since hire. */
  readonly nestingHazardPerDay: number;
  /** Up to 13 weeks after hire, after nesting. */
  readonly earlyHazardPerDay: number;
  /** From 13 weeks to 12 months. */
  readonly firstYearHazardPerDay: number;
  readonly tenuredHazardPerDay: number;
  /** eta_w: hazard x (earnings / market wage)^eta_w. */
  readonly payElasticity: number;
  /** kappa: hazard x exp(kappa B). */
  readonly burnoutCoefficient: number;
  readonly remoteMultiplier: number;
  /** Hazard of a fully disengaged agent relative to a fully engaged one. */
  readonly detractorMultiplier: number;
}

export interface BurnoutParams {
  readonly occupancyThreshold: number;
  readonly timeConstantDays: number;
  readonly handleTimeIncreaseAtFull: number;
  readonly qualityDecreaseAtFull: number;
  /** Extra chance of a whole-day absence at burnout 1 (linear in burnout), on top of the base absence. */
  readonly absenceIncreaseAtFull: number;
}

export interface PayParams {
  readonly scheme: "fixed" | "piece-rate" | "piece-rate-tnps";
  readonly salaryPerMonth: number;
  readonly baseSalaryPerMonth: number;
  readonly pieceRatePerContact: number;
  /** Tiers by the agent's own monthly tNPS, highest threshold first after sorting. */
  readonly tnpsTiers: readonly { readonly minTnps: number; readonly rateMultiplier: number }[];
  /** pi: handle time x (1 - pi s) at piece-rate intensity s (size an assumption, direction from Lazear 2000). */
  readonly effortElasticity: number;
  /** kappa_q: quality x (1 - kappa_q s (1 - m_q)) (Hong, Hossain, List and Tanaka 2018). */
  readonly qualityLossCoefficient: number;
  /** m_q: weight of quality in the rate (0.8 by default for the tNPS-tied scheme, 0 for a plain piece rate). */
  readonly qualityWeightInRate: number;
  /** Expected contacts per agent-month used to compute the piece-rate intensity s. */
  readonly expectedContactsPerMonth: number;
}

export interface MotivationParams {
  readonly kpiClarity: number;
  readonly intercept: number;
  readonly payWeight: number;
  readonly clarityWeight: number;
  readonly remoteWeight: number;
  readonly burnoutWeight: number;
  readonly enpsResponseRate: number;
  /**
   * The eNPS answer is an ordered logit on the latent engagement eta: P(answer <= k) = logistic(theta_k - eta). Only
   * the cut points between detractors (0-6) and passives and between passives and promoters (9-10) matter for
   * eNPS; they are set by the shares of detractors and promoters at neutral engagement (eta = 0).
   */
  readonly enpsDetractorsAtNeutral: number;
  readonly enpsPromotersAtNeutral: number;
}

export interface CustomerExperienceParams {
  readonly surveyResponseRate: number;
  /** Mean 0-10 score of a resolved contact by a proficient agent with no excess wait. */
  readonly baseScore: number;
  readonly scoreNoiseSd: number;
  /** Score points per unit of (quality - 1). */
  readonly qualityWeight: number;
  readonly referenceWaitSec: number;
  readonly waitPenaltyPerMinute: number;
  readonly firstContactResolution: number;
  readonly unresolvedPenalty: number;
}

export interface MoneyParams {
  readonly overheadMultiplier: number;
  readonly costPerHire: number;
  readonly trainingCostPerTraineeWeek: number;
  readonly trainerCostPerWeek: number;
  readonly onSiteSeatCostPerMonth: number;
  readonly remoteSeatCostPerMonth: number;
}

export interface PeopleParams {
  readonly labourMarket: LabourMarketParams;
  readonly recruiting: RecruitingParams;
  readonly training: TrainingParams;
  readonly rampUp: RampUpParams;
  readonly attrition: AttritionParams;
  readonly burnout: BurnoutParams;
  readonly pay: PayParams;
  readonly motivation: MotivationParams;
  readonly customerExperience: CustomerExperienceParams;
  readonly money: MoneyParams;
  /** Starting agents in training and in nesting (the proficient ones are the workforce's initialAgents). */
  readonly initialTraining: number;
  readonly initialNesting: number;
  /** Share of the starting agents who work remotely. */
  readonly initialRemoteShare: number;
  /** Management policies (docs/model.md section 5); absent: none (hire-to-need only). */
  readonly management?: ManagementParams | undefined;
}
