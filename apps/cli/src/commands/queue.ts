import { queueMetrics, type QueueResult } from "@ccsim/erlang";
import {
  runQueueExperiment,
  type Distribution,
  type Estimate,
  type QueueExperimentResult,
  type QueueKpiName,
} from "@ccsim/runner";
import { InvalidArgumentError, type Command } from "commander";
import { metricsJson } from "../metricsJson.js";
import {
  addTrafficOptions,
  integerSeed,
  MAX_SEED,
  nonNegativeInteger,
  positiveInteger,
  positiveNumber,
} from "../options.js";
import { Progress } from "../Progress.js";
import { count, seconds, share, textTable } from "../textTable.js";
import { UserError } from "../UserError.js";

interface QueueOptions {
  callsPerHour: number;
  ahtSec: number;
  agents: number;
  patienceSec?: number;
  handleTime: "exponential" | "lognormal";
  handleCv: number;
  thresholdSec: number;
  contacts: number;
  warmupContacts?: number;
  replications: number;
  seed: number;
  json?: boolean;
  quiet?: boolean;
}

function handleTimeKind(value: string): "exponential" | "lognormal" {
  if (value === "exponential" || value === "lognormal") return value;
  throw new InvalidArgumentError("expected exponential or lognormal.");
}

export function registerQueue(program: Command): void {
  addTrafficOptions(
    program.command("queue"),
    true,
    "mean handle time, seconds, > 0",
    "mean caller patience, seconds, > 0 (exponential); omit for no abandonment",
  )
    .description("simulate a stationary queue contact by contact; KPIs with 95% CIs beside the exact Erlang values")
    .option("--handle-time <form>", "handle-time distribution: exponential or lognormal", handleTimeKind, "exponential")
    .option(
      "--handle-cv <number>",
      "coefficient of variation of the handle time, > 0; only with --handle-time lognormal",
      positiveNumber,
      1,
    )
    .option("--contacts <n>", "measured arrivals per replication, a whole number >= 1", positiveInteger, 1_000_000)
    .option(
      "--warmup-contacts <n>",
      "arrivals simulated before measuring, a whole number >= 0 (default: --contacts / 50, rounded up)",
      nonNegativeInteger,
    )
    .option(
      "--replications <n>",
      "independent replications, a whole number >= 1 (at least 2 for a confidence interval)",
      positiveInteger,
      10,
    )
    .option(
      "--seed <n>",
      `base seed, a whole number from 0 to ${MAX_SEED}; replication r draws from streams derived from (seed, stream, r)`,
      integerSeed,
      1,
    )
    .option("--json", "print one JSON object")
    .option("--quiet", "no progress output on stderr")
    .action((o: QueueOptions) => {
      if (o.handleTime === "exponential" && o.handleCv !== 1)
        throw new UserError("--handle-cv applies to --handle-time lognormal only (an exponential has CV 1)");
      const handleTimeSec: Distribution =
        o.handleTime === "exponential"
          ? { kind: "exponential", mean: o.ahtSec }
          : { kind: "lognormal", mean: o.ahtSec, cv: o.handleCv };
      const warmupContacts = o.warmupContacts ?? Math.ceil(o.contacts / 50);
      const progress = new Progress("replications", o.replications, o.quiet !== true && o.json !== true);
      progress.start(o.replications);
      const result = runQueueExperiment({
        params: {
          arrivalRatePerSec: o.callsPerHour / 3600,
          agents: o.agents,
          handleTimeSec,
          ...(o.patienceSec === undefined
            ? {}
            : { patienceSec: { kind: "exponential", mean: o.patienceSec } satisfies Distribution }),
          thresholdSec: o.thresholdSec,
          warmupContacts,
          measuredContacts: o.contacts,
        },
        replications: o.replications,
        seed: o.seed,
        onProgress: (done) => progress.update(done),
      });
      progress.done();
      const exact = queueMetrics({
        callsPerHour: o.callsPerHour,
        ahtSec: o.ahtSec,
        agents: o.agents,
        thresholdSec: o.thresholdSec,
        ...(o.patienceSec === undefined ? {} : { patienceSec: o.patienceSec }),
      });
      // The closed forms assume exponential handle times; with lognormal ones they are only a reference.
      const exactApplies = o.handleTime === "exponential";
      if (o.json === true)
        console.log(JSON.stringify(queueJson(o, warmupContacts, result, exact, exactApplies), null, 2));
      else console.log(queueText(o, warmupContacts, result, exact, exactApplies));
    });
}

const ROWS: readonly [QueueKpiName, string, (x: number) => string][] = [
  ["pWait", "P(wait) (% of contacts)", share],
  ["pAbandon", "P(abandon) (% of contacts)", share],
  ["serviceLevel", "service level: answered within T / offered (%)", share],
  ["serviceLevelWaited", "service level: waited at most T (%)", share],
  ["asaAnsweredSec", "ASA of answered contacts (s)", seconds],
  ["meanWaitAllSec", "mean wait of all contacts (s)", seconds],
  ["occupancy", "occupancy (% of agent time)", share],
];

function exactValue(exact: QueueResult, name: QueueKpiName): number | undefined {
  if (!exact.stable) return undefined;
  switch (name) {
    case "pWait":
      return exact.pWait;
    case "pAbandon":
      return exact.pAbandon;
    case "serviceLevel":
      return exact.serviceLevel["answered-within-threshold"];
    case "serviceLevelWaited":
      return exact.serviceLevel["waited-within-threshold"];
    case "serviceLevelExcludingShortAbandons":
      return exact.serviceLevel["excluding-short-abandons"];
    case "asaAnsweredSec":
      return exact.asaAnsweredSec;
    case "meanWaitAllSec":
      return exact.meanWaitAllSec;
    case "occupancy":
      return exact.occupancy;
  }
}

function queueText(
  o: QueueOptions,
  warmup: number,
  result: QueueExperimentResult,
  exact: QueueResult,
  exactApplies: boolean,
): string {
  const summary = result.summarise(0.95);
  const model = exact.model === "erlang-a" ? "Erlang A" : "Erlang C";
  const exactHeader = exactApplies ? `exact ${model}` : `${model} (reference only)`;
  const rows = ROWS.map(([name, label, fmt]) => {
    const e: Estimate = summary[name];
    const x = exactValue(exact, name);
    // One replication has no spread to estimate: no interval, and nothing to check the exact value against.
    const single = o.replications < 2;
    const inside = x === undefined || single ? "" : x >= e.ciLow && x <= e.ciHigh ? "yes" : "no";
    return [
      label,
      fmt(e.mean),
      single ? "(needs 2 replications)" : `[${fmt(e.ciLow)}, ${fmt(e.ciHigh)}]`,
      x === undefined ? "unstable" : fmt(x),
      exactApplies ? inside : "",
    ];
  });
  const handle = o.handleTime === "exponential" ? "exponential" : `lognormal CV ${o.handleCv}`;
  const patience = o.patienceSec === undefined ? "no abandonment" : `exponential patience mean ${o.patienceSec} s`;
  const perSec = result.modelEvents / result.wallSec;
  return [
    `Stationary queue: ${o.callsPerHour} contacts/h, handle time ${handle} mean ${o.ahtSec} s, ${o.agents} agents, ${patience}, T = ${o.thresholdSec} s`,
    `${o.replications} replications x ${count(o.contacts)} measured contacts (+${count(warmup)} warm-up), seed ${o.seed}`,
    "",
    textTable(["KPI", "simulated", "95% CI", exactHeader, "exact in CI"], rows),
    "",
    `${count(result.modelEvents)} model events in ${result.wallSec.toFixed(2)} s: ${(perSec / 1e6).toFixed(2)} million events/s`,
  ].join("\n");
}

function queueJson(
  o: QueueOptions,
  warmup: number,
  result: QueueExperimentResult,
  exact: QueueResult,
  exactApplies: boolean,
): Record<string, unknown> {
  const summary = result.summarise(0.95);
  const kpi = (name: QueueKpiName): Record<string, number | null> => {
    const e = summary[name];
    return o.replications < 2
      ? { mean: e.mean, ci95_low: null, ci95_high: null }
      : { mean: e.mean, ci95_low: e.ciLow, ci95_high: e.ciHigh };
  };
  return {
    p_wait: kpi("pWait"),
    p_abandon: kpi("pAbandon"),
    service_level: kpi("serviceLevel"),
    service_level_definition: "answered-within-threshold",
    service_level_waited: kpi("serviceLevelWaited"),
    asa_sec: kpi("asaAnsweredSec"),
    mean_wait_all_sec: kpi("meanWaitAllSec"),
    occupancy: kpi("occupancy"),
    exact: { applies: exactApplies, ...metricsJson(exact) },
    inputs: {
      calls_per_hour: o.callsPerHour,
      aht_sec: o.ahtSec,
      agents: o.agents,
      patience_sec: o.patienceSec ?? null,
      handle_time: o.handleTime,
      handle_cv: o.handleTime === "lognormal" ? o.handleCv : 1,
      threshold_sec: o.thresholdSec,
      contacts: o.contacts,
      warmup_contacts: warmup,
      replications: o.replications,
      seed: o.seed,
    },
    model_events: result.modelEvents,
    wall_sec: result.wallSec,
    model_events_per_sec: result.modelEvents / result.wallSec,
  };
}
