// Calibration facts are read with the case card's conventions, so a fact and a reported figure that describe the
// same months give the same number; a level fact is the mean over its month range on the variant it names.
import type { MonthKpis } from "@ccsim/model";
import type { CalibrationFact, Scenario } from "@ccsim/scenario";
import { describe, expect, it } from "vitest";
import { caseCard, factRows } from "../src/index.js";
import type { VariantResult } from "../src/runScenario.js";

function variant(name: string, perReplication: readonly (readonly Record<string, number>[])[]): VariantResult {
  const replications: MonthKpis[][] = perReplication.map((months) =>
    months.map((values, i) => ({ month: `2024-0${i + 1}`, values })),
  );
  return { name, months: [], overall: {}, replications, runs: [], hireSurvival: [] };
}

const luck = [0.01, -0.02, 0.015];
const baseline = variant(
  "baseline",
  luck.map((u) => [{ monthlyAttrition: 0.1 + u }, { monthlyAttrition: 0.12 + u }, { monthlyAttrition: 0.14 + u }]),
);
const changed = variant(
  "changed",
  luck.map((u) => [{ monthlyAttrition: 0.1 + u }, { monthlyAttrition: 0.09 + u }, { monthlyAttrition: 0.08 + u }]),
);

const fact = (f: Partial<CalibrationFact>): CalibrationFact => ({
  kpi: "monthlyAttrition",
  value: 0,
  unit: "fraction",
  tolerance: 0.01,
  variant: "baseline",
  source: "test",
  ...f,
});

describe("calibration facts", () => {
  it("reads a level as the mean over its months of the variant it names", () => {
    const [before, all] = factRows(
      [fact({ from: "2024-01", to: "2024-02", value: 0.11 }), fact({ variant: "changed", value: 0.09 })],
      [baseline, changed],
    );
    expect(before!.simulated.mean).toBeCloseTo(0.11 + (luck[0]! + luck[1]! + luck[2]!) / 3, 12);
    expect(before!.met).toBe(true);
    expect(all!.simulated.mean).toBeCloseTo(0.09 + (luck[0]! + luck[1]! + luck[2]!) / 3, 12);
  });

  it("gives a change the number the case card gives the same reported figure", () => {
    const reported: Scenario["reported"][number] = {
      kpi: "monthlyAttrition",
      value: -5,
      unit: "percent",
      tolerance: 5,
      changeSince: "2024-01",
      month: "2024-03",
      status: "predicted",
    };
    const [row] = caseCard(changed, [reported]);
    const [f] = factRows(
      [fact({ variant: "changed", unit: "percent", changeSince: "2024-01", to: "2024-03" })],
      [baseline, changed],
    );
    expect(f!.simulated.mean).toBeCloseTo(row!.simulated.mean, 12);
  });
});
