// The library packages as a user gets them: each packed with `pnpm pack` (workspace and catalog versions turned
// into real ones, the LICENSE copied in), installed from the tarballs with npm into a scratch project outside the
// repository, and used through their public entries only.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { queueMetrics } from "@ccsim/erlang";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const LIBRARIES = ["engine", "erlang", "model", "scenario", "runner", "report", "queue"];
const work = mkdtempSync(join(tmpdir(), "ccsim-pack-"));
const tarballs = join(work, "tarballs");
const project = join(work, "project");

const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/**
 * npm install of the tarballs. Offline first: their dependencies (effect, yaml, seedrandom, vega, ...) are then
 * taken from npm's cache. A machine whose cache lacks them (the first run) falls back to --prefer-offline, which
 * fetches only what is missing from the registry.
 */
function npmInstall(files: string[]): void {
  const base = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"];
  try {
    run("npm", [...base, "--offline", ...files], project);
  } catch {
    run("npm", [...base, "--prefer-offline", ...files], project);
  }
}

beforeAll(() => {
  for (const name of LIBRARIES) run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", name));
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  npmInstall(readdirSync(tarballs).map((f) => join(tarballs, f)));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed library packages", () => {
  it("carry real versions, the licence and their build, and nothing of the workspace", () => {
    for (const name of LIBRARIES) {
      const dir = join(project, "node_modules/@ccsim", name);
      const text = readFileSync(join(dir, "package.json"), "utf8");
      expect(text, name).not.toMatch(/workspace:|catalog:/);
      const manifest = JSON.parse(text) as {
        license: string;
        private?: boolean;
        exports: Record<string, { types: string; import: string }>;
      };
      expect(manifest.license).toBe("Apache-2.0");
      expect(manifest.private).toBeUndefined();
      expect(readFileSync(join(dir, "LICENSE"), "utf8")).toMatch(/Apache License\s+Version 2\.0, January 2004/);
      for (const entry of Object.values(manifest.exports)) {
        expect(readFileSync(join(dir, entry.import), "utf8").length, `${name} ${entry.import}`).toBeGreaterThan(0);
        expect(readFileSync(join(dir, entry.types), "utf8").length, `${name} ${entry.types}`).toBeGreaterThan(0);
      }
    }
  });

  it("simulate a scenario from a fresh project, on the main thread and on a worker thread", () => {
    writeFileSync(
      join(project, "main.mjs"),
      `
import { formatProblem, simulate } from "@ccsim/runner";
import { WorkerPool } from "@ccsim/runner/node";
import { queueMetrics } from "@ccsim/erlang";
const text = \`schemaVersion: 1
name: packed
replications: 2
fidelity: interval
calendar: { startDate: 2024-01, horizonMonths: 2 }
demand:
  voice: { monthlyVolume: 40000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 70 }
  skills: { voiceOnly: 1, multiSkill: 0 }
\`;
const here = await simulate({ text, file: "packed.yaml" });
const pool = new WorkerPool(1);
const there = await simulate({ text, file: "packed.yaml" }, { execute: pool.execute }).finally(() => pool.stop());
const bad = await simulate({ text: text.replace("handleTimeSec: 300", "handleTimeSec: -1") });
let deep = "exported";
try { await import("@ccsim/runner/dist/api.js"); } catch (error) { deep = error.code; }
console.log(JSON.stringify({
  ok: here.ok, same: JSON.stringify(here.result) === JSON.stringify(there.result),
  months: here.result.variants[0].months.length, version: here.result.provenance.ccsimVersion,
  problems: bad.ok ? [] : bad.problems.map(formatProblem),
  pWait: queueMetrics({ callsPerHour: 600, ahtSec: 270, agents: 50, thresholdSec: 20 }).pWait,
  deep,
}));
`,
    );
    const out = JSON.parse(run(process.execPath, ["main.mjs"], project)) as Record<string, unknown>;
    expect(out).toMatchObject({
      ok: true,
      same: true,
      months: 2,
      version: "0.1.0",
      deep: "ERR_PACKAGE_PATH_NOT_EXPORTED",
    });
    expect(out.problems).toEqual([expect.stringMatching(/^scenario\.yaml:7:\d+ demand\.voice\.handleTimeSec: /)]);
    const exact = queueMetrics({ callsPerHour: 600, ahtSec: 270, agents: 50, thresholdSec: 20 });
    if (!exact.stable) throw new Error("the reference queue is stable");
    expect(out.pWait).toBe(exact.pWait);
  });

  it("builds a report from the result with @ccsim/report", () => {
    writeFileSync(
      join(project, "report.mjs"),
      `
import { simulate } from "@ccsim/runner";
import { buildReport } from "@ccsim/report";
import { readFileSync } from "node:fs";
const outcome = await simulate({ text: readFileSync(process.argv[2], "utf8"), file: "levers.yaml" }, { replications: 2, fidelity: "interval" });
console.log(JSON.stringify({ charts: buildReport(outcome.result, outcome.scenario).charts.length }));
`,
    );
    const out = JSON.parse(
      run(process.execPath, ["report.mjs", join(root, "scenarios/teaching/staffing-levers.yaml")], project),
    ) as { charts: number };
    expect(out.charts).toBeGreaterThan(0);
  });

  it("imports @ccsim/queue without a Redis (BullMQ connects only when a study starts) and parses a queue address", () => {
    writeFileSync(
      join(project, "queue.mjs"),
      `
import { QueueCoordinator, parseQueueUrl } from "@ccsim/queue";
console.log(JSON.stringify({ coordinator: typeof QueueCoordinator, address: parseQueueUrl("redis://:secret@127.0.0.1:6390/2") }));
`,
    );
    const out = JSON.parse(run(process.execPath, ["queue.mjs"], project)) as {
      coordinator: string;
      address: { url: string; shown: string };
    };
    expect(out.coordinator).toBe("function");
    expect(out.address.url).toBe("redis://:secret@127.0.0.1:6390/2");
    expect(out.address.shown).not.toMatch(/secret/);
  });
});
