import type { AgentPool } from "../AgentPool.js";
import { grown } from "../internal/grown.js";
import type { PeopleParams } from "./PeopleParams.js";

/**
 * Two factors of an agent's quit hazard (docs/model.md 4.4), kept per agent: the pay term (earnings / market
 * wage)^elasticity times management's hazard multiplier, and the engagement term detractorMultiplier^(0.5 -
 * engagement). Each costs a power when computed afresh, the larger part of the hazard's cost per agent-day, yet
 * earnings and engagement change at month closes only. The pay term is kept as earnings^elasticity, times the
 * day's wage^-elasticity x multiplier (the wage moves daily along the market series): equal to the power of the
 * ratio up to rounding in the last bit. A kept part is recomputed when one of its inputs differs from those it was
 * computed from.
 */
export class SlowHazardTerms {
  /** max(earnings, 1)^elasticity per agent; the pay term is this times `dayFactor`. */
  payBase = new Float64Array(0);
  /** The day's wage^-elasticity x policy multiplier. */
  dayFactor = NaN;
  engagement = new Float64Array(0);
  /** The earnings and engagement each agent's terms were computed from (NaN: never). */
  private earningsSeen = new Float64Array(0);
  private engagementSeen = new Float64Array(0);
  /** Each agent's kept parts hold for the parameters of these epochs. */
  private payEpochSeen = new Int32Array(0);
  private engagementEpochSeen = new Int32Array(0);
  private payEpoch = 0;
  private engagementEpoch = 0;
  private params: PeopleParams | undefined;
  private wage = NaN;
  private multiplier = NaN;

  /**
   * Takes the parameters `p`, the day's market wage and policy multiplier; a change invalidates the terms on them.
   * Returns whether the parameters changed (every agent's kept terms then need `ensure` again).
   */
  refresh(p: PeopleParams, wage: number, multiplier: number, capacity: number): boolean {
    const changed = p !== this.params;
    if (changed) {
      this.engagementEpoch++;
      this.payEpoch++;
    }
    if (p !== this.params || wage !== this.wage || multiplier !== this.multiplier)
      this.dayFactor = wage ** -p.attrition.payElasticity * multiplier;
    this.params = p;
    this.wage = wage;
    this.multiplier = multiplier;
    if (this.payBase.length < capacity) this.grow(capacity);
    return changed;
  }

  /** Brings agent a's terms up to date (after refresh, with the pool's capacity at most the one refreshed for). */
  ensure(pool: AgentPool, a: number): void {
    const p = this.params;
    if (p === undefined) throw new Error("SlowHazardTerms.ensure before refresh");
    const earnings = pool.earnings[a]!;
    if (this.payEpochSeen[a] !== this.payEpoch || this.earningsSeen[a] !== earnings) {
      this.payEpochSeen[a] = this.payEpoch;
      this.earningsSeen[a] = earnings;
      this.payBase[a] = Math.max(earnings, 1) ** p.attrition.payElasticity;
    }
    const engagement = pool.engagement[a]!;
    if (this.engagementEpochSeen[a] !== this.engagementEpoch || this.engagementSeen[a] !== engagement) {
      this.engagementEpochSeen[a] = this.engagementEpoch;
      this.engagementSeen[a] = engagement;
      // Engagement 1 (promoter) to 0 (detractor) spans a factor detractorMultiplier, centred on 0.5.
      this.engagement[a] = p.attrition.detractorMultiplier ** (0.5 - engagement);
    }
  }

  private grow(capacity: number): void {
    this.payBase = grown(this.payBase, capacity);
    this.engagement = grown(this.engagement, capacity);
    this.earningsSeen = grown(this.earningsSeen, capacity, NaN);
    this.engagementSeen = grown(this.engagementSeen, capacity, NaN);
    this.payEpochSeen = grown(this.payEpochSeen, capacity);
    this.engagementEpochSeen = grown(this.engagementEpochSeen, capacity);
  }
}
