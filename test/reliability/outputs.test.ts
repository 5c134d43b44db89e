// Issue 18: output files are written as a set. Bad destinations are refused before simulating (stdout stays
// empty), a write that fails after the run leaves the old files and still prints the result, and no temporary
// folder is ever left behind.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UserError } from "../../apps/cli/src/UserError.js";
import { writeResultSet } from "../../apps/cli/src/writeResultSet.js";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const main = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));

function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: MAX_OUTPUT_BYTES,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fresh = (): string => mkdtempSync(join(tmpdir(), "ccsim-out-"));
const scenario = (dir: string): string => {
  const path = join(dir, "s.yaml");
  writeFileSync(
    path,
    `schemaVersion: 1
name: small
replications: 1
calendar: { startDate: 2024-01, horizonMonths: 2 }
demand: { voice: { monthlyVolume: 20000, handleTimeSec: 300 } }
operations: { initialHeadcount: { proficient: 30 } }
`,
  );
  return path;
};
const leftovers = (dir: string): string[] => readdirSync(dir).filter((f) => f.includes(".ccsim-"));

describe("bad destinations are refused before the run", () => {
  it.each([
    [
      "an existing file",
      (d: string) => {
        writeFileSync(join(d, "f"), "x");
        return join(d, "f");
      },
      /exists and is not a folder/,
    ],
    [
      "a dangling link",
      (d: string) => {
        symlinkSync(join(d, "nowhere"), join(d, "link"));
        return join(d, "link");
      },
      /is a link to nothing/,
    ],
    ["an empty path", () => "", /--out: empty path/],
    ["a missing parent", (d: string) => join(d, "no", "such", "dir"), /does not exist/],
    [
      "/proc/self/x (used to spin forever)",
      () => "/proc/self/x",
      /^error: --out \/proc\/self\/x: cannot write there \([a-z -]+\); give a folder you can write to$/m,
    ],
  ])("%s", (_, target, message) => {
    const dir = fresh();
    const r = ccsim("run", scenario(dir), "--quiet", "--out", target(dir));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe(""); // nothing simulated
    expect(leftovers(dir)).toEqual([]);
  });

  it("report --out at a folder, and an empty report path", () => {
    const dir = fresh();
    expect(ccsim("report", scenario(dir), "--quiet", "--out", dir).stderr).toMatch(
      /is a folder; give the report file's name/,
    );
    expect(ccsim("report", scenario(dir), "--quiet", "--out", "").status).toBe(2);
  });
});

describe("result sets", () => {
  it("a new folder appears whole; into an existing one the set is replaced and other files are kept", () => {
    const dir = fresh();
    const file = scenario(dir);
    expect(ccsim("run", file, "--quiet", "--out", join(dir, "new")).status).toBe(0);
    // The planner's files (intervals, Calabrio requirement, roster, capacity plan) are part of the set.
    expect(readdirSync(join(dir, "new")).sort()).toEqual([
      "capacity.csv",
      "intervals.csv",
      "months.csv",
      "requirement-calabrio.csv",
      "result.json",
      "roster.csv",
    ]);
    mkdirSync(join(dir, "old"));
    writeFileSync(join(dir, "old", "result.json"), "old");
    writeFileSync(join(dir, "old", "notes.txt"), "mine");
    expect(ccsim("run", file, "--quiet", "--out", join(dir, "old")).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "old", "result.json"), "utf8")).variants).toBeDefined();
    expect(readFileSync(join(dir, "old", "notes.txt"), "utf8")).toBe("mine");
    expect(leftovers(dir)).toEqual([]);
    expect(leftovers(join(dir, "old"))).toEqual([]);
  });

  it("when only the write fails, the result is still printed, the exit code is 2 and the old files stay", () => {
    const dir = fresh();
    mkdirSync(join(dir, "out", "result.json"), { recursive: true }); // a folder where the file must go: rename fails
    writeFileSync(join(dir, "out", "months.csv"), "old csv");
    const r = ccsim("run", scenario(dir), "--quiet", "--format", "json", "--out", join(dir, "out"));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).variants[0].name).toBe("baseline");
    const errors = r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("warning: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: cannot write .*out \(E[A-Z]+\)/);
    expect(leftovers(dir)).toEqual([]);
  });

  it("an error while writing removes the temporary folder and writes nothing", () => {
    const dir = fresh();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "a.txt"), "old a");
    // A NUL in a name makes the second write fail after the first succeeded (a stand-in for a full disk).
    const write = (): void =>
      writeResultSet(join(dir, "out"), [
        { name: "a.txt", content: "new a" },
        { name: "b\u0000.txt", content: "b" },
      ]);
    expect(write).toThrow(UserError);
    expect(write).toThrow(/nothing was written/);
    expect(readFileSync(join(dir, "out", "a.txt"), "utf8")).toBe("old a");
    expect(leftovers(dir)).toEqual([]);
    expect(existsSync(join(dir, "out", "b.txt"))).toBe(false);
  });

  it("report --format md writes the report after its charts, with no temporary files", () => {
    const dir = fresh();
    const r = ccsim("report", scenario(dir), "--quiet", "--format", "md", "--out", join(dir, "r.md"));
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, "r.md"))).toBe(true);
    expect(readdirSync(join(dir, "r-charts")).length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, "r-charts")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });
});
