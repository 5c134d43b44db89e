/** How a service level counts contacts; ccsim reports `answered-within-threshold` unless told otherwise. */
export type ServiceLevelDefinition =
  /** Answered within the threshold / offered: abandoned contacts count as failures (SL_ans). */
  | "answered-within-threshold"
  /** Time in queue within the threshold / offered: callers who hang up within it count as met (SL_wait). */
  | "waited-within-threshold"
  /** Answered within the threshold / (offered - abandoned within the threshold) (SL_excl). */
  | "excluding-short-abandons";

export const SERVICE_LEVEL_DEFINITIONS: readonly ServiceLevelDefinition[] = [
  "answered-within-threshold",
  "waited-within-threshold",
  "excluding-short-abandons",
];

export interface QueueInput {
  readonly callsPerHour: number;
  readonly ahtSec: number;
  /** Agents available for contacts (net of shrinkage); a whole number >= 0. */
  readonly agents: number;
  readonly thresholdSec: number;
  /** Mean exponential patience; absent or Infinity: callers never hang up (Erlang C). */
  readonly patienceSec?: number;
}

/** Steady-state KPIs of one interval. Times in seconds, probabilities as fractions of offered contacts. */
export interface QueueMetrics {
  readonly model: "erlang-c" | "erlang-a";
  readonly agents: number;
  /** A = arrival rate x AHT. */
  readonly offeredErlangs: number;
  /** A / n. */
  readonly utilisation: number;
  /** Probability that all agents are busy on arrival, P(W > 0). */
  readonly pWait: number;
  readonly pAbandon: number;
  readonly pAbandonGivenWait: number;
  readonly serviceLevel: Readonly<Record<ServiceLevelDefinition, number>>;
  /** Mean wait of answered contacts. */
  readonly asaAnsweredSec: number;
  /** Mean time in queue of all offered contacts, answered or abandoned. */
  readonly meanWaitAllSec: number;
  /** Share of agent time busy: throughput x AHT / n. */
  readonly occupancy: number;
}

export type QueueResult =
  | ({ readonly stable: true } & QueueMetrics)
  | {
      readonly stable: false;
      readonly model: "erlang-c";
      readonly agents: number;
      readonly offeredErlangs: number;
      readonly reason: string;
    };

// NOTE: a module-level helper, not a closure per call: validation runs on every exact evaluation (tens of
// thousands per simulated year).
function finiteAtLeast(value: number, min: number, name: string): void {
  if (!(value >= min) || !Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number >= ${min}, got ${value}`);
}

/** Checks the inputs every formula shares; a violation is a defect in the caller (RangeError). */
export function validateQueueInput(input: QueueInput): void {
  finiteAtLeast(input.callsPerHour, 0, "callsPerHour");
  finiteAtLeast(input.thresholdSec, 0, "thresholdSec");
  if (!(input.ahtSec > 0) || !Number.isFinite(input.ahtSec))
    throw new RangeError(`ahtSec must be a positive finite number, got ${input.ahtSec}`);
  if (!Number.isInteger(input.agents) || input.agents < 0)
    throw new RangeError(`agents must be a whole number >= 0, got ${input.agents}`);
  if (input.patienceSec !== undefined && !(input.patienceSec > 0))
    throw new RangeError(`patienceSec must be positive, got ${input.patienceSec}`);
}
