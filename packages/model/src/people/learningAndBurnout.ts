import { STAGE, type AgentPool } from "../AgentPool.js";
import type { MonthFlows } from "./MonthFlows.js";
import { pieceRateIntensity } from "./pay.js";
import type { PeopleParams } from "./PeopleParams.js";
import type { PolicyEffects } from "./PolicyEffects.js";
import type { ActiveAgents } from "./ActiveAgents.js";

/** What the daily update of learning, effort and burnout reads and writes of the people layer. */
export interface LearningState {
  readonly pool: AgentPool;
  readonly params: PeopleParams;
  readonly flows: Pick<
    MonthFlows,
    "days" | "headcountDays" | "traineeDays" | "productiveFteDays" | "productionAgentDays" | "multiplierDays"
  >;
  readonly policies: { readonly overtime: Pick<PolicyEffects["overtime"], "strain"> } | undefined;
  readonly active: ActiveAgents;
}

/**
 * Learning curve, effort and burnout into each agent's handle-time multiplier and quality (docs/model.md 4.3), and
 * the day's head-count and capacity counters. Burnout B moves toward the agent's occupancy strain (plus overtime
 * strain) by first-order smoothing with the time constant `timeConstantDays`.
 */
export function updateAgents(state: LearningState, day: number): void {
  const { pool, params: p, flows, active } = state;
  const s = pieceRateIntensity(p.pay);
  const effort = 1 - p.pay.effortElasticity * s;
  const qualityLoss = 1 - p.pay.qualityLossCoefficient * s * (1 - p.pay.qualityWeightInRate);
  const b = p.burnout;
  const overtime = state.policies?.overtime;
  flows.days++;
  const burnoutStep = -Math.expm1(-1 / b.timeConstantDays);
  const n = active.sync();
  for (let i = 0; i < n; i++) {
    const a = active.indices[i]!;
    const stage = pool.stage[a]!;
    flows.headcountDays++;
    if (stage === STAGE.training) {
      flows.traineeDays++;
      continue;
    }
    const loggedIn = pool.loggedInSecThisMonth[a]!;
    if (loggedIn > 0) {
      // Occupancy capped at 1 (see centreKpis); overtime adds its own strain; the target stays in [0, 1].
      const occupancy = Math.min(1, pool.busySecThisMonth[a]! / loggedIn);
      const strain = Math.min(
        1,
        Math.max(0, occupancy - b.occupancyThreshold) / (1 - b.occupancyThreshold) + (overtime?.strain(a) ?? 0),
      );
      // Exact one-day step of first-order smoothing: stable for any time constant (an Euler step of 1/tau
      // overshoots and diverges once tau is under a day).
      pool.burnout[a]! += (strain - pool.burnout[a]!) * burnoutStep;
    }
    const learning = Math.exp(-(day - pool.productionDay[a]!) / p.rampUp.learningTimeConstantDays);
    const burnout = pool.burnout[a]!;
    pool.handleTimeMultiplier[a] =
      (1 + (p.rampUp.initialHandleTimeMultiplier - 1) * learning) * effort * (1 + b.handleTimeIncreaseAtFull * burnout);
    pool.quality[a] =
      (1 - (1 - p.rampUp.initialQualityRatio) * learning) * qualityLoss * (1 - b.qualityDecreaseAtFull * burnout);
    flows.productiveFteDays += 1 / pool.handleTimeMultiplier[a];
    flows.productionAgentDays++;
    flows.multiplierDays += pool.handleTimeMultiplier[a];
  }
}
