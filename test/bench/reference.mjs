// `pnpm bench` (queue core vs a reference engine): the Erlang-A reference workload (2 calls/s, exponential handle
// time 180 s, 380 agents, exponential patience 120 s, 20,000 warm-up + 1,000,000 measured arrivals) simulated by
// `ccsim queue` and by a hand-optimised single-purpose engine, alternately, each in a fresh process; the ratio of
// model events per second (arrivals + completions + abandonments), median over rounds. The reference engine is not
// part of the project: give its folder (holding fast_erlang_a.js) in CCSIM_REFERENCE_ENGINE; without it this skips.
//   CCSIM_REFERENCE_ENGINE=/path/to/reference-engine node test/bench/reference.mjs [--rounds N]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const folder = process.env.CCSIM_REFERENCE_ENGINE;
const at = process.argv.indexOf("--rounds");
const rounds = at >= 0 ? Number(process.argv[at + 1]) : 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log("");
if (folder === undefined || !existsSync(join(folder, "fast_erlang_a.js"))) {
  console.log("9. Queue core vs reference engine: skipped (set CCSIM_REFERENCE_ENGINE to its folder)");
} else {
  const cli = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));
  const run = (args) => {
    const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  const ours = [];
  const reference = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const theirs = run([join(folder, "fast_erlang_a.js"), "--arrivals", "1000000", "--warmup", "20000"]);
    const mine = run([
      cli,
      "queue",
      ...["--calls-per-hour", "7200", "--aht-sec", "180", "--agents", "380", "--patience-sec", "120"],
      ...["--contacts", "1000000", "--warmup-contacts", "20000", "--replications", "1", "--json", "--quiet"],
    ]);
    reference.push(theirs.model_events_per_s);
    ours.push(mine.model_events_per_sec);
    ratios.push(mine.model_events_per_sec / theirs.model_events_per_s);
  }
  const millions = (values) => values.map((v) => (v / 1e6).toFixed(2)).join(", ");
  console.log(`9. Queue core vs reference engine (${rounds} alternating rounds, each a fresh process)`);
  console.log(`   ccsim queue: ${millions(ours)} million model events/s`);
  console.log(`   reference:   ${millions(reference)} million model events/s`);
  console.log(`   ratio: ${median(ratios).toFixed(2)} (median of the paired ratios; target >= 0.9)`);
}
