// Issue 18, literally: a disk that fills up while the result is written. A small tmpfs is mounted for the test
// (this needs root, as CI has; elsewhere the test is skipped and says why). The run still prints its result, exits
// with code 2 and one line saying the disk is full (ENOSPC), and leaves nothing on the full disk: no half-written
// set, no temporary folder, no partial chart folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const main = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "ccsim-full-"));
const disk = join(work, "disk");
const isRoot = process.getuid?.() === 0;

function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: MAX_OUTPUT_BYTES,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Twelve months of a small centre: its months.csv (about 60 kB) and its report's charts do not fit in 16 kB. */
const scenario = join(work, "s.yaml");
writeFileSync(
  scenario,
  `schemaVersion: 1
name: full disk
replications: 1
calendar: { startDate: 2024-01, horizonMonths: 12 }
demand: { voice: { monthlyVolume: 20000, handleTimeSec: 300 } }
operations: { initialHeadcount: { proficient: 30 } }
`,
);

let mounted = false;
beforeAll(() => {
  if (!isRoot) return;
  spawnSync("mkdir", ["-p", disk]);
  mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", disk]).status === 0;
});
afterAll(() => {
  if (mounted) spawnSync("umount", [disk]);
  rmSync(work, { recursive: true, force: true });
});

const errorLines = (stderr: string): string[] =>
  stderr.split("\n").filter((l) => l !== "" && !l.startsWith("warning: "));

describe.skipIf(!isRoot)("a disk that fills up while writing (a 16 kB tmpfs; needs root to mount)", () => {
  it("run --out: the result is printed, exit code 2 with one line saying the disk is full, nothing left on the disk", () => {
    expect(mounted, "mount -t tmpfs failed").toBe(true);
    const r = ccsim("run", scenario, "--quiet", "--format", "json", "--out", join(disk, "out"));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).variants[0].name).toBe("baseline");
    const errors = errorLines(r.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: .*\(the disk is full\)/);
    expect(readdirSync(disk)).toEqual([]);
  });

  it("report --format md: exit code 2 with one line saying the disk is full, no report and no chart folder left", () => {
    expect(mounted, "mount -t tmpfs failed").toBe(true);
    const r = ccsim("report", scenario, "--quiet", "--format", "md", "--out", join(disk, "r.md"));
    expect(r.status).toBe(2);
    const errors = errorLines(r.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/\(the disk is full\)/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readdirSync(disk)).toEqual([]);
  });
});
