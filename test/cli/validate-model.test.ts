// `ccsim validate-model` as a user runs it (built CLI), on a folder holding one small study so that it stays
// fast; the real studies run in test/validation/published-studies.test.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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

const study = `
schemaVersion: 1
name: A tiny study
calendar: { startDate: 2024-01, horizonMonths: 2 }
demand: { voice: { monthlyVolume: 20000, handleTimeSec: 300 } }
operations: { initialHeadcount: { proficient: 25 } }
variants: [{ name: treated, set: { demand.voice.handleTimeSec: 240 } }]
study:
  citation: Nobody (2024). A made-up study. Journal of Tests 1, 1-2.
  untestable: [{ figure: morale, reported: "+5%", reason: no morale in the model }]
reported:
  - kpi: ahtSec
    against: baseline
    unit: percent
    value: -20
    tolerance: 3
    kind: evidence
    reading: >
      240 s against 300 s,
      read as -20%
`;

describe("ccsim validate-model", () => {
  const folder = mkdtempSync(join(tmpdir(), "ccsim-validate-model-"));
  writeFileSync(join(folder, "tiny.yaml"), study);

  it("prints one row per figure with its kind, the untestable ones included, and a summary per kind", () => {
    const r = ccsim("validate-model", folder, "--replications", "2", "--quiet");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /A tiny study\s+ahtSec vs baseline\s+evidence\s+-20 ± 3 percent\s+-\d+\.\d+ +\[.*\]\s+yes/,
    );
    expect(r.stdout).toMatch(/A tiny study\s+morale\s+untestable\s+\+5%\s+-\s+-\s+not testable/);
    expect(r.stdout).toMatch(/^evidence: 1 of 1 figure\(s\) reproduced$/m);
  });

  it("writes JSON and the Markdown of docs/validation.md", () => {
    const json = JSON.parse(ccsim("validate-model", folder, "--replications", "1", "--format", "json").stdout) as {
      cases: { study: string; rows: { kind: string; reason?: string; reading?: string }[] }[];
    };
    expect(json.cases[0]?.rows.map((r) => r.kind)).toEqual(["evidence", "untestable"]);
    expect(json.cases[0]?.rows[0]?.reading).toBe("240 s against 300 s, read as -20%");
    expect(json.cases[0]?.rows[1]?.reason).toBe("no morale in the model");
    const md = ccsim("validate-model", folder, "--replications", "1", "--format", "markdown").stdout;
    expect(md).toMatch(/^# Validation against published studies/);
    expect(md).toContain("validate-model --replications 1 --format markdown");
    expect(md).toContain("- *morale* (+5%): no morale in the model");
    // A reading (how the figure was read, why a no is a no) reaches the doc, on one line.
    expect(md).toContain("Readings:\n\n- *ahtSec vs baseline*: 240 s against 300 s, read as -20%");
  });

  it("refuses a folder that does not exist, or holds no scenarios, with exit code 2", () => {
    const missing = ccsim("validate-model", join(folder, "nope"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope: no such folder of validation scenarios/);
    const empty = mkdtempSync(join(tmpdir(), "ccsim-validate-model-empty-"));
    expect(ccsim("validate-model", empty).stderr).toMatch(/no \.yaml validation scenarios in it/);
  });
});
