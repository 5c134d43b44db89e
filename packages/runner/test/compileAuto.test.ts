// An `auto` starting workforce is sized by the planner; the rest of the people layer, management included, must
// be compiled as for a workforce given by stage (management was once left out of auto starts, so they ran unmanaged).
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../src/compileScenario.js";

const scenario = (headcount: string) => {
  const loaded = loadScenario(
    `schemaVersion: 1
name: auto start
calendar: { startDate: 2024-01, horizonMonths: 2 }
demand:
  voice: { monthlyVolume: 40000, handleTimeSec: 300 }
operations:
  initialHeadcount: ${headcount}
management:
  outsourcing: { enabled: false }
`,
    "auto.yaml",
  );
  if (Either.isLeft(loaded)) throw new Error(loaded.left.format());
  return loaded.right;
};

describe("compileScenario with initialHeadcount: auto", () => {
  it("compiles the management policies as a start given by stage does", () => {
    const auto = compileScenario(scenario("auto")).people?.management;
    const given = compileScenario(scenario("{ proficient: 50 }")).people?.management;
    expect(given).toBeDefined();
    expect(auto).toEqual(given);
    expect(auto?.outsourcing.enabled).toBe(false);
    expect(auto?.overtime.enabled).toBe(true);
  });
});
