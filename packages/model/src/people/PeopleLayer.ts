import { makePoissonSampler, type RandomStream, type RandomStreams } from "@ccsim/engine";
import type { AgentPool } from "../AgentPool.js";
import type { ChannelParams, OperationsParams, WorkforceParams } from "../CentreParams.js";
import type { CentreTally } from "../CentreTally.js";
import type { DayHooks } from "../ContactFidelity.js";
import { makeBinomialSampler, type BinomialSampler } from "../internal/binomial.js";
import { monthDays, type SimCalendar } from "../SimCalendar.js";
import type { ActiveAgents } from "./ActiveAgents.js";
import { Attrition } from "./attrition.js";
import { BurnoutAbsence } from "./burnoutAbsence.js";
import { hireSurvivalKpis, kaplanMeier } from "./hireSurvival.js";
import { Hiring } from "./hiring.js";
import { updateAgents } from "./learningAndBurnout.js";
import { closeMonthOfPeople } from "./monthClose.js";
import { emptyFlows } from "./MonthFlows.js";
import { offeredPay } from "./pay.js";
import { PEOPLE_STREAMS } from "./peopleStreams.js";
import type { PeopleParams } from "./PeopleParams.js";
import { PeopleState } from "./PeopleState.js";
import type { PolicyEffects } from "./PolicyEffects.js";
import { Recruiting } from "./recruiting.js";
import { StaffingTarget } from "./StaffingTarget.js";
import type { PlannedHandleTime } from "../PlannedHandleTime.js";
import { seedStartingWorkforce } from "./startingWorkforce.js";
import { TrainingClasses } from "./trainingClasses.js";
import type { Vacancies } from "./Vacancies.js";

/**
 * The people layer: a day hook that hires from the labour market, trains, ramps up, burns out and loses agents,
 * and at each month's end pays them and surveys them (see docs/model.md, section 4). It changes the contact layer
 * only through the agent pool: who is rosterable, and each agent's handle-time multiplier. This class only orders
 * the mechanisms, each in a module of its own over the narrow part of the shared state (PeopleState) it uses.
 */
export class PeopleLayer implements DayHooks {
  /** People KPIs per simulated month (warm-up included), merged into the month's KPIs by simulateCentre. */
  readonly months: Record<string, number>[] = [];
  private readonly state: PeopleState;
  private readonly surveys: RandomStream;
  private readonly surveyCounts: BinomialSampler;
  private readonly hiring: Hiring;
  private readonly attrition: Attrition;
  private readonly recruiting: Recruiting;
  private readonly training: TrainingClasses;
  private readonly absence: BurnoutAbsence;
  private target: StaffingTarget;
  /** Index of the first agent hired during the run (the starting workforce comes before it). */
  private readonly firstHire: number;

  constructor(
    private readonly calendar: SimCalendar,
    channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    operations: OperationsParams,
    workforce: WorkforceParams,
    pool: AgentPool,
    private readonly tally: CentreTally,
    streams: RandomStreams,
    params: PeopleParams,
    private readonly handleTime?: PlannedHandleTime,
  ) {
    const state = new PeopleState(calendar, pool, params);
    this.state = state;
    this.attrition = new Attrition(state, streams.stream(PEOPLE_STREAMS.attrition));
    const poisson = makePoissonSampler(streams.stream(PEOPLE_STREAMS.recruiting));
    this.hiring = new Hiring(state, streams.stream(PEOPLE_STREAMS.attributes), workforce);
    this.surveys = streams.stream(PEOPLE_STREAMS.surveys);
    this.surveyCounts = makeBinomialSampler(this.surveys);
    const initialTenure = streams.stream(PEOPLE_STREAMS.initialTenure);
    this.recruiting = new Recruiting(state, this.hiring, poisson, streams.stream(PEOPLE_STREAMS.vacancyChoice));
    this.training = new TrainingClasses(state);
    this.absence = new BurnoutAbsence(state, streams.stream(PEOPLE_STREAMS.absence), operations);
    this.target = new StaffingTarget(calendar, channels, rates, operations, handleTime);
    this.training.registerRunning(seedStartingWorkforce(state, this.hiring, initialTenure));
    this.firstHire = pool.count;
    // Handle-time multipliers and quality for the first day; the counts of that call are not a simulated day.
    updateAgents(state, 0);
    handleTime?.start(dayMultiplier(state.flows, 0, 0));
    state.flows = emptyFlows();
    this.attrition.leaversPerDay = this.attrition.expectedLeaversPerDay(0);
  }

  /** The people parameters in force (management's pay review replaces them with the pay scheme raised). */
  get vacancies(): Vacancies {
    return this.state.vacancies;
  }

  /** The employed agents (management's daily loops walk them instead of the whole pool). */
  get employed(): ActiveAgents {
    return this.state.active;
  }

  get params(): PeopleParams {
    return this.state.params;
  }

  set params(params: PeopleParams) {
    this.state.params = params;
  }

  /** Management policies acting on this layer (docs/model.md section 5), set by simulateCentre when configured. */
  set policies(policies: PolicyEffects | undefined) {
    this.state.policies = policies;
  }

  /**
   * People parameters from now on (a dated intervention). Agents keep their state; the new hazards, pay, training
   * and hiring rules apply from the next day, and the hiring target follows the new demand and operations.
   */
  configure(channels: readonly ChannelParams[], operations: OperationsParams, params: PeopleParams): void {
    const policies = this.state.policies;
    this.state.params = policies === undefined ? params : policies.configure(channels, operations, params);
    this.target = new StaffingTarget(this.calendar, channels, this.rates, operations, this.handleTime);
    this.absence.configure(operations);
  }

  beforeDay(day: number): void {
    this.absence.endAbsences();
    this.attrition.loseAgents(day);
    this.training.advanceStages(day);
    this.recruiting.recruit(day, this.target, this.attrition.leaversPerDay);
    this.training.startClasses(day);
    const { productionAgentDays: agents, productiveFteDays: fte } = this.state.flows;
    updateAgents(this.state, day);
    this.handleTime?.observe(dayMultiplier(this.state.flows, agents, fte));
    // Last, with today's burnout: the day plan is built right after this hook from the agents still rosterable.
    this.absence.startAbsences();
  }

  closeMonth(month: number): void {
    const state = this.state;
    this.months[month] = closeMonthOfPeople(
      {
        calendar: state.calendar,
        pool: state.pool,
        leftDay: state.leftDay,
        params: state.params,
        flows: state.flows,
        tally: this.tally,
        vacancies: state.vacancies,
        surveys: this.surveys,
        surveyCounts: this.surveyCounts,
        policies: state.policies,
      },
      month,
    );
    this.attrition.monthClosed();
    state.flows = emptyFlows();
  }

  /**
   * At the end of the run: each month's share of the vacancies opened in it that were filled within 30 days (known
   * now), and the Kaplan-Meier survival of the hires made in the reported months, censored at the last day.
   */
  finish(): { run: Record<string, number>; hireSurvival: Float64Array } {
    const cal = this.calendar;
    const lastDay = cal.days - 1;
    this.months.forEach((kpis, m) => {
      const { first, end } = monthDays(cal, m);
      kpis["filledWithin30Days"] = this.state.vacancies.filledWithinShare(first, end, lastDay);
    });
    const firstReported = monthDays(cal, cal.spec.warmupMonths).first;
    const hireDays: number[] = [],
      leftDays: number[] = [];
    const { pool, leftDay } = this.state;
    for (let a = this.firstHire; a < pool.count; a++) {
      const hireDay = pool.hireDay[a] ?? -1;
      if (hireDay < firstReported) continue;
      hireDays.push(hireDay);
      leftDays.push(leftDay[a] ?? -1);
    }
    const hireSurvival = kaplanMeier(hireDays, leftDays, lastDay);
    return { run: hireSurvivalKpis(hireSurvival), hireSurvival };
  }

  /** Pay offered to applicants: the salary, or base plus the piece rate at the expected volume. */
  offeredPay(): number {
    return offeredPay(this.state.params.pay);
  }

  /** Expected hires per open vacancy per day (docs/model.md 4.2). */
  hiresPerVacancyDay(day: number): number {
    return this.recruiting.hiresPerVacancyDay(day);
  }

  /** Daily quit hazard of agent a (docs/model.md 4.4). */
  hazardPerDay(a: number, day: number): number {
    return this.attrition.hazardPerDay(a, day);
  }

  /** Agents employed (in any stage but left). */
  activeCount(): number {
    return this.state.activeCount();
  }
}

/**
 * The day's realised handle-time multiplier of the agents past training, from the month's counters after the day's
 * update and their values before it: agents over the sum of 1 / multiplier, the harmonic mean (PlannedHandleTime).
 */
function dayMultiplier(
  flows: { readonly productionAgentDays: number; readonly productiveFteDays: number },
  agentsBefore: number,
  fteBefore: number,
): number {
  const fte = flows.productiveFteDays - fteBefore;
  return fte > 0 ? (flows.productionAgentDays - agentsBefore) / fte : NaN;
}
