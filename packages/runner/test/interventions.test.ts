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
