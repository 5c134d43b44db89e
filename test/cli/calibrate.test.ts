// End-to-end: `ccsim calibrate FILE` refits the file's calibration block and prints a block that, pasted back with
// the fitted value written at its path, loads and passes the checks (the round trip a user makes).
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

// Without the people layer, service level falls as handle time rises: one parameter, one fact, a unique answer.
const scenario = (handleTimeSec: number, calibration: string): string => `schemaVersion: 1
name: calibrate round trip
replications: 2
simulatePeople: false
calendar: { startDate: 2024-01, horizonMonths: 2 }
demand:
  voice: { monthlyVolume: 40000, handleTimeSec: ${handleTimeSec} }
operations:
  initialHeadcount: { proficient: 50 }
  skills: { voiceOnly: 1, multiSkill: 0 }
${calibration}`;

const BLOCK = `calibration:
  parameters:
    - { path: demand.voice.handleTimeSec, value: 230 }
  facts:
    - { kpi: serviceLevel, value: 0.6, unit: fraction, tolerance: 0.01, from: 2024-01, to: 2024-01, source: "made up: a test" }
  command: ccsim calibrate c.yaml
  misfit: 0
`;

describe("ccsim calibrate with a calibration block", () => {
  it("fits to the block's facts and prints a block that loads back with the fitted value", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-cal-"));
    const file = join(dir, "c.yaml");
    writeFileSync(file, scenario(230, BLOCK));
    const r = ccsim("calibrate", file, "--max-evaluations", "8");
    // Off a terminal the only stderr is one progress line per evaluation (a calibration must not look hung in a log).
    const progress = r.stderr.split("\n").filter((l) => l !== "");
    expect(
      progress.every((l) => /^evaluation \d+: misfit [\d.]+$/.test(l)),
      r.stderr,
    ).toBe(true);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/serviceLevel 2024-01 to 2024-01 \(baseline\)/);
    const block = r.stdout.slice(r.stdout.indexOf("calibration:\n"));
    const fitted = Number(/value: ([\d.]+) \}/.exec(block)?.[1]);
    expect(fitted).toBeGreaterThan(230);
    expect(block).toMatch(/source: "made up: a test"/);
    expect(block).toMatch(/command: "ccsim calibrate .*c\.yaml --replications 2 --max-evaluations 8"/);
    const pasted = join(dir, "pasted.yaml");
    writeFileSync(pasted, scenario(fitted, block));
    const check = ccsim("validate", pasted);
    expect(check.stdout + check.stderr).toMatch(/valid/);
    expect(check.status).toBe(0);
    // The block records the value: a file that uses another one is refused at the recorded value's line.
    writeFileSync(pasted, scenario(231, block));
    const refused = ccsim("validate", pasted);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /calibration\.parameters\[0\]\.value: the file gives demand\.voice\.handleTimeSec: 231/,
    );
  });

  it("needs a block or --fit", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-cal-"));
    const file = join(dir, "c.yaml");
    writeFileSync(file, scenario(230, ""));
    const r = ccsim("calibrate", file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/has no calibration block: give the parameters to fit with --fit and --to/);
  });

  // calibrate once took the result options of run: --out wrote nothing and --format csv printed the table.
  it("refuses --out and --format csv, which it has no output for, before running", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-cal-"));
    const file = join(dir, "c.yaml");
    writeFileSync(file, scenario(230, BLOCK));
    const out = ccsim("calibrate", file, "--out", join(dir, "out"));
    expect([out.status, out.stdout, out.stderr.trim()]).toEqual([2, "", "error: unknown option '--out'"]);
    const csv = ccsim("calibrate", file, "--format", "csv");
    expect([csv.status, csv.stdout, csv.stderr.trim()]).toEqual([
      2,
      "",
      "error: option '--format <format>' argument 'csv' is invalid. expected table or json.",
    ]);
  });
});
