import { describe, expect, it } from "vitest";
import { estimate } from "../src/index.js";

describe("estimate", () => {
  it("gives the Student-t interval: t(0.975, 4) = 2.776445", () => {
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.stdDev).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(e.halfWidth).toBeCloseTo((2.7764451052 * Math.sqrt(2.5)) / Math.sqrt(5), 8);
    expect(e.ciLow).toBeCloseTo(3 - e.halfWidth, 12);
  });

  it("uses the requested confidence: t(0.995, 9) = 3.249836", () => {
    const values = [0.1, 0.4, 0.2, 0.5, 0.3, 0.6, 0.2, 0.4, 0.3, 0.5];
    const e = estimate(values, 0.99);
    expect(e.halfWidth / (e.stdDev / Math.sqrt(10))).toBeCloseTo(3.2498355, 6);
  });

  it("covers the true mean at about the nominal rate (fixed seed, normal data)", () => {
    // 2,000 intervals of 5 normal draws each; coverage of a 95% interval is Binomial(2000, 0.95):
    // a 99.9% band is 0.95 +- 3.29 * sqrt(0.95 * 0.05 / 2000) = [0.934, 0.966].
    let state = 12345;
    const uniform = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return (state + 0.5) / 4294967296;
    };
    const normal = (): number => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    let covered = 0;
    for (let i = 0; i < 2000; i++) {
      const e = estimate(Array.from({ length: 5 }, normal));
      if (e.ciLow <= 0 && 0 <= e.ciHigh) covered++;
    }
    expect(covered / 2000).toBeGreaterThan(0.934);
    expect(covered / 2000).toBeLessThan(0.966);
  });

  it("reports the spread of the replication values as percentiles", () => {
    const e = estimate([5, 1, 4, 2, 3]);
    expect(e).toMatchObject({ p50: 3 });
    expect(e.p10).toBeCloseTo(1.4, 12);
    expect(e.p90).toBeCloseTo(4.6, 12);
  });

  it("has no spread to report for a single replication", () => {
    expect(estimate([7])).toMatchObject({ mean: 7, halfWidth: 0, ciLow: 7, ciHigh: 7 });
  });

  it("refuses empty input and impossible confidence levels", () => {
    expect(() => estimate([])).toThrow(RangeError);
    expect(() => estimate([1, 2], 1)).toThrow(RangeError);
  });
});
