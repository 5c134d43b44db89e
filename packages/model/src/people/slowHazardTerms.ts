import type { AgentPool } from "../AgentPool.js";
import type { PeopleParams } from "./PeopleParams.js";

/**
 * The two factors of an agent's quit hazard that move only monthly (docs/model.md 4.4), kept per agent: the pay
 * term (earnings / market wage)^elasticity times management's hazard multiplier, and the engagement term
 * detractorMultiplier^(0.5 - engagement). Each costs a power per agent-day when computed afresh, the larger part of
 * the hazard's cost, yet earnings and engagement change at month closes and the wage with the market series. A
 * term is recomputed when one of its inputs differs from those it was computed from; the values are the same
 * expressions, so the hazards are bit for bit those computed afresh.
 */
export class SlowHazardTerms {
  pay = new Float64Array(0);
  engagement = new Float64Array(0);
  /** The earnings and engagement each agent's terms were computed from (NaN: never). */
  private earningsSeen = new Float64Array(0);
  private engagementSeen = new Float64Array(0);
  /** Each agent's terms hold for the shared inputs of this epoch. */
  private epochSeen = new Int32Array(0);
  private epoch = 0;
  private params: PeopleParams | undefined;
  private wage = NaN;
  private multiplier = NaN;

  /** Takes the parameters `p`, the day's market wage and policy multiplier; a change invalidates every agent's terms. */
  refresh(p: PeopleParams, wage: number, multiplier: number, capacity: number): void {
    if (p !== this.params || wage !== this.wage || multiplier !== this.multiplier) {
      this.params = p;
      this.wage = wage;
      this.multiplier = multiplier;
      this.epoch++;
    }
    if (this.pay.length < capacity) this.grow(capacity);
  }

  /** Brings agent a's terms up to date (after refresh, with the pool's capacity at most the one refreshed for). */
  ensure(pool: AgentPool, a: number): void {
    const earnings = pool.earnings[a]!,
      engagement = pool.engagement[a]!;
    if (this.epochSeen[a] === this.epoch && this.earningsSeen[a] === earnings && this.engagementSeen[a] === engagement)
      return;
    const p = this.params;
    if (p === undefined) throw new Error("SlowHazardTerms.ensure before refresh");
    this.epochSeen[a] = this.epoch;
    this.earningsSeen[a] = earnings;
    this.engagementSeen[a] = engagement;
    this.pay[a] = (Math.max(earnings, 1) / this.wage) ** p.attrition.payElasticity * this.multiplier;
    // Engagement 1 (promoter) to 0 (detractor) spans a factor detractorMultiplier, centred on 0.5.
    this.engagement[a] = p.attrition.detractorMultiplier ** (0.5 - engagement);
  }

  private grow(capacity: number): void {
    const copy = <T extends Float64Array | Int32Array>(old: T, next: T): T => (next.set(old), next);
    this.pay = copy(this.pay, new Float64Array(capacity));
    this.engagement = copy(this.engagement, new Float64Array(capacity));
    this.earningsSeen = copy(this.earningsSeen, new Float64Array(capacity).fill(NaN));
    this.engagementSeen = copy(this.engagementSeen, new Float64Array(capacity).fill(NaN));
    this.epochSeen = copy(this.epochSeen, new Int32Array(capacity));
  }
}
