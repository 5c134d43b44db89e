import { describe, expect, it } from "vitest";
import { calibrateHazards } from "../src/calibrateHazards.js";

const base = {
  nestingHazardPerDay: 0.0181 / 7, earlyHazardPerDay: 0.0103 / 7, firstYearHazardPerDay: 0.035 / 30.44, tenuredHazardPerDay: 0.02 / 30.44,
  payElasticity: -1, burnoutCoefficient: 1.04, remoteMultiplier: 0.6, detractorMultiplier: 1.75,
};

describe("calibrateHazards", () => {
  it("with constant hazards, attrition = the hazard: the factor maps h to the target exactly", () => {
    const flat = { ...base, nestingHazardPerDay: 0.001, earlyHazardPerDay: 0.001, firstYearHazardPerDay: 0.001, tenuredHazardPerDay: 0.001 };
    const calibrated = calibrateHazards(flat, 28, 0.11);
    expect(calibrated.tenuredHazardPerDay * (365.25 / 12)).toBeCloseTo(0.11, 9);
    expect(calibrated.payElasticity).toBe(-1);
  });

  it("gives the target attrition, checked by a day-by-day survival sum, with one factor for every stage", () => {
    for (const target of [0.03, 0.11]) {
      const h = calibrateHazards(base, 28, target);
      // Independent check: mean tenure as the sum of daily survival probabilities (steady state: attrition = 1 / mean tenure).
      let survival = 1, meanDays = 0;
      for (let day = 0; day < 365 * 200; day++) {
        meanDays += survival;
        const hazard = day < 28 ? h.nestingHazardPerDay : day < 91 ? h.earlyHazardPerDay : day < 365 ? h.firstYearHazardPerDay : h.tenuredHazardPerDay;
        survival *= Math.exp(-hazard);
      }
      expect((365.25 / 12) / meanDays).toBeCloseTo(target, 3);
      expect(h.nestingHazardPerDay / h.tenuredHazardPerDay).toBeCloseTo(base.nestingHazardPerDay / base.tenuredHazardPerDay, 9);
    }
  });

  it("the reference hazards give about 2.7% a month (32% a seat-year, the reference calibration) before scaling", () => {
    const same = calibrateHazards(base, 28, 0.0267);
    expect(same.tenuredHazardPerDay / base.tenuredHazardPerDay).toBeGreaterThan(0.9);
    expect(same.tenuredHazardPerDay / base.tenuredHazardPerDay).toBeLessThan(1.1);
  });
});
