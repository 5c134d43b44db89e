import { erlangA } from "./erlangA.js";
import { erlangC } from "./erlangC.js";
import { queueModel } from "./queueMetrics.js";
import { validateQueueInput, type QueueMetrics, type ServiceLevelDefinition } from "./QueueInput.js";

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
  /**
   * A guess at the answer (e.g. a neighbouring forecast's): the search starts there, so a good guess costs a few
   * exact evaluations instead of a few dozen. It never changes the answer.
   */
  readonly hintAgents?: number;
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

/** One staffing constraint: a lower bound on the agents it needs (checked, not trusted), and the test itself. */
type Constraint = readonly [name: StaffingConstraint, from: number, ok: (m: QueueMetrics) => boolean];

/**
 * Fewest agents meeting the service-level target AND the abandonment cap AND the occupancy cap (Borst,
 * Mandelbaum and Reiman 2004 on dimensioning; the caps stop a large centre from "meeting" 80/20 by letting
 * callers abandon at ~100% occupancy). Each constraint is monotone in the number of agents, so each is solved by
 * galloping up from a lower bound and bisecting; the answer is the largest, and that constraint is binding.
 * With `hintAgents`, the conjunction of the constraints (monotone too) is searched outwards from the hint
 * instead, and the binding constraint is the first that fails one agent below the answer: the same result.
 *
 * NOTE: metrics are memoised per agent count within one solve, so the constraints share their evaluations.
 */
export function solveStaffing(input: StaffingInput): StaffingResult {
  validate(input);
  const shrinkage = input.shrinkage ?? 0;
  const definition = input.serviceLevelDefinition ?? "answered-within-threshold";
  const load = (input.callsPerHour / 3600) * input.ahtSec;
  const metricsAt = memoisedMetrics(input);
  if (load === 0)
    return { agents: 0, scheduledAgents: 0, bindingConstraint: "none", metrics: metricsAt(0) ?? metricsAt(1)! };
  // Lower bounds from throughput: at most n / AHT contacts are served per second, so the share answered (and so
  // any service level, and 1 - P(abandon)) is at most n / A, and occupancy can only be at or below a cap c
  // when n >= A (1 - P(abandon)) / c, which is at least A (1 - cap on P(abandon)) / c when both caps hold.
  const target = input.targetServiceLevel;
  const constraints: Constraint[] = [
    ["service-level", Math.floor(target * load), (m) => m.serviceLevel[definition] >= target],
  ];
  if (input.maxAbandon !== undefined)
    constraints.push([
      "abandonment",
      Math.floor((1 - input.maxAbandon) * load),
      (m) => m.pAbandon <= input.maxAbandon!,
    ]);
  if (input.maxOccupancy !== undefined)
    constraints.push(["occupancy", Math.floor(load / 2), (m) => m.occupancy <= input.maxOccupancy!]);
  const meets = (n: number, ok: (m: QueueMetrics) => boolean): boolean => {
    const m = metricsAt(n);
    return m !== undefined && ok(m);
  };
  let bindingConstraint = constraints[0]![0],
    agents: number;
  if (input.hintAgents === undefined) {
    agents = 0;
    for (const [name, from, ok] of constraints) {
      const n = fewestAgents(load, from, (k) => meets(k, ok));
      if (n > agents) [bindingConstraint, agents] = [name, n];
    }
  } else {
    agents = fromHint(0, Math.max(1, Math.round(input.hintAgents)), (k) =>
      constraints.every(([, , ok]) => meets(k, ok)),
    );
    bindingConstraint = constraints.find(([, , ok]) => !meets(agents - 1, ok))?.[0] ?? bindingConstraint;
  }
  return { agents, scheduledAgents: agents / (1 - shrinkage), bindingConstraint, metrics: metricsAt(agents)! };
}

/** Exact metrics per agent count for one staffing input, memoised; undefined where Erlang C is unstable. */
function memoisedMetrics(input: StaffingInput): (agents: number) => QueueMetrics | undefined {
  const base = { callsPerHour: input.callsPerHour, ahtSec: input.ahtSec, thresholdSec: input.thresholdSec };
  const load = (input.callsPerHour / 3600) * input.ahtSec;
  const patience = input.patienceSec;
  const edge = {
    ...base,
    agents: Math.max(1, Math.ceil(load)) + 1,
    ...(patience === undefined ? {} : { patienceSec: patience }),
  };
  validateQueueInput(edge);
  const model = queueModel(edge);
  // Dispatch once, at the edge of stability: Erlang C only for no (or practically infinite) patience.
  // NOTE: plain literals in one property order (the one callers such as the interval fidelity use), not spreads,
  // so that every input reaching the formulas has the same hidden class and their property reads stay fast.
  const { callsPerHour, ahtSec, thresholdSec } = input;
  const exact = (agents: number): QueueMetrics | undefined => {
    if (model === "erlang-a") return erlangA({ callsPerHour, ahtSec, agents, thresholdSec, patienceSec: patience! });
    const r = erlangC({ callsPerHour, ahtSec, agents, thresholdSec });
    return r.stable ? r : undefined;
  };
  const evaluated = new Map<number, QueueMetrics | undefined>();
  return (agents) => {
    if (!evaluated.has(agents)) evaluated.set(agents, exact(agents));
    return evaluated.get(agents);
  };
}

/**
 * Smallest n >= 1 that `meets`, assuming it is monotone in n, searching up from a lower bound `from` (checked,
 * not trusted) in steps that start near the square-root safety margin.
 */
function fewestAgents(load: number, from: number, meets: (n: number) => boolean): number {
  const low = Math.max(0, from);
  if (low > 0 && meets(low)) return bisectDown(0, low, meets);
  return gallopUp(low, Math.max(1, Math.ceil(Math.sqrt(load))), meets);
}

/** Smallest n > low (n >= 1) that `meets`, searched outwards from `hint`: down while it meets, else up. */
function fromHint(low: number, hint: number, meets: (n: number) => boolean): number {
  if (!meets(hint)) return gallopUp(hint, 1, meets);
  let high = hint;
  for (let step = 1; high - step > low; step *= 2) {
    if (!meets(high - step)) return bisectDown(high - step, high, meets);
    high -= step;
  }
  return bisectDown(low, high, meets);
}

/** Smallest n > low with meets(n), given not meets(low) (or low = 0 unchecked), galloping up from `step`. */
function gallopUp(low: number, step: number, meets: (n: number) => boolean): number {
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
    if (!(lowOpen ? value > 0 : value >= 0) || !(value < 1 || (name === "targetServiceLevel" && value <= 1)))
      throw new RangeError(`${name} must be a share in (0, 1), got ${value}`);
  };
  share(input.targetServiceLevel, "targetServiceLevel");
  share(input.maxAbandon, "maxAbandon");
  share(input.maxOccupancy, "maxOccupancy");
  share(input.shrinkage, "shrinkage", false);
  if (input.hintAgents !== undefined && !(input.hintAgents >= 0 && Number.isFinite(input.hintAgents))) {
    throw new RangeError(`hintAgents must be a finite number >= 0, got ${input.hintAgents}`);
  }
}
