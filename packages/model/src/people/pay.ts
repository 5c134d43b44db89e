import type { PayParams } from "./PeopleParams.js";

/** Pay of docs/model.md 4.5: what the schemes pay, the piece-rate intensity, and proration by days employed. */

/** A pay tier of the tNPS-tied scheme: the rate multiplier for agents whose own monthly tNPS is at least minTnps. */
export type PayTier = PayParams["tnpsTiers"][number];

/** Pay offered to applicants (and assumed for starting staff): the salary, or base plus the piece rate at the expected volume. */
export function offeredPay(pay: PayParams): number {
  return pay.scheme === "fixed"
    ? pay.salaryPerMonth
    : pay.baseSalaryPerMonth + pay.pieceRatePerContact * pay.expectedContactsPerMonth;
}

/** Monthly pay a trainee receives (salary, or the guaranteed base under piece rates). */
export function traineePay(pay: PayParams): number {
  return pay.scheme === "fixed" ? pay.salaryPerMonth : pay.baseSalaryPerMonth;
}

/** s: share of variable pay in expected earnings (0 under a fixed salary). */
export function pieceRateIntensity(pay: PayParams): number {
  if (pay.scheme === "fixed") return 0;
  const variable = pay.pieceRatePerContact * pay.expectedContactsPerMonth;
  return variable / (pay.baseSalaryPerMonth + variable);
}

/** The tiers sorted by threshold, highest first, as `earnedPay` expects them (sorted once per month close). */
export function tiersHighestFirst(pay: PayParams): PayTier[] {
  return [...pay.tnpsTiers].sort((x, y) => y.minTnps - x.minTnps);
}

/**
 * A month's earnings of an agent past training under the pay scheme, from its contacts this month and, under the
 * tNPS-tied scheme, the first of `tiers` (highest threshold first) its own tNPS reaches: below every tier the
 * variable part is 0.
 */
export function earnedPay(pay: PayParams, contacts: number, agentTnps: number, tiers: readonly PayTier[]): number {
  if (pay.scheme === "fixed") return pay.salaryPerMonth;
  let rate = pay.pieceRatePerContact;
  if (pay.scheme === "piece-rate-tnps") {
    const tier = tiers.find((t) => agentTnps >= t.minTnps);
    rate *= tier?.rateMultiplier ?? 0;
  }
  return pay.baseSalaryPerMonth + rate * contacts;
}

/**
 * Days of the month [first, first + days) an agent hired on `hireDay` was employed: from its hire (or the month's
 * start) to the day it left (`leftDay`, -1 if still employed; the leaving day itself is not paid) or the month's end.
 * 0 or less: not employed in the month.
 */
export function employedDays(hireDay: number, leftDay: number, first: number, days: number): number {
  const end = first + days;
  return Math.min(end, leftDay < 0 ? end : leftDay) - Math.max(first, hireDay);
}
