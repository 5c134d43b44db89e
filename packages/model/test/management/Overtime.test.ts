import { afterEach, describe, expect, it, vi } from "vitest";
import { Overtime, simulateCentre, type CentreParams } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "../people/peopleFixture.js";
import { managementOff } from "./managementFixture.js";

/** The small centre with a fixed roster of `agents` (no hires, no quits) and only overtime managed. */
function shortCentre(
  agents: number,
  overtime: NonNullable<NonNullable<Parameters<typeof managementOff>[0]>["overtime"]>,
): CentreParams {
  return centreWithPeople(agents, 2, 0, (p) => ({ ...neutralPeople(p, 0), management: managementOff({ overtime }) }));
}

describe("overtime", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never exceeds the daily or weekly cap of any agent, and is worked when the roster is short", () => {
    const day = { current: -1 };
    const worked = new Map<string, number>();
    const start = Overtime.prototype.startDay;
    vi.spyOn(Overtime.prototype, "startDay").mockImplementation(function (
      this: Overtime,
      d: number,
      ...rest: [capacity: number, employed: Parameters<Overtime["startDay"]>[2]]
    ) {
      day.current = d;
      start.call(this, d, ...rest);
    });
    const record = Overtime.prototype.record;
    vi.spyOn(Overtime.prototype, "record").mockImplementation(function (this: Overtime, a: number, intervals: number) {
      const hours = intervals * 0.5;
      for (const key of [`d${day.current}:${a}`, `w${Math.floor(day.current / 7)}:${a}`])
        worked.set(key, (worked.get(key) ?? 0) + hours);
      record.call(this, a, intervals);
    });
    const run = simulateCentre(
      shortCentre(40, { enabled: true, maxHoursPerAgentWeek: 3, maxHoursPerAgentDay: 1.5 }),
      "interval",
      3,
      0,
    );
    const daily = [...worked].filter(([k]) => k.startsWith("d")).map(([, h]) => h);
    const weekly = [...worked].filter(([k]) => k.startsWith("w")).map(([, h]) => h);
    expect(Math.max(...daily)).toBeLessThanOrEqual(1.5);
    expect(Math.max(...weekly)).toBeLessThanOrEqual(3);
    expect(Math.max(...weekly)).toBe(3);
    expect(run.months[0]!.values.overtimeHours).toBeGreaterThan(0);
  });

  it("adds rostered hours and service when the roster is short; off, it works none", () => {
    const off = simulateCentre(shortCentre(40, { enabled: false }), "interval", 3, 0).months[0]!.values;
    const on = simulateCentre(shortCentre(40, { enabled: true }), "interval", 3, 0).months[0]!.values;
    expect(off.overtimeHours).toBe(0);
    expect(on.scheduledAgentHours).toBeCloseTo(off.scheduledAgentHours! + on.overtimeHours!, 6);
    expect(on["voice.serviceLevel"]).toBeGreaterThan(off["voice.serviceLevel"]!);
  });

  it("works the same way at contact fidelity: agents stay logged in for their overtime", () => {
    const params = centreWithPeople(40, 1, 0, (p) => ({
      ...neutralPeople(p, 0),
      management: managementOff({ overtime: { enabled: true } }),
    }));
    const off = { ...params, people: { ...params.people!, management: managementOff() } };
    const on = simulateCentre(params, "contact", 3, 0).months[0]!.values;
    const without = simulateCentre(off, "contact", 3, 0).months[0]!.values;
    expect(on.overtimeHours).toBeGreaterThan(0);
    expect(on.scheduledAgentHours).toBeCloseTo(without.scheduledAgentHours! + on.overtimeHours!, 6);
    expect(on.loggedInAgentHours).toBeGreaterThan(without.loggedInAgentHours! + 0.9 * on.overtimeHours!);
  });

  it("is paid at the Labour Code premium: cost = hours x 1.5 x salary / standard hours x overhead within 2 hours a day", () => {
    const values = simulateCentre(shortCentre(40, { enabled: true, maxHoursPerAgentDay: 2 }), "interval", 3, 0)
      .months[0]!.values;
    const hourly = 55_000 / (5 * 8 * (52 / 12));
    expect(values.overtimeCost).toBeCloseTo(values.overtimeHours! * 1.5 * hourly * 1.3, 3);
  });

  it("pays 1.5x for the first two hours of a day and 2x after (art. 152), and its strain follows the weekly hours", () => {
    const overtime = new Overtime(
      managementOff({ overtime: { enabled: true, maxHoursPerAgentDay: 4, maxHoursPerAgentWeek: 10 } }).overtime,
      0.5,
    );
    // Both agents employed.
    const employed = { indices: Int32Array.of(0, 1), sync: () => 2 };
    overtime.startDay(0, 2, employed);
    expect(overtime.allowance(0)).toBe(8);
    overtime.record(0, 6);
    expect(overtime.pay(0, 100)).toBeCloseTo((2 * 1.5 + 1 * 2) * 100, 9);
    expect(overtime.allowance(0)).toBe(2);
    overtime.record(0, 2);
    expect(overtime.allowance(0)).toBe(0);
    expect(overtime.pay(0, 100)).toBeCloseTo((2 * 1.5 + 2 * 2) * 100, 9);
    expect(overtime.strain(0)).toBeCloseTo(0.05 * 4, 9);
    // Next day: the daily cap is back, the weekly one (10 h, 4 worked) still binds later.
    overtime.startDay(1, 2, employed);
    expect(overtime.allowance(0)).toBe(8);
    expect(overtime.strain(0)).toBeCloseTo(0.05 * 4 * (6 / 7), 9);
    expect(overtime.strain(1)).toBe(0);
  });
});
