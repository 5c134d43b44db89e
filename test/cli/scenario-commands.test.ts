// End-to-end: the scenario commands as a user runs them (built CLI, real files).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
const levers = join(root, "scenarios/teaching/staffing-levers.yaml");

function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: "utf8", cwd: root, maxBuffer: MAX_OUTPUT_BYTES });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("ccsim run", () => {
  it("prints monthly KPIs per variant; JSON carries provenance; --out writes both files atomically", () => {
    const table = ccsim("run", levers, "--replications", "2");
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/five agents fewer/);
    expect(table.stdout).toMatch(/2024-12/);
    const out = mkdtempSync(join(tmpdir(), "ccsim-out-"));
    const r = ccsim("run", levers, "--replications", "2", "--format", "json", "--out", out);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.provenance).toMatchObject({
      scenarioFile: expect.any(String),
      seed: 20240621,
      replications: 2,
      fidelity: "interval",
    });
    expect(json.provenance.scenarioSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.provenance.ccsimVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(json.variants).toHaveLength(4);
    expect(json.variants[0].months[0].kpis["voice.serviceLevel"]).toHaveProperty("ci95_low");
    // With the planner's files (docs/planner.md): per interval, the Calabrio requirement, roster, capacity plan.
    expect(readdirSync(out).sort()).toEqual([
      "capacity.csv",
      "intervals.csv",
      "months.csv",
      "requirement-calabrio.csv",
      "result.json",
      "roster.csv",
    ]);
    expect(JSON.parse(readFileSync(join(out, "result.json"), "utf8"))).toEqual(json);
    expect(readFileSync(join(out, "months.csv"), "utf8").split("\n")[0]).toBe(
      "variant,month,kpi,mean,ci95_low,ci95_high,p10,p90,replications",
    );
  });

  it("gives byte-identical JSON for the same seed on 1 and 2 threads", () => {
    const one = ccsim("run", levers, "--replications", "3", "--format", "json", "--threads", "1");
    const two = ccsim("run", levers, "--replications", "3", "--format", "json", "--threads", "2");
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe("ccsim compare, sweep, validate, schema", () => {
  it("compare prints paired differences and, for a case, its case card", () => {
    const r = ccsim("compare", levers, "--replications", "3");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/five agents fewer vs baseline/);
    expect(r.stdout).toMatch(/significant/);
    const mts = ccsim("compare", join(root, "scenarios/cases/mts-virtual-contact-centre.yaml"), "--replications", "2");
    expect(mts.status).toBe(0);
    expect(mts.stdout).toMatch(/Case card \(virtual contact centre\)/);
    expect(mts.stdout).toMatch(/staffingSufficiency in 2024-05/);
  });

  it("sweep runs every point of a grid; a bad path is a located error with exit code 2", () => {
    const r = ccsim(
      "sweep",
      levers,
      "--set",
      "operations.shrinkage=0.25,0.35",
      "--set",
      "operations.initialHeadcount.proficient=50,60",
      "--replications",
      "2",
      "--format",
      "json",
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).variants.map((v: { name: string }) => v.name)).toHaveLength(4);
    const bad = ccsim("sweep", levers, "--set", "operations.shrinkag=0.3");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /--set:1:1 operations\.shrinkag: unknown parameter path .*did you mean "operations\.shrinkage"/,
    );
  });

  it("validate names every problem with file, line, column and path; schema prints the committed JSON Schema", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-bad-"));
    const file = join(dir, "bad.yaml");
    writeFileSync(
      file,
      "schemaVersion: 1\nname: bad\ncalendar:\n  startDate: 2024-13\ndemand:\n  voice:\n    monthlyVolume: -5\n    handleTimeSec: 300\noperations:\n  initialHeadcount: { proficient: 10 }\n  agnets: 3\n",
    );
    const r = ccsim("validate", file);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${file}:4:14 calendar.startDate: expected a date written YYYY-MM or YYYY-MM-DD, found "2024-13"`,
      `${file}:7:20 demand.voice.monthlyVolume: expected a number of contacts from 0 to 100,000,000, found -5`,
      expect.stringMatching(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:11:3 operations\\.agnets: unknown key "agnets"`),
      ),
    ]);
    expect(ccsim("validate", levers).status).toBe(0);
    const schema = ccsim("schema");
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(
      JSON.parse(readFileSync(join(root, "scenarios/scenario.schema.json"), "utf8")),
    );
  });

  it("a missing file is a one-line error with exit code 2", () => {
    const r = ccsim("run", "no-such-file.yaml");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("no-such-file.yaml:1:1 cannot read the file: there is no such file; check the path");
  });
});

describe("the case card", () => {
  it("matches the run's own monthly JSON", () => {
    const r = ccsim(
      "compare",
      join(root, "scenarios/cases/mts-virtual-contact-centre.yaml"),
      "--replications",
      "2",
      "--format",
      "json",
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    const replay = json.variants.find((v: { name: string }) => v.name === json.caseCard.variant);
    const monthMean = (month: string, kpi: string): number =>
      replay.months.find((m: { month: string }) => m.month === month).kpis[kpi].mean;
    for (const figure of json.caseCard.figures) {
      const kpi = figure.kpi === "contactsPerAgentMonthMax" ? "contactsPerAgentMax" : figure.kpi;
      if (figure.changeSince === undefined) {
        expect(figure.simulated.mean).toBeCloseTo(
          monthMean(figure.month, kpi) * (figure.unit === "percent" ? 100 : 1),
          6,
        );
      } else if (figure.unit === "nps-points") {
        // A mean of paired changes is the change of the means.
        expect(figure.simulated.mean).toBeCloseTo(monthMean(figure.month, kpi) - monthMean(figure.changeSince, kpi), 6);
      }
    }
    expect(json.caseCard.figures).toHaveLength(4);
    // Fitted only to facts about the time before the changes: every reported figure is a prediction.
    expect(json.caseCard.figures.map((f: { status: string }) => f.status)).toEqual(Array(4).fill("predicted"));
    // The causal effect is the variant minus the baseline in the reported month (a mean of paired differences).
    const baseline = json.variants[0];
    const eNps = json.caseCard.figures.find((f: { kpi: string }) => f.kpi === "enps");
    const baseMean = baseline.months.find((m: { month: string }) => m.month === eNps.month).kpis["enps"].mean;
    expect(eNps.againstBaseline.mean).toBeCloseTo(monthMean(eNps.month, "enps") - baseMean, 6);
  });
});

describe("Ctrl-C", () => {
  it("shows progress lines off a terminal, stops the workers, writes nothing and exits with code 130", async () => {
    const { spawn } = await import("node:child_process");
    const out = join(mkdtempSync(join(tmpdir(), "ccsim-int-")), "results");
    const child = spawn(
      process.execPath,
      [
        main,
        "run",
        join(root, "scenarios/cases/mts-virtual-contact-centre.yaml"),
        "--fidelity",
        "contact",
        "--out",
        out,
      ],
      { cwd: root },
    );
    let stderr = "";
    // Interrupt once the run is under way (its first progress line, 2 s after the workers start), not after a fixed
    // delay: on a loaded machine the CLI's start alone can outlast any delay short enough for the test.
    const started = new Promise<void>((resolve) =>
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("replications: ")) resolve();
      }),
    );
    await started;
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(130);
    // Off a terminal a long run is never silent: progress lines from the second second on, then the interruption.
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^replications: \d+\/\d+ done \(\d+ s/);
    expect(lines.slice(0, -1).every((l) => /^replications: \d+\/\d+ done/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe("interrupted: no result written");
    expect(existsSync(out)).toBe(false);
  });
});
