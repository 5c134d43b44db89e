import type { QueueMetrics, QueueResult } from "@ccsim/erlang";

/** The snake_case JSON shape the CLI prints for exact queue metrics (documented in docs/cli.md). */
export function metricsJson(result: QueueResult): Record<string, unknown> {
  if (!result.stable) {
    return {
      model: result.model,
      stable: false,
      reason: result.reason,
      agents: result.agents,
      offered_erlangs: result.offeredErlangs,
    };
  }
  return { model: result.model, stable: true, ...stableMetricsJson(result) };
}

export function stableMetricsJson(m: QueueMetrics): Record<string, unknown> {
  return {
    agents: m.agents,
    offered_erlangs: m.offeredErlangs,
    p_wait: m.pWait,
    p_abandon: m.pAbandon,
    p_abandon_given_wait: m.pAbandonGivenWait,
    service_level: m.serviceLevel["answered-within-threshold"],
    service_level_definition: "answered-within-threshold",
    service_level_waited: m.serviceLevel["waited-within-threshold"],
    service_level_excluding_short_abandons: m.serviceLevel["excluding-short-abandons"],
    asa_sec: m.asaAnsweredSec,
    mean_wait_all_sec: m.meanWaitAllSec,
    occupancy: m.occupancy,
  };
}
