import type { RandomStream } from "@ccsim/engine";
import { STAGE, type AgentPool } from "../AgentPool.js";
import { grown } from "../internal/grown.js";
import { stageHazardPerDay, TENURE_BANDS } from "./hirePath.js";
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
 * (drawn by inversion from stream `people.attrition`), h its daily hazard; the month's leavers attributable to pay,
 * burnout and disengagement; and the smoothed leavers per day the hiring target plans for.
 */
export class Attrition {
  /** Smoothed leavers per day, for the hire-up-to target's expected attrition over the lead time. */
  leaversPerDay = 0;
  /** The pay, burnout and engagement terms of the last hazardPerDay call. */
  private readonly causeTerms = new Float64Array(3);
  /** The pay and engagement terms, which change monthly, kept per agent between hazard calls. */
  private readonly slow = new SlowHazardTerms();
  private finiteBurnoutCoefficient = true;
  /**
   * Whether every employed agent's kept pay and engagement terms must be brought up to date (`ensure`) before the
   * next day's quits: after a month close (new earnings and engagement) or a change of parameters. Otherwise only
   * the agents hired since, [termsThrough, pool.count), need it: earnings and engagement change at hire and at month
   * closes only.
   */
  private termsStale = true;
  private termsThrough = 0;
  /** Per agent, its Exp(1) quit threshold less the hazard accumulated since (NaN: not drawn yet). */
  private remaining: Float64Array = new Float64Array(0);

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

  /** The month closed: its earnings and engagement are new, so every agent's kept terms are checked the next day. */
  monthClosed(): void {
    this.termsStale = true;
  }

  /**
   * Daily quits at each agent's hazard, by inversion: each agent draws an Exp(1) threshold once, the first day it is
   * seen here (stream `people.attrition`, in the order of the employed list), and quits on the day its cumulative
   * hazard passes it. P(quit on day d | still employed) = 1 - exp(-h_d), the law of a daily Bernoulli draw, with
   * one draw per agent instead of one per agent and day, and no exponential per agent and day.
   */
  loseAgents(day: number): void {
    const { pool, flows, active, params: p } = this.state;
    let leavers = 0;
    const n = active.sync();
    const indices = active.indices;
    this.refresh(day);
    const terms = this.causeTerms;
    const stages = pool.stage;
    if (this.remaining.length < pool.capacity) this.remaining = grown(this.remaining, pool.capacity, NaN);
    const remaining = this.remaining;
    // NOTE: hazardOf inlined, with the parameters and arrays in locals: this loop runs per agent and day (about 8% of
    // an MTS replication). The same factors in the same order, so the same hazards to the bit.
    const { hireDay, burnout, remote, referral } = pool;
    const at = p.attrition;
    const dropout = p.training.dropoutHazardPerDay,
      earlyDays = p.training.earlyDays,
      earlyMultiplier = p.training.earlyHazardMultiplier,
      referralDays = p.recruiting.referralEarlyDays,
      referralMultiplier = p.recruiting.referralHazardMultiplier,
      remoteMultiplier = at.remoteMultiplier,
      coefficient = at.burnoutCoefficient,
      finite = this.finiteBurnoutCoefficient;
    const slow = this.slow;
    // The kept terms of the agents whose earnings or engagement may have changed since they were last brought up to
    // date (in ascending order, so the new hires are a tail of the list): a pass apart, so that the loop below, run
    // per agent and day, does not check them every day for a change that comes once a month.
    for (let i = this.termsStale ? 0 : firstAtOrAbove(indices, n, this.termsThrough); i < n; i++)
      slow.ensure(pool, indices[i]!);
    this.termsStale = false;
    this.termsThrough = pool.count;
    const { payBase, engagement, dayFactor } = slow;
    for (let i = 0; i < n; i++) {
      const a = indices[i]!;
      const sinceHire = day - hireDay[a]!;
      const stage = stages[a]!;
      let h =
        stage === STAGE.training
          ? dropout
          : stage === STAGE.nesting
            ? at.nestingHazardPerDay
            : sinceHire < TENURE_BANDS.earlyEndDay
              ? at.earlyHazardPerDay
              : sinceHire < TENURE_BANDS.firstYearEndDay
                ? at.firstYearHazardPerDay
                : at.tenuredHazardPerDay;
      const payTerm = payBase[a]! * dayFactor;
      h *= payTerm;
      // e^0 is 1 exactly: an agent whose occupancy has stayed under the threshold has burnout exactly 0.
      const level = burnout[a]!;
      const burnoutTerm = level === 0 && finite ? 1 : Math.exp(coefficient * level);
      h *= burnoutTerm;
      if (remote[a] === 1) h *= remoteMultiplier;
      const engagementTerm = engagement[a]!;
      h *= engagementTerm;
      if (referral[a] === 1 && sinceHire < referralDays) h *= referralMultiplier;
      if (sinceHire < earlyDays) h *= earlyMultiplier;
      let left = remaining[a]!;
      // NaN: not seen yet. 1 - U is in (0, 1], so the threshold is finite and >= 0.
      if (left !== left) left = -Math.log(1 - this.uniform.next());
      if (h < left) {
        remaining[a] = left - h;
        // The list compacted in place as it is walked (a stayer moves down over the day's leavers so far): the same
        // list as dropping the leavers after the loop, without a second pass over the employed.
        indices[i - leavers] = a;
        continue;
      }
      remaining[a] = 0;
      leavers++;
      if (stage === STAGE.training) flows.trainingDropouts++;
      else {
        flows.leavers++;
        terms[0] = payTerm;
        terms[1] = burnoutTerm;
        terms[2] = engagementTerm;
        this.attribute(h, terms);
      }
      stages[a] = STAGE.left;
      pool.rosterable[a] = 0;
      this.state.leftDay[a] = day;
    }
    if (leavers > 0) active.truncate(n - leavers);
    // Smoothed over about a month, for the hiring target's expected attrition.
    this.leaversPerDay += (leavers - this.leaversPerDay) / 30;
  }

  /**
   * A quit past training credited to its causes (MonthFlows): for each term above 1, the share of the day's quit
   * risk r = 1 - exp(-h) that the term accounts for, (r - (1 - exp(-h / term))) / r. Its expectation over the quit
   * draw is the attributable risk itself, so the month's sums have the expectation of summing that risk over every
   * agent-day, at the cost of three exponentials per quit instead of per agent-day.
   */
  private attribute(hazard: number, terms: Float64Array): void {
    const { flows } = this.state;
    const risk = -Math.expm1(-hazard);
    if (!(risk > 0)) return;
    if (terms[0]! > 1) flows.leaversFromPay += 1 + Math.expm1(-hazard / terms[0]!) / risk;
    if (terms[1]! > 1) flows.leaversFromBurnout += 1 + Math.expm1(-hazard / terms[1]!) / risk;
    if (terms[2]! > 1) flows.leaversFromDisengagement += 1 + Math.expm1(-hazard / terms[2]!) / risk;
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
    const changed = this.slow.refresh(
      p,
      marketWageOn(p.labourMarket, day),
      this.state.policies?.hazardMultiplier(day) ?? 1,
      pool.capacity,
    );
    if (changed) this.termsStale = true;
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

/** The first position of ascending `indices[0, n)` holding `a` or more (n if none). */
function firstAtOrAbove(indices: Int32Array, n: number, a: number): number {
  let low = 0,
    high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (indices[mid]! < a) low = mid + 1;
    else high = mid;
  }
  return low;
}
