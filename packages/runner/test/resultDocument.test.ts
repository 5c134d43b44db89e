import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { resultDocument, runScenario } from "../src/index.js";
import { resolveVariants } from "../src/effect.js";

const provenance = {
  ccsimVersion: "test",
  gitCommit: "unknown",
  scenarioFile: "t.yaml",
  scenarioSha256: "0",
  seed: 1,
  replications: 3,
  fidelity: "interval",
  command: "test",
};

describe("the result document", () => {
  it("clips the intervals of shares to [0, 1] and of NPS to -100..+100, and writes missing values as null", async () => {
    // A small, thinly staffed centre: service level near 0 or 1 and few vacancies make raw intervals cross the bounds.
    const scenario = loadScenario(
      `
schemaVersion: 1
name: bounds
calendar: { startDate: 2024-01, horizonMonths: 3 }
demand: { voice: { monthlyVolume: 30000, handleTimeSec: 300 } }
operations: { initialHeadcount: { proficient: 14 } }
`,
      "t.yaml",
    );
    if (Either.isLeft(scenario)) throw new Error(scenario.left.format());
    const variants = resolveVariants(scenario.right, "t.yaml");
    if (Either.isLeft(variants)) throw new Error(variants.left.format());
    const doc = JSON.parse(
      JSON.stringify(
        resultDocument(await runScenario(scenario.right, variants.right, { replications: 3 }), provenance),
      ),
    ) as ReturnType<typeof resultDocument>;
    const v = doc.variants[0]!;
    for (const [kpi, bounds] of [
      ["voice.serviceLevel", [0, 1]],
      ["occupancy", [0, 1]],
      ["monthlyAttrition", [0, 1]],
      ["enps", [-100, 100]],
    ] as const) {
      for (const m of v.months) {
        const e = m.kpis[kpi]!;
        expect(e.ci95_low, `${kpi} ${m.month}`).toBeGreaterThanOrEqual(bounds[0]);
        expect(e.ci95_high, `${kpi} ${m.month}`).toBeLessThanOrEqual(bounds[1]);
      }
    }
    // The last month's vacancies have not had 30 days: their share filled within 30 days is not known.
    expect(v.months[2]!.kpis["filledWithin30Days"]!.mean).toBeNull();
    expect(v.overall["hireSurvival90d"]).toBeDefined();
  });
});
