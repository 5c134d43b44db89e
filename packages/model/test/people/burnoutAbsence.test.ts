// Absence rising with burnout (docs/model.md 4.3): the extra whole-day absence drawn before the roster, sized so
// that with the day plan's independent base draw an agent at burnout B is absent with probability a + increase x B.
import { RandomStreams } from "@ccsim/engine";
import { describe, expect, it } from "vitest";
import { AgentPool, simulateCentre, STAGE } from "../../src/index.js";
import { ActiveAgents } from "../../src/people/ActiveAgents.js";
import { BurnoutAbsence, type AbsenceOperations } from "../../src/people/burnoutAbsence.js";
import { smallCentre } from "../fixtures.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

const operations: AbsenceOperations = { shrinkage: 0.3, absenceShare: 0.2, rostering: "planner" };

function setup(agents: number, burnout: (a: number) => number, increase: number, ops: AbsenceOperations = operations) {
  const pool = new AgentPool(agents);
  for (let a = 0; a < agents; a++) {
    pool.add(1, 1, 0);
    pool.burnout[a] = burnout(a);
  }
  const base = neutralPeople(smallCentre(0, 1), 0);
  const params = { ...base, burnout: { ...base.burnout, absenceIncreaseAtFull: increase } };
  const draw = new RandomStreams(7, 0).stream("people.absence");
  return { pool, draw, absence: new BurnoutAbsence({ pool, params, active: new ActiveAgents(pool) }, draw, ops) };
}

const absentCount = (pool: AgentPool): number => pool.rosterable.subarray(0, pool.count).filter((r) => r === 0).length;

describe("burnout absence", () => {
  it("keeps a share increase x B / (1 - a) of agents at burnout B off the roster (99% interval)", () => {
    const n = 20_000;
    const { pool, absence } = setup(n, () => 0.5, 0.1);
    absence.startAbsences();
    const a = operations.shrinkage * operations.absenceShare;
    const p = (0.1 * 0.5) / (1 - a);
    const share = absentCount(pool) / n;
    expect(Math.abs(share - p)).toBeLessThanOrEqual(2.576 * Math.sqrt((p * (1 - p)) / n));
    // With the plan's independent draw at rate a: 1 - (1 - p)(1 - a) = a + increase x B.
    expect(1 - (1 - p) * (1 - a)).toBeCloseTo(a + 0.1 * 0.5, 12);
  });

  it("never keeps an agent without burnout away, and brings yesterday's absent agents back", () => {
    const { pool, absence } = setup(1000, (a) => (a % 2 === 0 ? 0 : 1), 0.3);
    absence.startAbsences();
    expect(absence.absentToday).toBeGreaterThan(0);
    for (let a = 0; a < pool.count; a += 2) expect(pool.rosterable[a]).toBe(1);
    absence.endAbsences();
    expect(absentCount(pool)).toBe(0);
  });

  it("leaves those who left or went back to training off the roster when the day ends", () => {
    const { pool, absence } = setup(200, () => 1, 0.5);
    absence.startAbsences();
    const absent = absence.absentToday;
    expect(absent).toBeGreaterThan(0);
    pool.stage.fill(STAGE.left, 0, pool.count);
    absence.endAbsences();
    expect(absentCount(pool)).toBe(absent);
  });

  it("draws nothing when the increase is 0 or everyone is present by rule", () => {
    const cases: [number, AbsenceOperations][] = [
      [0, operations],
      [0.3, { ...operations, rostering: "all-present" }],
    ];
    for (const [increase, ops] of cases) {
      const { pool, draw, absence } = setup(100, () => 1, increase, ops);
      absence.startAbsences();
      expect(absentCount(pool)).toBe(0);
      expect(draw.next()).toBe(new RandomStreams(7, 0).stream("people.absence").next());
    }
  });
});

describe("burnout absence in an overloaded centre", () => {
  it("lowers logged-in hours against the same centre without it (paired replications)", () => {
    // 20 agents for about 12 Erlangs on average: occupancy near 1, so burnout B approaches 1 within weeks.
    const centre = (increase: number) =>
      centreWithPeople(20, 2, 0, (p) => {
        const people = neutralPeople(p, 0);
        return { ...people, burnout: { ...people.burnout, absenceIncreaseAtFull: increase } };
      });
    const loggedIn = (increase: number, r: number): number =>
      simulateCentre(centre(increase), "interval", 11, r).months.reduce(
        (sum, m) => sum + (m.values["loggedInAgentHours"] ?? NaN),
        0,
      );
    const differences = [0, 1, 2].map((r) => loggedIn(0.3, r) / loggedIn(0, r) - 1);
    // Each replication: at B near 1, about 0.3 / (1 - 0.06) of the agents are away each day once burnt out.
    for (const d of differences) expect(d).toBeLessThan(-0.05);
  });
});
