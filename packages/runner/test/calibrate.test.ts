import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { calibrate, CalibrationError, runScenario } from "../src/index.js";
import { resolveVariants } from "../src/runScenario.js";

const scenarioText = (handleTimeSec: number, reported = ""): string => `
schemaVersion: 1
name: calibration test
replications: 4
fidelity: interval
simulatePeople: false
calendar: { startDate: 2024-01, horizonMonths: 2 }
demand:
  voice: { monthlyVolume: 40000, handleTimeSec: ${handleTimeSec} }
operations:
  initialHeadcount: { proficient: 50 }
  skills: { voiceOnly: 1, multiSkill: 0 }
${reported}`;

function load(text: string) {
  const decoded = loadScenario(text, "calibration.yaml");
  if (Either.isLeft(decoded)) throw new Error(decoded.left.format());
  return decoded.right;
}

describe("calibrate", () => {
  it("recovers a known parameter from a reported figure the model itself produced", async () => {
    // Synthetic "reported" block: the service level the model gives at a handle time of 300 s (seed fixed).
    const truth = load(scenarioText(300));
    const variants = resolveVariants(truth);
    if (Either.isLeft(variants)) throw new Error(variants.left.format());
    const run = await runScenario(truth, variants.right);
    const sl = run.variants[0]!.overall["voice.serviceLevel"]!.mean;
    const reported = `reported:\n  - { kpi: serviceLevel, value: ${sl}, unit: fraction, tolerance: 0.002 }\n`;
    const start = load(scenarioText(230, reported));
    const result = await calibrate({
      scenario: start,
      fileName: "calibration.yaml",
      parameters: ["demand.voice.handleTimeSec"],
      targets: ["serviceLevel"],
      run: {},
    });
    expect(result.start["demand.voice.handleTimeSec"]).toBe(230);
    expect(Math.abs(result.fitted["demand.voice.handleTimeSec"]! / 300 - 1)).toBeLessThan(0.03);
    expect(result.lossAfter).toBeLessThan(result.lossBefore);
    expect(result.cardAfter[0]!.reproduced).toBe(true);
  });

  it("refuses a path that is not a number and a target with no reported figure", async () => {
    const s = load(
      scenarioText(300, "reported:\n  - { kpi: serviceLevel, value: 0.8, unit: fraction, tolerance: 0.05 }\n"),
    );
    await expect(
      calibrate({ scenario: s, fileName: "c.yaml", parameters: ["name"], targets: ["serviceLevel"], run: {} }),
    ).rejects.toThrow(CalibrationError);
    await expect(
      calibrate({
        scenario: s,
        fileName: "c.yaml",
        parameters: ["demand.voice.handleTimeSec"],
        targets: ["enps"],
        run: {},
      }),
    ).rejects.toThrow(/no reported figure for enps/);
  });
});
