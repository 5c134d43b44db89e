import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { loadScenario, parameterRows } from "../src/index.js";

const yaml = `schemaVersion: 1
name: Small
calendar: { startDate: 2024-01, horizonMonths: 6 }
demand:
  voice: { monthlyVolume: 1000, handleTimeSec: 300 }
operations: { initialHeadcount: { proficient: 10 } }
attrition: { tenuredHazardPerMonth: 0.03 }
`;

describe("parameterRows", () => {
  const scenario = loadScenario(yaml, "small.yaml");
  if (Either.isLeft(scenario)) throw new Error(scenario.left.format());
  const rows = parameterRows(scenario.right);
  const byPath = new Map(rows.map((r) => [r.path, r]));

  it("lists what the scenario sets, with the schema's default beside it", () => {
    expect(byPath.get("calendar.horizonMonths")).toMatchObject({ status: "set", value: 6, defaultValue: 12 });
    expect(byPath.get("attrition.tenuredHazardPerMonth")).toMatchObject({
      status: "set",
      value: 0.03,
      defaultValue: 0.02,
    });
    expect(byPath.get("demand.voice.handleTimeSec")).toMatchObject({
      status: "set",
      value: 300,
      defaultValue: undefined,
    });
  });

  it("lists the defaults relied on that the schema marks as assumptions, and no other default", () => {
    const assumed = rows.filter((r) => r.status === "assumed-default");
    expect(assumed.length).toBeGreaterThan(10);
    for (const r of assumed) expect(r.description).toMatch(/assumption/i);
    expect(byPath.get("attrition.earlyHazardPerWeek")).toMatchObject({ status: "assumed-default", value: 0.0103 });
    expect(rows.some((r) => r.path === "name" || r.path.startsWith("variants") || r.path.startsWith("reported"))).toBe(
      false,
    );
  });
});
