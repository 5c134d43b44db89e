// A figure about the variant's own past (what a case reports) is also shown as the causal effect: the variant
// minus the baseline in the same month, paired by replication, computed as a figure `against: baseline` would be.
import type { MonthKpis } from "@ccsim/model";
import type { Scenario } from "@ccsim/scenario";
import { describe, expect, it } from "vitest";
import { caseCard } from "../src/index.js";
import type { VariantResult } from "../src/runScenario.js";

type Figure = Scenario["reported"][number];

function variant(name: string, perReplication: readonly (readonly Record<string, number>[])[]): VariantResult {
  const replications: MonthKpis[][] = perReplication.map((months) =>
    months.map((values, i) => ({ month: `2024-0${i + 1}`, values })),
  );
  const months = perReplication[0]!.map((_, i) => ({ month: `2024-0${i + 1}`, kpis: {} }));
  return { name, months, overall: {}, replications, runs: [], hireSurvival: [] };
}

// Both variants share each replication's luck and the first month (before the change); in month 2 the baseline
// drifts down by 10 points while the variant rises by 20: own change +20, causal effect +30.
const luck = [4, -3, 7, -6, 1];
const baseline = variant(
  "baseline",
  luck.map((u) => [
    { enps: 5 + u, monthlyAttrition: 0.1 },
    { enps: -5 + u, monthlyAttrition: 0.12 },
  ]),
);
const changed = variant(
  "changed",
  luck.map((u) => [
    { enps: 5 + u, monthlyAttrition: 0.1 },
    { enps: 25 + u, monthlyAttrition: 0.09 },
  ]),
);

const figure = (f: Partial<Figure>): Figure => ({
  kpi: "enps",
  value: 0,
  unit: "nps-points",
  tolerance: 0,
  status: "predicted",
  ...f,
});

describe("the case card, two ways", () => {
  it("gives each own-past figure its causal effect at the same month, with a CI from the paired replications", () => {
    const [enps, attrition] = caseCard(
      changed,
      [
        figure({ changeSince: "2024-01", month: "2024-02", value: 24, tolerance: 10 }),
        figure({ kpi: "monthlyAttrition", unit: "percent", changeSince: "2024-01", month: "2024-02", value: -5 }),
      ],
      baseline,
    );
    expect(enps!.simulated.mean).toBeCloseTo(20, 9);
    expect(enps!.againstBaseline!.mean).toBeCloseTo(30, 9);
    // The shared luck cancels in the pairs: no spread at all here.
    expect(enps!.againstBaseline!.halfWidth).toBeCloseTo(0, 9);
    // Own change -10% (0.10 -> 0.09); against the baseline's 0.12 in the same month, -25%.
    expect(attrition!.simulated.mean).toBeCloseTo(-10, 9);
    expect(attrition!.againstBaseline!.mean).toBeCloseTo(-25, 9);
  });

  it("has no second reading for a figure already against the baseline, or when the variant is the baseline", () => {
    const [against] = caseCard(changed, [figure({ month: "2024-02", against: "baseline" })], baseline);
    expect(against!.againstBaseline).toBeUndefined();
    const [alone] = caseCard(baseline, [figure({ month: "2024-02" })], baseline);
    expect(alone!.againstBaseline).toBeUndefined();
  });
});
