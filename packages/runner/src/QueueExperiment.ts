import { RandomStreams } from "@ccsim/engine";
import { runStationaryQueue, stationaryQueueKpis, type QueueKpis, type StationaryQueueParams } from "@ccsim/model";
import { estimate, type Estimate } from "./Estimate.js";

/** Replications of the stationary queue, each with its own random streams derived from (seed, replication). */
export interface QueueExperimentInput {
  readonly params: StationaryQueueParams;
  readonly replications: number;
  readonly seed: number;
  /** Called after each replication with the number done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type QueueKpiName =
  | "pWait"
  | "pAbandon"
  | "serviceLevel"
  | "serviceLevelWaited"
  | "serviceLevelExcludingShortAbandons"
  | "asaAnsweredSec"
  | "meanWaitAllSec"
  | "occupancy";

/** Flat view of one replication's KPIs, keyed by name, so they can be summarised uniformly. */
export function flattenQueueKpis(kpis: QueueKpis): Record<QueueKpiName, number> {
  return {
    pWait: kpis.pWait,
    pAbandon: kpis.pAbandon,
    serviceLevel: kpis.serviceLevel["answered-within-threshold"],
    serviceLevelWaited: kpis.serviceLevel["waited-within-threshold"],
    serviceLevelExcludingShortAbandons: kpis.serviceLevel["excluding-short-abandons"],
    asaAnsweredSec: kpis.asaAnsweredSec,
    meanWaitAllSec: kpis.meanWaitAllSec,
    occupancy: kpis.occupancy,
  };
}

export interface QueueExperimentResult {
  readonly replications: readonly Record<QueueKpiName, number>[];
  readonly modelEvents: number;
  /** Wall-clock seconds spent inside the simulation (not the summary). */
  readonly wallSec: number;
  /** Per-KPI estimate at the requested confidence. */
  summarise(confidence?: number): Record<QueueKpiName, Estimate>;
}

export function runQueueExperiment(input: QueueExperimentInput): QueueExperimentResult {
  if (!Number.isInteger(input.replications) || input.replications < 1)
    throw new RangeError("replications must be an integer >= 1");
  const replications: Record<QueueKpiName, number>[] = [];
  let modelEvents = 0;
  const started = performance.now();
  for (let replication = 0; replication < input.replications; replication++) {
    const tally = runStationaryQueue(input.params, new RandomStreams(input.seed, replication));
    modelEvents += tally.modelEvents;
    replications.push(flattenQueueKpis(stationaryQueueKpis(tally, input.params.agents)));
    input.onProgress?.(replication + 1, input.replications);
  }
  const wallSec = (performance.now() - started) / 1000;
  return {
    replications,
    modelEvents,
    wallSec,
    summarise(confidence = 0.95) {
      const names = Object.keys(replications[0] ?? {}) as QueueKpiName[];
      return Object.fromEntries(
        names.map((name) => [
          name,
          estimate(
            replications.map((r) => r[name]),
            confidence,
          ),
        ]),
      ) as Record<QueueKpiName, Estimate>;
    },
  };
}
