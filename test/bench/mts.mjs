// `pnpm bench` (MTS): one warm replication of the MTS case (scenarios/cases/mts-virtual-contact-centre.yaml, every
// variant, people layer and management on) at interval fidelity, the unit a sensitivity study multiplies. Timed
// against an earlier revision of the code built in a temporary folder, alternating in this one process, so that the
// ratio is measured under the same load (absolute times on a shared machine vary by a factor of 2 or more). Also
// checks that both give the same results, and splits the replication's time between the layers by profiling.
//   node test/bench/mts.mjs [--against REV] [--rounds N]   (REV default: CCSIM_BENCH_AGAINST, else BASELINE below)
// The earlier revision is skipped (only this build is timed) when git or the revision is not available.
import { rmSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { buildRevision, jobsOf, ROOT } from "./revision.mjs";

/** The code before the speed work of issue 14 (the tree the file splits and timings started from). */
const BASELINE = "976bca9ade198298c3160399c3e265fffbbabdfd";
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const rounds = Number(arg("--rounds", "7"));
const against = arg("--against", process.env.CCSIM_BENCH_AGAINST ?? BASELINE);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * CPU seconds per replication (all variants of replication r, divided by their number) and the results. CPU time
 * of this single-threaded process, not wall time: on a machine shared with other work, wall time also counts the
 * time the process waited for a core.
 */
function replicate({ jobs, simulateJob }, r) {
  const started = process.cpuUsage();
  const results = jobs.map((job) => simulateJob({ ...job, replication: r }));
  const used = process.cpuUsage(started);
  return { sec: (used.user + used.system) / 1e6 / jobs.length, results: JSON.stringify(results) };
}

const builds = [["this build", await jobsOf(ROOT)]];
const oldRoot = against === "none" ? undefined : buildRevision(against);
if (oldRoot !== undefined) builds.unshift([against.slice(0, 10), await jobsOf(oldRoot)]);
const times = builds.map(() => []);
let identical = true;
// Two unmeasured rounds first (JIT compilation, heap growth), then alternate: old, new, new, old, old, new... The
// order flips every round, so that neither build always runs second, in the heap and caches the other one left.
for (let r = 0; r < rounds + 2; r++) {
  const order = r % 2 === 0 ? builds.map((_, k) => k) : builds.map((_, k) => builds.length - 1 - k);
  const out = [];
  for (const k of order) out[k] = replicate(builds[k][1], r);
  if (r >= 2) out.forEach((o, k) => times[k].push(o.sec));
  if (out.length === 2 && out[0].results !== out[1].results) identical = false;
}
console.log("");
console.log(
  `8. MTS case, one warm replication at interval fidelity (${builds[0][1].jobs.length} variants; median of ${rounds} alternating rounds)`,
);
builds.forEach(([name], k) =>
  console.log(
    `   ${name}: ${median(times[k]).toFixed(3)} CPU s per replication of one variant (rounds: ${times[k].map((t) => t.toFixed(3)).join(", ")})`,
  ),
);
if (builds.length === 2) {
  const ratios = times[0].map((t, i) => t / times[1][i]);
  console.log(
    `   speed-up: ${median(ratios).toFixed(2)}x (median of the paired ratios); results ${identical ? "identical" : "DIFFERENT (each build runs its own revision of the case file)"} (target <= 0.12 s per replication)`,
  );
  rmSync(oldRoot, { recursive: true, force: true });
}

// Where a replication's time goes: a CPU profile of a few replications of this build, each sample credited to the
// layer of the innermost frame that belongs to one; the shared libraries (Erlang formulas, random numbers) count
// for the layer that called them (the planner's and the people layer's staffing solves, the interval's Erlang A).
const LAYERS = [
  ["people layer", /\/model\/dist\/people\//],
  ["management", /\/model\/dist\/management\//],
  [
    "day plan (forecast, roster, breaks)",
    /\/model\/dist\/(DayPlan|ShiftPlacement|Roster|Planner|internal\/BreakOffsets)\.js/,
  ],
  [
    "interval fidelity (Erlang A, outcomes, credit)",
    /\/model\/dist\/(IntervalFidelity|AgentCredit|internal\/IntervalOutcomes|internal\/sessionWork)\.js/,
  ],
];
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
for (let r = 0; r < 3; r++) replicate(builds[builds.length - 1][1], 100 + r);
const { profile } = await session.post("Profiler.stop");
session.disconnect();
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const share = new Map(LAYERS.map(([name]) => [name, 0]));
let total = 0;
for (const sample of profile.samples) {
  total++;
  for (let id = sample; id !== undefined; id = parent.get(id)) {
    const layer = LAYERS.find(([, pattern]) => pattern.test(byId.get(id).callFrame.url));
    if (layer !== undefined) {
      share.set(layer[0], share.get(layer[0]) + 1);
      break;
    }
  }
}
const rest = total - [...share.values()].reduce((a, b) => a + b, 0);
console.log(
  `   time by layer (CPU profile, innermost layer): ${[...share, ["rest (tally, KPIs, GC, engine)", rest]].map(([name, n]) => `${name} ${((100 * n) / total).toFixed(0)}%`).join(", ")}`,
);
