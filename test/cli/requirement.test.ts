// `ccsim requirement`: each interval's required agents equal `ccsim staff` run on that interval's forecast,
// handle time and targets (the example scenario: Erlang A, patience 150 s, 80/20, abandonment cap 0.05, occupancy
// cap 0.85), and the Calabrio-layout file reads back with ccsim's own Calabrio parser.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDemandFile } from "@ccsim/runner/demand";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
const ccsim = (...args: string[]) =>
  spawnSync(process.execPath, [main, ...args], { encoding: "utf8", cwd: root, maxBuffer: MAX_OUTPUT_BYTES });

describe("ccsim requirement", () => {
  const out = mkdtempSync(join(tmpdir(), "ccsim-req-"));
  const r = ccsim("requirement", "scenarios/examples/from-genesys-history.yaml", "--from", "2026-05-04", "--out", out);
  const lines = readFileSync(join(out, "requirement.csv"), "utf8").trim().split("\n");
  const rows = lines.slice(1).map((l) => l.split(","));

  it("writes one row per open 30-minute interval of the day", () => {
    expect(r.status).toBe(0);
    expect(lines[0]).toBe(
      "interval_start,interval_minutes,channel,offered,aht_sec,service_level_target,threshold_sec,required_agents",
    );
    expect(rows).toHaveLength(28); // 07:00-21:00
    expect(rows[0]![0]).toBe("2026-05-04T07:00");
  });

  it("gives the agents ccsim staff gives for the same interval (first, peak, afternoon and last)", () => {
    const peak = rows.reduce((a, b) => (Number(b[7]) > Number(a[7]) ? b : a));
    for (const row of [rows[0]!, peak, rows[16]!, rows.at(-1)!]) {
      const [, minutes, , offered, aht, target, threshold, agents] = row as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const staff = ccsim(
        "staff",
        "--calls-per-hour",
        String((Number(offered) * 60) / Number(minutes)),
        "--aht-sec",
        aht,
        "--target-sl",
        target,
        "--threshold-sec",
        threshold,
        "--patience-sec",
        "150",
        "--max-abandon",
        "0.05",
        "--max-occupancy",
        "0.85",
        "--json",
      );
      expect(staff.status).toBe(0);
      expect(JSON.parse(staff.stdout).agents, row.join(",")).toBe(Number(agents));
    }
  });

  it("writes the Calabrio layout, which ccsim's Calabrio parser reads back", () => {
    const parsed = parseDemandFile(readFileSync(join(out, "requirement-calabrio.csv"), "utf8"), "c.csv", {
      format: "calabrio",
      timeZone: "UTC",
      intervalMinutes: 30,
    });
    expect(parsed.intervalMinutes).toBe(30);
    expect(parsed.records.map((x) => x.offered)).toEqual(rows.map((x) => Number(x[3])));
  });

  it("refuses days outside the horizon and a --to before --from, rather than print an empty file (exit 2)", () => {
    const scenario = "scenarios/examples/from-genesys-history.yaml";
    const outside = ccsim("requirement", scenario, "--from", "2027-01-01");
    expect(outside.status).toBe(2);
    expect(outside.stdout).toBe("");
    expect(outside.stderr).toMatch(/no day from 2027-01-01 to 2027-01-01 lies in the scenario's 6 months from 2026-05/);
    const backwards = ccsim("requirement", scenario, "--from", "2026-05-10", "--to", "2026-05-01");
    expect(backwards.status).toBe(2);
    expect(backwards.stderr).toMatch(/--to 2026-05-01 is before --from 2026-05-10/);
  });

  // Such a range was cut to the scenario's months without a word: four days asked for, two printed.
  it("refuses a range reaching past the scenario's months, naming them, rather than print part of it (exit 2)", () => {
    const scenario = "scenarios/examples/from-genesys-history.yaml";
    for (const [from, to] of [
      ["2026-10-30", "2026-11-02"],
      ["2026-04-28", "2026-05-01"],
    ]) {
      const r = ccsim("requirement", scenario, "--from", from!, "--to", to!);
      expect([r.status, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toContain(
        `error: days from ${from} to ${to} reach outside the scenario's 6 months, 2026-05-01 to 2026-10-31: ask for days within them`,
      );
    }
  });
});
