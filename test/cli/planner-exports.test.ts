// The planner's files of `ccsim run --out` and `--xlsx` (issue 15), on the Genesys example: intervals.csv's
// required_agents equal `ccsim staff` for the interval's forecast, handle time (by time of day) and targets (Erlang A, patience
// 150 s, 80/20, abandonment cap 0.05, occupancy cap 0.85); roster.csv's shifts less breaks are the agents on the
// phones in intervals.csv; capacity.csv has a row per variant and month; the workbook reads back with exceljs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
const ccsim = (...args: string[]) =>
  spawnSync(process.execPath, [main, ...args], { encoding: "utf8", cwd: root, maxBuffer: MAX_OUTPUT_BYTES });
const scenario = "scenarios/examples/from-genesys-history.yaml";

const readCsv = (path: string): Record<string, string>[] => {
  const [head, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const names = head!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [names[i]!, v])));
};
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe("ccsim run --out: the planner's files", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-planner-"));
  const out = join(dir, "out"),
    xlsx = join(dir, "plan.xlsx");
  const run = ccsim(
    "run",
    scenario,
    ...["--replications", "3", "--fidelity", "interval", "--quiet", "--out", out, "--xlsx", xlsx],
    ...["--from", "2026-05-04", "--to", "2026-05-05", "--replication", "2"],
  );
  const intervals = readCsv(join(out, "intervals.csv"));

  it("writes intervals.csv with the columns of issue 15, a row per open interval of the days asked for", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, "intervals.csv"), "utf8").split("\n")[0]).toBe(
      "interval_start,channel,offered,answered,abandoned,service_level,asa_sec,required_agents,rostered_agents," +
        "logged_in_agents,occupancy,interval_minutes,forecast_offered,planned_aht_sec",
    );
    expect(intervals).toHaveLength(2 * 28); // two days, 07:00-21:00 in half-hours
    expect(intervals[0]!.interval_start).toBe("2026-05-04T07:00");
    expect(intervals.at(-1)!.interval_start).toBe("2026-05-05T20:30");
    for (const r of intervals) {
      expect(Number(r.answered) + Number(r.abandoned)).toBeCloseTo(Number(r.offered), 9);
      expect(Number(r.logged_in_agents)).toBeLessThanOrEqual(Number(r.rostered_agents) + 1e-9);
      if (r.occupancy !== "") expect(Number(r.occupancy)).toBeLessThanOrEqual(1);
    }
  });

  it("gives in required_agents what ccsim staff gives for the interval's forecast and handle time (first, peak, afternoon, last)", () => {
    // The history's handle time falls through the day (6 min at opening, 5 at closing), and the planner staffs
    // each interval at its own: planned_aht_sec is the interval's, not one mean for the day.
    expect(Number(intervals[0]!.planned_aht_sec)).toBeGreaterThan(Number(intervals[27]!.planned_aht_sec) + 20);
    const peak = intervals.reduce((a, b) => (Number(b.required_agents) > Number(a.required_agents) ? b : a));
    for (const row of [intervals[0]!, peak, intervals[16]!, intervals[27]!, intervals.at(-1)!]) {
      const staff = ccsim(
        "staff",
        ...["--calls-per-hour", String((Number(row.forecast_offered) * 60) / Number(row.interval_minutes))],
        ...["--aht-sec", row.planned_aht_sec!, "--target-sl", "0.8", "--threshold-sec", "20", "--patience-sec", "150"],
        ...["--max-abandon", "0.05", "--max-occupancy", "0.85", "--json"],
      );
      expect(staff.status).toBe(0);
      expect(JSON.parse(staff.stdout).agents, JSON.stringify(row)).toBe(Number(row.required_agents));
    }
  });

  it("writes a roster whose shifts less breaks are the agents on the phones in intervals.csv", () => {
    const roster = readCsv(join(out, "roster.csv"));
    expect(new Set(roster.map((r) => r.date))).toEqual(new Set(["2026-05-04", "2026-05-05"]));
    for (const row of intervals) {
      const [date, time] = row.interval_start!.split("T") as [string, string];
      const at = minutes(time);
      let on = 0;
      for (const r of roster.filter((x) => x.date === date)) {
        const covers = (from: string, to: string): boolean => from !== "" && minutes(from) <= at && at < minutes(to);
        if (covers(r.shift_start!, r.shift_end!) || covers(r.second_start!, r.second_end!)) on += 1;
        for (const b of r.breaks!.split(" ").filter((x) => x !== "")) {
          const [from, to] = b.split("-") as [string, string];
          if (minutes(from) === at) on -= (minutes(to) - minutes(from)) / 30;
        }
      }
      expect(on, row.interval_start).toBeCloseTo(Number(row.logged_in_agents), 2);
    }
  });

  it("writes capacity.csv: a row per variant and month, FTE required against available", () => {
    const capacity = readCsv(join(out, "capacity.csv"));
    const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
    const variants = result.variants.length as number;
    expect(capacity).toHaveLength(variants * 6);
    for (const r of capacity) {
      expect(Number(r.fte_required)).toBeGreaterThan(0);
      expect(Number(r.fte_available)).toBeGreaterThan(0);
    }
  });

  it("writes the requirement in the Calabrio layout: skill, start, end, volume, task time, after-task work, agents", () => {
    const calabrio = readFileSync(join(out, "requirement-calabrio.csv"), "utf8").trim().split("\n");
    expect(calabrio).toHaveLength(intervals.length);
    expect(calabrio[0]!.split(",").slice(0, 3)).toEqual(["voice", "20260504 07:00", "20260504 07:30"]);
    expect(Number(calabrio[0]!.split(",")[6])).toBe(Number(intervals[0]!.required_agents));
  });

  it("writes a workbook that exceljs reads back: monthly KPIs wide with units, as in result.json", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Monthly KPIs",
      "Capacity plan",
      "Comparison",
      "Case card",
      "About",
    ]);
    const sheet = book.getWorksheet("Monthly KPIs")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 2)).toEqual(["variant", "month"]);
    expect(header).toContain("voice SL (%)");
    expect(header).toContain("occupancy (%)");
    const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
    const baseline = result.variants[0];
    expect(sheet.rowCount).toBe(1 + result.variants.length * baseline.months.length);
    const row = sheet.getRow(2).values as unknown[];
    expect(row[1]).toBe("baseline");
    expect(row[2]).toBe(baseline.months[0].month);
    const sl = header.indexOf("voice SL (%)") + 1;
    expect(row[sl]).toBeCloseTo(baseline.months[0].kpis["voice.serviceLevel"].mean, 4);
    const comparison = book.getWorksheet("Comparison")!;
    expect(comparison.rowCount).toBeGreaterThan(1);
  });
});

describe("ccsim run --xlsx with the people layer", () => {
  // Nine KPIs had no label and went into the header as their names ("referralHires (/month)", "totalCost (RUB/month)").
  it("heads every column of Monthly KPIs with words and a unit, never a KPI's name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-planner-people-"));
    const xlsx = join(dir, "people.xlsx");
    const run = ccsim(
      "run",
      "scenarios/teaching/pay-schemes.yaml",
      ...["--replications", "1", "--fidelity", "interval", "--quiet", "--format", "json", "--xlsx", xlsx],
    );
    expect(run.status, run.stderr).toBe(0);
    const kpis = Object.keys(JSON.parse(run.stdout).variants[0].months[0].kpis);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const header = (book.getWorksheet("Monthly KPIs")!.getRow(1).values as unknown[]).slice(3) as string[];
    expect(header).toHaveLength(kpis.length);
    for (const h of header) {
      expect(h).toMatch(/ \([^)]+\)$/);
      expect(h, "a KPI's name in camelCase").not.toMatch(/[a-z]{2,}[A-Z]/);
    }
    expect(header).toContain("total cost (RUB/month)");
  });
});

describe("ccsim run --xlsx and the result document", () => {
  // --xlsx went into provenance.command (--out does not), so the same run stamped two documents.
  it("leaves the result document as it is without the workbook", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-planner-same-"));
    const args = ["run", scenario, "--replications", "2", "--quiet", "--format", "json"];
    const plain = ccsim(...args);
    const withBook = ccsim(...args, "--xlsx", join(dir, "plan.xlsx"));
    expect([plain.status, withBook.status]).toEqual([0, 0]);
    expect(withBook.stdout).toBe(plain.stdout);
  });
});

describe("ccsim run: the planner's options refused before any run", () => {
  it("refuses an unknown variant, days outside the reported months, and export options without --out (exit 2)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-planner-bad-"));
    const variant = ccsim("run", scenario, "--quiet", "--out", join(dir, "a"), "--variant", "nope");
    expect(variant.status).toBe(2);
    expect(variant.stderr).toMatch(/--variant nope: no such variant; the scenario has baseline, ten more agents/);
    const days = ccsim("run", scenario, "--quiet", "--out", join(dir, "b"), "--from", "2026-01-01");
    expect(days.status).toBe(2);
    expect(days.stderr).toMatch(/the export days must lie in the reported months, 2026-05-01 to 2026-10-31/);
    const orphan = ccsim("run", scenario, "--quiet", "--from", "2026-05-04");
    expect(orphan.status).toBe(2);
    expect(orphan.stderr).toMatch(/--from chooses what --out writes: add --out <dir>/);
  });

  // The workbook's folder was checked as if it would be created, then writing failed after the whole run
  // ("--xlsx .../plan.xlsx: cannot write (ENOENT)") with the result already printed.
  it("refuses a workbook in a folder that does not exist, or a folder as the workbook, before running (exit 2)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccsim-planner-xlsx-"));
    const missing = ccsim("run", scenario, "--quiet", "--xlsx", join(dir, "out", "plan.xlsx"));
    expect([missing.status, missing.stdout]).toEqual([2, ""]);
    expect(missing.stderr).toMatch(/error: --xlsx .*plan\.xlsx: the folder .*out does not exist/);
    const folder = ccsim("run", scenario, "--quiet", "--xlsx", dir);
    expect([folder.status, folder.stdout]).toEqual([2, ""]);
    expect(folder.stderr).toMatch(/error: --xlsx .*: is a folder; give a file name, such as plan\.xlsx/);
  });
});

describe("ccsim run --out with the people layer: planned_aht_sec is what the planner staffed for", () => {
  const out = join(mkdtempSync(join(tmpdir(), "ccsim-planner-people-")), "out");
  const run = ccsim(
    "run",
    "scenarios/teaching/pay-schemes.yaml",
    ...["--replications", "1", "--quiet", "--out", out, "--from", "2024-03-04", "--to", "2024-03-04"],
  );

  it("includes the workforce's observed handle-time multiplier, so ccsim staff gives required_agents again", () => {
    expect(run.status, run.stderr).toBe(0);
    const voice = readCsv(join(out, "intervals.csv")).filter((r) => r.channel === "voice");
    // The file's 300 s for a proficient agent, times the multiplier of a workforce still learning (above 1).
    expect(Number(voice[0]!.planned_aht_sec)).toBeGreaterThan(301);
    const peak = voice.reduce((a, b) => (Number(b.required_agents) > Number(a.required_agents) ? b : a));
    for (const row of [voice[0]!, peak, voice.at(-1)!]) {
      const staff = ccsim(
        "staff",
        ...["--calls-per-hour", String((Number(row.forecast_offered) * 60) / Number(row.interval_minutes))],
        ...["--aht-sec", row.planned_aht_sec!, "--target-sl", "0.8", "--threshold-sec", "20", "--patience-sec", "180"],
        ...["--max-abandon", "0.05", "--max-occupancy", "0.85", "--json"],
      );
      expect(staff.status).toBe(0);
      expect(JSON.parse(staff.stdout).agents, JSON.stringify(row)).toBe(Number(row.required_agents));
    }
  });
});
