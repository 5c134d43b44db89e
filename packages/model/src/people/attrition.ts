import type { RandomStream } from "@ccsim/engine";
import { STAGE, type AgentPool } from "../AgentPool.js";
import { stageHazardPerDay } from "./hirePath.js";
import { marketWageOn } from "./labourMarket.js";
import type { MonthFlows } from "./MonthFlows.js";
import type { PeopleParams } from "./PeopleParams.js";
import type { PolicyEffects } from "./PolicyEffects.js";
import type { ActiveAgents } from "./ActiveAgents.js";
import { SlowHazardTerms } from "./slowHazardTerms.js";

/** What attrition reads and writes of the people layer. */
export interface AttritionState {
  readonly pool: AgentPool;
  readonly leftDay: Int32Array;
  readonly params: PeopleParams;
  readonly flows: Pick<
    MonthFlows,
    "leavers" | "trainingDropouts" | "leaversFromPay" | "leaversFromBurnout" | "leaversFromDisengagement"
  >;
  readonly policies: Pick<PolicyEffects, "hazardMultiplier"> | undefined;
  readonly active: ActiveAgents;
}

/**
 * Attrition and its causes (docs/model.md 4.4): each day every employed agent quits with probability 1 - exp(-h)
 * (stream `people.attrition`), h its daily hazard; the month's leavers attributable to pay, burnout and
 * disengagement; and the smoothed leavers per day the hiring target plans for.
 */
export class Attrition {
  /** Smoothed leavers per day, for the hire-up-to target's expected attrition over the lead time. */
  leaversPerDay = 0;
  /** The pay, burnout and engagement terms of the last hazardPerDay call. */
  private readonly causeTerms = new Float64Array(3);
  /** The pay and engagement terms, which change monthly, kept per agent between hazard calls. */
  private readonly slow = new SlowHazardTerms();
  private finiteBurnoutCoefficient = true;

  constructor(
    private readonly state: AttritionState,
    private readonly uniform: RandomStream,
  ) {}

  /** Expected quits per day of the agents now employed (no draw): the starting value of the smoothed leavers. */
  expectedLeaversPerDay(day: number): number {
    const { active } = this.state;
    const n = active.sync();
    this.refresh(day);
    let risk = 0;
    for (let i = 0; i < n; i++) risk += -Math.expm1(-this.hazardOf(active.indices[i]!, day));
    return risk;
  }

  /** Daily quits at each agent's hazard. */
  loseAgents(day: number): void {
    const { pool, flows, active } = this.state;
    let leavers = 0;
    const n = active.sync();
    const indices = active.indices;
    this.refresh(day);
    const terms = this.causeTerms;
    const stages = pool.stage;
    // The month's attributable leavers (see MonthFlows) summed in locals, in the same order, and stored once: each
    // is the quit risk 1 - exp(-hazard) less what it would be with a term above 1 taken out of the hazard.
    let fromPay = flows.leaversFromPay,
      fromBurnout = flows.leaversFromBurnout,
      fromDisengagement = flows.leaversFromDisengagement;
    for (let i = 0; i < n; i++) {
      const a = indices[i]!;
      const stage = stages[a]!;
      const hazard = this.hazardOf(a, day);
      const risk = -Math.expm1(-hazard);
      if (stage !== STAGE.training) {
        if (terms[0]! > 1) fromPay += risk + Math.expm1(-hazard / terms[0]!);
        if (terms[1]! > 1) fromBurnout += risk + Math.expm1(-hazard / terms[1]!);
        if (terms[2]! > 1) fromDisengagement += risk + Math.expm1(-hazard / terms[2]!);
      }
      if (this.uniform.next() >= risk) continue;
      leavers++;
      if (stage === STAGE.training) flows.trainingDropouts++;
      else flows.leavers++;
      stages[a] = STAGE.left;
      pool.rosterable[a] = 0;
      this.state.leftDay[a] = day;
    }
    flows.leaversFromPay = fromPay;
    flows.leaversFromBurnout = fromBurnout;
    flows.leaversFromDisengagement = fromDisengagement;
    if (leavers > 0) active.dropLeavers();
    // Smoothed over about a month, for the hiring target's expected attrition.
    this.leaversPerDay += (leavers - this.leaversPerDay) / 30;
  }

  /**
   * Daily hazard of agent a: by stage and tenure since hire (TENURE_BANDS), times the pay, burnout, remote,
   * engagement and referral terms.
   * NOTE: leaves the pay, burnout and engagement terms in `causeTerms` for attributeQuitRisk (no allocation per call).
   */
  hazardPerDay(a: number, day: number): number {
    this.refresh(day);
    return this.hazardOf(a, day);
  }

  /** The day's market wage and policy multiplier into the kept terms (once per day's loop, not per agent). */
  private refresh(day: number): void {
    const { pool, params: p } = this.state;
    this.finiteBurnoutCoefficient = Number.isFinite(p.attrition.burnoutCoefficient);
    // A refused raise (management.payReview) counts with pay among the causes.
    this.slow.refresh(
      p,
      marketWageOn(p.labourMarket, day),
      this.state.policies?.hazardMultiplier(day) ?? 1,
      pool.capacity,
    );
  }

  /** hazardPerDay after refresh(day). */
  private hazardOf(a: number, day: number): number {
    const { pool, params: p } = this.state;
    const sinceHire = day - pool.hireDay[a]!;
    let h = stageHazardPerDay(p.attrition, p.training.dropoutHazardPerDay, pool.stage[a]!, sinceHire);
    const terms = this.causeTerms;
    const slow = this.slow;
    slow.ensure(pool, a);
    h *= terms[0] = slow.payBase[a]! * slow.dayFactor;
    // e^0 is 1 exactly: an agent whose occupancy has stayed under the threshold has burnout exactly 0.
    const burnout = pool.burnout[a]!;
    h *= terms[1] =
      burnout === 0 && this.finiteBurnoutCoefficient ? 1 : Math.exp(p.attrition.burnoutCoefficient * burnout);
    if (pool.remote[a] === 1) h *= p.attrition.remoteMultiplier;
    h *= terms[2] = slow.engagement[a]!;
    if (pool.referral[a] === 1 && sinceHire < p.recruiting.referralEarlyDays)
      h *= p.recruiting.referralHazardMultiplier;
    if (sinceHire < p.training.earlyDays) h *= p.training.earlyHazardMultiplier;
    return h;
  }
}
