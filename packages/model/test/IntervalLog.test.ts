// The interval records are the daily tally cut finer: summed over a day's intervals they give exactly the day's
// contacts, required, rostered and busy agent-time, at both fidelities; and recording them changes no result.
import { describe, expect, it } from "vitest";
import { simulateCentre, type Fidelity } from "../src/index.js";
import { smallCentre } from "./fixtures.js";

const params = smallCentre(60);
const range = { fromDay: 3, toDay: 6, roster: true };

describe.each<Fidelity>(["contact", "interval"])("interval records at %s fidelity", (fidelity) => {
  const plain = simulateCentre(params, fidelity, 5, 0, { recordDays: true });
  const run = simulateCentre(params, fidelity, 5, 0, { recordDays: true, recordIntervals: range });
  const r = run.intervals!;
  const perDay = r.intervalsPerDay;

  it("leaves the run's KPIs unchanged", () => {
    expect(run.months).toEqual(plain.months);
  });

  it("sums to each recorded day's contacts and agent-hours", () => {
    expect(r.days).toBe(3);
    for (let d = 0; d < r.days; d++) {
      const day = run.days![range.fromDay + d]!.values;
      const total = (a: Float64Array): number => a.slice(d * perDay, (d + 1) * perDay).reduce((x, y) => x + y, 0);
      expect(total(r.offered)).toBe(day["voice.offered"]);
      expect(total(r.answered)).toBe(day["voice.answered"]);
      expect(total(r.abandoned)).toBe(day["voice.abandoned"]);
      expect((total(r.required) * 1800) / 3600).toBeCloseTo(day.requiredAgentHours!, 9);
      expect((total(r.rostered) * 1800) / 3600).toBeCloseTo(day.scheduledAgentHours!, 9);
      expect(total(r.busySec) / 3600).toBeLessThanOrEqual(day.occupancy! * day.loggedInAgentHours! + 1e-6);
      expect(total(r.busySec)).toBeGreaterThan(0);
    }
  });

  it("records a roster whose shifts less breaks give the agents on the phones in every interval", () => {
    const roster = r.roster!;
    expect(roster.rows).toBeGreaterThan(0);
    const on = new Float64Array(r.days * perDay);
    for (let k = 0; k < roster.rows; k++) {
      const row = roster.day[k]! * perDay;
      for (let i = roster.start1[k]!; i < roster.start1[k]! + roster.length1[k]!; i++) on[row + i]! += 1;
      for (let i = roster.start2[k]!; i < roster.start2[k]! + roster.length2[k]!; i++) on[row + i]! += 1;
      for (let b = roster.breaksFrom[k]!; b < roster.breaksFrom[k]! + roster.breakCount[k]!; b++)
        on[row + roster.breakAt[b]!]! -= roster.breakShare[b]!;
    }
    on.forEach((agents, s) => expect(agents, `interval ${s}`).toBeCloseTo(r.loggedIn[s]!, 9));
  });
});
