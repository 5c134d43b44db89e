// A change to a people setting in a scenario that does not simulate people (simulatePeople: false) once ran as
// the baseline, so "piece rate: no effect" could be read off a comparison. The loader and applyOverrides refuse it.
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { applyOverrides, loadScenario } from "../src/index.js";
import { loadFails, MINIMAL } from "./helpers.js";

const off = `${MINIMAL}simulatePeople: false\n`;

describe("people settings where the people layer is off", () => {
  it("refuses a variant, an intervention and an uncertain range of them, each at its own line", () => {
    const error = loadFails(`${off}variants:
  - name: piece rate
    set:
      pay.scheme: piece-rate
      operations.shrinkage: 0.25
interventions:
  - from: 2024-03
    set: { training.trainingWeeks: 6 }
uncertain:
  - { path: attrition.burnoutHazardCoefficient, min: 0, max: 2, source: assumption }
`);
    const shown = error.issues.map((i) => `${i.line} ${i.path}`);
    expect(shown).toEqual([
      '16 variants[0].set["pay.scheme"]',
      '20 interventions[0].set["training.trainingWeeks"]',
      "22 uncertain[0].path",
    ]);
    for (const issue of error.issues)
      expect(issue.message).toMatch(/acts only through the people layer.*simulatePeople: true/);
  });

  it("accepts them where a variant turns the people layer on, and operations settings anywhere", () => {
    const loaded = loadScenario(
      `${off}variants:
  - name: with people
    set: { simulatePeople: true, pay.scheme: piece-rate }
  - name: fewer breaks
    set: { operations.shrinkage: 0.25 }
`,
      "ok.yaml",
    );
    expect(Either.isRight(loaded)).toBe(true);
  });

  it("treats the headcount target factor as a setting of an auto start, and starting trainees as people", () => {
    const auto = off.replace("initialHeadcount:\n    proficient: 60", "initialHeadcount: auto");
    const factor = "variants:\n  - name: padded\n    set: { recruiting.headcountTargetFactor: 1.1 }\n";
    expect(Either.isRight(loadScenario(auto + factor, "auto.yaml"))).toBe(true);
    expect(loadFails(off + factor).issues).toHaveLength(1);
    expect(
      loadFails(`${off}variants:\n  - name: class\n    set: { operations.initialHeadcount.training: 10 }\n`).issues,
    ).toHaveLength(1);
  });

  it("treats the planner's handle time and its window as people settings (without people it plans for the channel's)", () => {
    // Found by scripts/audit-inert-parameters.mjs: such a variant ran as the baseline.
    const error = loadFails(`${off}variants:
  - name: proficient planner
    set: { operations.plannedHandleTime: proficient, operations.plannedHandleTimeWindowDays: 14 }
`);
    expect(error.issues.map((i) => i.path)).toEqual([
      'variants[0].set["operations.plannedHandleTime"]',
      'variants[0].set["operations.plannedHandleTimeWindowDays"]',
    ]);
  });

  it("makes applyOverrides (sweeps, the playground's links) refuse them too", () => {
    const loaded = loadScenario(off, "off.yaml");
    if (Either.isLeft(loaded)) throw new Error(loaded.left.format());
    const swept = applyOverrides(loaded.right, { "pay.salaryPerMonth": 70000 }, { file: "--set" });
    expect(Either.isLeft(swept) && swept.left.issues[0]!.message).toMatch(/acts only through the people layer/);
    expect(Either.isRight(applyOverrides(loaded.right, { "operations.shrinkage": 0.25 }))).toBe(true);
  });
});
