import { makePoissonSampler, makeSampler, type RandomStream, type RandomStreams } from "@ccsim/engine";
import { skillGroupAt, STAGE, type AgentPool } from "../AgentPool.js";
import type { ChannelParams, OperationsParams, WorkforceParams } from "../CentreParams.js";
import type { CentreTally } from "../CentreTally.js";
import type { DayHooks } from "../ContactFidelity.js";
import type { Management } from "../management/Management.js";
import type { SimCalendar } from "../SimCalendar.js";
import { stageHazardPerDay } from "./hirePath.js";
import { closeMonthOfPeople, type MonthContext } from "./monthClose.js";
import type { PeopleParams } from "./PeopleParams.js";
import { hireSurvivalKpis, kaplanMeier } from "./hireSurvival.js";
import { StaffingTarget } from "./StaffingTarget.js";
import { engagementLogit, engagementOf, offeredPay, referencePath, SteadyStateTenure } from "./steadyState.js";
import { Vacancies } from "./Vacancies.js";

/** Random streams of the people layer, one per decision type (design rule 5). */
export const PEOPLE_STREAMS = {
  attrition: "people.attrition",
  recruiting: "people.recruiting",
  attributes: "people.hire-attributes",
  surveys: "people.surveys",
  /** Work mode and tenure of the starting workforce. */
  initialTenure: "people.initial-tenure",
  /** Which open vacancy a hire fills. */
  vacancyChoice: "people.vacancy-choice",
} as const;

/** Monthly flow counters, reset at each month close. */
export interface MonthFlows {
  hires: number;
  referralHires: number;
  leavers: number;
  trainingDropouts: number;
  headcountDays: number;
  traineeDays: number;
  classDays: number;
  productiveFteDays: number;
  /** Sum over days of agents on the phones (past training) and of their handle-time multipliers. */
  productionAgentDays: number;
  multiplierDays: number;
  days: number;
  /**
   * Expected leavers (past training) attributable to each hazard term that raised the hazard above its base (pay
   * below the market wage, burnout, engagement below neutral): per agent-day, the quit probability minus what it
   * would have been with that term alone neutral. A quit can have several causes, so they do not add up to leavers.
   */
  leaversFromPay: number;
  leaversFromBurnout: number;
  leaversFromDisengagement: number;
}

/**
 * The people layer: a day hook that hires from the labour market, trains, ramps up, burns out and loses agents,
 * and at each month's end pays them and surveys them (see docs/model.md, section 4). It changes the contact layer
 * only through the agent pool: who is rosterable, and each agent's handle-time multiplier.
 */
export class PeopleLayer implements DayHooks {
  /** People KPIs per simulated month (warm-up included), merged into the month's KPIs by simulateCentre. */
  readonly months: Record<string, number>[] = [];
  readonly vacancies = new Vacancies();
  flows: MonthFlows = emptyFlows();
  /** Day each agent left (or -1). */
  leftDay = new Int32Array(0);
  private readonly uniform: RandomStream;
  private readonly poisson: (mean: number) => number;
  private readonly attributes: RandomStream;
  private readonly initialTenure: RandomStream;
  private readonly vacancyChoice: RandomStream;
  private readonly speed: () => number;
  private target: StaffingTarget;
  private readonly classEnds: number[] = [];
  /** The pay, burnout and engagement terms of the last hazardPerDay call. */
  private readonly causeTerms = new Float64Array(3);
  /** Smoothed leavers per day, for the hire-up-to target's expected attrition over the lead time. */
  private leaversPerDay: number;
  /** Index of the first agent hired during the run (the starting workforce comes before it). */
  private firstHire = 0;
  readonly surveys: RandomStream;
  /** Management policies acting on this layer (docs/model.md section 5), set by simulateCentre when configured. */
  management: Management | undefined = undefined;

  constructor(
    readonly calendar: SimCalendar,
    channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    readonly operations: OperationsParams,
    private readonly workforce: WorkforceParams,
    readonly pool: AgentPool,
    readonly tally: CentreTally,
    streams: RandomStreams,
    public params: PeopleParams,
  ) {
    this.uniform = streams.stream(PEOPLE_STREAMS.attrition);
    this.poisson = makePoissonSampler(streams.stream(PEOPLE_STREAMS.recruiting));
    this.attributes = streams.stream(PEOPLE_STREAMS.attributes);
    this.surveys = streams.stream(PEOPLE_STREAMS.surveys);
    this.initialTenure = streams.stream(PEOPLE_STREAMS.initialTenure);
    this.vacancyChoice = streams.stream(PEOPLE_STREAMS.vacancyChoice);
    const cv = Math.sqrt(Math.expm1(workforce.speedFactorSigma ** 2));
    this.speed = cv > 0 ? makeSampler({ kind: "lognormal", mean: 1, cv }, this.attributes) : () => 1;
    this.target = new StaffingTarget(calendar, channels, rates, operations);
    this.leaversPerDay = 0;
    this.seedStartingWorkforce();
  }

  /**
   * People parameters from now on (a dated intervention). Agents keep their state; the new hazards, pay, training
   * and hiring rules apply from the next day, and the hiring target follows the new demand and operations.
   */
  configure(channels: readonly ChannelParams[], operations: OperationsParams, params: PeopleParams): void {
    this.params = this.management === undefined ? params : this.management.configure(channels, operations, params);
    this.target = new StaffingTarget(this.calendar, channels, this.rates, operations);
  }

  beforeDay(day: number): void {
    this.loseAgents(day);
    this.advanceStages(day);
    this.recruit(day);
    this.startClasses(day);
    this.updateAgents(day);
  }

  closeMonth(month: number): void {
    const context: MonthContext = { layer: this, month, payForTrainees: this.traineePay() };
    this.months[month] = closeMonthOfPeople(context);
    this.flows = emptyFlows();
  }

  /**
   * At the end of the run: each month's share of the vacancies opened in it that were filled within 30 days (known
   * now), and the Kaplan-Meier survival of the hires made in the reported months, censored at the last day.
   */
  finish(): { run: Record<string, number>; hireSurvival: Float64Array } {
    const cal = this.calendar;
    const lastDay = cal.days - 1;
    for (let m = 0; m < this.months.length; m++) {
      this.months[m]!["filledWithin30Days"] = this.vacancies.filledWithinShare(
        cal.monthStartDay[m]!,
        cal.monthStartDay[m + 1]!,
        lastDay,
      );
    }
    const firstReported = cal.monthStartDay[cal.spec.warmupMonths]!;
    const hireDays: number[] = [],
      leftDays: number[] = [];
    for (let a = this.firstHire; a < this.pool.count; a++) {
      if (this.pool.hireDay[a]! < firstReported) continue;
      hireDays.push(this.pool.hireDay[a]!);
      leftDays.push(this.leftDay[a]!);
    }
    const hireSurvival = kaplanMeier(hireDays, leftDays, lastDay);
    return { run: hireSurvivalKpis(hireSurvival), hireSurvival };
  }

  /** Monthly pay a trainee receives (salary, or the guaranteed base under piece rates). */
  traineePay(): number {
    return this.params.pay.scheme === "fixed" ? this.params.pay.salaryPerMonth : this.params.pay.baseSalaryPerMonth;
  }

  /** Pay offered to applicants: the salary, or base plus the piece rate at the expected volume. */
  offeredPay(): number {
    return offeredPay(this.params.pay);
  }

  /** s: share of variable pay in expected earnings (0 under a fixed salary). */
  pieceRateIntensity(): number {
    const pay = this.params.pay;
    if (pay.scheme === "fixed") return 0;
    const variable = pay.pieceRatePerContact * pay.expectedContactsPerMonth;
    return variable / (pay.baseSalaryPerMonth + variable);
  }

  /**
   * The starting workforce in its steady state (docs/model.md 4.4): each agent's work mode by the scenario's remote
   * share, then its age from the stationary distribution of its mode's hire path within its stage, and from the
   * age its hire day, class (running classes are registered with their end day) and first day on the phones, hence
   * its experience on the learning curve. Engagement starts at its reference value.
   */
  private seedStartingWorkforce(): void {
    const pool = this.pool;
    const p = this.params;
    this.ensureCapacity();
    const draw = this.initialTenure;
    const tenure = [
      new SteadyStateTenure(referencePath(p, false)),
      new SteadyStateTenure(referencePath(p, true)),
    ] as const;
    const classEnds = new Set<number>();
    const place = (a: number, stage: number): void => {
      const remote = draw.next() < p.initialRemoteShare;
      const mode = tenure[remote ? 1 : 0];
      const at = mode.position(mode.sampleAge(stage, draw.next()));
      pool.remote[a] = remote ? 1 : 0;
      pool.hireDay[a] = at.hireDay;
      pool.productionDay[a] = at.productionDay;
      pool.stage[a] = at.stage;
      pool.rosterable[a] = at.stage === STAGE.training ? 0 : 1;
      pool.earnings[a] = this.offeredPay();
      pool.engagement[a] = this.referenceEngagement(remote, 0);
      this.leftDay[a] = -1;
      if (at.stage === STAGE.training && at.productionDay >= 0) classEnds.add(at.productionDay);
    };
    for (let a = 0; a < pool.count; a++) place(a, STAGE.proficient);
    for (let i = 0; i < p.initialNesting; i++) place(this.hire(0, false, p.initialRemoteShare), STAGE.nesting);
    for (let i = 0; i < p.initialTraining; i++) place(this.hire(0, false, p.initialRemoteShare), STAGE.training);
    this.classEnds.push(...[...classEnds].sort((x, y) => x - y));
    this.firstHire = pool.count;
    // Handle-time multipliers and quality for the first day; the counts of that call are not a simulated day.
    this.updateAgents(0);
    this.flows = emptyFlows();
    let risk = 0;
    for (let a = 0; a < pool.count; a++) risk += -Math.expm1(-this.hazardPerDay(a, 0));
    this.leaversPerDay = risk;
  }

  /** Engagement of an agent paid the offered pay with burnout B, before its first survey. */
  private referenceEngagement(remote: boolean, day: number): number {
    return engagementOf(
      engagementLogit(
        this.params.motivation,
        this.offeredPay(),
        this.params.labourMarket.marketWageByDay[day]!,
        remote,
        0,
      ),
    );
  }

  /** Adds a hire in classroom training (not rosterable until it graduates); returns its index. */
  private hire(day: number, referral: boolean, remoteShare: number): number {
    const shares = this.workforce.skillShares;
    const skills = skillGroupAt(this.attributes.next(), shares.voice, shares.chat);
    const a = this.pool.add(skills, this.speed(), Math.floor(this.attributes.next() * 7));
    this.ensureCapacity();
    const pool = this.pool;
    pool.rosterable[a] = 0;
    pool.stage[a] = STAGE.training;
    pool.hireDay[a] = day;
    pool.productionDay[a] = -1;
    pool.remote[a] = this.attributes.next() < remoteShare ? 1 : 0;
    pool.referral[a] = referral ? 1 : 0;
    pool.earnings[a] = this.offeredPay();
    pool.engagement[a] = this.referenceEngagement(pool.remote[a] === 1, day);
    this.leftDay[a] = -1;
    return a;
  }

  private graduate(a: number, productionDay: number): void {
    this.pool.stage[a] = STAGE.nesting;
    this.pool.productionDay[a] = productionDay;
    this.pool.rosterable[a] = 1;
  }

  /** Daily quits at each agent's hazard (docs/model.md 4.4). */
  private loseAgents(day: number): void {
    const pool = this.pool;
    let leavers = 0;
    for (let a = 0; a < pool.count; a++) {
      const stage = pool.stage[a]!;
      if (stage === STAGE.left) continue;
      const hazard = this.hazardPerDay(a, day);
      const risk = -Math.expm1(-hazard);
      if (stage !== STAGE.training) this.attributeQuitRisk(hazard, risk);
      if (this.uniform.next() >= risk) continue;
      leavers++;
      if (stage === STAGE.training) this.flows.trainingDropouts++;
      else this.flows.leavers++;
      pool.stage[a] = STAGE.left;
      pool.rosterable[a] = 0;
      this.leftDay[a] = day;
    }
    // Smoothed over about a month, for the hiring target's expected attrition.
    this.leaversPerDay += (leavers - this.leaversPerDay) / 30;
  }

  /** Adds to the month's attributable leavers the quit risk each term of the last hazard added (see MonthFlows). */
  private attributeQuitRisk(hazard: number, risk: number): void {
    const terms = this.causeTerms;
    this.flows.leaversFromPay += excessRisk(hazard, risk, terms[0]!);
    this.flows.leaversFromBurnout += excessRisk(hazard, risk, terms[1]!);
    this.flows.leaversFromDisengagement += excessRisk(hazard, risk, terms[2]!);
  }

  /**
   * Daily hazard of agent a: by stage and tenure since hire (TENURE_BANDS), times the pay, burnout, remote, engagement and referral terms.
   * NOTE: leaves the pay, burnout and engagement terms in `causeTerms` for attributeQuitRisk (no allocation per call).
   */
  hazardPerDay(a: number, day: number): number {
    const pool = this.pool;
    const p = this.params;
    const sinceHire = day - pool.hireDay[a]!;
    let h = stageHazardPerDay(p.attrition, p.training.dropoutHazardPerDay, pool.stage[a]!, sinceHire);
    const wage = p.labourMarket.marketWageByDay[day]!;
    const terms = this.causeTerms;
    // A refused raise (management.payReview) counts with pay among the causes.
    h *= terms[0] =
      (Math.max(pool.earnings[a]!, 1) / wage) ** p.attrition.payElasticity *
      (this.management?.hazardMultiplier(day) ?? 1);
    h *= terms[1] = Math.exp(p.attrition.burnoutCoefficient * pool.burnout[a]!);
    if (pool.remote[a] === 1) h *= p.attrition.remoteMultiplier;
    // Engagement 1 (promoter) to 0 (detractor) spans a factor detractorMultiplier, centred on 0.5.
    h *= terms[2] = p.attrition.detractorMultiplier ** (0.5 - pool.engagement[a]!);
    if (pool.referral[a] === 1 && sinceHire < p.recruiting.referralEarlyDays)
      h *= p.recruiting.referralHazardMultiplier;
    if (sinceHire < p.training.earlyDays) h *= p.training.earlyHazardMultiplier;
    return h;
  }

  private advanceStages(day: number): void {
    const pool = this.pool;
    for (let a = 0; a < pool.count; a++) {
      const stage = pool.stage[a]!;
      if (stage === STAGE.training && pool.productionDay[a]! >= 0 && day >= pool.productionDay[a]!)
        this.graduate(a, pool.productionDay[a]!);
      else if (stage === STAGE.nesting && day - pool.productionDay[a]! >= this.params.rampUp.nestingDays)
        pool.stage[a] = STAGE.proficient;
    }
  }

  /** Opens vacancies up to the hiring target and fills them from applicants and referrals (docs/model.md 4.2). */
  private recruit(day: number): void {
    const r = this.params.recruiting;
    if (r.policy.kind === "fixed-rate") {
      for (let n = Math.min(this.poisson(r.policy.hiresPerDay), r.maxHiresPerDay ?? Infinity); n > 0; n--) {
        this.hire(day, false, r.remoteShare);
        this.flows.hires++;
      }
      return;
    }
    const active = this.activeCount();
    const lead = r.policy.leadTimeDays;
    const wanted =
      this.target.requiredFte(Math.min(this.calendar.days - 1, day + Math.round(lead))) * r.policy.targetFactor +
      this.leaversPerDay * lead;
    const missing = Math.ceil(wanted - active - this.vacancies.open);
    if (missing > 0) this.vacancies.openMany(missing, day);
    if (this.vacancies.open === 0) return;
    // The cap applies after the draws, so the random streams are consumed alike whether it binds or not.
    const cap = r.maxHiresPerDay ?? Infinity;
    const hires = Math.min(this.vacancies.open, cap, this.poisson(this.vacancies.open * this.hiresPerVacancyDay(day)));
    for (let i = 0; i < hires; i++) this.fillVacancy(day, false);
    const referrals = Math.min(this.vacancies.open, cap - hires, this.poisson(active * r.referralsPerAgentDay));
    for (let i = 0; i < referrals; i++) this.fillVacancy(day, true);
  }

  /**
   * Expected hires per open vacancy per day: applicants = base x (H_eff / H_ref)^alpha x (pay / market)^epsilon a
   * week, where remote hiring widens the catchment (H_eff = k H for the remote share); times screening and offer
   * acceptance (which also rises with pay over the market wage).
   */
  hiresPerVacancyDay(day: number): number {
    const r = this.params.recruiting;
    const market = this.params.labourMarket;
    const index = market.hhIndexByDay[day]! * (1 - r.remoteShare + r.remoteShare * r.remoteCatchmentMultiplier);
    const payRatio = this.offeredPay() / market.marketWageByDay[day]!;
    const effort = this.management?.recruitingEffort.applicantMultiplier() ?? 1;
    const applicants =
      effort *
      (r.baseApplicantsPerVacancyWeek / 7) *
      (index / market.referenceHhIndex) ** r.matchingElasticity *
      payRatio ** r.payElasticityOfApplicants;
    const acceptance = Math.min(1, r.offerAcceptanceRate * payRatio ** r.offerAcceptancePayElasticity);
    return applicants * r.screeningPassRate * acceptance;
  }

  private fillVacancy(day: number, referral: boolean): void {
    this.vacancies.fill(day, this.vacancyChoice.next());
    this.hire(day, referral, this.params.recruiting.remoteShare);
    this.flows.hires++;
    if (referral) this.flows.referralHires++;
  }

  /** Starts classes on the cadence when enough hires wait, within the trainers available. */
  private startClasses(day: number): void {
    const t = this.params.training;
    const pool = this.pool;
    const waiting: number[] = [];
    for (let a = 0; a < pool.count; a++)
      if (pool.stage[a] === STAGE.training && pool.productionDay[a] === -1) waiting.push(a);
    if (t.trainingDays <= 0) {
      for (const a of waiting) this.graduate(a, day);
      return;
    }
    while (this.classEnds.length > 0 && this.classEnds[0]! <= day) this.classEnds.shift();
    this.flows.classDays += this.classEnds.length;
    if (day % Math.max(1, Math.round(t.classCadenceDays)) !== 0) return;
    let next = 0;
    while (waiting.length - next >= t.minClassSize && this.classEnds.length < t.trainerCapacity) {
      const end = day + Math.round(t.trainingDays);
      for (const a of waiting.slice(next, next + t.maxClassSize)) pool.productionDay[a] = end;
      next += t.maxClassSize;
      this.classEnds.push(end);
    }
  }

  /** Learning curve, effort and burnout into each agent's handle-time multiplier and quality (docs/model.md 4.3). */
  private updateAgents(day: number): void {
    const pool = this.pool;
    const p = this.params;
    const s = this.pieceRateIntensity();
    const effort = 1 - p.pay.effortElasticity * s;
    const qualityLoss = 1 - p.pay.qualityLossCoefficient * s * (1 - p.pay.qualityWeightInRate);
    const b = p.burnout;
    const flows = this.flows;
    flows.days++;
    const burnoutStep = -Math.expm1(-1 / b.timeConstantDays);
    for (let a = 0; a < pool.count; a++) {
      const stage = pool.stage[a]!;
      if (stage === STAGE.left) continue;
      flows.headcountDays++;
      if (stage === STAGE.training) {
        flows.traineeDays++;
        continue;
      }
      const loggedIn = pool.loggedInSecThisMonth[a]!;
      if (loggedIn > 0) {
        // Occupancy capped at 1 (see centreKpis); overtime adds its own strain; the target stays in [0, 1].
        const occupancy = Math.min(1, pool.busySecThisMonth[a]! / loggedIn);
        const strain = Math.min(
          1,
          Math.max(0, occupancy - b.occupancyThreshold) / (1 - b.occupancyThreshold) +
            (this.management?.overtime.strain(a) ?? 0),
        );
        // Exact one-day step of first-order smoothing: stable for any time constant (an Euler step of 1/tau
        // overshoots and diverges once tau is under a day).
        pool.burnout[a]! += (strain - pool.burnout[a]!) * burnoutStep;
      }
      const learning = Math.exp(-(day - pool.productionDay[a]!) / p.rampUp.learningTimeConstantDays);
      const burnout = pool.burnout[a]!;
      pool.handleTimeMultiplier[a] =
        (1 + (p.rampUp.initialHandleTimeMultiplier - 1) * learning) *
        effort *
        (1 + b.handleTimeIncreaseAtFull * burnout);
      pool.quality[a] =
        (1 - (1 - p.rampUp.initialQualityRatio) * learning) * qualityLoss * (1 - b.qualityDecreaseAtFull * burnout);
      flows.productiveFteDays += 1 / pool.handleTimeMultiplier[a]!;
      flows.productionAgentDays++;
      flows.multiplierDays += pool.handleTimeMultiplier[a]!;
    }
  }

  activeCount(): number {
    let n = 0;
    for (let a = 0; a < this.pool.count; a++) if (this.pool.stage[a] !== STAGE.left) n++;
    return n;
  }

  private ensureCapacity(): void {
    if (this.leftDay.length >= this.pool.capacity) return;
    const next = new Int32Array(this.pool.capacity).fill(-1);
    next.set(this.leftDay);
    this.leftDay = next;
  }

  /** Days in month m, for prorating pay. */
  daysInMonth(m: number): number {
    return this.calendar.monthStartDay[m + 1]! - this.calendar.monthStartDay[m]!;
  }
}

function emptyFlows(): MonthFlows {
  return {
    hires: 0,
    referralHires: 0,
    leavers: 0,
    trainingDropouts: 0,
    headcountDays: 0,
    traineeDays: 0,
    classDays: 0,
    productiveFteDays: 0,
    productionAgentDays: 0,
    multiplierDays: 0,
    days: 0,
    leaversFromPay: 0,
    leaversFromBurnout: 0,
    leaversFromDisengagement: 0,
  };
}

/** The quit risk 1 - exp(-hazard) less what it would be with a term above 1 taken out of the hazard. */
function excessRisk(hazard: number, risk: number, term: number): number {
  return term > 1 ? risk + Math.expm1(-hazard / term) : 0;
}
