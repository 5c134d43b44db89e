import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { resolveVariants, runScenario } from "../src/runScenario.js";

const yaml = (interventions: string): string => `
schemaVersion: 1
name: intervention test
replications: 2
fidelity: interval
calendar: { startDate: 2024-01, horizonMonths: 6 }
demand:
  voice: { monthlyVolume: 40000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 70 }
  skills: { voiceOnly: 1, multiSkill: 0 }
${interventions}
`;

async function run(text: string) {
  const scenario = loadScenario(text, "test.yaml");
  if (Either.isLeft(scenario)) throw new Error(scenario.left.format());
  const variants = resolveVariants(scenario.right, "test.yaml");
  if (Either.isLeft(variants)) throw new Error(variants.left.format());
  return runScenario(scenario.right, variants.right);
}

describe("dated interventions", () => {
  it("change the model from their date on, and leave the months before untouched (same random numbers)", async () => {
    const without = await run(yaml(""));
    const withChange = await run(
      yaml(`interventions:
  - from: 2024-04
    set: { demand.voice.monthlyVolume: 60000, operations.shrinkage: 0.4 }`),
    );
    const before = (r: Awaited<ReturnType<typeof run>>) =>
      JSON.stringify(r.variants[0]!.replications.map((rep) => rep.slice(0, 3)));
    expect(before(withChange)).toBe(before(without));
    const april = (r: Awaited<ReturnType<typeof run>>, kpi: string) => r.variants[0]!.months[3]!.kpis[kpi]!.mean;
    expect(april(withChange, "voice.offered")).toBeGreaterThan(58_000);
    expect(april(without, "voice.offered")).toBeLessThan(42_000);
    // More demand on the same staff and more shrinkage: service gets worse.
    expect(april(withChange, "voice.serviceLevel")).toBeLessThan(april(without, "voice.serviceLevel"));
  });

  it("change the people layer from their date on (hiring, training, learning, pay)", async () => {
    const people = (interventions: string): string =>
      yaml(interventions)
        .replace("operations:", "rampUp: { adaptationMonths: 6 }\noperations:")
        .replace("replications: 2", "replications: 3");
    const without = await run(people(""));
    const withChange = await run(
      people(`interventions:
  - from: 2024-03
    set: { rampUp.adaptationMonths: 2, pay.scheme: piece-rate-tnps }`),
    );
    const first = (r: Awaited<ReturnType<typeof run>>) =>
      JSON.stringify(r.variants[0]!.replications.map((rep) => rep.slice(0, 2)));
    expect(first(withChange)).toBe(first(without));
    const last = (r: Awaited<ReturnType<typeof run>>, kpi: string) => r.variants[0]!.months[5]!.kpis[kpi]!.mean;
    expect(last(withChange, "productiveFte")).toBeGreaterThan(last(without, "productiveFte"));
    expect(last(withChange, "meanEarningsPerMonth")).not.toBe(last(without, "meanEarningsPerMonth"));
  });

  // Each of the following once validated and changed nothing from its date (scripts/audit-inert-parameters.mjs):
  // the month's figures were computed with the run's first settings, and the planner's handle time kept its first
  // mode and window.
  it("count the months after a change by its service-level definition and target, and its shrinkage", async () => {
    // All agents on the phones and no people layer: the queue does not depend on the definition or the target.
    const fixed = (interventions: string, voice = "") =>
      yaml(`simulatePeople: false\n${interventions}`)
        .replace("monthlyVolume: 40000,", `monthlyVolume: 300000, serviceLevel: { target: 0.5${voice} },`)
        .replace("skills:", "rostering: all-present\n  skills:");
    const months = (r: Awaited<ReturnType<typeof run>>, kpi: string) =>
      r.variants[0]!.replications.map((rep) => rep.map((m) => m.values[kpi]));
    const answered = await run(fixed(""));
    const waited = await run(fixed("", ", definition: waited-within-threshold"));
    const changed = await run(
      fixed(`interventions:
  - from: 2024-04
    set: { demand.voice.serviceLevel.definition: waited-within-threshold, demand.voice.serviceLevel.target: 0.9 }`),
    );
    const sl = (r: Awaited<ReturnType<typeof run>>, from: number, to: number) =>
      months(r, "voice.serviceLevel").map((rep) => rep.slice(from, to));
    expect(sl(changed, 0, 3)).toEqual(sl(answered, 0, 3));
    expect(sl(changed, 3, 6)).toEqual(sl(waited, 3, 6));
    expect(sl(changed, 3, 6)).not.toEqual(sl(answered, 3, 6));
    // About 0.6-0.7 answered within 20 s: on the first target, short of the new one.
    expect(months(answered, "onServiceLevelTarget").flat()).toEqual(new Array(12).fill(1));
    expect(months(changed, "onServiceLevelTarget").map((rep) => rep.slice(3))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);

    const rostered = await run(
      yaml(`simulatePeople: false
interventions:
  - from: 2024-04
    set: { operations.shrinkage: 0.4 }`),
    );
    for (const rep of rostered.variants[0]!.replications)
      rep.forEach((m, i) => {
        const v = m.values;
        const shrinkage = i < 3 ? 0.3 : 0.4;
        expect(v.staffingSufficiency).toBeCloseTo(
          (v.scheduledAgentHours! * (1 - shrinkage)) / v.requiredAgentHours!,
          12,
        );
      });
  });

  it("give the partner's contacts the contract terms in force when they were routed", async () => {
    const short = (interventions: string) =>
      yaml(`recruiting: { baseApplicantsPerVacancyWeek: 0.1 }\n${interventions}`).replace(
        "proficient: 70",
        "proficient: 40",
      );
    const changed = await run(
      short(`interventions:
  - from: 2024-04
    set: { management.outsourcing.partnerServiceLevelPct: 50, management.outsourcing.partnerAbandonRatePct: 20 }`),
    );
    let routedAfter = 0;
    for (const rep of changed.variants[0]!.replications)
      rep.forEach((m, i) => {
        const v = m.values;
        const [sl, abandon] = i < 3 ? [0.8, 0.05] : [0.5, 0.2];
        const offered = v["voice.offered"]!,
          routed = v["voice.outsourced"]!;
        if (i >= 3) routedAfter += routed;
        expect(v["voice.serviceLevelWithPartner"]).toBeCloseTo(
          (v["voice.serviceLevel"]! * offered + sl * routed) / (offered + routed),
          12,
        );
        expect(v["voice.abandonRateWithPartner"]).toBeCloseTo(
          (v["voice.abandonRate"]! * offered + abandon * routed) / (offered + routed),
          12,
        );
      });
    expect(routedAfter).toBeGreaterThan(100);
  });

  it("switch the planner's handle time (observed or proficient) and its window from their date", async () => {
    // Half the start in nesting: the observed planner staffs for a slower workforce than the proficient one.
    const planner = (settings: string, interventions = "") =>
      yaml(interventions).replace(
        "initialHeadcount: { proficient: 70 }",
        `initialHeadcount: { proficient: 40, nesting: 30 }\n  ${settings}`,
      );
    const all = (r: Awaited<ReturnType<typeof run>>) => JSON.stringify(r.variants[0]!.replications);
    const proficient = await run(planner("plannedHandleTime: proficient"));
    const observed = await run(planner("plannedHandleTime: observed"));
    expect(all(observed)).not.toBe(all(proficient));
    // Switched on the first day, before anything is planned: the run is the proficient planner's, draw for draw.
    const switched = await run(
      planner(
        "plannedHandleTime: observed",
        "interventions:\n  - from: 2024-01\n    set: { operations.plannedHandleTime: proficient }",
      ),
    );
    expect(all(switched)).toBe(all(proficient));
    // A shorter window from March: the months before are the 28-day planner's, the ones after are not.
    const week = await run(
      planner(
        "plannedHandleTime: observed",
        "interventions:\n  - from: 2024-03\n    set: { operations.plannedHandleTimeWindowDays: 7 }",
      ),
    );
    const required = (r: Awaited<ReturnType<typeof run>>) =>
      r.variants[0]!.replications.map((rep) => rep.map((m) => m.values.requiredAgentHours));
    expect(required(week).map((rep) => rep.slice(0, 2))).toEqual(required(observed).map((rep) => rep.slice(0, 2)));
    expect(required(week).map((rep) => rep.slice(2))).not.toEqual(required(observed).map((rep) => rep.slice(2)));
  });

  it("reports a bad path or value at the intervention", () => {
    const scenario = loadScenario(
      yaml(`interventions:
  - from: 2024-04
    set: { demand.voice.handleTimeSec: -3 }`),
      "test.yaml",
    );
    const message = Either.isLeft(scenario) ? scenario.left.format() : "";
    expect(message).toMatch(/test\.yaml:\d+:\d+ .*handleTimeSec/);
  });
});
