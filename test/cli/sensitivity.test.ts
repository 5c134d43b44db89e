// End-to-end: `ccsim sensitivity` and `ccsim report --sensitivity` as a user runs them (built CLI, real files).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");

function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: "utf8", cwd: root, maxBuffer: MAX_OUTPUT_BYTES });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SCENARIO = `schemaVersion: 1
name: sensitivity e2e
replications: 2
simulatePeople: false
calendar: { startDate: 2024-01, horizonMonths: 1 }
demand:
  voice: { monthlyVolume: 30000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 40 }
  skills: { voiceOnly: 1, multiSkill: 0 }
variants:
  - name: more agents
    set: { operations.initialHeadcount.proficient: 46 }
uncertain:
  - { path: demand.voice.monthlyVolume, min: 26000, max: 34000, source: assumption, why: not measured }
  - { path: demand.voice.handleTimeSec, min: 280, max: 320, source: assumption }
`;

describe("ccsim sensitivity", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-sens-"));
  const file = join(dir, "s.yaml");
  writeFileSync(file, SCENARIO);

  it("prints Morris effects and robustness as JSON, writes --out, and reports its plan on stderr", () => {
    const out = join(dir, "sens.json");
    const r = ccsim(
      "sensitivity",
      file,
      "--samples",
      "2",
      "--kpi",
      "voice.serviceLevel",
      "--format",
      "json",
      "--out",
      out,
      "--threads",
      "1",
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/morris, 2 uncertain parameters, 7 worlds, 28 model runs/);
    const doc = JSON.parse(r.stdout);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(doc);
    expect(doc).toMatchObject({
      kind: "ccsim-sensitivity",
      method: "morris",
      samples: 2,
      worlds: 7,
      kpis: ["voice.serviceLevel"],
    });
    expect(doc.sensitivity).toHaveLength(4);
    expect(doc.sensitivity[0]).toEqual({
      kpi: "voice.serviceLevel",
      variant: "baseline",
      measure: "level",
      parameter: "demand.voice.monthlyVolume",
      muStar: expect.any(Number),
      mu: expect.any(Number),
      sigma: expect.any(Number),
    });
    expect(doc.robustness).toEqual([
      expect.objectContaining({ kpi: "voice.serviceLevel", variant: "more agents", shareSameSign: 1, worlds: 6 }),
    ]);

    const report = join(dir, "report.html");
    const rep = ccsim("report", file, "--sensitivity", out, "--out", report, "--quiet");
    expect(rep.status).toBe(0);
    const html = readFileSync(report, "utf8");
    expect(html).toContain("Sensitivity to the declared assumptions");
    expect(html).toContain("beats the baseline on voice SL in 100% of 6 sampled worlds");
    expect(html).toContain('data-chart="tornado-voice-servicelevel-more-agents"');
  });

  it("gives Sobol indices with intervals in the table", () => {
    const r = ccsim(
      "sensitivity",
      file,
      "--method",
      "sobol",
      "--samples",
      "4",
      "--kpi",
      "voice.serviceLevel",
      "--quiet",
      "--threads",
      "1",
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Sobol indices, N = 4/);
    expect(r.stdout).toMatch(/first-order \(95% CI\)\s+total \(95% CI\)/);
    expect(r.stderr).toBe("");
  });

  it("refuses unknown KPIs, scenarios without uncertain parameters and a study of another file version (exit code 2)", () => {
    const bad = ccsim("sensitivity", file, "--samples", "1", "--kpi", "voice.serviceLvl", "--quiet", "--threads", "1");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown KPI voice.serviceLvl; this scenario has: .*voice.serviceLevel/);
    const plain = join(dir, "plain.yaml");
    writeFileSync(plain, SCENARIO.slice(0, SCENARIO.indexOf("uncertain:")));
    expect(ccsim("sensitivity", plain, "--quiet").stderr).toMatch(/declares no uncertain parameters/);
    const stale = join(dir, "stale.json");
    writeFileSync(
      stale,
      JSON.stringify({
        kind: "ccsim-sensitivity",
        sensitivity: [],
        robustness: [],
        provenance: { scenarioSha256: "0".repeat(64) },
      }),
    );
    const rep = ccsim("report", file, "--sensitivity", stale, "--out", join(dir, "r.html"), "--quiet");
    expect(rep.status).toBe(2);
    expect(rep.stderr).toMatch(/made from another version of the scenario file/);
  });
});
