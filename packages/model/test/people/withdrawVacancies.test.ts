import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  simulateCentre,
  type CentreParams,
  type HiringPolicy,
  type MonthKpis,
} from "../../src/index.js";
import { Vacancies } from "../../src/people/Vacancies.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

const DAYS_PER_MONTH = 365.25 / 12;

describe("withdrawn vacancies", () => {
  it("go newest first (the start's back-dated ones last), are counted, and are no fills", () => {
    const v = new Vacancies();
    v.openAtStart(4, 0, 30);
    v.openMany(2, 5);
    v.openMany(1, 9);
    v.withdraw(2, 10);
    // The day-9 vacancy and one of day 5 went; the other day-5 one is now the newest.
    expect(v.open).toBe(5);
    expect(v.meanAgeDays(10)).toBeGreaterThan(5);
    v.withdraw(1, 10);
    // Only the four opened before the start are left: all at least a day old at day 0.
    expect(v.open).toBe(4);
    expect(v.meanAgeDays(0)).toBeGreaterThanOrEqual(1);
    const month = v.closeMonth();
    expect(month.vacanciesWithdrawn).toBe(3);
    expect(Number.isNaN(month.timeToFillDays)).toBe(true);
    expect(v.closeMonth().vacanciesWithdrawn).toBe(0);
    // Never more than are open.
    v.withdraw(10, 11);
    expect(v.open).toBe(0);
  });

  it("are censored searches in the share filled within 30 days (Kaplan-Meier at 30 days, by hand)", () => {
    const v = new Vacancies();
    // Four opened on day 0. Filled at ages 5 and 20; one withdrawn at age 10 (unfilled); one still open at 60.
    v.openMany(4, 0);
    v.fill(5, 0);
    v.withdraw(1, 10);
    v.fill(20, 0);
    // At age 5 all four searches are at risk: S = 3/4. At 20 the withdrawn one is out: 2 at risk, S = 3/8.
    expect(v.filledWithinShare(0, 1, 60)).toBeCloseTo(1 - 3 / 8, 12);
    // Without the withdrawal the same fills would give 2 of 4 (the plain share, kept when nothing is withdrawn).
    const plain = new Vacancies();
    plain.openMany(4, 0);
    plain.fill(5, 0);
    plain.fill(20, 0);
    expect(plain.filledWithinShare(0, 1, 60)).toBe(0.5);
  });
});

/** Paired mean difference a - b over replications and its 95% half-width (t, 5 degrees of freedom). */
function paired(a: readonly number[], b: readonly number[]): { mean: number; half: number } {
  const d = a.map((x, i) => x - (b[i] ?? NaN));
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (d.length - 1));
  return { mean, half: (2.5706 * sd) / Math.sqrt(d.length) };
}

describe("a centre that switches to remote hiring, its time to fill halving", () => {
  // 300 agents (five times the small centre's demand) losing 10% a month, no training, hiring up to need with the market's own time to fill (auto) and
  // learning it. From month 6 all hiring is remote with a catchment of 4: applicants double (elasticity 0.5), so
  // the time to fill halves from about 60 to about 30 days and the allowance for it is about 1 leaver a day x
  // 30 days = 30 vacancies too many.
  const months = 9;
  const switchMonth = 6;
  const policy = (withdraw: boolean): HiringPolicy => ({
    kind: "hire-up-to",
    trainingLeadDays: 0,
    targetFactor: 1,
    learnTimeToFill: { halfLifeDays: 56 },
    withdrawSurplus: withdraw ? { toleranceStandardErrors: 3 } : undefined,
  });
  const centre = (withdraw: boolean): CentreParams => {
    const small = centreWithPeople(300, months, 0, (p) =>
      neutralPeople(p, 0.1 / DAYS_PER_MONTH, {
        recruiting: { policy: policy(withdraw), baseApplicantsPerVacancyWeek: 0.555 },
      }),
    );
    const channels = small.channels.map((c) => ({
      ...c,
      demand: { ...c.demand, monthlyVolume: c.demand.monthlyVolume.map((v) => 5 * v) },
    }));
    return { ...small, channels };
  };
  const run = (withdraw: boolean): (readonly MonthKpis[])[] => {
    const params = centre(withdraw);
    const people = params.people;
    if (people === undefined) throw new Error("the fixture has a people layer");
    const fromDay = buildCalendar(params.calendar).monthStartDay[switchMonth] ?? NaN;
    const remote = { ...people, recruiting: { ...people.recruiting, remoteShare: 1, remoteCatchmentMultiplier: 4 } };
    const changes = [{ fromDay, channels: params.channels, operations: params.operations, people: remote }];
    return [0, 1, 2, 3, 4, 5].map((r) => simulateCentre(params, "interval", 29, r, { changes }).months);
  };
  const withdrawing = run(true);
  const keeping = run(false);
  const at = (runs: (readonly MonthKpis[])[], month: number, key: string): number[] =>
    runs.map((months) => months[month]?.values[key] ?? NaN);

  it("rewrites its auto plan at the switch: the planned time to fill falls at least a third within the month", () => {
    for (const [before, after] of at(withdrawing, switchMonth - 1, "plannedTimeToFillDays").map(
      (x, i) => [x, at(withdrawing, switchMonth, "plannedTimeToFillDays")[i] ?? NaN] as const,
    ))
      expect(after).toBeLessThan(before * (2 / 3));
  });

  it("withdraws the surplus in the switch month and so hires fewer then than the planner that keeps it", () => {
    for (const n of at(withdrawing, switchMonth, "vacanciesWithdrawn")) expect(n).toBeGreaterThan(0);
    for (const n of at(keeping, switchMonth, "vacanciesWithdrawn")) expect(n).toBe(0);
    const fewer = paired(at(keeping, switchMonth, "hiresPerMonth"), at(withdrawing, switchMonth, "hiresPerMonth"));
    expect(fewer.mean - fewer.half, `${fewer.mean} +- ${fewer.half}`).toBeGreaterThan(0);
  });
});

describe("an intervention that leaves the recruiting settings as they were", () => {
  // Interventions recompile every setting, so one on demand alone brings recruiting settings equal in value but new
  // in identity: the plan and what the planner has learned must survive it (the run equals the run without it).
  it("keeps the auto plan and its learning: the run is the same to the bit", () => {
    const months = 6;
    const params = centreWithPeople(120, months, 0, (p) =>
      neutralPeople(p, 0.1 / DAYS_PER_MONTH, {
        recruiting: {
          policy: { kind: "hire-up-to", trainingLeadDays: 0, targetFactor: 1, learnTimeToFill: { halfLifeDays: 56 } },
          baseApplicantsPerVacancyWeek: 0.555,
        },
      }),
    );
    const people = params.people;
    if (people === undefined) throw new Error("the fixture has a people layer");
    const fromDay = buildCalendar(params.calendar).monthStartDay[3] ?? NaN;
    const same = { ...people, recruiting: { ...people.recruiting } };
    const changes = [{ fromDay, channels: params.channels, operations: params.operations, people: same }];
    const plain = simulateCentre(params, "interval", 29, 0).months;
    const changed = simulateCentre(params, "interval", 29, 0, { changes }).months;
    expect(changed.map((m) => m.values.plannedTimeToFillDays)).toEqual(
      plain.map((m) => m.values.plannedTimeToFillDays),
    );
    expect(changed).toEqual(plain);
  });
});
