// Paired comparison of the MTS case's key KPIs between this build and an earlier revision: the same seeds and
// replications run by both, each replication's KPI averaged over the reported months, and the mean difference
// (this build - earlier) with its 95% Student-t interval. A change of random-number use or grain that is exact in
// distribution, or honest, moves every key KPI only within noise: each interval should contain 0 (about 1 in 20
// may not by chance alone).
//   node test/bench/paired.mjs [--against REV] [--replications N]   (REV default 0fd07e9, N default 20)
import { rmSync } from "node:fs";
import { join } from "node:path";
import { buildRevision, jobsOf, ROOT } from "./revision.mjs";

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const against = arg("--against", "0fd07e9");
const replications = Number(arg("--replications", "20"));
const KPIS = [
  "voice.serviceLevel",
  "voice.abandonRate",
  "occupancy",
  "staffingSufficiency",
  "monthlyAttrition",
  "enps",
  "timeToFillDays",
  "costPerContact",
  "headcount",
  "leaversFromPay",
  "leaversFromBurnout",
  "leaversFromDisengagement",
];

/** Per variant and KPI, the replication values (means over the months where the KPI was measured). */
function kpisOf({ jobs, simulateJob }) {
  const out = jobs.map(() => new Map(KPIS.map((k) => [k, []])));
  for (let r = 0; r < replications; r++)
    jobs.forEach((job, v) => {
      const { months } = simulateJob({ ...job, replication: r });
      for (const k of KPIS) {
        const measured = months.map((m) => m.values[k]).filter((x) => x !== undefined && !Number.isNaN(x));
        out[v].get(k).push(measured.reduce((s, x) => s + x, 0) / measured.length);
      }
    });
  return out;
}

const oldRoot = buildRevision(against);
if (oldRoot === undefined) process.exit(1);
const { estimate } = await import(join(ROOT, "packages/runner/dist/index.js"));
const fresh = await jobsOf(ROOT);
const before = kpisOf(await jobsOf(oldRoot));
const after = kpisOf(fresh);
rmSync(oldRoot, { recursive: true, force: true });
console.log(
  `MTS case, ${replications} paired replications (same seeds), this build - ${against}: mean difference [95% CI]`,
);
fresh.jobs.forEach((job, v) => {
  console.log(`variant ${v + 1} of ${fresh.jobs.length}`);
  for (const k of KPIS) {
    const a = after[v].get(k),
      b = before[v].get(k);
    const d = estimate(a.map((x, i) => x - b[i]));
    const base = estimate(b).mean;
    const holds = d.ciLow <= 0 && d.ciHigh >= 0 ? "" : "  (0 outside)";
    console.log(
      `  ${k.padEnd(26)} ${base.toPrecision(5).padStart(10)}  ${d.mean.toPrecision(3).padStart(10)} [${d.ciLow.toPrecision(3)}, ${d.ciHigh.toPrecision(3)}]${holds}`,
    );
  }
});
