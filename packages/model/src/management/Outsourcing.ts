import type { OutsourcingParams } from "./ManagementParams.js";

/** A month's contacts at the partner, per channel: answered within its service level, and abandoned there. */
export interface PartnerOutcomes {
  readonly withinServiceLevel: Float64Array;
  readonly abandoned: Float64Array;
}

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
  /** The price of this month's routed contacts. */
  costThisMonth = 0;
  /**
   * This month's routed contacts by the contract they went out under, per channel: a dated change of the contract
   * starts a new entry, so the partner's service level and abandonment apply to the contacts routed under them.
   */
  private contracts: { readonly params: OutsourcingParams; readonly routed: Float64Array }[];

  constructor(
    private current: OutsourcingParams,
    private readonly channels: number,
  ) {
    this.contracts = [{ params: current, routed: new Float64Array(channels) }];
  }

  /** Expected contacts routed out this month, per channel (under every contract of the month). */
  get outsourcedThisMonth(): Float64Array {
    const total = new Float64Array(this.channels);
    for (const { routed } of this.contracts) for (let c = 0; c < this.channels; c++) total[c]! += routed[c]!;
    return total;
  }

  get params(): OutsourcingParams {
    return this.current;
  }

  /**
   * New terms from a dated intervention, for the contacts routed from now on. Every intervention passes the terms
   * again: the same partner service level and abandonment keep this month's entry (and its sums as they were).
   */
  set params(params: OutsourcingParams) {
    const last = this.contracts[this.contracts.length - 1]!.params;
    this.current = params;
    if (
      params.partnerServiceLevel !== last.partnerServiceLevel ||
      params.partnerAbandonRate !== last.partnerAbandonRate
    )
      this.contracts.push({ params, routed: new Float64Array(this.channels) });
  }

  /** This month's contacts the partner answered (routed less abandoned there), at the terms each went out under. */
  handledThisMonth(): number {
    let handled = 0;
    for (const { params, routed } of this.contracts)
      handled += routed.reduce((x, y) => x + y, 0) * (1 - params.partnerAbandonRate);
    return handled;
  }

  /**
   * This month's contacts the partner answered within its service level and those abandoned there, per channel,
   * each routed contact at the terms it was routed under (expected values: the partner meets its contract).
   */
  partnerOutcomes(): PartnerOutcomes {
    const withinServiceLevel = new Float64Array(this.channels);
    const abandoned = new Float64Array(this.channels);
    for (const { params, routed } of this.contracts)
      for (let c = 0; c < this.channels; c++) {
        withinServiceLevel[c]! += params.partnerServiceLevel * routed[c]!;
        abandoned[c]! += params.partnerAbandonRate * routed[c]!;
      }
    return { withinServiceLevel, abandoned };
  }

  /** The weekly decision from capacity / requirement (productive FTE over required FTE). */
  decide(capacityRatio: number): void {
    const p = this.current;
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
    const underContract = this.contracts[this.contracts.length - 1]!.routed;
    for (let c = 0; c < trueRates.length; c++) {
      const rates = trueRates[c]!,
        inHouse = inHouseRates[c]!;
      let routed = 0;
      for (let i = from; i < from + intervalsPerDay; i++) {
        inHouse[i] = rates[i]! * keep;
        routed += rates[i]! * this.share * intervalSec;
      }
      underContract[c]! += routed;
      this.costThisMonth += routed * this.current.pricePerContact;
    }
  }

  resetMonth(): void {
    this.costThisMonth = 0;
    this.contracts = [{ params: this.current, routed: new Float64Array(this.channels) }];
  }
}
