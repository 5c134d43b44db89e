import type { RandomStream } from "@ccsim/engine";
import { NOT_YET_EMPLOYED, STAGE, type AgentPool } from "../AgentPool.js";
import type { CentreTally } from "../CentreTally.js";
import type { BinomialSampler } from "../internal/binomial.js";
import { quantileSorted } from "../internal/quantileSorted.js";
import { monthDays, type SimCalendar } from "../SimCalendar.js";
import { hiringCost, seatCost, totalCost, trainingCost } from "./costs.js";
import { HALF_TO_TWO_YEARS } from "./hirePath.js";
import { marketWageOn } from "./labourMarket.js";
import type { MonthFlows } from "./MonthFlows.js";
import { earnedPay, employedDays, tiersHighestFirst, traineePay } from "./pay.js";
import type { PeopleParams } from "./PeopleParams.js";
import type { PolicyEffects } from "./PolicyEffects.js";
import { meanWaitSec, npsOf, surveyAgents, surveyCustomers, type NpsCount } from "./surveys.js";
import type { Vacancies } from "./Vacancies.js";

/** What the month close reads (and, for earnings, engagement and vacancies, writes) of the people layer. */
export interface MonthCloseState {
  readonly calendar: SimCalendar;
  readonly pool: AgentPool;
  readonly leftDay: Int32Array;
  readonly params: PeopleParams;
  readonly flows: MonthFlows;
  readonly tally: CentreTally;
  readonly vacancies: Vacancies;
  /** Stream of the customer and agent surveys, and binomial variates from it (customers' answers). */
  readonly surveys: RandomStream;
  readonly surveyCounts: BinomialSampler;
  readonly policies: PolicyEffects | undefined;
}

/**
 * Closes month m of the people layer: pays every agent employed in it (the salary prorated by days employed), surveys
 * customers (tNPS per agent, which sets the tier under the tNPS-tied rate) and agents (engagement, eNPS), adds up
 * the costs, and returns the month's people KPIs. Runs before the agents' monthly counters are reset.
 */
export function closeMonthOfPeople(state: MonthCloseState, month: number): Record<string, number> {
  const { pool, params: p, flows, calendar } = state;
  const { first, end } = monthDays(calendar, month);
  const days = end - first;
  const excessWaitMin = Math.max(0, meanWaitSec(state.tally, first, end) - p.customerExperience.referenceWaitSec) / 60;
  const survey: NpsCount = { promoters: 0, detractors: 0, answers: 0 };
  // Earnings of those on the phones at month end, in a typed array sorted without a comparator (a comparator call
  // per comparison, and a boxed number per entry, cost more than the rest of the month close's loop).
  const earnings = new Float64Array(pool.count);
  let earners = 0;
  let payroll = 0,
    seats = 0,
    contacts = 0,
    overtimePay = 0;
  const policies = state.policies;
  const overtimeRate = policies?.overtimeHourlyRate() ?? 0;
  const tiers = tiersHighestFirst(p.pay);
  // The salaried part of everyone's pay (the fixed salary, or the base under a piece rate): all a trainee gets.
  const salary = traineePay(p.pay);
  const tnpsTied = p.pay.scheme === "piece-rate-tnps";
  for (let a = 0; a < pool.count; a++) {
    const left = state.leftDay[a]!;
    if (pool.stage[a] === STAGE.left && left < first) continue;
    const from = pool.employedFromDay[a]!;
    // A hire still waiting for a class (or gone before one started) was never employed: no pay, seat or cost.
    const employed = from === NOT_YET_EMPLOYED ? 0 : employedDays(from, left, first, days);
    if (employed <= 0) continue;
    const share = employed / days;
    const agentContacts = pool.contactsThisMonth[a]!;
    // Without a customer to answer (under 5 contacts at a 10% response rate: trainees, hires who left early) the
    // survey draws nothing and counts nothing, and its tNPS, the expected one, is only read by a tNPS-tied rate past
    // training: otherwise its shares (four normal distribution functions) are not worked out. About a tenth of the
    // agents in MTS.
    const agentTnps =
      (pool.stage[a] === STAGE.training || !tnpsTied) &&
      Math.round(agentContacts * p.customerExperience.surveyResponseRate) <= 0
        ? NaN
        : surveyCustomers(
            p.customerExperience,
            pool.quality[a]!,
            agentContacts,
            excessWaitMin,
            state.surveyCounts,
            survey,
          );
    const overtime = policies?.overtime.pay(a, overtimeRate) ?? 0;
    overtimePay += overtime;
    const pay =
      (pool.stage[a] === STAGE.training ? salary : earnedPay(p.pay, agentContacts, agentTnps, tiers)) + overtime;
    pool.earnings[a] = pay;
    // Only the salary is a monthly amount to prorate: the piece part and overtime pay for the contacts and hours of
    // the days employed, already partial (prorating them too under-paid a piece-rate leaver's last month).
    payroll += salary * share + (pay - salary);
    seats += seatCost(p.money, pool.remote[a] === 1, share);
    contacts += agentContacts;
    if (pool.stage[a] !== STAGE.left && pool.stage[a] !== STAGE.training) earnings[earners++] = pay;
  }
  const enps = surveyAgents(
    pool,
    p.motivation,
    marketWageOn(p.labourMarket, Math.min(calendar.days, end) - 1),
    state.surveys,
  );
  const sorted = earnings.subarray(0, earners).sort();
  const hiring = hiringCost(p.money, p.recruiting.referralBonus, flows);
  const training = trainingCost(p.money, flows);
  const recruitingSpend = policies?.recruitingEffort.spendThisMonth ?? 0;
  const outsourcing = policies?.outsourcing;
  const outsourcingCost = outsourcing?.costThisMonth ?? 0;
  // The partner's answered contacts count as contacts handled (docs/model.md 5.5).
  const outsourcedHandled = outsourcing === undefined ? 0 : outsourcing.handledThisMonth();
  const total = totalCost(p.money, {
    payroll,
    seatCost: seats,
    hiringCost: hiring,
    trainingCost: training,
    recruitingSpend,
    outsourcingCost,
  });
  contacts += outsourcedHandled;
  const averageHeadcount = flows.headcountDays / Math.max(1, flows.days);
  const averageTrainees = flows.traineeDays / Math.max(1, flows.days);
  // Those who quit while waiting for a class (reneged offers) count as training dropouts, over trainees and waiters.
  const averageInTraining = averageTrainees + flows.waitingDays / Math.max(1, flows.days);
  const vacancies = state.vacancies;
  // NOTE: the records of stageCounts and Vacancies.closeMonth copied key by key, in the order their spreads gave: a
  // literal spreading two records among its 30-odd keys took about 50 us to build (a map transition per key after the
  // spread), against about 1 us for a literal of fixed keys (measured on the whole MTS bench: 1.01x against 0.96x
  // for the spread). The `satisfies` below makes leaving out a key of either record a type error.
  const counts = stageCounts(pool);
  const fills = vacancies.closeMonth();
  return {
    headcountTraining: counts.headcountTraining,
    headcountNesting: counts.headcountNesting,
    headcountProficient: counts.headcountProficient,
    headcount: counts.headcount,
    hiresAwaitingClass: counts.hiresAwaitingClass,
    hiresPerMonth: flows.hires,
    referralHires: flows.referralHires,
    leavers: flows.leavers,
    leaversFromPay: flows.leaversFromPay,
    leaversFromBurnout: flows.leaversFromBurnout,
    leaversFromDisengagement: flows.leaversFromDisengagement,
    monthlyAttrition: averageHeadcount - averageTrainees > 0 ? flows.leavers / (averageHeadcount - averageTrainees) : 0,
    trainingDropouts: flows.trainingDropouts,
    trainingDropout: averageInTraining > 0 ? flows.trainingDropouts / (averageInTraining + flows.trainingDropouts) : 0,
    timeToFillDays: fills.timeToFillDays,
    timeToFillP50Days: fills.timeToFillP50Days,
    timeToFillP90Days: fills.timeToFillP90Days,
    plannedTimeToFillDays: fills.plannedTimeToFillDays,
    vacanciesWithdrawn: fills.vacanciesWithdrawn,
    // Known only 30 days after the month's vacancies opened: set at the end of the run (PeopleLayer.finish).
    filledWithin30Days: NaN,
    openVacancies: vacancies.open,
    tenureShareHalfToTwoYears: tenureShare(pool, end),
    productiveFte: flows.productiveFteDays / Math.max(1, flows.days),
    meanHandleTimeMultiplier: flows.productionAgentDays > 0 ? flows.multiplierDays / flows.productionAgentDays : 0,
    tnps: npsOf(survey, 0),
    enps,
    meanEarningsPerMonth: earners > 0 ? sumOf(sorted) / earners : 0,
    earningsP10: earners > 0 ? quantileSorted(sorted, 0.1) : 0,
    earningsP90: earners > 0 ? quantileSorted(sorted, 0.9) : 0,
    payroll: payroll * p.money.overheadMultiplier,
    hiringCost: hiring,
    trainingCost: training,
    overtimeCost: overtimePay * p.money.overheadMultiplier,
    totalCost: total,
    costPerContact: contacts > 0 ? total / contacts : 0,
  } satisfies Record<keyof typeof counts | keyof typeof fills, number> & Record<string, number>;
}

/** The sum of `values` from the first (a loop: a typed array's reduce boxed a number per entry). */
function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/** Head count at month end, in total and by stage, and the hires waiting for a class (not yet employed). */
export function stageCounts(pool: AgentPool): {
  headcountTraining: number;
  headcountNesting: number;
  headcountProficient: number;
  headcount: number;
  hiresAwaitingClass: number;
} {
  const counts = {
    headcountTraining: 0,
    headcountNesting: 0,
    headcountProficient: 0,
    headcount: 0,
    hiresAwaitingClass: 0,
  };
  for (let a = 0; a < pool.count; a++) {
    const stage = pool.stage[a];
    if (stage === STAGE.training && pool.productionDay[a]! < 0) {
      counts.hiresAwaitingClass++;
      continue;
    }
    if (stage === STAGE.training) counts.headcountTraining++;
    else if (stage === STAGE.nesting) counts.headcountNesting++;
    else if (stage === STAGE.proficient) counts.headcountProficient++;
    else continue;
    counts.headcount++;
  }
  return counts;
}

/** Share of agents past training whose tenure since hire is between half a year and two years (MTS: 70% -> 47%). */
export function tenureShare(pool: AgentPool, day: number): number {
  let inBand = 0,
    total = 0;
  for (let a = 0; a < pool.count; a++) {
    const stage = pool.stage[a];
    if (stage === STAGE.left || stage === STAGE.training) continue;
    total++;
    const tenure = day - pool.hireDay[a]!;
    if (tenure >= HALF_TO_TWO_YEARS.fromDay && tenure <= HALF_TO_TWO_YEARS.toDay) inBand++;
  }
  return total > 0 ? inBand / total : 0;
}
