import type { AgentPool } from "../AgentPool.js";
import type { ChannelParams, OperationsParams } from "../CentreParams.js";
import type { PeopleParams } from "../people/PeopleParams.js";
import { StaffingTarget } from "../people/StaffingTarget.js";
import { marketWageOn } from "../people/labourMarket.js";
import { monthDays, type SimCalendar } from "../SimCalendar.js";
import type { ManagedPeople } from "./ManagedPeople.js";
import type { ManagementParams } from "./ManagementParams.js";
import { Outsourcing, type PartnerOutcomes } from "./Outsourcing.js";
import { Overtime } from "./Overtime.js";
import { PayReview } from "./PayReview.js";
import { RecruitingEffort } from "./RecruitingEffort.js";

/**
 * The management policies of docs/model.md section 5, acting on what an operations manager sees: the roster gap
 * each day (overtime), capacity against need and the age of open vacancies each week (outsourcing, recruiting
 * effort), pay against the market at each review. No policy draws random numbers, so switching one on or off
 * leaves every random stream where it was (common random numbers).
 */
export class Management {
  readonly overtime: Overtime;
  readonly payReview: PayReview;
  readonly recruitingEffort: RecruitingEffort;
  readonly outsourcing: Outsourcing;
  /** Management KPIs per simulated month (warm-up included). */
  readonly months: Record<string, number>[] = [];
  /** The partner's outcomes per simulated month, per channel, at the terms each contact was routed under. */
  readonly partnerMonths: PartnerOutcomes[] = [];
  private target: StaffingTarget;
  /** The people parameters as the scenario gives them, before pay raises scale the pay scheme. */
  private basePeople: PeopleParams;
  private readonly channelNames: readonly string[];
  private rosterableDays = 0;
  private days = 0;

  constructor(
    private readonly calendar: SimCalendar,
    channels: readonly ChannelParams[],
    private readonly trueRates: readonly Float64Array[],
    private readonly inHouseRates: readonly Float64Array[],
    operations: OperationsParams,
    private readonly pool: AgentPool,
    private readonly people: ManagedPeople,
    params: ManagementParams,
  ) {
    this.overtime = new Overtime(params.overtime, calendar.intervalSec / 3600);
    this.payReview = new PayReview(params.payReview);
    this.recruitingEffort = new RecruitingEffort(params.recruitingEffort);
    this.outsourcing = new Outsourcing(params.outsourcing, channels.length);
    // At the proficient handle time, not the planner's observed one: capacity is counted in proficient-agent
    // equivalents (productiveFte), which already carry the workforce's speed, so the observed multiplier would count
    // it twice.
    this.target = new StaffingTarget(calendar, channels, trueRates, operations);
    this.basePeople = people.params;
    this.channelNames = channels.map((c) => c.name);
  }

  /** New parameters from a dated intervention: raises already given carry over to the new pay scheme. */
  configure(channels: readonly ChannelParams[], operations: OperationsParams, people: PeopleParams): PeopleParams {
    this.target = new StaffingTarget(this.calendar, channels, this.trueRates, operations);
    this.basePeople = people;
    const m = people.management;
    if (m !== undefined) {
      this.overtime.params = m.overtime;
      this.payReview.params = m.payReview;
      this.recruitingEffort.params = m.recruitingEffort;
      this.outsourcing.params = m.outsourcing;
    }
    return withPayIndex(people, this.payReview.payIndex);
  }

  /** Weekly decisions on the first day of each week of the run, then today's routing and spend. */
  beforeDay(day: number): void {
    const rosterable = this.rosterable();
    if (day % 7 === 0) {
      this.recruitingEffort.decide(this.people.vacancies.meanAgeDays(day));
      const required = this.target.requiredFte(day);
      this.outsourcing.decide(required > 0 ? this.productiveFte() / required : Infinity);
    }
    this.outsourcing.route(
      day,
      this.trueRates,
      this.inHouseRates,
      this.calendar.intervalsPerDay,
      this.calendar.intervalSec,
    );
    this.recruitingEffort.accrue(this.people.vacancies.open);
    this.overtime.startDay(day, this.pool.capacity, this.people.employed);
    this.rosterableDays += rosterable;
    this.days++;
  }

  /** Quit hazard multiplier of the pay policy (a refused raise). */
  hazardMultiplier(day: number): number {
    return this.payReview.hazardMultiplier(day);
  }

  /** Hourly rate of overtime pay: the offered monthly pay over the standard hours. */
  overtimeHourlyRate(): number {
    return this.people.offeredPay() / this.overtime.params.standardHoursPerMonth;
  }

  /** Closes month m after the people layer has paid it: the pay review, then the month's KPIs. */
  closeMonth(month: number): void {
    const last = monthDays(this.calendar, month).end - 1;
    const market = this.people.params.labourMarket;
    if (this.payReview.isReviewMonth(month)) {
      const seen = marketWageOn(market, Math.max(0, last - this.payReview.params.marketLagDays));
      this.payReview.review(last, this.people.offeredPay(), seen);
      this.people.params = withPayIndex(this.basePeople, this.payReview.payIndex);
    }
    const routed = this.outsourcing.outsourcedThisMonth;
    const outsourced = routed.reduce((x, y) => x + y, 0);
    const agentWeeks = (this.rosterableDays / Math.max(1, this.days)) * (this.days / 7);
    const kpis: Record<string, number> = {
      overtimeHours: this.overtime.hoursThisMonth,
      overtimeHoursPerAgentWeek: agentWeeks > 0 ? this.overtime.hoursThisMonth / agentWeeks : 0,
      payRaisePct: 100 * this.payReview.raiseThisMonth,
      payRaiseOwedPct: 100 * this.payReview.owedThisMonth,
      refusedRaise: this.payReview.refusedThisMonth,
      payVsMarket: this.people.offeredPay() / marketWageOn(market, last),
      recruitingSpend: this.recruitingEffort.spendThisMonth,
      recruitingCampaignDays: this.recruitingEffort.activeDaysThisMonth,
      outsourcedContacts: outsourced,
      outsourcingCost: this.outsourcing.costThisMonth,
    };
    this.channelNames.forEach((name, c) => (kpis[`${name}.outsourced`] = routed[c] ?? 0));
    this.months[month] = kpis;
    this.partnerMonths[month] = this.outsourcing.partnerOutcomes();
    this.overtime.resetMonth();
    this.payReview.resetMonth();
    this.recruitingEffort.resetMonth();
    this.outsourcing.resetMonth();
    this.rosterableDays = 0;
    this.days = 0;
  }

  /** Agents rosterable today (all of them employed: the same count as over the whole pool). */
  private rosterable(): number {
    const employed = this.people.employed;
    const count = employed.sync();
    const { indices } = employed,
      { rosterable } = this.pool;
    let n = 0;
    for (let i = 0; i < count; i++) n += rosterable[indices[i]!]!;
    return n;
  }

  /**
   * Capacity on the phones in proficient-agent equivalents: the sum of 1 / handle-time multiplier (over the
   * employed, in ascending index order as over the pool, so the same sum to the bit).
   */
  private productiveFte(): number {
    const employed = this.people.employed;
    const count = employed.sync();
    const { indices } = employed,
      { rosterable, handleTimeMultiplier } = this.pool;
    let fte = 0;
    for (let i = 0; i < count; i++) {
      const a = indices[i]!;
      if (rosterable[a] === 1) fte += 1 / handleTimeMultiplier[a]!;
    }
    return fte;
  }
}

/** The people parameters with the pay scheme (salary, base and piece rate) scaled by `index`. */
export function withPayIndex(people: PeopleParams, index: number): PeopleParams {
  if (index === 1) return people;
  const pay = people.pay;
  return {
    ...people,
    pay: {
      ...pay,
      salaryPerMonth: pay.salaryPerMonth * index,
      baseSalaryPerMonth: pay.baseSalaryPerMonth * index,
      pieceRatePerContact: pay.pieceRatePerContact * index,
    },
  };
}
