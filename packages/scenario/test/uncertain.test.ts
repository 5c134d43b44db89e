// The `uncertain:` list: the issue's form is accepted, and every path and bound is checked with the override
// machinery, each problem located at its line.
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { loadScenario, numericParameterKind } from "../src/index.js";
import { loadOk } from "./helpers.js";

const BASE = `schemaVersion: 1
name: uncertain test
calendar: { startDate: 2024-01 }
demand:
  voice: { monthlyVolume: 60000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 60 }
`;

const problems = (uncertain: string): string[] => {
  const result = loadScenario(`${BASE}uncertain:\n${uncertain}`, "u.yaml");
  return Either.isLeft(result) ? result.left.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`) : [];
};

describe("uncertain parameters", () => {
  it("accepts the issue's form and applies the defaults", () => {
    const result = loadScenario(
      `${BASE}uncertain: [{ path: demand.voice.monthlyVolume, min: 50000, max: 70000, source: assumption }]\n`,
      "u.yaml",
    );
    if (Either.isLeft(result)) throw new Error(result.left.format());
    expect(result.right.uncertain).toEqual([
      { path: "demand.voice.monthlyVolume", min: 50000, max: 70000, distribution: "uniform", source: "assumption" },
    ]);
  });

  it("refuses unknown and non-numeric paths, bounds the field refuses, and inconsistent ranges, each at its line", () => {
    expect(
      problems(
        [
          "  - { path: demand.voice.monthlyVolum, min: 1, max: 2, source: a }",
          "  - { path: pay.scheme, min: 1, max: 2, source: a }",
          "  - { path: operations.shrinkage, min: 0.2, max: 1.5, source: a }",
          "  - { path: demand.voice.handleTimeSec, min: 400, max: 300, source: a }",
          "  - { path: seed, min: 1, max: 2, source: a }",
          "  - { path: demand.voice.handleTimeSec, min: 250, max: 350, distribution: triangular, source: a }",
          "  - { path: demand.voice.handleTimeSec, min: 250, max: 350, source: a }",
        ].join("\n"),
      ),
    ).toEqual([
      '9:13 uncertain[0].path: unknown parameter path "demand.voice.monthlyVolum": did you mean "demand.voice.monthlyVolume"?',
      "10:13 uncertain[1].path: pay.scheme is not a numeric parameter: only numbers can be sampled from a range",
      "11:50 uncertain[2].max: expected a number from 0 to 0.9, found 1.5 (the range of operations.shrinkage)",
      "12:5 uncertain[3]: min (400) must be below max (300)",
      "13:13 uncertain[4].path: seed is a setting of the run, not an assumption: it cannot be uncertain",
      "14:5 uncertain[5]: a triangular distribution needs `mode`, its most likely value",
      "14:13 uncertain[5].path: demand.voice.handleTimeSec is already declared uncertain (entry 4)",
      "15:13 uncertain[6].path: demand.voice.handleTimeSec is already declared uncertain (entry 4)",
    ]);
    expect(problems("  - { path: demand.voice.handleTimeSec, min: 250, max: 350 }")).toEqual([
      expect.stringMatching(/uncertain\[0\].*source/),
    ]);
  });

  it("ranges a variant's own value when the entry names a variant that sets the path, and refuses any other", () => {
    const withVariant = (uncertain: string): string[] => {
      const file = [
        BASE.trimEnd(),
        "variants:",
        "  - name: piece rate",
        "    set:",
        "      operations.shrinkage: 0.25",
        "      interventions:",
        "        - { from: 2024-02, set: { pay.scheme: piece-rate, pay.pieceRatePerContact: 30 } }",
        "uncertain:",
        uncertain,
      ].join("\n");
      const result = loadScenario(file, "u.yaml");
      return Either.isLeft(result)
        ? result.left.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`)
        : [];
    };
    expect(
      withVariant(
        [
          "  - { path: pay.pieceRatePerContact, variant: piece rate, min: 20, max: 40, source: a }",
          "  - { path: operations.shrinkage, variant: piece rate, min: 0.2, max: 0.3, source: a }",
          // The baseline's value of the same path is a separate assumption.
          "  - { path: operations.shrinkage, min: 0.25, max: 0.35, source: a }",
        ].join("\n"),
      ),
    ).toEqual([]);
    expect(
      withVariant(
        [
          "  - { path: pay.pieceRatePerContact, variant: piece rates, min: 20, max: 40, source: a }",
          "  - { path: demand.voice.handleTimeSec, variant: piece rate, min: 250, max: 350, source: a }",
          "  - { path: operations.shrinkage, variant: piece rate, min: 0.2, max: 0.95, source: a }",
          "  - { path: pay.pieceRatePerContact, variant: piece rate, min: 20, max: 40, source: a }",
          "  - { path: pay.pieceRatePerContact, variant: piece rate, min: 25, max: 35, source: a }",
        ].join("\n"),
      ),
    ).toEqual([
      '15:47 uncertain[0].variant: no variant is named "piece rates"; the variants are "piece rate"',
      '16:50 uncertain[1].variant: variant "piece rate" does not set demand.voice.handleTimeSec (in its set or its interventions): leave out `variant` to range the baseline\'s value',
      "17:71 uncertain[2].max: expected a number from 0 to 0.9, found 0.95 (the range of operations.shrinkage)",
      "19:13 uncertain[4].path: pay.pieceRatePerContact (piece rate) is already declared uncertain (entry 4)",
    ]);
  });

  it("knows which parameters are whole numbers, so they are sampled as such", () => {
    expect(numericParameterKind("operations.initialHeadcount.proficient")).toBe("integer");
    expect(numericParameterKind("demand.voice.monthlyVolume")).toBe("number");
    expect(numericParameterKind("pay.scheme")).toBeUndefined();
    expect(numericParameterKind("no.such.path")).toBeUndefined();
  });

  it("the MTS replay declares its assumptions, each with a source and a reason", () => {
    const mts = loadOk("scenarios/cases/mts-virtual-contact-centre.yaml");
    expect(mts.uncertain.length).toBeGreaterThanOrEqual(10);
    for (const u of mts.uncertain) expect(u.why, u.path).toBeTruthy();
  });
});
