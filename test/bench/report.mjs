// `pnpm bench` (part 2): time to build an evidence report beyond the simulation, for a 12-month scenario with
// the baseline and 3 variants (issue target: under 5 s). Runs on the built packages.
import { readFileSync } from "node:fs";
import { buildReport, htmlReport, renderCharts } from "../../packages/report/dist/index.js";
import { resultDocument, runScenario } from "../../packages/runner/dist/index.js";
import { resolveVariants } from "../../packages/runner/dist/effect.js";
import { loadScenario } from "../../packages/scenario/dist/index.js";

const FILE = new URL("../../scenarios/teaching/pay-schemes.yaml", import.meta.url);
const ROUNDS = 3;

const loaded = loadScenario(readFileSync(FILE, "utf8"), "pay-schemes.yaml");
if (loaded._tag === "Left") throw new Error(loaded.left.format());
const scenario = {
  ...loaded.right,
  calendar: { ...loaded.right.calendar, horizonMonths: 12 },
  variants: [
    ...loaded.right.variants,
    { name: "higher piece rate", set: { "pay.scheme": "piece-rate-tnps", "pay.pieceRatePerContact": 55 } },
  ],
};
const variants = resolveVariants(scenario);
if (variants._tag === "Left") throw new Error(variants.left.format());
let started = performance.now();
const run = await runScenario(scenario, variants.right, { replications: 10 });
const simulationSec = (performance.now() - started) / 1000;
const provenance = {
  ccsimVersion: "bench",
  gitCommit: "unknown",
  scenarioFile: "pay-schemes.yaml",
  scenarioSha256: "",
  seed: run.seed,
  replications: run.replications,
  fidelity: run.fidelity,
  command: "bench",
};

const times = [];
let charts = 0;
let bytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  started = performance.now();
  const report = buildReport(resultDocument(run, provenance, scenario.reported), scenario);
  const html = htmlReport(report, await renderCharts(report.charts));
  times.push((performance.now() - started) / 1000);
  charts = report.charts.length;
  bytes = html.length;
}
console.log("");
console.log(`6. Evidence report: pay-schemes, 12 months, baseline + 3 variants, 10 replications, interval fidelity`);
console.log(
  `   simulation: ${simulationSec.toFixed(2)} s; report beyond it (${charts} charts, ${(bytes / 1024).toFixed(0)} KB of HTML): ${times.map((t) => t.toFixed(2)).join(", ")} s (target < 5 s)`,
);
