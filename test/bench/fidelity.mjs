// `pnpm bench` (fidelity): every scenario under scenarios/ at interval and contact fidelity, with the scenario's
// own settings (people layer included where the file has it): overall voice service level and occupancy (mean of
// the reported months, mean across replications) at both fidelities, their differences, and how many times
// faster interval fidelity ran. Contact fidelity is the reference; the target is within 1 point on both.
// `--quick` skips the MTS case (about 16 s per contact replication); `--replications N` sets the replications.
// Both fidelities run the same replications, whose persistent draws (agents' speed factors, the people layer's
// streams) are common, so the differences are paired: the +- column is 2 standard errors of the paired difference.
// `--people off` keeps each file's starting roster fixed and proficient (`simulatePeople: false`) and `--months N`
// shortens the horizon: the queue's own disagreement, without the people layer's response to it (docs/model.md,
// "Interval fidelity"). `--only TEXT` keeps the files whose path contains TEXT. `--file PATH` (repeatable) runs
// the given scenario files instead of the library's (a path from the working directory: a copy with a setting
// changed, for instance).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runScenario } from "../../packages/runner/dist/index.js";
import { resolveVariants } from "../../packages/runner/dist/effect.js";
import { loadScenario } from "../../packages/scenario/dist/index.js";

const ROOT = fileURLToPath(new URL("../../scenarios/", import.meta.url));
const quick = process.argv.includes("--quick");
const at = process.argv.indexOf("--replications");
const replications = at >= 0 ? Number(process.argv[at + 1]) : 3;
const only = process.argv.indexOf("--only");
const peopleAt = process.argv.indexOf("--people");
const peopleOff = peopleAt >= 0 && process.argv[peopleAt + 1] === "off";
const monthsAt = process.argv.indexOf("--months");
const months = monthsAt >= 0 ? Number(process.argv[monthsAt + 1]) : undefined;
if (months !== undefined && !(Number.isInteger(months) && months >= 1)) {
  console.error(`--months: expected a whole number of months, 1 or more, got ${process.argv[monthsAt + 1]}`);
  process.exit(2);
}

const given = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--file" ? [resolve(arg)] : []));
const files = (
  given.length > 0
    ? given
    : ["validation", "teaching", "cases"].flatMap((dir) =>
        readdirSync(join(ROOT, dir))
          .filter((f) => f.endsWith(".yaml"))
          .map((f) => join(dir, f)),
      )
)
  .filter((f) => !(quick && f.startsWith("cases/")))
  .filter((f) => only < 0 || f.includes(process.argv[only + 1]));

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const diff = (x) => ((x >= 0 ? "+" : "") + (100 * x).toFixed(1)).padStart(5);
console.log("");
console.log(
  `7. Fidelity agreement: overall voice SL and occupancy, interval vs contact (${replications} paired replications; target within 1 point)`,
);
console.log("   (diff: interval - contact, +- 2 standard errors of the paired difference)");
console.log(
  "   scenario / variant                                  SL int  SL con  diff       | occ int occ con  diff       | speed | chat SL int / con",
);
let worst = 0;
for (const file of files) {
  const loaded = loadScenario(readFileSync(resolve(ROOT, file), "utf8"), file);
  if (loaded._tag === "Left") throw new Error(loaded.left.format());
  const scenario = adjust(loaded.right);
  const variants = resolveVariants(scenario, file);
  if (variants._tag === "Left") throw new Error(variants.left.format());
  const timed = async (fidelity, replications) => {
    const started = process.hrtime.bigint();
    const run = await runScenario(scenario, variants.right, { fidelity, replications });
    return { run, secPerReplication: Number(process.hrtime.bigint() - started) / 1e9 / replications };
  };
  // One unmeasured interval run first, so that JIT compilation does not count against it.
  await runScenario(scenario, variants.right, { fidelity: "interval", replications: 1 });
  const interval = await timed("interval", replications);
  const contact = await timed("contact", replications);
  const speed = contact.secPerReplication / interval.secPerReplication;
  interval.run.variants.forEach((v, k) => {
    const c = contact.run.variants[k];
    const sl = [v.overall["voice.serviceLevel"].mean, c.overall["voice.serviceLevel"].mean];
    const occ = [v.overall.occupancy.mean, c.overall.occupancy.mean];
    // Per replication, the mean over the reported months; then the paired differences' standard error.
    const overall = (months, kpi) => months.reduce((sum, m) => sum + m.values[kpi], 0) / months.length;
    const twoSe = (kpi) => {
      const d = v.replications.map((months, r) => overall(months, kpi) - overall(c.replications[r], kpi));
      const mean = d.reduce((x, y) => x + y, 0) / d.length;
      return d.length > 1 ? 2 * Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (d.length - 1) / d.length) : NaN;
    };
    const noise = (kpi) => `+-${(100 * twoSe(kpi)).toFixed(1)}`.padEnd(6);
    worst = Math.max(worst, Math.abs(sl[0] - sl[1]), Math.abs(occ[0] - occ[1]));
    // Chat service level where the centre has chat (not in the target: shown because multi-skilled agents move it).
    const chat =
      v.overall["chat.serviceLevel"] === undefined
        ? ""
        : ` | chat ${pct(v.overall["chat.serviceLevel"].mean)} / ${pct(c.overall["chat.serviceLevel"].mean)}`;
    const name = `${file.replace(/\.yaml$/, "")}${v.name === "baseline" ? "" : ` / ${v.name}`}`;
    console.log(
      `   ${name.slice(0, 50).padEnd(50)} ${pct(sl[0])}   ${pct(sl[1])}  ${diff(sl[0] - sl[1])} ${noise("voice.serviceLevel")} | ${pct(occ[0])}   ${pct(occ[1])}  ${diff(occ[0] - occ[1])} ${noise("occupancy")} | ${speed.toFixed(0).padStart(4)}x${chat}`,
    );
  });
}
console.log(`   largest difference: ${(100 * worst).toFixed(1)} points (target <= 1)`);

/**
 * The file's scenario with the people layer off and the horizon shortened where asked. The variants are dropped
 * with the people layer (theirs are people-layer levers), and so are the case's reported figures, whose months
 * may lie past a shortened horizon.
 */
function adjust(scenario) {
  if (!peopleOff && months === undefined) return scenario;
  const calendar = months === undefined ? scenario.calendar : { ...scenario.calendar, horizonMonths: months };
  const people = peopleOff ? { simulatePeople: false, variants: [] } : {};
  return { ...scenario, ...people, calendar, reported: [] };
}
