// The unit conversions of compilePeople: the scenario's weekly and monthly figures become the model's daily ones
// exactly once, and the monthly hh.index series becomes one value per day placed mid-month.
import { buildCalendar, DAYS_PER_MONTH } from "@ccsim/model";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { compilePeople } from "../src/compilePeople.js";
import { compileScenario } from "../src/compileScenario.js";

const text = `
schemaVersion: 1
name: compile people
calendar: { startDate: 2024-01, horizonMonths: 4 }
demand:
  voice: { monthlyVolume: 60000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 60, training: 3, nesting: 4, remoteShare: 0.25 }
labourMarket:
  hhIndex:
    - { month: 2024-01, value: 6 }
    - { month: 2024-03, value: 2 }
  referenceHhIndex: 4
  marketWagePerMonth: 60000
  wagePressureElasticity: 0.5
recruiting:
  hiringMode: mixed
  remoteShare: 0.4
  plannedTimeToFillWeeks: 3
  referral: { enabled: true, bonusPerHire: 11000, referralsPerAgentMonth: 0.02, bonusResponse: 0.5, earlyMonths: 6 }
training:
  trainingWeeks: 5
  classCadenceWeeks: 2
  dropoutHazardPerWeek: 0.028
  cultureFirst: true
  online: true
rampUp: { adaptationMonths: 3, nestingWeeks: 4 }
burnout: { timeConstantWeeks: 3 }
pay: { scheme: piece-rate, salaryPerMonth: 55000 }
`;

const decoded = loadScenario(text, "compile-people.yaml");
if (Either.isLeft(decoded)) throw new Error(decoded.left.format());
const scenario = decoded.right;
const contact = compileScenario({ ...scenario, simulatePeople: false });
const people = compilePeople(scenario, contact);

describe("compilePeople", () => {
  it("turns weekly hazards into daily ones by 7 and monthly ones by the mean month (365.25 / 12 days)", () => {
    const at = scenario.attrition;
    expect(DAYS_PER_MONTH).toBe(365.25 / 12);
    expect(people.attrition.nestingHazardPerDay).toBe(at.nestingHazardPerWeek / 7);
    expect(people.attrition.earlyHazardPerDay).toBe(at.earlyHazardPerWeek / 7);
    expect(people.attrition.firstYearHazardPerDay).toBe(at.firstYearHazardPerMonth / DAYS_PER_MONTH);
    expect(people.attrition.tenuredHazardPerDay).toBe(at.tenuredHazardPerMonth / DAYS_PER_MONTH);
    // Culture-first training multiplies the classroom dropout hazard.
    const t = scenario.training;
    expect(people.training.dropoutHazardPerDay).toBeCloseTo((0.028 * t.cultureFirstDropoutMultiplier) / 7, 15);
  });

  it("turns weeks and months of durations into days", () => {
    expect(people.training.trainingDays).toBe(35);
    expect(people.training.classCadenceDays).toBe(14);
    expect(people.rampUp.nestingDays).toBe(28);
    expect(people.burnout.timeConstantDays).toBe(21);
    // adaptationMonths is the time to 95% of proficiency: tau_L = adaptationMonths / 3 (exp(-3) = 5%).
    expect(people.rampUp.learningTimeConstantDays).toBeCloseTo(DAYS_PER_MONTH, 12);
    expect(people.recruiting.referralEarlyDays).toBeCloseTo(6 * DAYS_PER_MONTH, 12);
    expect(people.training.earlyDays).toBeCloseTo(scenario.training.cultureFirstEarlyMonths * DAYS_PER_MONTH, 12);
    const policy = people.recruiting.policy;
    // The planner's lead time: the configured time to fill, then the mean wait for a class start and training.
    expect(policy.kind === "hire-up-to" ? policy.plannedTimeToFillDays : NaN).toBe(3 * 7);
    expect(policy.kind === "hire-up-to" ? policy.trainingLeadDays : NaN).toBe(5 * 7 + (14 - 1) / 2);
  });

  it("turns referrals per agent-month, raised by the bonus relative to the salary, into a daily rate", () => {
    expect(people.recruiting.referralsPerAgentDay).toBeCloseTo(
      (0.02 * (1 + 0.5 * (11000 / 55000))) / DAYS_PER_MONTH,
      15,
    );
    expect(people.recruiting.referralBonus).toBe(11000);
  });

  it("places hh.index points mid-month, interpolates per day and holds the ends; the wage follows the index", () => {
    const calendar = buildCalendar(contact.calendar);
    const h = people.labourMarket.hhIndexByDay;
    const w = people.labourMarket.marketWageByDay;
    expect(h.length).toBe(calendar.days);
    // January before and at its middle: the first point held; April: the last point held.
    expect(h[0]).toBe(6);
    expect(h[calendar.days - 1]).toBe(2);
    // February 15th (day 45, at 1 + 14 / 29 months) lies between the points at mid-January (0.5) and mid-March (2.5).
    const feb15 = h[31 + 14] ?? NaN;
    const position = 1 + 14 / 29;
    expect(feb15).toBeCloseTo(6 + ((2 - 6) * (position - 0.5)) / 2, 12);
    // The market wage rises as the market tightens: w = w0 (H / H_ref)^(-elasticity).
    expect(w[0]).toBeCloseTo(60000 * (6 / 4) ** -0.5, 9);
    expect(w[calendar.days - 1]).toBeCloseTo(60000 * (2 / 4) ** -0.5, 9);
  });

  it("takes the remote share from the hiring mode and the start's remote share from the head count", () => {
    expect(people.recruiting.remoteShare).toBe(0.4);
    expect(people.initialRemoteShare).toBe(0.25);
    expect(people.initialTraining).toBe(3);
    expect(people.initialNesting).toBe(4);
  });

  it("puts quality into the rate only under the tNPS-tied scheme", () => {
    expect(people.pay.qualityWeightInRate).toBe(0);
    const tied = compilePeople({ ...scenario, pay: { ...scenario.pay, scheme: "piece-rate-tnps" } }, contact);
    expect(tied.pay.qualityWeightInRate).toBe(scenario.pay.qualityWeightInRate);
  });
});
