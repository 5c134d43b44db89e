import { RandomStreams } from "@ccsim/engine";
import { describe, expect, it } from "vitest";
import { runStationaryQueue, stationaryQueueKpis, type StationaryQueueParams } from "../src/index.js";

const base: StationaryQueueParams = {
  arrivalRatePerSec: 600 / 3600,
  agents: 50,
  handleTimeSec: { kind: "exponential", mean: 270 },
  patienceSec: { kind: "exponential", mean: 180 },
  thresholdSec: 20,
  warmupContacts: 1000,
  measuredContacts: 20_000,
};

describe("runStationaryQueue", () => {
  it("conserves contacts: offered = answered + abandoned + still waiting, at any stopping point", () => {
    for (const agents of [30, 45, 50]) {
      for (const measuredContacts of [1, 7, 500, 5_000]) {
        const t = runStationaryQueue(
          { ...base, agents, warmupContacts: 0, measuredContacts, stopAtLastArrival: true },
          new RandomStreams(3, 0),
        );
        expect(t.offered).toBe(measuredContacts);
        expect(t.answered + t.abandoned + t.waitingAtEnd).toBe(t.offered);
      }
    }
  });

  it("drains: every measured contact is answered or abandons", () => {
    const t = runStationaryQueue({ ...base, agents: 40 }, new RandomStreams(5, 0));
    expect(t.waitingAtEnd).toBe(0);
    expect(t.answered + t.abandoned).toBe(t.offered);
    expect(t.modelEvents).toBeGreaterThanOrEqual(t.offered * 2);
  });

  it("without patience nobody abandons and everyone is answered", () => {
    const { patienceSec: _, ...noPatience } = base;
    const t = runStationaryQueue({ ...noPatience, agents: 48 }, new RandomStreams(1, 0));
    expect(t.abandoned).toBe(0);
    expect(t.answered).toBe(t.offered);
  });

  it("keeps the tallies of the general EventCalendar core exactly (QueueCalendar pops the same events in order)", () => {
    // Pinned from the core before QueueCalendar (EventCalendar, cancelled patience timers), seed 11, replication 2.
    const erlangA = runStationaryQueue({ ...base, agents: 44 }, new RandomStreams(11, 2));
    expect(erlangA).toEqual({
      offered: 20000,
      answered: 18375,
      abandoned: 1625,
      waitingAtEnd: 0,
      delayed: 10848,
      answeredWithinThreshold: 12999,
      abandonedWithinThreshold: 906,
      waitAnsweredSec: 263451.12879095774,
      waitAllSec: 298816.0514816005,
      busyAgentSec: 4993689.35503358,
      measuredSec: 119825.88229614768,
      modelEvents: 41956,
    });
    const stopped = runStationaryQueue(
      { ...base, agents: 40, stopAtLastArrival: true, measuredContacts: 5000 },
      new RandomStreams(11, 2),
    );
    expect(stopped).toEqual({
      offered: 5000,
      answered: 4215,
      abandoned: 785,
      waitingAtEnd: 0,
      delayed: 3904,
      answeredWithinThreshold: 1959,
      abandonedWithinThreshold: 367,
      waitAnsweredSec: 123671.55047873498,
      waitAllSec: 145521.6409001532,
      busyAgentSec: 1163768.174885524,
      measuredSec: 29978.09214000209,
      modelEvents: 11967,
    });
  });

  it("is deterministic: same seed and replication give identical tallies", () => {
    const a = runStationaryQueue(base, new RandomStreams(42, 3));
    const b = runStationaryQueue(base, new RandomStreams(42, 3));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = runStationaryQueue(base, new RandomStreams(42, 4));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("common random numbers: with ample staff nobody waits, so the arrival and handle draws alone fix busy time", () => {
    // With more agents than can ever be busy, no contact waits; busy time then depends only on the arrival and
    // handle-time streams, so it must not change when the agent count changes (no draw moved between streams).
    const a = runStationaryQueue({ ...base, agents: 400 }, new RandomStreams(9, 0));
    const b = runStationaryQueue({ ...base, agents: 500 }, new RandomStreams(9, 0));
    expect(a.delayed).toBe(0);
    expect(b.busyAgentSec).toBe(a.busyAgentSec);
    expect(b.measuredSec).toBe(a.measuredSec);
  });

  it("common random numbers: adding agents never lengthens the total wait of the same contacts (paired)", () => {
    // Each contact keeps its arrival time and handle time whatever the staffing, and FCFS waits without
    // abandonment are monotone in the number of servers on every sample path (Kiefer and Wolfowitz 1955).
    // (With abandonment this need not hold path by path: a caller kept by a shorter queue uses an agent.)
    const { patienceSec: _, ...noPatience } = base;
    let previous = Infinity;
    for (const agents of [46, 47, 48, 50, 52]) {
      const t = runStationaryQueue({ ...noPatience, agents }, new RandomStreams(11, 0));
      expect(t.waitAllSec).toBeLessThanOrEqual(previous);
      previous = t.waitAllSec;
    }
  });

  it("turns a tally into named KPIs", () => {
    const t = runStationaryQueue(base, new RandomStreams(2, 0));
    const k = stationaryQueueKpis(t, base.agents);
    expect(k.serviceLevel["answered-within-threshold"]).toBeLessThanOrEqual(k.serviceLevel["waited-within-threshold"]);
    expect(k.serviceLevel["answered-within-threshold"]).toBeLessThanOrEqual(k.serviceLevel["excluding-short-abandons"]);
    expect(k.occupancy).toBeGreaterThan(0.8);
    expect(k.occupancy).toBeLessThan(0.95);
  });

  it("rejects impossible parameters as defects", () => {
    expect(() => runStationaryQueue({ ...base, agents: 0 }, new RandomStreams(1, 0))).toThrow(RangeError);
    expect(() => runStationaryQueue({ ...base, arrivalRatePerSec: Number.NaN }, new RandomStreams(1, 0))).toThrow(
      RangeError,
    );
  });
});
