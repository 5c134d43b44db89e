import { solveStaffing } from "@ccsim/erlang";
import type { Command } from "commander";
import { stableMetricsJson } from "../metricsJson.js";
import { addTrafficOptions, fractionBelowOne, openFraction } from "../options.js";
import { metricsTable } from "./erlang.js";

interface StaffOptions {
  callsPerHour: number;
  ahtSec: number;
  targetSl: number;
  thresholdSec: number;
  patienceSec?: number;
  maxAbandon?: number;
  maxOccupancy?: number;
  shrinkage: number;
  json?: boolean;
}

export function registerStaff(program: Command): void {
  addTrafficOptions(
    program.command("staff"),
    false,
    "mean handle time, seconds, > 0 (exponential)",
    "mean caller patience, seconds, > 0 (Erlang A); omit for no abandonment (Erlang C)",
  )
    .description("fewest agents meeting a service-level target and optional abandonment and occupancy caps")
    .requiredOption(
      "--target-sl <fraction>",
      "service-level target: answered within the threshold / offered, a fraction between 0 and 1 (exclusive), e.g. 0.8",
      openFraction,
    )
    .option(
      "--max-abandon <fraction>",
      "cap on P(abandon), a fraction between 0 and 1 (exclusive), e.g. 0.05; binds only with --patience-sec (default: no cap)",
      openFraction,
    )
    .option(
      "--max-occupancy <fraction>",
      "cap on occupancy, a fraction between 0 and 1 (exclusive), e.g. 0.9 (default: no cap)",
      openFraction,
    )
    .option(
      "--shrinkage <fraction>",
      "share of paid time off the phones, a fraction in [0, 1); scheduled = agents / (1 - shrinkage)",
      fractionBelowOne,
      0,
    )
    .option("--json", "print one JSON object")
    .action((o: StaffOptions) => {
      const result = solveStaffing({
        callsPerHour: o.callsPerHour,
        ahtSec: o.ahtSec,
        thresholdSec: o.thresholdSec,
        targetServiceLevel: o.targetSl,
        shrinkage: o.shrinkage,
        ...(o.patienceSec === undefined ? {} : { patienceSec: o.patienceSec }),
        ...(o.maxAbandon === undefined ? {} : { maxAbandon: o.maxAbandon }),
        ...(o.maxOccupancy === undefined ? {} : { maxOccupancy: o.maxOccupancy }),
      });
      if (o.json === true) {
        console.log(
          JSON.stringify(
            {
              model: result.metrics.model,
              agents: result.agents,
              scheduled_agents: result.scheduledAgents,
              shrinkage: o.shrinkage,
              binding_constraint: result.bindingConstraint,
              threshold_sec: o.thresholdSec,
              ...stableMetricsJson(result.metrics),
            },
            null,
            2,
          ),
        );
        return;
      }
      const model = result.metrics.model === "erlang-a" ? "Erlang A" : "Erlang C";
      console.log(
        [
          `${model}: ${result.agents} agents on the phones (bound by ${result.bindingConstraint});`,
          `${result.scheduledAgents.toFixed(1)} scheduled with ${(o.shrinkage * 100).toFixed(0)}% shrinkage.`,
          "",
          metricsTable(result.metrics, o.thresholdSec),
        ].join("\n"),
      );
    });
}
