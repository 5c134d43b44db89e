import { STAGE } from "../AgentPool.js";
import { quantileSorted } from "../internal/quantileSorted.js";
import { HALF_TO_TWO_YEARS } from "./hirePath.js";
import { engagementLogit, engagementOf, enpsShares } from "./steadyState.js";
import type { PeopleLayer } from "./PeopleLayer.js";
import { tnpsShares } from "./surveyShares.js";

export interface MonthContext {
  readonly layer: PeopleLayer;
  readonly month: number;
  readonly payForTrainees: number;
}

/**
 * Closes month m of the people layer: pays every agent employed in it (prorated by days employed), surveys
 * customers (tNPS per agent, which sets the tier under the tNPS-tied rate) and agents (engagement, eNPS), adds up
 * the costs, and returns the month's people KPIs. Runs before the agents' monthly counters are reset.
 */
export function closeMonthOfPeople({ layer, month, payForTrainees }: MonthContext): Record<string, number> {
  const { pool, params: p, flows } = layer;
  const first = layer.calendar.monthStartDay[month]!;
  const days = layer.daysInMonth(month);
  const excessWaitMin = Math.max(0, meanWaitSec(layer, month) - p.customerExperience.referenceWaitSec) / 60;
  const survey = { promoters: 0, detractors: 0, answers: 0 };
  const earnings: number[] = [];
  let payroll = 0,
    seatCost = 0,
    contacts = 0,
    overtimePay = 0;
  const management = layer.management;
  const overtimeRate = management?.overtimeHourlyRate() ?? 0;
  const tiers = [...p.pay.tnpsTiers].sort((x, y) => y.minTnps - x.minTnps);
  for (let a = 0; a < pool.count; a++) {
    const left = layer.leftDay[a]!;
    if (pool.stage[a] === STAGE.left && left < first) continue;
    const employedDays = Math.min(days, (left < 0 ? first + days : left) - Math.max(first, pool.hireDay[a]!));
    if (employedDays <= 0) continue;
    const share = employedDays / days;
    const agentTnps = surveyCustomers(layer, a, excessWaitMin, survey);
    const overtime = management?.overtime.pay(a, overtimeRate) ?? 0;
    overtimePay += overtime;
    const pay =
      (pool.stage[a] === STAGE.training ? payForTrainees : pieceOrSalary(layer, a, agentTnps, tiers)) + overtime;
    pool.earnings[a] = pay;
    payroll += pay * share;
    seatCost += share * (pool.remote[a] === 1 ? p.money.remoteSeatCostPerMonth : p.money.onSiteSeatCostPerMonth);
    contacts += pool.contactsThisMonth[a]!;
    if (pool.stage[a] !== STAGE.left && pool.stage[a] !== STAGE.training) earnings.push(pay);
  }
  const enps = surveyAgents(layer, month);
  earnings.sort((x, y) => x - y);
  const hiringCost = flows.hires * p.money.costPerHire + flows.referralHires * p.recruiting.referralBonus;
  const trainingCost =
    (flows.traineeDays / 7) * p.money.trainingCostPerTraineeWeek + (flows.classDays / 7) * p.money.trainerCostPerWeek;
  // Management spend (docs/model.md 5): campaigns, and the partner's contacts, which also count as contacts handled.
  const recruitingSpend = management?.recruitingEffort.spendThisMonth ?? 0;
  const outsourcing = management?.outsourcing;
  const outsourcingCost = outsourcing?.costThisMonth ?? 0;
  const outsourcedHandled =
    outsourcing === undefined
      ? 0
      : outsourcing.outsourcedThisMonth.reduce((x, y) => x + y, 0) * (1 - outsourcing.params.partnerAbandonRate);
  const totalCost =
    payroll * p.money.overheadMultiplier + seatCost + hiringCost + trainingCost + recruitingSpend + outsourcingCost;
  contacts += outsourcedHandled;
  const averageHeadcount = flows.headcountDays / Math.max(1, flows.days);
  const averageTrainees = flows.traineeDays / Math.max(1, flows.days);
  const vacancies = layer.vacancies;
  return {
    ...stageCounts(layer),
    hiresPerMonth: flows.hires,
    referralHires: flows.referralHires,
    leavers: flows.leavers,
    leaversFromPay: flows.leaversFromPay,
    leaversFromBurnout: flows.leaversFromBurnout,
    leaversFromDisengagement: flows.leaversFromDisengagement,
    monthlyAttrition: averageHeadcount - averageTrainees > 0 ? flows.leavers / (averageHeadcount - averageTrainees) : 0,
    trainingDropouts: flows.trainingDropouts,
    trainingDropout: averageTrainees > 0 ? flows.trainingDropouts / (averageTrainees + flows.trainingDropouts) : 0,
    ...vacancies.closeMonth(),
    // Known only 30 days after the month's vacancies opened: set at the end of the run (PeopleLayer.finish).
    filledWithin30Days: NaN,
    openVacancies: vacancies.open,
    tenureShareHalfToTwoYears: tenureShare(layer, first + days),
    productiveFte: flows.productiveFteDays / Math.max(1, flows.days),
    meanHandleTimeMultiplier: flows.productionAgentDays > 0 ? flows.multiplierDays / flows.productionAgentDays : 0,
    tnps: survey.answers > 0 ? (100 * (survey.promoters - survey.detractors)) / survey.answers : 0,
    enps,
    meanEarningsPerMonth: earnings.length > 0 ? earnings.reduce((x, y) => x + y, 0) / earnings.length : 0,
    earningsP10: earnings.length > 0 ? quantileSorted(earnings, 0.1) : 0,
    earningsP90: earnings.length > 0 ? quantileSorted(earnings, 0.9) : 0,
    payroll: payroll * p.money.overheadMultiplier,
    hiringCost,
    trainingCost,
    overtimeCost: overtimePay * p.money.overheadMultiplier,
    totalCost,
    costPerContact: contacts > 0 ? totalCost / contacts : 0,
  };
}

/**
 * Earnings under the pay scheme from the agent's contacts this month (and, for the MTS scheme, its own tNPS tier;
 * `tiers` sorted by threshold, highest first).
 */
function pieceOrSalary(
  layer: PeopleLayer,
  a: number,
  agentTnps: number,
  tiers: PeopleLayer["params"]["pay"]["tnpsTiers"],
): number {
  const pay = layer.params.pay;
  if (pay.scheme === "fixed") return pay.salaryPerMonth;
  let rate = pay.pieceRatePerContact;
  if (pay.scheme === "piece-rate-tnps") {
    const tier = tiers.find((t) => agentTnps >= t.minTnps);
    rate *= tier?.rateMultiplier ?? 0;
  }
  return pay.baseSalaryPerMonth + rate * layer.pool.contactsThisMonth[a]!;
}

/** Samples the agent's customer surveys this month into `total`; returns the agent's own tNPS. */
function surveyCustomers(
  layer: PeopleLayer,
  a: number,
  excessWaitMin: number,
  total: { promoters: number; detractors: number; answers: number },
): number {
  const p = layer.params.customerExperience;
  const shares = tnpsShares(p, layer.pool.quality[a]!, excessWaitMin);
  const expectedAnswers = layer.pool.contactsThisMonth[a]! * p.surveyResponseRate;
  let answers = 0,
    promoters = 0,
    detractors = 0;
  // NOTE: one uniform per expected answer keeps the draw count tied to the agent's volume (no rejection sampling).
  for (let i = 0; i < Math.round(expectedAnswers); i++) {
    const u = layer.surveys.next();
    answers++;
    if (u < shares.promoters) promoters++;
    else if (u > 1 - shares.detractors) detractors++;
  }
  total.promoters += promoters;
  total.detractors += detractors;
  total.answers += answers;
  return answers > 0 ? (100 * (promoters - detractors)) / answers : 100 * (shares.promoters - shares.detractors);
}

/**
 * Updates each active agent's engagement, logistic(g0 + g_pay ln(earnings / market) + g_clarity (clarity - 0.5)
 * + g_remote [remote] - g_burn B), and runs the eNPS survey: a share enpsResponseRate answers, each as a promoter,
 * passive or detractor by the ordered logit on its latent engagement (enpsShares).
 */
function surveyAgents(layer: PeopleLayer, month: number): number {
  const { pool, params: p } = layer;
  const m = p.motivation;
  const day = Math.min(layer.calendar.days - 1, layer.calendar.monthStartDay[month + 1]! - 1);
  const wage = p.labourMarket.marketWageByDay[day]!;
  let answers = 0,
    promoters = 0,
    detractors = 0;
  for (let a = 0; a < pool.count; a++) {
    if (pool.stage[a] === STAGE.left) continue;
    const logit = engagementLogit(m, pool.earnings[a]!, wage, pool.remote[a] === 1, pool.burnout[a]!);
    pool.engagement[a] = engagementOf(logit);
    if (layer.surveys.next() >= m.enpsResponseRate) continue;
    // One answer per respondent from the ordered logit: promoter, detractor or passive.
    const shares = enpsShares(m, logit);
    const u = layer.surveys.next();
    answers++;
    if (u < shares.promoters) promoters++;
    else if (u >= 1 - shares.detractors) detractors++;
  }
  return answers > 0 ? (100 * (promoters - detractors)) / answers : 0;
}

function meanWaitSec(layer: PeopleLayer, month: number): number {
  const t = layer.tally;
  let wait = 0,
    answered = 0;
  for (let d = layer.calendar.monthStartDay[month]!; d < layer.calendar.monthStartDay[month + 1]!; d++) {
    for (let c = 0; c < t.channels; c++) {
      wait += t.waitAnsweredSec[d * t.channels + c]!;
      answered += t.answered[d * t.channels + c]!;
    }
  }
  return answered > 0 ? wait / answered : 0;
}

function stageCounts(layer: PeopleLayer): Record<string, number> {
  const counts = { headcountTraining: 0, headcountNesting: 0, headcountProficient: 0, headcount: 0 };
  for (let a = 0; a < layer.pool.count; a++) {
    const stage = layer.pool.stage[a];
    if (stage === STAGE.training) counts.headcountTraining++;
    else if (stage === STAGE.nesting) counts.headcountNesting++;
    else if (stage === STAGE.proficient) counts.headcountProficient++;
    else continue;
    counts.headcount++;
  }
  return counts;
}

/** Share of agents past training whose tenure since hire is between half a year and two years (MTS: 70% -> 47%). */
function tenureShare(layer: PeopleLayer, day: number): number {
  let inBand = 0,
    total = 0;
  for (let a = 0; a < layer.pool.count; a++) {
    const stage = layer.pool.stage[a];
    if (stage === STAGE.left || stage === STAGE.training) continue;
    total++;
    const tenure = day - layer.pool.hireDay[a]!;
    if (tenure >= HALF_TO_TWO_YEARS.fromDay && tenure <= HALF_TO_TWO_YEARS.toDay) inBand++;
  }
  return total > 0 ? inBand / total : 0;
}
