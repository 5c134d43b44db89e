import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, Scenario, encodeScenario, intradayShares, loadScenario } from "../src/index.js";
import { MINIMAL, loadOk, yamlFilesUnder } from "./helpers.js";

const decode = Schema.decodeUnknownSync(Scenario, { errors: "all", onExcessProperty: "error" });
const encode = Schema.encodeSync(Scenario);

describe("Scenario schema", () => {
  it("fills every default into a minimal file", () => {
    const s = Either.getOrThrow(loadScenario(MINIMAL, "minimal.yaml"));
    expect(s.seed).toBe(DEFAULT_SEED);
    expect(s.replications).toBe(10);
    expect(s.fidelity).toBe("interval");
    expect(s.currency).toBe("RUB");
    expect(s.calendar).toEqual({
      startDate: "2024-01",
      horizonMonths: 12,
      warmupMonths: 0,
      intervalMinutes: 30,
      openHour: 8,
      closeHour: 22,
      openDays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
      specialDays: [],
    });
    expect(s.demand.voice?.patience).toEqual({ distribution: "exponential", meanSec: 180, cv: 1 });
    expect(s.demand.voice?.serviceLevel).toEqual({
      target: 0.8,
      thresholdSec: 20,
      definition: "answered-within-threshold",
    });
    expect(s.demand.chat).toBeUndefined();
    expect(s.operations.shrinkage).toBe(0.3);
    expect(s.operations.initialHeadcount).toEqual({ training: 0, nesting: 0, proficient: 60, remoteShare: 0 });
    expect(s.training.trainingWeeks).toBe(4);
    expect(s.training.dropoutHazardPerWeek).toBe(0.026);
    expect(s.rampUp.initialHandleTimeMultiplier).toBe(1.5);
    expect(s.attrition.tenuredHazardPerMonth).toBe(0.02);
    expect(s.attrition.burnoutHazardCoefficient).toBe(1.04);
    expect(s.recruiting.matchingElasticity).toBe(0.5);
    expect(s.recruiting.referral.earlyHazardMultiplier).toBe(0.8);
    expect(s.burnout.occupancyThreshold).toBe(0.85);
    expect(s.pay.effortElasticity).toBe(0.1);
    expect(s.interventions).toEqual([]);
    expect(s.variants).toEqual([]);
    expect(s.targets).toEqual({});
  });

  it.each(yamlFilesUnder("scenarios"))("round-trips %s: decode(encode(decode(x))) = decode(x)", (path) => {
    const once = loadOk(path);
    expect(decode(encode(once))).toEqual(once);
    expect(decode(encodeScenario(once))).toEqual(once);
  });

  it("decodes every scenario under scenarios/", () => {
    const files = yamlFilesUnder("scenarios");
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const path of files) expect(() => loadOk(path)).not.toThrow();
  });

  it("reads JSON, which is YAML", () => {
    const json = JSON.stringify(encodeScenario(loadOk("scenarios/validation/small-centre.yaml")));
    expect(Either.getOrThrow(loadScenario(json, "small-centre.json"))).toEqual(
      loadOk("scenarios/validation/small-centre.yaml"),
    );
  });
});

describe("intradayShares", () => {
  const s = loadOk("scenarios/validation/small-centre.yaml");
  it("gives one share per interval of an open day, adding up to 1", () => {
    const voice = s.demand.voice;
    if (voice === undefined) throw new Error("voice expected");
    const shares = intradayShares(voice, s.calendar);
    expect(shares).toHaveLength(28);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // The business-day profile peaks late in the morning (11:00-11:30 is interval 6).
    expect(shares.indexOf(Math.max(...shares))).toBe(6);
  });
  it("normalises explicit weights", () => {
    const voice = s.demand.voice;
    if (voice === undefined) throw new Error("voice expected");
    const weights = Array.from({ length: 28 }, (_, i) => (i < 14 ? 1 : 3));
    const shares = intradayShares({ ...voice, intradayShares: weights }, s.calendar);
    expect(shares[0]).toBeCloseTo(1 / 56, 12);
    expect(shares[27]).toBeCloseTo(3 / 56, 12);
  });
});
