// Issue 18: every failure is exit code 2 with one located line, and nothing is simulated first. Each case below
// crashed, spun or ran before (the issue names the symptom); the fuzz corpus (test/fuzz) covers the rest.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const main = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ccsim-refusals-"));

function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: MAX_OUTPUT_BYTES,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BASE = `schemaVersion: 1
name: small
replications: 1
calendar:
  startDate: 2024-01
  horizonMonths: 2
demand:
  voice:
    monthlyVolume: 20000
    handleTimeSec: 300
operations:
  initialHeadcount:
    proficient: 30
`;

/** Writes a scenario text into the test folder. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("files that validated but crashed are refused by validate, with their line", () => {
  it.each([
    [
      "sl-target-0",
      BASE.replace("handleTimeSec: 300", "handleTimeSec: 300\n    serviceLevel: { target: 0 }"),
      "demand.voice.serviceLevel.target",
    ],
    ["abandon-0", `${BASE}  maxAbandonRate: 0\n`, "operations.maxAbandonRate"],
    ["abandon-1", `${BASE}  maxAbandonRate: 1\n`, "operations.maxAbandonRate"],
    ["occupancy-1", `${BASE}  maxOccupancy: 1\n`, "operations.maxOccupancy"],
    ["aht-tiny", BASE.replace("handleTimeSec: 300", "handleTimeSec: 1e-9"), "demand.voice.handleTimeSec"],
    [
      "shift-0.2h",
      `${BASE}  shifts: [{ name: s, lengthHours: 0.2, startTimes: ["08:00"] }]\n`,
      "operations.shifts[0].lengthHours",
    ],
    ["detractor-0", `${BASE}attrition: { detractorMultiplier: 0 }\n`, "attrition.detractorMultiplier"],
    [
      "reported-2019",
      `${BASE}reported: [{ kpi: serviceLevel, value: 0.8, unit: fraction, tolerance: 0.1, month: 2019-01 }]\n`,
      "reported[0].month",
    ],
    [
      "reported-2031",
      `${BASE}reported: [{ kpi: serviceLevel, value: 0.8, unit: fraction, tolerance: 0.1, month: 2031-01 }]\n`,
      "reported[0].month",
    ],
    ["escape-in-name", BASE.replace("name: small", 'name: "bad \\e[31mred"'), "name"],
  ])("%s", (name, text, path) => {
    // In process (the loader is what `validate` runs); the CLI's exit code and format are checked once below.
    const loaded = loadScenario(text, `${name}.yaml`);
    expect(Either.isLeft(loaded)).toBe(true);
    const issues = Either.isLeft(loaded) ? loaded.left.issues : [];
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]!.line).toBeGreaterThan(1);
  });

  it("validate prints the located problem with exit code 2 and no stack trace", () => {
    const r = ccsim("validate", file("occupancy-1.yaml", `${BASE}  maxOccupancy: 1\n`));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^.*occupancy-1\.yaml:14:17 operations\.maxOccupancy: expected a number from 0\.3 to below 1, found 1$/,
    );
  });

  it("refuses a NUL byte and invalid UTF-8 with their line and column", () => {
    const nul = ccsim("validate", file("nul.yaml", BASE.replace("name: small", "name: sm\u0000all")));
    expect(nul.status).toBe(2);
    expect(nul.stderr).toMatch(/nul\.yaml:2:9 .*NUL/);
    const latin1 = Buffer.concat([Buffer.from("schemaVersion: 1\nname: caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    writeFileSync(join(dir, "latin1.yaml"), latin1); // a Latin-1 "é": one byte 0xe9, not UTF-8
    const r = ccsim("validate", join(dir, "latin1.yaml"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/latin1\.yaml:2:10 .*not valid UTF-8 \(byte 0xe9\)/);
  });
});

describe("options and workloads past the limits are refused before anything runs", () => {
  const small = file("small.yaml", BASE);

  it.each([
    [["--replications", "1000001"], /--replications.*from 1 to 1,000/],
    [["--replications", "99999999999"], /--replications.*from 1 to 1,000/],
    [["--threads", "400"], /--threads.*from 1 to \d+ \(twice the \d+ cores\)/],
    // The scenario file's seed range: a run with a larger seed could not be written down as a file and replayed.
    [["--seed", "4294967296"], /--seed.*from 0 to 4,294,967,295/],
  ])("run %j", (args, message) => {
    const r = ccsim("run", small, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("a 1000 x 1000 sweep grid", () => {
    const values = Array.from({ length: 1000 }, (_, i) => 0.1 + i / 10_000).join(",");
    const r = ccsim(
      "sweep",
      small,
      "--set",
      `operations.shrinkage=${values}`,
      "--set",
      `operations.absenceShare=${values}`,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the grid has 1,000,000 points; at most 1,000/);
  });

  it("a resource bomb (1e8 contacts growing 100% a month for 36 months, 24 h, 15-minute intervals) with its estimate", () => {
    const bomb = file(
      "bomb.yaml",
      `schemaVersion: 1
name: bomb
replications: 1
calendar: { startDate: 2024-01, horizonMonths: 36, intervalMinutes: 15, openHour: 0, closeHour: 24 }
demand:
  voice: { monthlyVolume: 100000000, monthlyTrendPct: 100, handleTimeSec: 300 }
operations:
  shifts: [{ name: day, lengthHours: 8, startTimes: ["00:00", "08:00", "16:00"] }]
  initialHeadcount: { proficient: 100000 }
`,
    );
    expect(ccsim("validate", bomb).status).toBe(0);
    const r = ccsim("run", bomb, "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/too large: the centre would need about [\d,]+ agents/);
    expect(r.stderr).toMatch(/agent-days to simulate; the limit is 500,000,000/);
    expect(r.stderr).toMatch(/--max-workload <factor> raises the limits \(docs\/cli.md\), but not the agent ceiling/);
  });

  it("a centre past the agent ceiling alone is not pointed at options that cannot help", () => {
    const crowd = file(
      "crowd.yaml",
      `schemaVersion: 1
name: crowd
replications: 1
calendar: { startDate: 2024-01, horizonMonths: 1 }
demand: { voice: { monthlyVolume: 100000000, handleTimeSec: 300 } }
operations: { initialHeadcount: { proficient: 100000 } }
`,
    );
    const r = ccsim("run", crowd, "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^error: this run is too large: the centre would need about [\d,]+ agents at its busiest; at most 100,000 are supported \(a limit of the model, which no option raises\)\. Only a smaller centre fits: simulate one site or one queue of it$/,
    );
  });

  it("a large but legitimate run passes with --max-workload", () => {
    // The factor scales the limits; the small file is far below even half of them.
    expect(
      ccsim("run", small, "--quiet", "--replications", "2", "--max-workload", "0.5", "--format", "json").status,
    ).toBe(0);
  });
});
