import type { MonthKpis } from "@ccsim/model";
import { loadScenario, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { caseCard, runCaseCard } from "../src/index.js";
import type { VariantResult } from "../src/runScenario.js";

type Figure = Scenario["reported"][number];

/** A variant whose replication r has, per month, the given KPI values (only what the case card reads). */
function variant(name: string, perReplication: readonly (readonly Record<string, number>[])[]): VariantResult {
  const replications: MonthKpis[][] = perReplication.map((months) =>
    months.map((values, i) => ({ month: `2024-0${i + 1}`, values })),
  );
  return { name, months: [], overall: {}, replications, runs: [], hireSurvival: [] };
}

// Replication luck that both variants share (common random numbers): large next to the effect.
const luck = [0.1, 0.3, -0.2, 0.05, -0.25];
const baseline = variant(
  "control",
  luck.map((u) => [{ "voice.serviceLevel": 0.5 + u }, { "voice.serviceLevel": 0.55 + u }]),
);
// The treatment adds exactly 0.04 to the level and scales it by 1.1 in month 2.
const treated = variant(
  "treatment",
  luck.map((u) => [{ "voice.serviceLevel": 0.54 + u }, { "voice.serviceLevel": (0.55 + u) * 1.1 }]),
);

const figure = (f: Partial<Figure>): Figure => ({
  kpi: "serviceLevel",
  value: 0,
  unit: "fraction",
  tolerance: 0,
  status: "predicted",
  ...f,
});

describe("the case card", () => {
  it("compares a figure with the variant's own level or change by default", () => {
    const [level, change] = caseCard(treated, [
      figure({ month: "2024-01", unit: "percent", value: 54, tolerance: 0.5 }),
      figure({ month: "2024-02", changeSince: "2024-01", unit: "percentage-points", value: 6.5, tolerance: 1 }),
    ]);
    expect(level!.simulated.mean).toBeCloseTo(54, 9);
    // The own level carries the replications' luck: a wide interval.
    expect(level!.simulated.halfWidth).toBeGreaterThan(10);
    expect(level!.reproduced).toBe(true);
    expect(change!.simulated.mean).toBeCloseTo(100 * (0.55 * 1.1 - 0.54 + (0.1 * luck.reduce((a, b) => a + b)) / 5), 9);
  });

  it("against the baseline, pairs the replications so shared luck cancels: a difference, or relative in percent", () => {
    const [difference, points, relative] = caseCard(
      treated,
      [
        figure({ month: "2024-01", against: "baseline", value: 0.04, tolerance: 0.001 }),
        figure({ month: "2024-01", against: "baseline", unit: "percentage-points", value: 3, tolerance: 0.5 }),
        figure({ month: "2024-02", against: "baseline", unit: "percent", value: 10, tolerance: 0.1 }),
      ],
      baseline,
    );
    expect(difference!.simulated.mean).toBeCloseTo(0.04, 12);
    expect(difference!.simulated.halfWidth).toBeCloseTo(0, 12);
    expect(difference!.reproduced).toBe(true);
    expect(points!.simulated.mean).toBeCloseTo(4, 9);
    expect(points!.reproduced).toBe(false);
    expect(relative!.simulated.mean).toBeCloseTo(10, 9);
    expect(relative!.simulated.halfWidth).toBeCloseTo(0, 9);
  });

  it("against the baseline with changeSince, is the variant's change minus the baseline's", () => {
    const [did] = caseCard(
      treated,
      [figure({ month: "2024-02", changeSince: "2024-01", against: "baseline", value: 0, tolerance: 1 })],
      baseline,
    );
    const expected = luck.map((u) => (0.55 + u) * 1.1 - (0.54 + u) - 0.05);
    expect(did!.simulated.mean).toBeCloseTo(expected.reduce((a, b) => a + b) / luck.length, 12);
  });

  it("reads run-level KPIs (hire survival) from each replication's run, not from the months", () => {
    const withRuns = (v: VariantResult, survival: readonly number[]): VariantResult => ({
      ...v,
      runs: survival.map((s) => ({ hireSurvival365d: s })),
    });
    const base = withRuns(baseline, [0.4, 0.5, 0.3, 0.45, 0.35]);
    const treat = withRuns(treated, [0.5, 0.58, 0.41, 0.55, 0.46]);
    const [level, points] = caseCard(
      treat,
      [
        figure({ kpi: "hireSurvival365d", value: 0.5, tolerance: 0.01 }),
        figure({ kpi: "hireSurvival365d", against: "baseline", unit: "percentage-points", value: 10, tolerance: 1 }),
      ],
      base,
    );
    expect(level!.simulated.mean).toBeCloseTo(0.5, 12);
    expect(points!.simulated.mean).toBeCloseTo(10, 9);
  });

  it("compares each figure with the variant it names, or the last one", () => {
    const run = {
      variants: [
        baseline,
        treated,
        variant(
          "other",
          luck.map(() => [{ "voice.serviceLevel": 0.9 }]),
        ),
      ],
    };
    const [named, last] = runCaseCard(run, [
      figure({ variant: "treatment", month: "2024-01", against: "baseline", value: 0.04, tolerance: 0.001 }),
      figure({ month: "2024-01", value: 0.9, tolerance: 0.001 }),
    ]);
    expect(named!.simulated.mean).toBeCloseTo(0.04, 12);
    expect(last!.reproduced).toBe(true);
  });

  it("refuses a figure against the baseline when no baseline was run", () => {
    expect(() => caseCard(treated, [figure({ against: "baseline" })])).toThrow(/against the baseline/);
  });
});

describe("a reported figure against the baseline in a scenario file", () => {
  const file = (variants: string, figureYaml: string): string => `
schemaVersion: 1
name: t
calendar: { startDate: 2024-01, horizonMonths: 3 }
demand: { voice: { monthlyVolume: 30000, handleTimeSec: 300 } }
operations: { initialHeadcount: { proficient: 30 } }
${variants}
reported:
  - ${figureYaml}
`;
  const problems = (text: string): string => {
    const r = loadScenario(text, "t.yaml");
    return Either.isLeft(r) ? r.left.format() : "(valid)";
  };
  const oneVariant = "variants: [{ name: v, set: { pay.scheme: fixed } }]";

  it("needs a variant to compare with the baseline", () => {
    expect(problems(file("", "{ kpi: enps, value: 1, unit: nps-points, tolerance: 1, against: baseline }"))).toMatch(
      /^t\.yaml:\d+:\d+ reported\[0\]\.against: against baseline needs at least one variant$/,
    );
    expect(
      problems(file(oneVariant, "{ kpi: enps, value: 1, unit: nps-points, tolerance: 1, against: baseline }")),
    ).toBe("(valid)");
  });

  it("must name a variant that exists, and gives hire survival no month", () => {
    expect(problems(file(oneVariant, "{ kpi: enps, value: 1, unit: nps-points, tolerance: 1, variant: w }"))).toMatch(
      /reported\[0\]\.variant: no variant is named "w" \(variants: "v"\)/,
    );
    expect(
      problems(file("", "{ kpi: hireSurvival90d, value: 0.8, unit: fraction, tolerance: 0.1, month: 2024-02 }")),
    ).toMatch(/reported\[0\]\.month: hireSurvival90d is one figure for the whole run/);
  });

  it("refuses percent with changeSince there (a change relative to a change)", () => {
    expect(
      problems(
        file(
          oneVariant,
          "{ kpi: enps, value: 1, unit: percent, tolerance: 1, changeSince: 2024-01, against: baseline }",
        ),
      ),
    ).toMatch(/reported\[0\]\.unit: percent against the baseline with changeSince/);
  });
});
