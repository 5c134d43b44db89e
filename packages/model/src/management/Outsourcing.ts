import type { OutsourcingParams } from "./ManagementParams.js";

/**
 * Overflow to an outsourcing partner (docs/model.md 5.4): at the start of each week of the run the operations
 * manager compares the centre's capacity (productive FTE) with the FTE the true demand requires; below
 * `capacityThreshold` a share s = min(maxShare, 1 - ratio / threshold) of every channel's contacts is routed to the
 * partner for the week, which brings the in-house capacity ratio back to the threshold (ignoring the economies of
 * scale of a smaller queue). Routing a fixed share of a Poisson stream thins it: the centre sees arrivals at
 * (1 - s) times the rate. The partner's contacts are counted at their expected number and served at the contract's
 * service level and abandonment (assumption: the partner meets its contract).
 */
export class Outsourcing {
  share = 0;
  /** Expected contacts routed out this month, per channel, and their price. */
  readonly outsourcedThisMonth: Float64Array;
  costThisMonth = 0;

  constructor(
    public params: OutsourcingParams,
    channels: number,
  ) {
    this.outsourcedThisMonth = new Float64Array(channels);
  }

  /** The weekly decision from capacity / requirement (productive FTE over required FTE). */
  decide(capacityRatio: number): void {
    const p = this.params;
    this.share =
      p.enabled && capacityRatio < p.capacityThreshold
        ? Math.min(p.maxShare, 1 - capacityRatio / p.capacityThreshold)
        : 0;
  }

  /**
   * Writes the in-house arrival rates of `day` (the true rates thinned by the share) and counts the contacts routed
   * out: rates are contacts per second, constant within each interval of `intervalSec`.
   */
  route(
    day: number,
    trueRates: readonly Float64Array[],
    inHouseRates: readonly Float64Array[],
    intervalsPerDay: number,
    intervalSec: number,
  ): void {
    const keep = 1 - this.share;
    const from = day * intervalsPerDay;
    for (let c = 0; c < trueRates.length; c++) {
      const rates = trueRates[c]!,
        inHouse = inHouseRates[c]!;
      let routed = 0;
      for (let i = from; i < from + intervalsPerDay; i++) {
        inHouse[i] = rates[i]! * keep;
        routed += rates[i]! * this.share * intervalSec;
      }
      this.outsourcedThisMonth[c]! += routed;
      this.costThisMonth += routed * this.params.pricePerContact;
    }
  }

  resetMonth(): void {
    this.outsourcedThisMonth.fill(0);
    this.costThisMonth = 0;
  }
}
