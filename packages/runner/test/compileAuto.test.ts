// An `auto` starting workforce is sized by the planner; the rest of the people layer, management included, must
// be compiled as for a workforce given by stage (management was once left out of auto starts, so they ran unmanaged).
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { compileChanges, compileScenario } from "../src/compileScenario.js";

const scenario = (headcount: string, rest = "") => {
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
${rest}`,
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

  it("gives a dated change the expected volume per agent of the sized start, not of one agent", () => {
    const s = scenario("auto", "interventions:\n  - { from: 2024-02, set: { pay.scheme: piece-rate } }\n");
    const start = compileScenario(s).people?.pay.expectedContactsPerMonth;
    const changes = compileChanges(s);
    if (Either.isLeft(changes)) throw new Error(changes.left.format());
    // About 40,000 contacts a month over a few dozen agents: hundreds each, not the whole centre's volume.
    expect(start).toBeGreaterThan(200);
    expect(start).toBeLessThan(4000);
    expect(changes.right[0]?.people?.pay.expectedContactsPerMonth).toBe(start);
  });
});
