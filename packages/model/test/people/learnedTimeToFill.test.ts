import { RandomStreams } from "@ccsim/engine";
import { describe, expect, it } from "vitest";
import { simulateCentre, type CentreParams, type HiringPolicy, type MonthKpis } from "../../src/index.js";
import { LearnedTimeToFill } from "../../src/people/LearnedTimeToFill.js";
import { marketTimeToFillDays } from "../../src/people/recruiting.js";
import { Vacancies } from "../../src/people/Vacancies.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

const DAYS_PER_MONTH = 365.25 / 12;

describe("the planner's learned time to fill", () => {
  it("converges from a wrong start to the realised time to fill, and follows it when filling speeds up", () => {
    // Two vacancies open a day, each filled with probability p a day: times to fill are geometric, mean (1 - p) / p.
    const draw = new RandomStreams(11, 0).stream("test.fills");
    const vacancies = new Vacancies();
    const learned = new LearnedTimeToFill(120, 28, 364, 0);
    const phase = (p: number, first: number, end: number): { realised: number; learned: number } => {
      let days = 0,
        fills = 0;
      for (let day = first; day < end; day++) {
        vacancies.openMany(2, day);
        let filled = 0;
        for (let i = vacancies.open - 1; i >= 0; i--) {
          if (draw.next() < p) {
            vacancies.fill(day, i / vacancies.open);
            filled++;
          }
        }
        learned.observe(day, vacancies.open, filled);
        const month = day % 30 === 29 ? vacancies.closeMonth() : undefined;
        // The realised mean over the phase's last 120 days, once the vacancies opened before the change are gone.
        if (month !== undefined && day >= end - 120 && !Number.isNaN(month.timeToFillDays)) {
          days += month.timeToFillDays;
          fills++;
        }
      }
      return { realised: days / fills, learned: learned.days };
    };
    const slow = phase(1 / 41, 0, 720);
    const fast = phase(1 / 21, 720, 1440);
    // Geometric means 40 and 20 days; the estimate (half-life 4 weeks) carries about 60 fills of memory, so its
    // sampling error is about 13%: allow 25% of the realised mean.
    expect(slow.realised).toBeGreaterThan(32);
    expect(slow.realised).toBeLessThan(48);
    expect(Math.abs(slow.learned - slow.realised)).toBeLessThan(0.25 * slow.realised);
    expect(Math.abs(fast.learned - fast.realised)).toBeLessThan(0.25 * fast.realised);
    expect(fast.learned).toBeLessThan(slow.learned * 0.7);
  });

  it("starts with a memory worth the steady hiring rate over its half-life, so the first days cannot swing it", () => {
    // Prior: 1.3 fills a day over 1 / (1 - 2^(-1/56)) = 81.3 days of memory, about 106 fills at 33 days each.
    const firm = new LearnedTimeToFill(33, 56, 364, 0, 1.3);
    const weak = new LearnedTimeToFill(33, 56, 364, 0);
    // A first day with 45 vacancies open and none filled: the one-fill prior doubles its estimate, the memory not.
    firm.observe(0, 45, 0);
    weak.observe(0, 45, 0);
    expect(weak.days).toBeCloseTo(33 + 45, 9);
    expect(firm.days).toBeGreaterThan(33);
    expect(firm.days).toBeLessThan(33 * 1.02);
  });

  it("takes the market's time to fill as V / L in the steady state: 1 / r, less the share referrals fill", () => {
    // r = 0.03 a day: 33.3 days; referrals filling a quarter of the leavers leave three quarters to the market.
    expect(marketTimeToFillDays(0.03, 0, 1.3)).toBeCloseTo(100 / 3, 9);
    expect(marketTimeToFillDays(0.03, 0.325, 1.3)).toBeCloseTo(25, 9);
    // Bounded: referrals alone cover the leavers (a day), a market that fills nothing (a year).
    expect(marketTimeToFillDays(0.03, 2, 1.3)).toBe(1);
    expect(marketTimeToFillDays(0, 0, 1.3)).toBe(364);
  });

  it("opens the vacancies open at the start with the steady state's exponential ages", () => {
    const vacancies = new Vacancies();
    vacancies.openAtStart(400, 0, 30);
    // Quantiles of an exponential with mean 30 days, rounded to whole days: their mean is 30 within a day.
    expect(Math.abs(vacancies.meanAgeDays(0) - 30)).toBeLessThan(1);
    // None of them counts as opened in the first month (they were opened before the start).
    expect(Number.isNaN(vacancies.filledWithinShare(0, 31, 400))).toBe(true);
  });

  it("rejects a non-positive start or half-life", () => {
    expect(() => new LearnedTimeToFill(0, 28, 364, 0)).toThrow(RangeError);
    expect(() => new LearnedTimeToFill(30, 0, 364, 0)).toThrow(RangeError);
  });
});

/** Mean of a KPI over months [from, to) and the replications. */
function meanKpi(runs: readonly (readonly MonthKpis[])[], key: string, from: number, to: number): number {
  const values = runs.flatMap((months) => months.slice(from, to).map((m) => m.values[key] ?? NaN));
  const measured = values.filter((x) => !Number.isNaN(x));
  return measured.reduce((s, x) => s + x, 0) / measured.length;
}

describe("a centre whose time to fill halves", () => {
  // 60 agents losing 10% a month, no training, hiring up to need. The market quadruples its index after 8 months:
  // with matching elasticity 0.5 applicants double, so the time to fill halves from about 60 to about 30 days.
  const months = 20;
  const centre = (policy: HiringPolicy): CentreParams =>
    centreWithPeople(60, months, 0, (p) => {
      const people = neutralPeople(p, 0.1 / DAYS_PER_MONTH, {
        recruiting: { policy, baseApplicantsPerVacancyWeek: 0.555 },
      });
      const index = people.labourMarket.hhIndexByDay.map((_, day) => (day < 8 * DAYS_PER_MONTH ? 4 : 16));
      return { ...people, labourMarket: { ...people.labourMarket, hhIndexByDay: index } };
    });
  const run = (policy: HiringPolicy): (readonly MonthKpis[])[] =>
    [0, 1, 2, 3].map((r) => simulateCentre(centre(policy), "interval", 23, r).months);
  const learning = run({
    kind: "hire-up-to",
    trainingLeadDays: 0,
    plannedTimeToFillDays: 60,
    targetFactor: 1,
    learnTimeToFill: { halfLifeDays: 56 },
  });
  const stuck = run({ kind: "hire-up-to", trainingLeadDays: 0, plannedTimeToFillDays: 60, targetFactor: 1 });
  // The planner that knew the new pace: its allowance is the realised 30 days from the start.
  const knowing = run({ kind: "hire-up-to", trainingLeadDays: 0, plannedTimeToFillDays: 30, targetFactor: 1 });

  it("learns the new pace: its planned time to fill ends within 20% of the realised one", () => {
    const realised = meanKpi(learning, "timeToFillDays", 14, months);
    expect(realised).toBeGreaterThan(22);
    expect(realised).toBeLessThan(40);
    expect(Math.abs(meanKpi(learning, "plannedTimeToFillDays", 14, months) - realised)).toBeLessThan(0.2 * realised);
    expect(meanKpi(learning, "plannedTimeToFillDays", 5, 8)).toBeGreaterThan(realised * 1.5);
  });

  it("does not overshoot: headcount at most 3% above the planner that knew the pace, while the fixed allowance does", () => {
    const known = meanKpi(knowing, "headcount", 14, months);
    expect(meanKpi(learning, "headcount", 14, months)).toBeLessThan(known * 1.03);
    expect(meanKpi(stuck, "headcount", 14, months)).toBeGreaterThan(known * 1.05);
  });
});
