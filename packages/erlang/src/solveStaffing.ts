import { erlangA } from "./erlangA.js";
import { erlangC } from "./erlangC.js";
import { queueMetrics } from "./queueMetrics.js";
import type { QueueMetrics, ServiceLevelDefinition } from "./QueueInput.js";

export interface StaffingInput {
  readonly callsPerHour: number;
  readonly ahtSec: number;
  readonly thresholdSec: number;
  /** Service-level target, e.g. 0.8. */
  readonly targetServiceLevel: number;
  /** Default: answered-within-threshold. */
  readonly serviceLevelDefinition?: ServiceLevelDefinition;
  /** Mean exponential patience (Erlang A); absent: Erlang C. */
  readonly patienceSec?: number;
  /** Cap on P(abandon), e.g. 0.05. */
  readonly maxAbandon?: number;
  /** Cap on occupancy, e.g. 0.9. */
  readonly maxOccupancy?: number;
  /** Share of paid time off the phones, in [0, 1); default 0. */
  readonly shrinkage?: number;
}

export type StaffingConstraint = "service-level" | "abandonment" | "occupancy" | "none";

export interface StaffingResult {
  /** Fewest agents on the phones meeting every constraint. */
  readonly agents: number;
  /** agents / (1 - shrinkage), unrounded: the head count to schedule. */
  readonly scheduledAgents: number;
  /** The constraint that needed the most agents ("none" when there is no load). */
  readonly bindingConstraint: StaffingConstraint;
  readonly metrics: QueueMetrics;
}

/**
 * Fewest agents meeting the service-level target AND the abandonment cap AND the occupancy cap (Borst,
 * Mandelbaum and Reiman 2004 on dimensioning; the caps stop a large centre from "meeting" 80/20 by letting
 * callers abandon at ~100% occupancy). Each constraint is monotone in the number of agents, so each is solved by
 * galloping up from a lower bound and bisecting; the answer is the largest, and that constraint is binding.
 */
export function solveStaffing(input: StaffingInput): StaffingResult {
  validate(input);
  const shrinkage = input.shrinkage ?? 0;
  const definition = input.serviceLevelDefinition ?? "answered-within-threshold";
  const load = (input.callsPerHour / 3600) * input.ahtSec;
  const base = { callsPerHour: input.callsPerHour, ahtSec: input.ahtSec, thresholdSec: input.thresholdSec };
  const patience = input.patienceSec;
  const model = queueMetrics({ ...base, agents: Math.max(1, Math.ceil(load)) + 1, ...(patience === undefined ? {} : { patienceSec: patience }) }).model;
  // Dispatch once, at the edge of stability: Erlang C only for no (or practically infinite) patience.
  const metricsAt = (agents: number): QueueMetrics | undefined => {
    if (model === "erlang-a") return erlangA({ ...base, agents, patienceSec: patience! });
    const r = erlangC({ ...base, agents });
    return r.stable ? r : undefined;
  };
  if (load === 0) return { agents: 0, scheduledAgents: 0, bindingConstraint: "none", metrics: metricsAt(0) ?? metricsAt(1)! };
  // Lower bounds from throughput: at most n / AHT contacts are served per second, so the share answered (and so
  // any service level, and 1 - P(abandon)) is at most n / A, and occupancy can only be at or below a cap c
  // when n >= A (1 - P(abandon)) / c, which is at least A (1 - cap on P(abandon)) / c when both caps hold.
  const target = input.targetServiceLevel;
  const candidates: [StaffingConstraint, number][] = [
    ["service-level", fewestAgents(load, Math.floor(target * load), (m) => m.serviceLevel[definition] >= target, metricsAt)],
  ];
  if (input.maxAbandon !== undefined) {
    candidates.push(["abandonment", fewestAgents(load, Math.floor((1 - input.maxAbandon) * load), (m) => m.pAbandon <= input.maxAbandon!, metricsAt)]);
  }
  if (input.maxOccupancy !== undefined) {
    candidates.push(["occupancy", fewestAgents(load, Math.floor(load / 2), (m) => m.occupancy <= input.maxOccupancy!, metricsAt)]);
  }
  let [bindingConstraint, agents] = candidates[0]!;
  for (const [name, n] of candidates) {
    if (n > agents) [bindingConstraint, agents] = [name, n];
  }
  return { agents, scheduledAgents: agents / (1 - shrinkage), bindingConstraint, metrics: metricsAt(agents)! };
}

/**
 * Smallest n >= 1 whose (stable) metrics satisfy `ok`, assuming `ok` is monotone in n, searching up from a
 * lower bound `from` (checked, not trusted) in steps that start near the square-root safety margin.
 */
function fewestAgents(load: number, from: number, ok: (m: QueueMetrics) => boolean, metricsAt: (n: number) => QueueMetrics | undefined): number {
  const meets = (n: number): boolean => {
    const m = metricsAt(n);
    return m !== undefined && ok(m);
  };
  let low = Math.max(0, from);
  if (low > 0 && meets(low)) return bisectDown(0, low, meets);
  let step = Math.max(1, Math.ceil(Math.sqrt(load)));
  let high = low + step;
  while (!meets(high)) {
    low = high;
    step *= 2;
    high = low + step;
  }
  return bisectDown(low, high, meets);
}

/** Smallest n in (low, high] with meets(n), given meets(high) and not meets(low) (low may be 0 unchecked). */
function bisectDown(low: number, high: number, meets: (n: number) => boolean): number {
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (meets(mid)) high = mid;
    else low = mid;
  }
  return Math.max(1, high);
}

function validate(input: StaffingInput): void {
  const share = (value: number | undefined, name: string, lowOpen = true): void => {
    if (value === undefined) return;
    if (!(lowOpen ? value > 0 : value >= 0) || !(value < 1 || (name === "targetServiceLevel" && value <= 1))) throw new RangeError(`${name} must be a share in (0, 1), got ${value}`);
  };
  share(input.targetServiceLevel, "targetServiceLevel");
  share(input.maxAbandon, "maxAbandon");
  share(input.maxOccupancy, "maxOccupancy");
  share(input.shrinkage, "shrinkage", false);
}
