import type { SimCalendar } from "../SimCalendar.js";
import type { Hiring } from "./hiring.js";
import { effectiveHhIndex, marketWageOn } from "./labourMarket.js";
import type { MonthFlows } from "./MonthFlows.js";
import { offeredPay } from "./pay.js";
import { LearnedTimeToFill } from "./LearnedTimeToFill.js";
import type { HiringPolicy, PeopleParams, RecruitingParams } from "./PeopleParams.js";
import type { PolicyEffects } from "./PolicyEffects.js";
import type { StaffingTarget } from "./StaffingTarget.js";
import type { Vacancies } from "./Vacancies.js";

/** Ceiling of a learned time to fill: a year (the scenario's plannedTimeToFillWeeks goes up to 52 weeks). */
const MAX_PLANNED_TIME_TO_FILL_DAYS = 364;

/**
 * 2 x 30 - 1: the smoothed leavers per day (Attrition, attrition.ts, an exponential average over 30 days) of Poisson
 * quits at L a day have variance L / 59.
 */
const LEAVER_NOISE_DAYS = 59;

/** Shortest time to fill the planner assumes: a day (referrals alone may fill vacancies faster). */
const MIN_PLANNED_TIME_TO_FILL_DAYS = 1;

/**
 * The market's expected time to fill in days (docs/model.md 4.2), in the steady state the hire-up-to policy keeps:
 * hires equal leavers L a day; referrals fill A rho of them whatever is open, and the V open vacancies fill the
 * rest at the market's rate r each, so V = (L - A rho) / r and, by Little's law, the mean time to fill is V / L,
 * which is also what the learning planner's ratio (vacancy-days / fills) tends to. Without leavers it is 1 / r.
 * Bounded to [1 day, a year]: a market that fills nothing would give an infinite allowance.
 */
export function marketTimeToFillDays(
  hiresPerVacancyDay: number,
  referralsPerDay: number,
  leaversPerDay: number,
): number {
  const share = leaversPerDay > 0 ? Math.max(0, 1 - referralsPerDay / leaversPerDay) : 1;
  const days = hiresPerVacancyDay > 0 ? share / hiresPerVacancyDay : MAX_PLANNED_TIME_TO_FILL_DAYS;
  return Math.min(MAX_PLANNED_TIME_TO_FILL_DAYS, Math.max(MIN_PLANNED_TIME_TO_FILL_DAYS, days));
}

/** What recruiting reads and writes of the people layer. */
export interface RecruitingState {
  readonly calendar: SimCalendar;
  readonly params: PeopleParams;
  readonly flows: Pick<MonthFlows, "hires" | "referralHires">;
  readonly policies:
    { readonly recruitingEffort: Pick<PolicyEffects["recruitingEffort"], "applicantMultiplier"> } | undefined;
  readonly vacancies: Vacancies;
  activeCount(): number;
  referrerCount(): number;
}

/**
 * Recruiting (docs/model.md 4.2): at a fixed rate, or up to the hiring target, filling open vacancies from the
 * labour market and referrals. Hire counts are Poisson (stream `people.recruiting`); each hire fills an open
 * vacancy drawn at random (stream `people.vacancy-choice`).
 */
export class Recruiting {
  /** The planner's estimate of its time to fill, when it learns one. */
  private learned: LearnedTimeToFill | undefined;
  /** The market's expected time to fill on the first hiring day: the planner's belief when none is configured. */
  private marketBelief: number | undefined;
  /** Whether the vacancies open at the start have been opened (on the first hiring day, with their steady ages). */
  private started = false;
  /** The recruiting settings the plan was written for, and their value: an intervention changing them rewrites it. */
  private planFor: { readonly settings: RecruitingParams; readonly value: string } | undefined;

  constructor(
    private readonly state: RecruitingState,
    private readonly hiring: Hiring,
    private readonly poisson: (mean: number) => number,
    private readonly vacancyChoice: { next(): number },
  ) {}

  /**
   * Today's hires: at the fixed rate, or by opening vacancies up to the target (the requirement at the end of the
   * lead time, plus `leaversPerDay` over it), withdrawing those above it when the policy says so, and filling the
   * open ones from applicants and referrals.
   */
  recruit(day: number, target: StaffingTarget, leaversPerDay: number): void {
    const { params, flows, vacancies } = this.state;
    const r = params.recruiting;
    if (r.policy.kind === "fixed-rate") {
      for (let n = Math.min(this.poisson(r.policy.hiresPerDay), r.maxHiresPerDay ?? Infinity); n > 0; n--) {
        this.hiring.hire(day, false, r.remoteShare);
        flows.hires++;
      }
      return;
    }
    const active = this.state.activeCount();
    const timeToFill = this.plannedTimeToFill(day, r.policy, leaversPerDay);
    vacancies.plannedTimeToFillDays = timeToFill;
    const lead = timeToFill + r.policy.trainingLeadDays;
    const wanted =
      target.requiredFte(Math.min(this.state.calendar.days - 1, day + Math.round(lead))) * r.policy.targetFactor +
      leaversPerDay * lead;
    const missing = Math.ceil(wanted - active - vacancies.open);
    if (!this.started) {
      // The vacancies a running centre has open at the start were opened before it: as many as its steady state
      // holds (hires a day x time to fill, Little's law) get that state's ages; opening them all on day 0 made the
      // first month's fills only the quick ones (MTS: 12 days in 2023-01 against about 56 after).
      this.started = true;
      const steady = Math.min(Math.max(0, missing), Math.round(leaversPerDay * timeToFill));
      vacancies.openAtStart(steady, day, timeToFill);
      if (missing > steady) vacancies.openMany(missing - steady, day);
    } else if (missing > 0) vacancies.openMany(missing, day);
    else if (r.policy.withdrawSurplus !== undefined) {
      // A recruiter closes the requisitions the plan no longer needs (the lead time fell, the need or the leavers
      // fell): otherwise they are still filled and the hires arrive into a centre already at its target (MTS's
      // variant, where remote hiring halved the time to fill, hired about 190 people in its first month). It keeps
      // a margin of the allowance's noise: the smoothed leavers of Poisson quits L a day have variance
      // L / (2 x smoothing days - 1), so the allowance L x lead has standard error lead x sqrt(L / 59), and a
      // surplus within a few of those is taken back by the next leavers (a margin in days of leavers, L x days,
      // grows faster than that noise: 14 days churned a 90-agent centre's vacancies, 5 withdrawn a month for 10 hires).
      const margin =
        r.policy.withdrawSurplus.toleranceStandardErrors * lead * Math.sqrt(leaversPerDay / LEAVER_NOISE_DAYS);
      const surplus = Math.floor(active + vacancies.open - wanted - margin);
      if (surplus > 0) vacancies.withdraw(surplus, day);
    }
    if (vacancies.open === 0) return;
    // The cap applies after the draws, so the random streams are consumed alike whether it binds or not.
    const cap = r.maxHiresPerDay ?? Infinity;
    const hires = Math.min(vacancies.open, cap, this.poisson(vacancies.open * this.hiresPerVacancyDay(day)));
    for (let i = 0; i < hires; i++) this.fillVacancy(day, false);
    const referrers = r.referralsPerAgentDay > 0 ? this.state.referrerCount() : 0;
    const referrals = Math.min(vacancies.open, cap - hires, this.poisson(referrers * r.referralsPerAgentDay));
    for (let i = 0; i < referrals; i++) this.fillVacancy(day, true);
    // Exposure counts the vacancies still open tonight: one filled after k days then contributes k days, as its
    // recorded time to fill does (a vacancy filled the day it opened counts 0).
    this.learned?.observe(day, vacancies.open, hires + referrals);
  }

  /**
   * The time to fill of the hire-up-to lead time: as configured, else the market's own on the first hiring day and
   * again on the first hiring day after each intervention that changes the recruiting settings (kept until then, as
   * a plan written at the start would be; a change of demand or pay keeps it); when the planner learns, its
   * estimate, which starts from that value (created on the first hiring day, and again with an `auto` plan's
   * rewrite; a configured time to fill keeps it across interventions).
   */
  private plannedTimeToFill(
    day: number,
    policy: Extract<HiringPolicy, { kind: "hire-up-to" }>,
    leaversPerDay: number,
  ): number {
    // An intervention that changes the recruiting settings (remote hiring, referrals) rewrites an `auto` plan from
    // the market's time to fill under them, as at the start, and drops the fill times learned under the old funnel.
    // Kept, the belief lagged by its half-life while the vacancies sized for the old pace filled at the new one (MTS:
    // 192 hires in the month remote hiring began against about 100 a month before). Every intervention recompiles
    // the settings, so they are compared by value: a change of demand alone keeps the plan and what it has learned.
    const settings = this.state.params.recruiting;
    if (this.planFor?.settings !== settings) {
      const value = JSON.stringify(settings);
      if (this.planFor !== undefined && this.planFor.value !== value && policy.plannedTimeToFillDays === undefined) {
        this.marketBelief = undefined;
        this.learned = undefined;
      }
      this.planFor = { settings, value };
    }
    const planned =
      policy.plannedTimeToFillDays ??
      (this.marketBelief ??= marketTimeToFillDays(
        this.hiresPerVacancyDay(day),
        this.state.referrerCount() * this.state.params.recruiting.referralsPerAgentDay,
        leaversPerDay,
      ));
    if (policy.learnTimeToFill === undefined) return planned;
    this.learned ??= new LearnedTimeToFill(
      planned,
      policy.learnTimeToFill.halfLifeDays,
      MAX_PLANNED_TIME_TO_FILL_DAYS,
      day,
      leaversPerDay,
    );
    return this.learned.days;
  }

  /**
   * Expected hires per open vacancy per day: applicants = base x (H_eff / H_ref)^alpha x (pay / market)^epsilon a
   * week, where remote hiring widens the catchment (H_eff = k H for the remote share); times screening and offer
   * acceptance (a probability that also rises with pay over the market wage, capped at 1).
   */
  hiresPerVacancyDay(day: number): number {
    const p = this.state.params;
    const r = p.recruiting;
    const market = p.labourMarket;
    const index = effectiveHhIndex(market, r, day);
    const payRatio = offeredPay(p.pay) / marketWageOn(market, day);
    const effort = this.state.policies?.recruitingEffort.applicantMultiplier() ?? 1;
    const applicants =
      effort *
      (r.baseApplicantsPerVacancyWeek / 7) *
      (index / market.referenceHhIndex) ** r.matchingElasticity *
      payRatio ** r.payElasticityOfApplicants;
    const acceptance = Math.min(1, r.offerAcceptanceRate * payRatio ** r.offerAcceptancePayElasticity);
    return applicants * r.screeningPassRate * acceptance;
  }

  private fillVacancy(day: number, referral: boolean): void {
    this.state.vacancies.fill(day, this.vacancyChoice.next());
    this.hiring.hire(day, referral, this.state.params.recruiting.remoteShare);
    this.state.flows.hires++;
    if (referral) this.state.flows.referralHires++;
  }
}
