// `pnpm bench`: speed of the simulation on fixed reference workloads, reported as events per second and ratios.
// Speed is measured here, never asserted in unit tests. Runs on the built packages (pnpm bench builds first).
import { RandomStreams } from "../../packages/engine/dist/index.js";
import { runStationaryQueue, stationaryQueueKpis } from "../../packages/model/dist/index.js";

const ROUNDS = 3;

/** Reference workload of the foundation issue: M/M/380+M at 2 calls/s, AHT 180 s, patience 120 s. */
function referenceQueue() {
  const params = {
    arrivalRatePerSec: 2.0,
    agents: 380,
    handleTimeSec: { kind: "exponential", mean: 180 },
    patienceSec: { kind: "exponential", mean: 120 },
    thresholdSec: 20,
    warmupContacts: 20_000,
    measuredContacts: 1_000_000,
  };
  // One unmeasured round first, so that JIT compilation does not count against the engine.
  runStationaryQueue({ ...params, warmupContacts: 0, measuredContacts: 200_000 }, new RandomStreams(1, 99));
  const runs = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    const tally = runStationaryQueue(params, new RandomStreams(1, round));
    const wallSec = Number(process.hrtime.bigint() - started) / 1e9;
    runs.push({ wallSec, events: tally.modelEvents, kpis: stationaryQueueKpis(tally, params.agents) });
  }
  runs.sort((a, b) => a.wallSec - b.wallSec);
  const median = runs[Math.floor(ROUNDS / 2)];
  const perSec = median.events / median.wallSec;
  const k = median.kpis;
  console.log("Reference queue: 2.0 calls/s, exponential handle 180 s, 380 agents, exponential patience 120 s,");
  console.log("20,000 warm-up + 1,000,000 measured arrivals; median of " + ROUNDS + " rounds");
  console.log(`  model events (arrivals + completions + abandonments): ${median.events.toLocaleString("en-US")}`);
  console.log(`  wall time: ${median.wallSec.toFixed(3)} s (rounds: ${runs.map((r) => r.wallSec.toFixed(3)).join(", ")})`);
  console.log(`  speed: ${(perSec / 1e6).toFixed(2)} million model events/s (target >= 5; ${(perSec / 87e3).toFixed(0)}x SimPy's 87 thousand/s)`);
  console.log(`  KPIs: P(wait) ${k.pWait.toFixed(4)}, P(abandon) ${k.pAbandon.toFixed(4)}, SL ${k.serviceLevel["answered-within-threshold"].toFixed(4)}, ASA ${k.asaAnsweredSec.toFixed(2)} s, occupancy ${k.occupancy.toFixed(4)}`);
  return { name: "reference-queue", eventsPerSec: perSec, wallSec: median.wallSec };
}

const results = [referenceQueue()];
if (process.argv.includes("--json")) console.log(JSON.stringify(results));
