// The sensitivity study driver on a small scenario: worlds run on common random numbers, so a parameter the model
// does not use has effects of exactly zero, and the study is reproducible run to run.
import { loadScenario, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { SensitivityInputError, sensitivityStudy } from "../src/index.js";

const text = `
schemaVersion: 1
name: sensitivity test
replications: 2
fidelity: interval
simulatePeople: false
calendar: { startDate: 2024-01, horizonMonths: 1 }
demand:
  voice: { monthlyVolume: 30000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 40 }
  skills: { voiceOnly: 1, multiSkill: 0 }
variants:
  - name: more agents
    set: { operations.initialHeadcount.proficient: 46 }
uncertain:
  - { path: demand.voice.monthlyVolume, min: 26000, max: 34000, source: assumption }
  - { path: demand.voice.handleTimeSec, min: 280, max: 320, distribution: triangular, mode: 300, source: assumption }
  # A target the charts draw, not an input of the simulation: its effects must be exactly 0.
  - { path: targets.minServiceLevel, min: 0.7, max: 0.9, source: assumption }
`;

function scenario(source = text): Scenario {
  const loaded = loadScenario(source, "sensitivity.yaml");
  if (Either.isLeft(loaded)) throw new Error(loaded.left.format());
  return loaded.right;
}

const row = (
  study: Awaited<ReturnType<typeof sensitivityStudy>>,
  variant: string,
  parameter: string,
  kpi = "voice.serviceLevel",
) => study.sensitivity.find((r) => r.kpi === kpi && r.variant === variant && r.parameter === parameter)!;

describe("sensitivity study of a scenario", () => {
  it("Morris: more volume lowers SL, an unused parameter has no effect, and more agents win in every world", async () => {
    let plan = { worlds: 0, runs: 0 };
    const study = await sensitivityStudy(scenario(), {
      method: "morris",
      samples: 4,
      kpis: ["voice.serviceLevel"],
      onPlan: (p) => (plan = p),
    });
    expect(plan).toEqual({ worlds: 1 + 4 * 4, runs: (1 + 4 * 4) * 2 * 2 });
    expect(study.sensitivity).toHaveLength(2 * 3);
    const volume = row(study, "baseline", "demand.voice.monthlyVolume");
    expect(volume.mu!).toBeLessThan(0);
    expect(volume.muStar!).toBeGreaterThan(row(study, "baseline", "demand.voice.handleTimeSec").muStar! * 0.5);
    expect(row(study, "baseline", "targets.minServiceLevel")).toMatchObject({ muStar: 0, mu: 0, sigma: 0 });
    expect(row(study, "more agents", "targets.minServiceLevel").muStar).toBe(0);
    const sl = study.robustness.find((r) => r.kpi === "voice.serviceLevel" && r.variant === "more agents")!;
    expect(sl.nominal).toBeGreaterThan(0);
    expect(sl).toMatchObject({ shareSameSign: 1, sharePositive: 1, worlds: 16 });
  });

  it("Sobol: indices with intervals for every output and parameter; the unused parameter's total index is exactly 0", async () => {
    const study = await sensitivityStudy(scenario(), {
      method: "sobol",
      samples: 16,
      kpis: ["voice.serviceLevel", "occupancy"],
      resamples: 100,
    });
    expect(study.worlds).toBe(1 + 16 * 5);
    expect(study.sensitivity).toHaveLength(2 * 2 * 3);
    for (const r of study.sensitivity) expect(r.total!.ci95_low).toBeLessThanOrEqual(r.total!.ci95_high);
    expect(row(study, "baseline", "targets.minServiceLevel").total).toEqual({ mean: 0, ci95_low: 0, ci95_high: 0 });
    expect(study.robustness.map((r) => r.worlds)).toEqual([32, 32]);
  });

  it("is reproducible: the same seed gives the same numbers", async () => {
    const options = { method: "morris" as const, samples: 2, kpis: ["voice.serviceLevel"] };
    expect(await sensitivityStudy(scenario(), options)).toEqual(await sensitivityStudy(scenario(), options));
  });

  it("ranges a variant's own value: only that variant moves, wherever the variant sets it", async () => {
    // The variant lowers shrinkage in an intervention from the first day: the entry naming the variant replaces
    // that value, while the baseline's own shrinkage stays as written.
    const scoped = text
      .replace(
        "  - name: more agents\n    set: { operations.initialHeadcount.proficient: 46 }",
        [
          "  - name: less time off",
          "    set:",
          "      interventions:",
          "        - { from: 2024-01, set: { operations.shrinkage: 0.2 } }",
        ].join("\n"),
      )
      .replace(
        "  - { path: targets.minServiceLevel",
        [
          "  - { path: operations.shrinkage, variant: less time off, min: 0.1, max: 0.4, source: assumption }",
          "  - { path: targets.minServiceLevel",
        ].join("\n"),
      );
    const study = await sensitivityStudy(scenario(scoped), {
      method: "morris",
      samples: 4,
      kpis: ["voice.serviceLevel"],
    });
    const name = "operations.shrinkage (less time off)";
    expect(row(study, "baseline", name)).toMatchObject({ muStar: 0, mu: 0, sigma: 0 });
    // More time off the phones in the variant: a lower SL for the variant against the baseline.
    expect(row(study, "less time off", name).mu!).toBeLessThan(0);
    expect(study.parameters.map((p) => p.variant)).toEqual([undefined, undefined, "less time off", undefined]);
  });

  it("refuses a scenario without uncertain parameters and unknown KPI names, saying what to do", async () => {
    await expect(
      sensitivityStudy(scenario(text.slice(0, text.indexOf("uncertain:"))), { method: "morris" }),
    ).rejects.toThrow(/no uncertain parameters/);
    await expect(
      sensitivityStudy(scenario(), { method: "morris", samples: 1, kpis: ["voice.serviceLvl"] }),
    ).rejects.toThrow(SensitivityInputError);
  });
});
