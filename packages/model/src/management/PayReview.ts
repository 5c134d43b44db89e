import type { PayReviewParams } from "./ManagementParams.js";

/**
 * Pay reviews (docs/model.md 5.2): every `cadenceMonths` the centre compares its offered pay with the market wage
 * as its salary survey saw it `marketLagDays` earlier, and raises pay toward `targetPayRatio` x that wage, by at
 * most `maxRaise` (the budget). The raise scales the whole pay scheme (salary, base and piece rate) from the next
 * month. When the review leaves more than `refusedRaiseThreshold` of the pay owed unpaid, the staff see a refused
 * raise: their quit hazard is multiplied by `refusedRaiseHazardMultiplier` for `refusedRaiseEffectDays`.
 */
export class PayReview {
  /** Product of all raises given so far: the pay scheme is the scenario's times this. */
  payIndex = 1;
  /** Raise given and raise owed at this month's review (0 without a review). */
  raiseThisMonth = 0;
  owedThisMonth = 0;
  refusedThisMonth = 0;
  private grievanceUntilDay = -1;

  constructor(public params: PayReviewParams) {}

  /** Whether month m (0-based from the start of the run, warm-up included) closes with a review. */
  isReviewMonth(month: number): boolean {
    return this.params.enabled && (month + 1) % this.params.cadenceMonths === 0;
  }

  /**
   * Reviews pay at the close of a review month: `offeredPay` is what the centre pays now, `laggedMarketWage` the
   * market wage the review sees, `day` the last day of the month. Returns the raise given (a share).
   */
  review(day: number, offeredPay: number, laggedMarketWage: number): number {
    const p = this.params;
    const owed = Math.max(0, (p.targetPayRatio * laggedMarketWage) / offeredPay - 1);
    const given = Math.min(owed, p.maxRaise);
    this.payIndex *= 1 + given;
    this.raiseThisMonth = given;
    this.owedThisMonth = owed;
    // The unpaid part of the owed raise, as a share of the new pay.
    const unpaid = (1 + owed) / (1 + given) - 1;
    if (unpaid > p.refusedRaiseThreshold) {
      this.grievanceUntilDay = day + p.refusedRaiseEffectDays;
      this.refusedThisMonth = 1;
    }
    return given;
  }

  /** Quit hazard multiplier on `day`: raised for a while after a refused raise. */
  hazardMultiplier(day: number): number {
    return day <= this.grievanceUntilDay ? this.params.refusedRaiseHazardMultiplier : 1;
  }

  resetMonth(): void {
    this.raiseThisMonth = 0;
    this.owedThisMonth = 0;
    this.refusedThisMonth = 0;
  }
}
