// `pnpm bench`: speed of the simulation on fixed reference workloads, reported as events per second, wall time,
// ratios and peak memory. Speed is measured here, never asserted in unit tests. Runs on the built packages
// (`pnpm bench` builds first). `pnpm bench -- --quick` skips the 36-month memory run.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RandomStreams } from "../../packages/engine/dist/index.js";
import { runStationaryQueue, simulateCentre, stationaryQueueKpis } from "../../packages/model/dist/index.js";
import { runScenario } from "../../packages/runner/dist/index.js";
import { compileScenario, resolveVariants } from "../../packages/runner/dist/effect.js";
import { WorkerPool } from "../../packages/runner/dist/node.js";
import { loadScenario } from "../../packages/scenario/dist/index.js";

const CENTRE_FILE = new URL("./reference-centre.yaml", import.meta.url);

/** The benchmark centre compiled for `months` months, with or without the people layer. */
function referenceCentre(months, simulatePeople = false) {
  const loaded = loadScenario(readFileSync(CENTRE_FILE, "utf8"), "reference-centre.yaml");
  if (loaded._tag === "Left") throw new Error(loaded.left.format());
  const scenario = loaded.right;
  return compileScenario({ ...scenario, simulatePeople, calendar: { ...scenario.calendar, horizonMonths: months } });
}

const ROUNDS = 3;
/** Interval-fidelity replications run before timing, and timed (see `referenceCentreYear`). */
const INTERVAL_WARMUP_RUNS = 20;
const INTERVAL_ROUNDS = 9;
const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;
const cpuSeconds = (started) => {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
    runs.push({
      wallSec: seconds(started),
      events: tally.modelEvents,
      kpis: stationaryQueueKpis(tally, params.agents),
    });
  }
  const mid = runs.find((r) => r.wallSec === median(runs.map((x) => x.wallSec)));
  const perSec = mid.events / mid.wallSec;
  const k = mid.kpis;
  console.log("1. Reference queue: 2.0 calls/s, exponential handle 180 s, 380 agents, exponential patience 120 s,");
  console.log(`   20,000 warm-up + 1,000,000 measured arrivals; median of ${ROUNDS} rounds`);
  console.log(`   model events (arrivals + completions + abandonments): ${mid.events.toLocaleString("en-US")}`);
  console.log(
    `   wall time: ${mid.wallSec.toFixed(3)} s (rounds: ${runs.map((r) => r.wallSec.toFixed(3)).join(", ")})`,
  );
  console.log(
    `   speed: ${(perSec / 1e6).toFixed(2)} million model events/s (target >= 5; ${(perSec / 87e3).toFixed(0)}x SimPy's 87 thousand/s)`,
  );
  console.log(
    `   KPIs: P(wait) ${k.pWait.toFixed(4)}, P(abandon) ${k.pAbandon.toFixed(4)}, SL ${k.serviceLevel["answered-within-threshold"].toFixed(4)}, ASA ${k.asaAnsweredSec.toFixed(2)} s, occupancy ${k.occupancy.toFixed(4)}`,
  );
  return { eventsPerSec: perSec };
}

/** One year of the 1,000-agent voice + chat centre at both fidelities. */
function referenceCentreYear() {
  const params = referenceCentre(12);
  // CPU time of this process at both fidelities, not wall time: on a machine shared with other
  // work, wall time also counts the time the process waited for a core, which swings the ratio by a quarter.
  let started = process.cpuUsage();
  const contact = simulateCentre(params, "contact", 1, 0);
  const contactSec = cpuSeconds(started);
  const contacts = contact.months.reduce((n, m) => n + m.values["voice.offered"] + m.values["chat.offered"], 0);
  // A replication takes a few hundredths of a second, so the first ones still pay for JIT compilation and for
  // the young generation growing to size: the per-replication figure is taken after they have run (the cold
  // first run is printed too). The compiler goes on optimising on its own threads, whose CPU time the process
  // counts, for about a dozen runs: after 3 runs single rounds still took up to a fifth more CPU than wall time,
  // after 20 none did. Contact fidelity runs long enough for its warm-up not to matter (a second year in the same
  // process took 1-2% less).
  started = process.cpuUsage();
  simulateCentre(params, "interval", 1, 99);
  const coldSec = cpuSeconds(started);
  for (let round = 1; round < INTERVAL_WARMUP_RUNS; round++) simulateCentre(params, "interval", 1, 99 - round);
  const intervalRuns = [];
  for (let round = 0; round < INTERVAL_ROUNDS; round++) {
    started = process.cpuUsage();
    simulateCentre(params, "interval", 1, round);
    intervalRuns.push(cpuSeconds(started));
  }
  const intervalSec = median(intervalRuns);
  console.log(
    "2. Reference centre (test/bench/reference-centre.yaml), one year: 1,000 agents, voice + chat, ~1 million contacts a month",
  );
  console.log(
    `   contact fidelity: ${contactSec.toFixed(2)} CPU s per replication for ${contacts.toLocaleString("en-US")} contacts, ${contact.modelEvents.toLocaleString("en-US")} events (${(contact.modelEvents / contactSec / 1e6).toFixed(2)} million/s; target <= 20 s)`,
  );
  console.log(
    `   interval fidelity: ${intervalSec.toFixed(3)} CPU s per replication (median of ${INTERVAL_ROUNDS} after ${INTERVAL_WARMUP_RUNS} warm-up runs; rounds: ${intervalRuns.map((r) => r.toFixed(3)).join(", ")}; cold first run ${coldSec.toFixed(3)} s): ${(contactSec / intervalSec).toFixed(0)}x faster (target >= 100x)`,
  );
}

/** Peak resident memory of a contact-fidelity run, in a child process so each figure stands alone. */
function peakMemoryMb(months) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--peak-memory-child", String(months)], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim());
}

function memoryFlatness() {
  const months = process.argv.includes("--quick") ? [1, 3] : [12, 36];
  const [short, long] = months.map(peakMemoryMb);
  console.log(
    `3. Peak memory, contact fidelity: ${months[0]} months ${short.toFixed(0)} MB, ${months[1]} months ${long.toFixed(0)} MB (${(100 * (long / short - 1)).toFixed(1)}%; target within 20%)`,
  );
}

/** What the people layer (hiring, training, learning, attrition, pay, surveys) adds to a contact-fidelity year. */
function peopleLayerCost() {
  const seconds = (simulatePeople) => {
    const started = process.hrtime.bigint();
    simulateCentre(referenceCentre(12, simulatePeople), "contact", 1, 0);
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const without = seconds(false);
  const withPeople = seconds(true);
  console.log(
    `4. People layer, contact-fidelity year: ${without.toFixed(2)} s without, ${withPeople.toFixed(2)} s with (+${(100 * (withPeople / without - 1)).toFixed(1)}%; target at most +25%)`,
  );
}

/** Replications on worker threads: the staffing-levers teaching scenario at contact fidelity, 1 thread vs 2. */
async function parallelReplications() {
  const file = new URL("../../scenarios/teaching/staffing-levers.yaml", import.meta.url);
  const scenario = loadScenario(readFileSync(file, "utf8"), "staffing-levers.yaml").right;
  const variants = resolveVariants(scenario).right;
  const wall = async (threads) => {
    const pool = new WorkerPool(threads);
    const started = process.hrtime.bigint();
    await runScenario(scenario, variants, { replications: 6, fidelity: "contact", execute: pool.execute });
    await pool.stop();
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const one = await wall(1);
  const two = await wall(2);
  console.log(
    `5. Parallel replications (4 variants x 6 replications, contact fidelity): 1 thread ${one.toFixed(2)} s, 2 threads ${two.toFixed(2)} s: ${(one / two).toFixed(2)}x (target >= 1.7x on 2 cores)`,
  );
}

/** The loader on hostile inputs (the unit tests check what it answers; how fast is measured only here). */
function loaderOnLargeBrokenFiles() {
  const minimal = readFileSync(CENTRE_FILE, "utf8");
  const inputs = [
    ["30,000 duplicate keys", `schemaVersion: 1\n${"a: 1\n".repeat(30_000)}`],
    ["20,000 unknown keys", `schemaVersion: 1\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join("\n")}`],
    ["a 1 MB text", `${minimal}description: "${"x".repeat(1_000_000)}"\n`],
  ];
  const timings = inputs.map(([label, text]) => {
    const started = process.hrtime.bigint();
    loadScenario(text, "bench.yaml");
    return `${label} ${(seconds(started) * 1000).toFixed(0)} ms`;
  });
  console.log(
    `7. Scenario loader on large broken files (each refused with located problems): ${timings.join(", ")} (target < 1 s each)`,
  );
}

const childMonths = process.argv.indexOf("--peak-memory-child");
if (childMonths >= 0) {
  simulateCentre(referenceCentre(Number(process.argv[childMonths + 1])), "contact", 1, 0);
  console.log(process.resourceUsage().maxRSS / 1024);
} else {
  referenceQueue();
  referenceCentreYear();
  memoryFlatness();
  peopleLayerCost();
  await parallelReplications();
  loaderOnLargeBrokenFiles();
}
