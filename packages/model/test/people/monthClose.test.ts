// The month close of the people layer (docs/model.md 4.5-4.7) on hand-built months: head counts, pay, payroll as
// the sum of prorated pay, costs and attrition from the month's flows.
import { RandomStreams } from "@ccsim/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgentPool, buildCalendar, NOT_YET_EMPLOYED, STAGE } from "../../src/index.js";
import { CentreTally } from "../../src/CentreTally.js";
import { makeBinomialSampler } from "../../src/internal/binomial.js";
import { closeMonthOfPeople, type MonthCloseState } from "../../src/people/monthClose.js";
import { emptyFlows, type MonthFlows } from "../../src/people/MonthFlows.js";
import type { PeopleParams } from "../../src/people/PeopleParams.js";
import { Vacancies } from "../../src/people/Vacancies.js";
import { smallCentre } from "../fixtures.js";
import { neutralPeople } from "./peopleFixture.js";

const centre = smallCentre(0, 2);
const calendar = buildCalendar(centre.calendar);
/** February 2024 of the calendar: days [31, 60). */
const FEB = 1;
const FIRST = 31;
const DAYS = 29;

interface AgentSpec {
  readonly stage: number;
  readonly hireDay: number;
  readonly leftDay?: number;
  readonly contacts?: number;
  readonly remote?: boolean;
  /** A hire waiting for a class: no class yet, not employed. */
  readonly waiting?: boolean;
  /** First day employed (its class's first day), if not the hire day. */
  readonly employedFrom?: number;
}

function closeMonth(
  agents: readonly AgentSpec[],
  params: PeopleParams = neutralPeople(centre, 0),
  flows: Partial<MonthFlows> = {},
): Record<string, number> {
  const pool = new AgentPool(Math.max(1, agents.length));
  const leftDay = new Int32Array(pool.capacity).fill(-1);
  for (const spec of agents) {
    const a = pool.add(1, 1, 0);
    pool.stage[a] = spec.stage;
    pool.hireDay[a] = spec.hireDay;
    pool.employedFromDay[a] = spec.waiting === true ? NOT_YET_EMPLOYED : (spec.employedFrom ?? spec.hireDay);
    if (spec.waiting === true) pool.productionDay[a] = -1;
    pool.remote[a] = spec.remote === true ? 1 : 0;
    pool.contactsThisMonth[a] = spec.contacts ?? 0;
    leftDay[a] = spec.leftDay ?? -1;
  }
  const surveys = new RandomStreams(1, 0).stream("test.surveys");
  const state: MonthCloseState = {
    calendar,
    pool,
    leftDay,
    params,
    flows: { ...emptyFlows(), ...flows },
    tally: new CentreTally(calendar.days, calendar.months, 1),
    vacancies: new Vacancies(),
    surveys,
    surveyCounts: makeBinomialSampler(surveys),
    policies: undefined,
  };
  return closeMonthOfPeople(state, FEB);
}

describe("the month close", () => {
  it("counts heads by stage at month end, leaving out those who left", () => {
    const kpis = closeMonth([
      { stage: STAGE.training, hireDay: 50 },
      { stage: STAGE.nesting, hireDay: 10 },
      { stage: STAGE.proficient, hireDay: -400 },
      { stage: STAGE.proficient, hireDay: -300 },
      { stage: STAGE.left, hireDay: -200, leftDay: 40 },
    ]);
    expect(kpis).toMatchObject({
      headcount: 4,
      headcountTraining: 1,
      headcountNesting: 1,
      headcountProficient: 2,
    });
  });

  it("pays a leaver for its days employed in the month and the salary to those employed all month", () => {
    const people = neutralPeople(centre, 0);
    const salary = people.pay.salaryPerMonth;
    const overhead = people.money.overheadMultiplier;
    const kpis = closeMonth([
      { stage: STAGE.proficient, hireDay: -100 },
      { stage: STAGE.left, hireDay: -100, leftDay: FIRST + 10 },
      { stage: STAGE.left, hireDay: -100, leftDay: FIRST - 1 },
    ]);
    expect(kpis["payroll"]).toBeCloseTo(overhead * salary * (1 + 10 / DAYS), 6);
    // Mean earnings are over agents past training still employed: the stayer only.
    expect(kpis["meanEarningsPerMonth"]).toBe(salary);
  });

  it("pays trainees the base under a piece rate, and the others base + rate x contacts", () => {
    const params = neutralPeople(centre, 0, { pay: { scheme: "piece-rate" } });
    const { baseSalaryPerMonth: base, pieceRatePerContact: rate } = params.pay;
    const kpis = closeMonth(
      [
        { stage: STAGE.training, hireDay: 0 },
        { stage: STAGE.proficient, hireDay: -100, contacts: 1000 },
      ],
      params,
    );
    expect(kpis["payroll"]).toBeCloseTo(params.money.overheadMultiplier * (base + base + rate * 1000), 6);
    expect(kpis["earningsP10"]).toBe(base + rate * 1000);
  });

  it("neither pays, seats nor counts a hire waiting for a class; pays one whose class began from its first day", () => {
    const people = neutralPeople(centre, 0);
    const kpis = closeMonth([
      { stage: STAGE.training, hireDay: FIRST + 2, waiting: true },
      { stage: STAGE.training, hireDay: FIRST - 20, waiting: true },
      { stage: STAGE.proficient, hireDay: -100 },
      // Hired 20 days before the month, waited, and its class began on the 11th.
      { stage: STAGE.training, hireDay: FIRST - 20, employedFrom: FIRST + 10 },
    ]);
    expect(kpis["hiresAwaitingClass"]).toBe(2);
    expect(kpis["headcount"]).toBe(2);
    expect(kpis["headcountTraining"]).toBe(1);
    const salary = people.pay.salaryPerMonth;
    expect(kpis["payroll"]).toBeCloseTo(people.money.overheadMultiplier * salary * (1 + (DAYS - 10) / DAYS), 6);
  });

  it("prorates a piece-rate leaver's base by its days but pays every contact it handled in full", () => {
    const params = neutralPeople(centre, 0, { pay: { scheme: "piece-rate" } });
    const { baseSalaryPerMonth: base, pieceRatePerContact: rate } = params.pay;
    // Left after 10 of February's 29 days, having handled 300 contacts in them.
    const kpis = closeMonth([{ stage: STAGE.left, hireDay: -100, leftDay: FIRST + 10, contacts: 300 }], params);
    expect(kpis["payroll"]).toBeCloseTo(params.money.overheadMultiplier * (base * (10 / DAYS) + rate * 300), 6);
  });

  it("adds hiring, training and seats into the total cost, and divides it by the contacts handled", () => {
    const params = neutralPeople(centre, 0);
    const m = params.money;
    const kpis = closeMonth(
      [
        { stage: STAGE.proficient, hireDay: -100, contacts: 600 },
        { stage: STAGE.proficient, hireDay: -100, contacts: 400, remote: true },
      ],
      params,
      { hires: 2, referralHires: 1, traineeDays: 70, classDays: 14 },
    );
    const hiring = 2 * m.costPerHire + 1 * params.recruiting.referralBonus;
    const training = 10 * m.trainingCostPerTraineeWeek + 2 * m.trainerCostPerWeek;
    const payroll = 2 * params.pay.salaryPerMonth * m.overheadMultiplier;
    const total = payroll + m.onSiteSeatCostPerMonth + m.remoteSeatCostPerMonth + hiring + training;
    expect(kpis["hiringCost"]).toBe(hiring);
    expect(kpis["trainingCost"]).toBe(training);
    expect(kpis["totalCost"]).toBeCloseTo(total, 6);
    expect(kpis["costPerContact"]).toBeCloseTo(total / 1000, 9);
  });

  it("measures attrition as leavers over the average head count past training", () => {
    // 20 agents a day, 5 of them trainees, over 29 days: 15 past training on average; 3 leavers.
    const kpis = closeMonth([], undefined, { days: 29, headcountDays: 20 * 29, traineeDays: 5 * 29, leavers: 3 });
    expect(kpis["monthlyAttrition"]).toBeCloseTo(3 / 15, 12);
  });

  it("payroll equals overhead x the sum of each agent's pay x its share of the month employed (property)", () => {
    const agent = fc.record({
      hireDay: fc.integer({ min: -60, max: FIRST + DAYS - 1 }),
      stay: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
      training: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(agent, { maxLength: 12 }), (specs) => {
        const params = neutralPeople(centre, 0);
        const agents: AgentSpec[] = specs.map((s) => {
          const left = s.stay === undefined ? undefined : s.hireDay + s.stay;
          const gone = left !== undefined && left <= FIRST + DAYS - 1;
          return {
            stage: gone ? STAGE.left : s.training ? STAGE.training : STAGE.proficient,
            hireDay: s.hireDay,
            ...(gone ? { leftDay: left } : {}),
          };
        });
        let expected = 0;
        for (const a of agents) {
          let days = 0;
          for (let d = FIRST; d < FIRST + DAYS; d++)
            if (d >= a.hireDay && (a.leftDay === undefined || d < a.leftDay)) days++;
          expected += params.pay.salaryPerMonth * (days / DAYS);
        }
        const payroll = closeMonth(agents, params)["payroll"] ?? NaN;
        expect(payroll).toBeCloseTo(expected * params.money.overheadMultiplier, 4);
      }),
    );
  });
});
