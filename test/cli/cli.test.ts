// End-to-end: the built CLI as a user runs it. Exit codes: 0 ok, 2 bad input (one line, no stack), 1 defect.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const main = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));

function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: "utf8", maxBuffer: MAX_OUTPUT_BYTES });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("ccsim erlang", () => {
  it("prints the exact Erlang A values of reference case M1 as JSON", () => {
    const r = ccsim(
      "erlang",
      "--calls-per-hour",
      "600",
      "--aht-sec",
      "270",
      "--agents",
      "50",
      "--patience-sec",
      "180",
      "--json",
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.p_wait).toBeCloseTo(0.22628519388867838, 10);
    expect(json.p_abandon).toBeCloseTo(0.024030391538009933, 10);
    expect(json.service_level).toBeCloseTo(0.8972498714384554, 10);
    expect(json.asa_sec).toBeCloseTo(4.025347863615025, 8);
    expect(json.occupancy).toBeCloseTo(0.8783726476157909, 10);
  });

  it("reports Erlang C with load >= agents as unstable, never as numbers, with exit code 3", () => {
    // 90 calls an hour of 240 s: 6 Erlangs on 5 agents (unstable); on 7 agents, stable.
    const r = ccsim("erlang", "--calls-per-hour", "90", "--aht-sec", "240", "--agents", "5", "--json");
    expect(r.status).toBe(3);
    const json = JSON.parse(r.stdout);
    expect(json.stable).toBe(false);
    expect(json.p_wait).toBeUndefined();
    const table = ccsim("erlang", "--calls-per-hour", "90", "--aht-sec", "240", "--agents", "5");
    expect(table.stdout).toMatch(/unstable/);
    expect(table.status).toBe(3);
    const stable = ccsim("erlang", "--calls-per-hour", "90", "--aht-sec", "240", "--agents", "7", "--json");
    expect(stable.status).toBe(0);
    expect(JSON.parse(stable.stdout).stable).toBe(true);
  });
});

describe("ccsim staff", () => {
  it("finds the fewest agents for 80/20 and reports the binding constraint", () => {
    const r = ccsim(
      "staff",
      "--calls-per-hour",
      "600",
      "--aht-sec",
      "270",
      "--target-sl",
      "0.8",
      "--threshold-sec",
      "20",
      "--shrinkage",
      "0.3",
      "--json",
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.agents).toBe(51);
    expect(json.scheduled_agents).toBeCloseTo(51 / 0.7, 10);
    expect(json.binding_constraint).toBe("service-level");
    expect(json.service_level).toBeGreaterThanOrEqual(0.8);
  });
});

describe("ccsim queue", () => {
  const args = [
    "queue",
    "--calls-per-hour",
    "600",
    "--aht-sec",
    "270",
    "--agents",
    "50",
    "--patience-sec",
    "180",
    "--contacts",
    "20000",
    "--replications",
    "4",
    "--json",
  ];

  it("prints simulated KPIs with 95% CIs, the exact values and the event rate", () => {
    const r = ccsim(...args);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    for (const field of ["p_wait", "p_abandon", "service_level", "asa_sec", "occupancy"]) {
      expect(json[field].ci95_low).toBeLessThanOrEqual(json[field].mean);
      expect(json[field].ci95_high).toBeGreaterThanOrEqual(json[field].mean);
    }
    expect(json.exact.p_wait).toBeCloseTo(0.22628519388867838, 10);
    expect(json.model_events).toBeGreaterThan(4 * 20_000 * 2);
    expect(json.model_events_per_sec).toBeGreaterThan(0);
  });

  it("is reproducible: the same seed gives identical results", () => {
    const strip = (s: string): string => {
      const { wall_sec: _w, model_events_per_sec: _r, ...rest } = JSON.parse(s);
      return JSON.stringify(rest);
    };
    expect(strip(ccsim(...args, "--seed", "7").stdout)).toBe(strip(ccsim(...args, "--seed", "7").stdout));
    expect(strip(ccsim(...args, "--seed", "8").stdout)).not.toBe(strip(ccsim(...args, "--seed", "7").stdout));
  });

  it("gives no interval for one replication, rather than a zero-width one that 'misses' the exact value", () => {
    const one = args.map((a, i) => (args[i - 1] === "--replications" ? "1" : a));
    const json = JSON.parse(ccsim(...one).stdout);
    expect(json.p_wait).toMatchObject({ ci95_low: null, ci95_high: null });
    const table = ccsim(...one.slice(0, -1)).stdout;
    expect(table).toMatch(/P\(wait\) \(% of contacts\)\s+\S+\s+\(needs 2 replications\)\s+22\.63%\s*\n/);
  });

  it("prints a readable table by default", () => {
    const r = ccsim(...args.slice(0, -1));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/P\(wait\)/);
    expect(r.stdout).toMatch(/exact Erlang A/);
    expect(r.stdout).toMatch(/million events\/s/);
  });
});

describe("bad input", () => {
  it.each([
    [["erlang", "--calls-per-hour", "abc", "--aht-sec", "270", "--agents", "50"], /calls-per-hour.*positive number/],
    [["erlang", "--aht-sec", "270", "--agents", "50"], /required option '--calls-per-hour/],
    [["erlang", "--calls-per-hour", "600", "--aht-sec", "270", "--agents", "2.5"], /agents.*whole number/],
    [["staff", "--calls-per-hour", "600", "--aht-sec", "270", "--target-sl", "80"], /target-sl.*between 0 and 1/],
    [
      ["queue", "--calls-per-hour", "600", "--aht-sec", "270", "--agents", "50", "--handle-time", "weibull"],
      /exponential or lognormal/,
    ],
    [
      ["queue", "--calls-per-hour", "600", "--aht-sec", "270", "--agents", "50", "--handle-cv", "0.5"],
      /lognormal only/,
    ],
    [
      ["erlang", "--calls-per-hour", "600", "--aht-sec", "270", "--agents", "50", "--agnets", "5"],
      /unknown option '--agnets'/,
    ],
    // A mistyped required option is named as unknown, not as missing.
    [
      ["erlang", "--calls-per-hr", "600", "--aht-sec", "270"],
      /unknown option '--calls-per-hr' \(Did you mean --calls-per-hour\?\)/,
    ],
    [["simulate"], /unknown command 'simulate'/],
  ])("%j gives one line and exit code 2", (argv, message) => {
    const r = ccsim(...argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("--help exits 0", () => {
    expect(ccsim("queue", "--help").status).toBe(0);
  });
});
