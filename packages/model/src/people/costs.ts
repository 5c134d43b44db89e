import type { MonthFlows } from "./MonthFlows.js";
import type { MoneyParams } from "./PeopleParams.js";

/** Money of docs/model.md 4.6: what a month of people costs, in the scenario currency. */

/** Seat cost of an agent employed `share` of the month (remote seats are cheaper). */
export function seatCost(money: MoneyParams, remote: boolean, share: number): number {
  return share * (remote ? money.remoteSeatCostPerMonth : money.onSiteSeatCostPerMonth);
}

/** Hiring: a cost per hire, plus the referral bonus for each referral hire. */
export function hiringCost(
  money: MoneyParams,
  referralBonus: number,
  flows: Pick<MonthFlows, "hires" | "referralHires">,
): number {
  return flows.hires * money.costPerHire + flows.referralHires * referralBonus;
}

/** Training: trainee-weeks at the cost per trainee, plus class-weeks at a trainer's cost. */
export function trainingCost(money: MoneyParams, flows: Pick<MonthFlows, "traineeDays" | "classDays">): number {
  return (flows.traineeDays / 7) * money.trainingCostPerTraineeWeek + (flows.classDays / 7) * money.trainerCostPerWeek;
}

/** The parts of a month's cost; `payroll` is prorated pay before the overhead multiplier. */
export interface MonthCostParts {
  readonly payroll: number;
  readonly seatCost: number;
  readonly hiringCost: number;
  readonly trainingCost: number;
  /** Management spend (docs/model.md 5): recruiting campaigns and the outsourcing partner's price. */
  readonly recruitingSpend: number;
  readonly outsourcingCost: number;
}

/** Total cost: payroll with overhead, seats, hiring, training and management spend. */
export function totalCost(money: MoneyParams, parts: MonthCostParts): number {
  return (
    parts.payroll * money.overheadMultiplier +
    parts.seatCost +
    parts.hiringCost +
    parts.trainingCost +
    parts.recruitingSpend +
    parts.outsourcingCost
  );
}
