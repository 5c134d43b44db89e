import { DAYS_PER_MONTH, TENURE_BANDS } from "@ccsim/model";
import { describe, expect, it } from "vitest";
import { calibrateHazards, type TrainingPath } from "../src/calibrateHazards.js";

const base = {
  nestingHazardPerDay: 0.0181 / 7,
  earlyHazardPerDay: 0.0103 / 7,
  firstYearHazardPerDay: 0.035 / DAYS_PER_MONTH,
  tenuredHazardPerDay: 0.02 / DAYS_PER_MONTH,
  payElasticity: -1,
  burnoutCoefficient: 1.04,
  remoteMultiplier: 0.6,
  detractorMultiplier: 1.75,
};
const training: TrainingPath = {
  trainingDays: 21,
  classCadenceDays: 14,
  dropoutHazardPerDay: 0.026 / 7,
  nestingDays: 28,
};

/**
 * Independent check: the monthly attrition of a steady hiring stream, day by day as the people layer runs it
 * (hires spread evenly over the class cadence; a hire on a class day starts that day; draw j after hire is in
 * training while j <= wait + training, in nesting for the next nesting days, then in the tenure band of j).
 */
function simulatedAttrition(h: typeof base, path: TrainingPath): number {
  let leavers = 0,
    days = 0;
  for (let wait = 0; wait < path.classCadenceDays; wait++) {
    const graduation = wait + path.trainingDays;
    let survival = 1;
    for (let k = 0; k < 365 * 200; k++) {
      if (k === graduation) leavers += survival;
      if (k >= graduation) days += survival;
      const j = k + 1;
      const hazard =
        j <= graduation
          ? path.dropoutHazardPerDay
          : j <= graduation + path.nestingDays
            ? h.nestingHazardPerDay
            : j < TENURE_BANDS.earlyEndDay
              ? h.earlyHazardPerDay
              : j < TENURE_BANDS.firstYearEndDay
                ? h.firstYearHazardPerDay
                : h.tenuredHazardPerDay;
      survival *= Math.exp(-hazard);
    }
  }
  return (DAYS_PER_MONTH * leavers) / days;
}

describe("calibrateHazards", () => {
  it("with constant hazards, attrition = the hazard: the factor maps h to the target exactly", () => {
    const flat = {
      ...base,
      nestingHazardPerDay: 0.001,
      earlyHazardPerDay: 0.001,
      firstYearHazardPerDay: 0.001,
      tenuredHazardPerDay: 0.001,
    };
    const calibrated = calibrateHazards(flat, training, 0.11);
    // Discrete daily draws: leavers per agent-day = 1 - exp(-h), so h = -ln(1 - 0.11 / days per month).
    expect(-Math.expm1(-calibrated.tenuredHazardPerDay) * DAYS_PER_MONTH).toBeCloseTo(0.11, 9);
    expect(calibrated.payElasticity).toBe(-1);
  });

  it("gives the target attrition of the hire path counted from the hire day, with one factor for every stage", () => {
    for (const target of [0.03, 0.11]) {
      for (const path of [training, { ...training, trainingDays: 28, classCadenceDays: 7 }]) {
        const h = calibrateHazards(base, path, target);
        expect(simulatedAttrition(h, path)).toBeCloseTo(target, 6);
        expect(h.nestingHazardPerDay / h.tenuredHazardPerDay).toBeCloseTo(
          base.nestingHazardPerDay / base.tenuredHazardPerDay,
          9,
        );
      }
    }
  });

  it("the reference hazards give about 2.7% a month (32% a seat-year, the reference calibration) before scaling", () => {
    const same = calibrateHazards(base, training, 0.0267);
    expect(same.tenuredHazardPerDay / base.tenuredHazardPerDay).toBeGreaterThan(0.9);
    expect(same.tenuredHazardPerDay / base.tenuredHazardPerDay).toBeLessThan(1.1);
  });
});
