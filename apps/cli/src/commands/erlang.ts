import { queueMetrics, type QueueMetrics, type QueueResult } from "@ccsim/erlang";
import type { Command } from "commander";
import { metricsJson } from "../metricsJson.js";
import { addTrafficOptions } from "../options.js";
import { seconds, share, textTable } from "../textTable.js";

/** Exit code of `ccsim erlang` when the queue has no steady state (documented in docs/cli.md). */
export const UNSTABLE_EXIT_CODE = 3;

interface ErlangOptions {
  callsPerHour: number;
  ahtSec: number;
  agents: number;
  patienceSec?: number;
  thresholdSec: number;
  json?: boolean;
}

export function registerErlang(program: Command): void {
  addTrafficOptions(
    program.command("erlang"),
    true,
    "mean handle time, seconds, > 0 (exponential)",
    "mean caller patience, seconds, > 0 (exponential); omit for no abandonment (Erlang C)",
  )
    .description("exact steady-state KPIs of one interval: Erlang C, or Erlang A when callers have a mean patience")
    .option("--json", "print one JSON object")
    .action((options: ErlangOptions) => {
      const result = queueMetrics({
        callsPerHour: options.callsPerHour,
        ahtSec: options.ahtSec,
        agents: options.agents,
        thresholdSec: options.thresholdSec,
        ...(options.patienceSec === undefined ? {} : { patienceSec: options.patienceSec }),
      });
      if (options.json === true)
        console.log(JSON.stringify({ threshold_sec: options.thresholdSec, ...metricsJson(result) }, null, 2));
      else console.log(describeResult(result, options.thresholdSec));
      // No steady state (Erlang C with load >= agents): a script must not read the answer as numbers.
      if (!result.stable) process.exitCode = UNSTABLE_EXIT_CODE;
    });
}

/** Human-readable block for an exact result; shared by `erlang` and `staff`. */
export function describeResult(result: QueueResult, thresholdSec: number): string {
  const model = result.model === "erlang-a" ? "Erlang A (M/M/n+M)" : "Erlang C (M/M/n)";
  const head = `${model}: ${result.agents} agents, offered load ${result.offeredErlangs.toFixed(2)} Erlangs`;
  if (!result.stable) return `${head}\nunstable: ${result.reason}`;
  return `${head}\n\n${metricsTable(result, thresholdSec)}`;
}

export function metricsTable(m: QueueMetrics, thresholdSec: number): string {
  return textTable(
    ["KPI", "value"],
    metricRows(m, thresholdSec).map(([label, value]) => [label, value]),
  );
}

/** (label, formatted value) pairs in display order. */
export function metricRows(m: QueueMetrics, thresholdSec: number): [string, string][] {
  return [
    ["P(wait) (% of contacts)", share(m.pWait)],
    ["P(abandon) (% of contacts)", share(m.pAbandon)],
    [
      `service level: answered within ${thresholdSec} s / offered (%)`,
      share(m.serviceLevel["answered-within-threshold"]),
    ],
    [`service level: waited at most ${thresholdSec} s (%)`, share(m.serviceLevel["waited-within-threshold"])],
    ["ASA of answered contacts (s)", seconds(m.asaAnsweredSec)],
    ["mean wait of all contacts (s)", seconds(m.meanWaitAllSec)],
    ["occupancy (% of agent time)", share(m.occupancy)],
  ];
}
