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
    | "days"
    | "headcountDays"
    | "traineeDays"
    | "waitingDays"
    | "productiveFteDays"
    | "productionAgentDays"
    | "multiplierDays"
  >;
  readonly policies: { readonly overtime: Pick<PolicyEffects["overtime"], "weeklyLoad" | "params"> } | undefined;
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
  // Overtime.strain inline (the same product): see the NOTE on `sums`.
  const overtimeLoad = overtime?.weeklyLoad,
    strainPerHour = overtime?.params.strainPerWeeklyHour ?? 0;
  const { initialHandleTimeMultiplier, initialQualityRatio, learningTimeConstantDays: learningDays } = p.rampUp;
  const curve = rampUpCurve(p.rampUp);
  const burnoutStep = -Math.expm1(-1 / b.timeConstantDays);
  const n = active.sync();
  const { stage, loggedInSecThisMonth, busySecThisMonth, burnout, productionDay, handleTimeMultiplier, quality } = pool;
  const { indices } = active;
  // NOTE: parameters and the curve's tables in locals: the loop runs per agent and day (about 9% of an MTS
  // replication).
  const threshold = b.occupancyThreshold,
    handleTimeIncrease = b.handleTimeIncreaseAtFull,
    qualityDecrease = b.qualityDecreaseAtFull;
  const handleTimeAt = curve.handleTimeTable(),
    qualityAt = curve.qualityTable();
  const tabulated = handleTimeAt.length;
  // The month's sums, added in the same order as before, and stored once after the loop.
  // NOTE: the two fractional sums live in a typed array, not in locals: as loop-carried locals started from the
  // flows' fields, V8 kept them boxed and allocated a heap number per agent and day (about a quarter of an MTS
  // replication's allocations, with the overtime strain's call and the off-table curve calls). Nothing in this loop
  // may call a function returning a number per agent, for the same reason.
  const sums = SUMS;
  sums[0] = flows.productiveFteDays;
  sums[1] = flows.multiplierDays;
  let trainees = 0,
    waiting = 0,
    productive = 0;
  for (let i = 0; i < n; i++) {
    const a = indices[i]!;
    if (stage[a] === STAGE.training) {
      // A hire waiting for a class is an accepted offer, not yet employed: outside the head count.
      if (productionDay[a]! < 0) waiting++;
      else trainees++;
      continue;
    }
    const loggedIn = loggedInSecThisMonth[a]!;
    let level = burnout[a]!;
    if (loggedIn > 0) {
      // Occupancy capped at 1 (see centreKpis); overtime adds its own strain; the target stays in [0, 1].
      const occupancy = Math.min(1, busySecThisMonth[a]! / loggedIn);
      const strain = Math.min(
        1,
        Math.max(0, occupancy - threshold) / (1 - threshold) +
          (overtimeLoad === undefined ? 0 : a < overtimeLoad.length ? strainPerHour * overtimeLoad[a]! : 0),
      );
      // Exact one-day step of first-order smoothing: stable for any time constant (an Euler step of 1/tau
      // overshoots and diverges once tau is under a day).
      level += (strain - level) * burnoutStep;
      burnout[a] = level;
    }
    const since = day - productionDay[a]!;
    const inTable = since >= 0 && since < tabulated;
    // Off the table, RampUpCurve's own expressions inline (the same numbers).
    const multiplier =
      (inTable ? handleTimeAt[since]! : 1 + (initialHandleTimeMultiplier - 1) * Math.exp(-since / learningDays)) *
      effort *
      (1 + handleTimeIncrease * level);
    handleTimeMultiplier[a] = multiplier;
    quality[a] =
      (inTable ? qualityAt[since]! : 1 - (1 - initialQualityRatio) * Math.exp(-since / learningDays)) *
      qualityLoss *
      (1 - qualityDecrease * level);
    sums[0] += 1 / multiplier;
    productive++;
    sums[1] += multiplier;
  }
  flows.days++;
  flows.headcountDays += n - waiting;
  flows.traineeDays += trainees;
  flows.waitingDays += waiting;
  flows.productionAgentDays += productive;
  flows.productiveFteDays = sums[0];
  flows.multiplierDays = sums[1];
}

/** updateAgents' two running sums (see its NOTE); single-threaded, and no call inside the loop re-enters it. */
const SUMS = new Float64Array(2);

/**
 * The learning curve's factors on handle time, 1 + (initial multiplier - 1) e^(-t / tau), and on quality,
 * 1 - (1 - initial ratio) e^(-t / tau), t whole days since production.
 * NOTE: t is a whole number of days, so each factor is tabulated once per t (the same expression, so the same
 * numbers) rather than an exponential per agent and day; the table is rebuilt when the ramp-up parameters change.
 */
class RampUpCurve {
  private readonly handleTimeAt = new Float64Array(4096).fill(NaN);
  private readonly qualityAt = new Float64Array(4096).fill(NaN);

  constructor(readonly params: PeopleParams["rampUp"]) {}

  /** The handle-time factor of every tabulated day (filled on first use). */
  handleTimeTable(): Float64Array {
    if (!this.filled) this.fill();
    return this.handleTimeAt;
  }

  /** The quality factor of every tabulated day (filled on first use). */
  qualityTable(): Float64Array {
    if (!this.filled) this.fill();
    return this.qualityAt;
  }

  private filled = false;

  private fill(): void {
    for (let t = 0; t < this.handleTimeAt.length; t++) {
      this.handleTime(t);
      this.quality(t);
    }
    this.filled = true;
  }

  handleTime(since: number): number {
    const kept = since >= 0 && since < this.handleTimeAt.length ? this.handleTimeAt[since]! : NaN;
    if (kept === kept) return kept;
    const value = 1 + (this.params.initialHandleTimeMultiplier - 1) * this.learning(since);
    if (since >= 0 && since < this.handleTimeAt.length) this.handleTimeAt[since] = value;
    return value;
  }

  quality(since: number): number {
    const kept = since >= 0 && since < this.qualityAt.length ? this.qualityAt[since]! : NaN;
    if (kept === kept) return kept;
    const value = 1 - (1 - this.params.initialQualityRatio) * this.learning(since);
    if (since >= 0 && since < this.qualityAt.length) this.qualityAt[since] = value;
    return value;
  }

  private learning(since: number): number {
    return Math.exp(-since / this.params.learningTimeConstantDays);
  }
}

let lastCurve: RampUpCurve | undefined;

function rampUpCurve(params: PeopleParams["rampUp"]): RampUpCurve {
  const last = lastCurve;
  if (
    last !== undefined &&
    (last.params === params ||
      (last.params.initialHandleTimeMultiplier === params.initialHandleTimeMultiplier &&
        last.params.initialQualityRatio === params.initialQualityRatio &&
        last.params.learningTimeConstantDays === params.learningTimeConstantDays))
  )
    return last;
  return (lastCurve = new RampUpCurve(params));
}
