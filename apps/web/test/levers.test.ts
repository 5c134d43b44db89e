// The levers are checked against the scenario schema: each names a field, its control suits the field, and its
// slider stays inside the field's range. A renamed or re-ranged field fails here, not in front of a class.
import { describe, expect, it } from "vitest";
import { controlKind, fieldSchema, LEVERS, sliderRange } from "../src/levers.js";

describe("levers", () => {
  it.each(LEVERS.map((l) => [l.path, l] as const))(
    "%s is a field of the scenario schema with a fitting control",
    (_, lever) => {
      const schema = fieldSchema(lever.path);
      expect(schema, lever.path).toBeDefined();
      expect(schema!.description, `${lever.path} has a description (unit and source)`).toBeTruthy();
      if (controlKind(schema!) !== "number") return;
      const { min, max, step } = sliderRange(lever, schema!);
      expect(min).toBeGreaterThanOrEqual(schema!.minimum ?? schema!.exclusiveMinimum ?? -Infinity);
      expect(max).toBeLessThanOrEqual(schema!.maximum ?? Infinity);
      expect(step).toBeGreaterThan(0);
      if (lever.percent === true) expect(schema!.maximum).toBe(1);
    },
  );

  it("shows every number's unit: as a percentage, in the label, or beside the box (a bare 4 tells a room nothing)", () => {
    const unitInLabel = /\((%|proficient agents|x the planner's need)\)$/;
    for (const lever of LEVERS.filter((l) => controlKind(fieldSchema(l.path)!) === "number"))
      expect(lever.percent === true || unitInLabel.test(lever.label) || (lever.unit ?? "") !== "", lever.path).toBe(
        true,
      );
  });

  it("covers the levers the trainers asked for", () => {
    const paths = LEVERS.map((l) => l.path);
    for (const p of [
      "labourMarket.hhIndex",
      "recruiting.remoteShare",
      "recruiting.remoteCatchmentMultiplier",
      "recruiting.referral.bonusPerHire",
      "training.trainingWeeks",
      "rampUp.adaptationMonths",
      "pay.scheme",
      "pay.pieceRatePerContact",
      "pay.qualityWeightInRate",
      "motivation.kpiClarity",
      "demand.voice.serviceLevel.target",
      "targets.minServiceLevel",
    ])
      expect(paths).toContain(p);
  });

  it("finds no field for a path the schema does not have", () => {
    expect(fieldSchema("training.trainingWeks")).toBeUndefined();
  });
});
