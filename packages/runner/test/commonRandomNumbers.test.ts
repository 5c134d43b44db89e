import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { estimate, meanOverMonths, pairedDifferences, runScenario } from "../src/index.js";
import { resolveVariants } from "../src/runScenario.js";

const text = `
schemaVersion: 1
name: crn test
replications: 8
fidelity: contact
simulatePeople: false
calendar: { startDate: 2024-01, horizonMonths: 1 }
demand:
  voice: { monthlyVolume: 30000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 34 }
  skills: { voiceOnly: 1, multiSkill: 0 }
variants:
  - name: shorter handle time
    set: { demand.voice.handleTimeSec: 285 }
`;

describe("common random numbers", () => {
  it("make paired differences between variants tighter than unpaired ones", async () => {
    const scenario = loadScenario(text, "crn.yaml");
    if (Either.isLeft(scenario)) throw new Error(scenario.left.format());
    const variants = resolveVariants(scenario.right);
    if (Either.isLeft(variants)) throw new Error(variants.left.format());
    const paired = await runScenario(scenario.right, variants.right);
    const pairedHalfWidth = pairedDifferences(paired)[0]!.overall.find((d) => d.kpi === "voice.serviceLevel")!
      .difference.halfWidth;
    // Unpaired: the variant on other random numbers (another seed), the difference of two independent means.
    const other = await runScenario(scenario.right, variants.right.slice(1), { seed: scenario.right.seed + 1 });
    const base = paired.variants[0]!.replications.map((r) => meanOverMonths(r, "voice.serviceLevel"));
    const alt = other.variants[0]!.replications.map((r) => meanOverMonths(r, "voice.serviceLevel"));
    const unpairedHalfWidth = Math.hypot(estimate(base).halfWidth, estimate(alt).halfWidth);
    expect(pairedHalfWidth).toBeLessThan(unpairedHalfWidth / 2);
  });
});
