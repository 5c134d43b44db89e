// Handle time by time of day: a stationary centre (open around the clock, every agent on the phones all day) whose
// first twelve hours have handle-time factor 1.3 and last twelve factor 1. Away from the two switches each block is
// an M/M/n+M queue at its own handle time, so its service level and occupancy must match Erlang A at that handle
// time (351 s in the morning, 270 s after) within a 99% CI over 10 replications, at both fidelities; and the two
// blocks must differ (a model that ignored the factor would give the afternoon's figures all day).
import { queueMetrics } from "@ccsim/erlang";
import { describe, expect, it } from "vitest";
import { buildCalendar, Planner, simulateCentre, type Fidelity, type IntervalRecords } from "../src/index.js";
import { flatVoice, smallCentre, stationaryCentre } from "./fixtures.js";

/** Mean and 99% Student-t half-width (t(0.995, 9) = 3.2498) of 10 replication values. */
function ci99(values: number[]): { mean: number; half: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  return { mean, half: (3.2498355 * Math.sqrt(variance)) / Math.sqrt(values.length) };
}

const CALLS_PER_HOUR = 400,
  AGENTS = 40,
  AHT_SEC = 270,
  MORNING_FACTOR = 1.3;
const perDay = 48;
const days = buildCalendar(stationaryCentre(1, flatVoice(1, 31, perDay)).calendar).days;
const factors = Array.from({ length: perDay }, (_, i) => (i < perDay / 2 ? MORNING_FACTOR : 1));
const channel = flatVoice(CALLS_PER_HOUR, days, perDay, {
  handleTimeSec: { kind: "exponential", mean: AHT_SEC },
  handleTimeFactorByInterval: factors,
});
const params = stationaryCentre(AGENTS, channel);
/** Intervals of each block measured: all but the first two hours after a switch (the transient between blocks). */
const SETTLE = 4;
const blocks = {
  morning: { from: SETTLE, to: perDay / 2, ahtSec: AHT_SEC * MORNING_FACTOR },
  afternoon: { from: perDay / 2 + SETTLE, to: perDay, ahtSec: AHT_SEC },
};
const range = { fromDay: 1, toDay: 31 };

/** Service level (answered within 20 s over offered) and occupancy of one block over the recorded days. */
function blockKpis(r: IntervalRecords, from: number, to: number): { sl: number; occupancy: number } {
  let offered = 0,
    within = 0,
    busy = 0,
    loggedIn = 0;
  for (let d = 0; d < r.days; d++)
    for (let i = from; i < to; i++) {
      const s = d * r.intervalsPerDay + i;
      offered += r.offered[s]!;
      within += r.answeredWithinThreshold[s]!;
      busy += r.busySec[s]!;
      loggedIn += r.loggedIn[s]! * 1800;
    }
  return { sl: within / offered, occupancy: busy / loggedIn };
}

describe.each<Fidelity>(["contact", "interval"])("a morning handle-time factor of 1.3 at %s fidelity", (fidelity) => {
  const runs = Array.from({ length: 10 }, (_, r) =>
    simulateCentre(params, fidelity, 17, r, { recordIntervals: range }),
  );

  it.each(Object.entries(blocks))("the %s matches Erlang A at its own handle time", (_, block) => {
    const exact = queueMetrics({
      callsPerHour: CALLS_PER_HOUR,
      ahtSec: block.ahtSec,
      agents: AGENTS,
      thresholdSec: 20,
      patienceSec: 180,
    });
    if (!exact.stable) throw new Error("Erlang A is stable");
    const kpis = runs.map((run) => blockKpis(run.intervals!, block.from, block.to));
    for (const [key, value] of [
      ["sl", exact.serviceLevel["answered-within-threshold"]],
      ["occupancy", exact.occupancy],
    ] as const) {
      const { mean, half } = ci99(kpis.map((k) => k[key]));
      expect(Math.abs(mean - value), `${key}: ${mean} +- ${half} vs Erlang A ${value}`).toBeLessThanOrEqual(half);
    }
  });

  it("staffs and reports each block at its own handle time (the planner's requirement differs)", () => {
    const required = runs[0]!.intervals!.required;
    const planner = new Planner(channel);
    expect(required[perDay + 10]).toBe(planner.requiredAgents(CALLS_PER_HOUR / 3600, 10));
    expect(required[perDay + 30]).toBe(planner.requiredAgents(CALLS_PER_HOUR / 3600, 30));
    expect(required[perDay + 10]!).toBeGreaterThan(required[perDay + 30]!);
    expect(Planner.plannedAhtSec(channel, 10)).toBeCloseTo(AHT_SEC * MORNING_FACTOR, 9);
    expect(Planner.plannedAhtSec(channel, 30)).toBe(AHT_SEC);
  });
});

describe("a flat handle-time profile", () => {
  it.each<Fidelity>(["contact", "interval"])("gives exactly the results of no profile at %s fidelity", (fidelity) => {
    const base = smallCentre(60);
    const voice = base.channels[0]!;
    const flat = { ...base, channels: [{ ...voice, handleTimeFactorByInterval: new Array<number>(28).fill(1) }] };
    const options = { recordDays: true, recordIntervals: { fromDay: 2, toDay: 5 } };
    expect(JSON.stringify(simulateCentre(flat, fidelity, 3, 1, options))).toBe(
      JSON.stringify(simulateCentre(base, fidelity, 3, 1, options)),
    );
  });
});
