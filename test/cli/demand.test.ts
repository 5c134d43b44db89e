// End-to-end: `ccsim demand` on the example history, and scenarios whose demand file is bad or missing (exit 2,
// one located line per problem, like the scenario loader's).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
const history = join(root, "scenarios/examples/data/genesys-history-8-weeks.csv");

function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: "utf8", cwd: root, maxBuffer: MAX_OUTPUT_BYTES });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GENESYS_HEADER =
  "Interval Start UTC Date,Queue,Media Type,Offered,Interactions Handled,Total Handle Time (Seconds)";

const scenarioWith = (demandFile: string, csv?: string): string => {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-demand-"));
  if (csv !== undefined) writeFileSync(join(dir, "h.csv"), csv);
  const path = join(dir, "s.yaml");
  writeFileSync(
    path,
    [
      "schemaVersion: 1",
      "name: t",
      "calendar: { startDate: 2026-05, horizonMonths: 1 }",
      "demand:",
      "  voice:",
      `    demandFile: ${demandFile}`,
      "    handleTimeSec: 300",
      "operations: { initialHeadcount: { proficient: 20 } }",
      "",
    ].join("\n"),
  );
  return path;
};

describe("ccsim demand", () => {
  it("prints the example's months, weekday shares and profile, and names Good Friday as a suspect day", () => {
    const r = ccsim("demand", history, "--format", "genesys", "--time-zone", "Europe/Berlin", "--json");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.channels).toHaveLength(1);
    const voice = json.channels[0];
    expect([voice.channel, voice.first_date, voice.last_date, voice.days, voice.interval_minutes]).toEqual([
      "voice",
      "2026-02-23",
      "2026-04-19",
      56,
      15,
    ]);
    expect(voice.months.map((m: { month: string }) => m.month)).toEqual(["2026-02", "2026-03", "2026-04"]);
    expect(voice.intraday_shares).toHaveLength(96);
    expect(voice.suspect_days.map((d: { date: string }) => d.date)).toEqual(["2026-04-03", "2026-04-06"]);
    // The history was drawn with mean handle times from 360 s (07:00) to 300 s (21:00).
    expect(voice.handle_time_sec).toBeGreaterThan(300);
    expect(voice.handle_time_sec).toBeLessThan(360);
  });

  it("needs --format", () => {
    expect(ccsim("demand", history).status).toBe(2);
  });

  // Both were taken and went wrong later: a 20-minute grid was read (and every row refused against it), and a
  // mistyped date excluded nothing, silently.
  it("refuses an interval length other than 15 or 30 and an excluded day that is no date, before reading", () => {
    const minutes = ccsim("demand", history, "--format", "genesys", "--interval-minutes", "20");
    expect([minutes.status, minutes.stdout, minutes.stderr.trim()]).toEqual([
      2,
      "",
      "error: option '--interval-minutes <minutes>' argument '20' is invalid. Allowed choices are 15, 30.",
    ]);
    const date = ccsim("demand", history, "--format", "genesys", "--exclude-date", "2026-4-3");
    expect([date.status, date.stdout, date.stderr.trim()]).toEqual([
      2,
      "",
      "error: option '--exclude-date <date>' argument '2026-4-3' is invalid. expected a date YYYY-MM-DD.",
    ]);
    const excluded = ccsim("demand", history, "--format", "genesys", "--exclude-date", "2026-04-03", "--json");
    expect(excluded.status).toBe(0);
    expect(JSON.parse(excluded.stdout).channels[0].excluded_dates).toEqual(["2026-04-03"]);
  });

  // The parser lists 100 problems; the command dropped its count of the rest, so a file bad in every row looked
  // like one with 100 bad rows.
  it("says how many problems it did not list when a file has more than 100", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-demand-"));
    const file = join(dir, "h.csv");
    const rows = Array.from({ length: 150 }, (_, i) => `0${(i % 9) + 1}.03.2026 07:00,Q,Voice,10,9,2700`);
    writeFileSync(file, [GENESYS_HEADER, ...rows].join("\n"));
    const r = ccsim("demand", file, "--format", "genesys");
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/h\.csv:2:1 Interval Start UTC Date "01\.03\.2026 07:00" is not an ISO 8601 date-time/);
    expect(lines[100]).toMatch(/h\.csv:1:0 50 more problems not shown: fix these first$/);
  });

  // A day that failed to export has no rows at all; it was passed over without a word (the months table's "30 of
  // 31" was the only trace), so the planner could not tell a gap in the export from a file that starts later.
  it("names the days missing between the file's first and last day", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-demand-"));
    const file = join(dir, "h.csv");
    const rows = ["2026-03-02", "2026-03-05"].map((d) => `${d}T07:00:00Z,Q,Voice,10,9,2700`);
    writeFileSync(file, [GENESYS_HEADER, ...rows].join("\n"));
    const text = ccsim("demand", file, "--format", "genesys");
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("2026-03-02 to 2026-03-05, 2 days of 15-minute intervals");
    expect(text.stdout).toMatch(/days missing from the file \(no rows: .*\): 2026-03-03, 2026-03-04$/m);
    const json = ccsim("demand", file, "--format", "genesys", "--json");
    expect(JSON.parse(json.stdout).channels[0].missing_dates).toEqual(["2026-03-03", "2026-03-04"]);
    const full = ccsim("demand", history, "--format", "genesys", "--time-zone", "Europe/Berlin", "--json");
    expect(JSON.parse(full.stdout).channels[0].missing_dates).toEqual([]);
  });

  it("reads a history Excel saved as Unicode Text (UTF-16, tabs), and refuses a workbook in one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-demand-"));
    const text = join(dir, "h.txt");
    const rows = ["2026-03-02", "2026-03-03"].map((d) => `${d}T07:00:00Z,Q,Voice,10,9,2700`);
    const tabs = [GENESYS_HEADER, ...rows].join("\r\n").replace(/,/g, "\t");
    writeFileSync(text, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabs, "utf16le")]));
    const read = ccsim("demand", text, "--format", "genesys");
    expect(read.status, read.stderr).toBe(0);
    expect(read.stdout).toContain(
      "voice: 2026-03-02 to 2026-03-03, 2 days of 15-minute intervals, 20 contacts offered",
    );
    const book = join(dir, "h.xlsx");
    writeFileSync(book, Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000", "latin1"));
    const refused = ccsim("demand", book, "--format", "genesys");
    expect([refused.status, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr.trim()).toMatch(
      /^.*h\.xlsx:1:0 this is an Excel workbook \(or another zip file\), not a CSV/,
    );
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("names --columns for the column mapping: needed by --format columns, refused with any other format", () => {
    const missing = ccsim("demand", history, "--format", "columns");
    expect([missing.status, missing.stderr.trim()]).toEqual([
      2,
      "error: --format columns needs --columns intervalStart=Header,offered=Header[,...]",
    ]);
    const stray = ccsim("demand", history, "--format", "genesys", "--columns", "intervalStart=a,offered=b");
    expect([stray.status, stray.stderr.trim()]).toEqual([
      2,
      "error: --columns applies to --format columns only, not genesys",
    ]);
  });
});

describe("a scenario with a demand file", () => {
  it("reports every bad row of the file with file, line and column, exit code 2", () => {
    const path = scenarioWith(
      "{ path: h.csv, format: genesys }",
      [
        "Interval Start UTC Date,Queue,Media Type,Offered,Interactions Handled,Total Handle Time (Seconds)",
        "2026-03-02T07:00:00Z,Q,Voice,10,9,2700",
        "2026-03-02T07:15:00Z,Q,Voice,ten,9,2700",
        "2026-03-02T07:31:00Z,Q,Voice,10,9,2700",
      ].join("\n"),
    );
    const r = ccsim("validate", path);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/h\.csv:3:4 offered "ten" is not a number/);
    expect(lines[1]).toMatch(/h\.csv:4:1 interval start 07:31 is not on the 15-minute grid/);
  });

  it("points at the scenario line naming a missing file", () => {
    const path = scenarioWith("{ path: missing.csv, format: genesys }");
    const r = ccsim("validate", path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /s\.yaml:6:\d+ demandFile\.path: cannot read the demand file .*missing\.csv: there is no such file/,
    );
  });

  it("replaces the channel's volumes by the file's: validate says so", () => {
    const r = ccsim("validate", join(root, "scenarios/examples/from-genesys-history.yaml"));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /demand: voice: demand from 2026-02-23 to 2026-04-19: 2026-03 \d+, 2026-04 \d+ contacts per month, handle time \d+ s/,
    );
  });
});

describe("plausibility warnings", () => {
  it("run on but say what they suspect, located, on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-warn-"));
    const path = join(dir, "s.yaml");
    writeFileSync(
      path,
      "schemaVersion: 1\nname: t\ncalendar: { startDate: 2026-05, horizonMonths: 1 }\ndemand:\n  voice:\n    monthlyVolume: 60000\n    handleTimeSec: 4.5\noperations: { initialHeadcount: { proficient: 60 } }\n",
    );
    const r = ccsim("validate", path);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: .*s\.yaml:7:20 demand\.voice\.handleTimeSec: handle time 4\.5 s is under 30 s: minutes typed as seconds\?/m,
    );
  });
});
