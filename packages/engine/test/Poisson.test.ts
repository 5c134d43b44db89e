import { describe, expect, it } from "vitest";
import { createStream, makePoissonSampler } from "../src/index.js";

const Z = 3.29; // two-sided 99.9%
const DRAWS = 100_000;

/** Exact Poisson pmf by the recurrence p(k) = p(k-1) * mean / k. */
function pmf(mean: number, kMax: number): number[] {
  const p = [Math.exp(-mean)];
  for (let k = 1; k <= kMax; k++) p.push((p[k - 1]! * mean) / k);
  return p;
}

describe("makePoissonSampler", () => {
  // 9.99 and 10 straddle the switch from Knuth's method to PTRS.
  for (const mean of [0.3, 4, 9.99, 10, 35, 2000]) {
    it(`mean ${mean}: integer draws whose mean and variance lie in 99.9% intervals`, () => {
      const draw = makePoissonSampler(createStream(77, `poisson-${mean}`, 0));
      let sum = 0;
      let squares = 0;
      let nonInteger = 0;
      const xs = new Float64Array(DRAWS);
      for (let i = 0; i < DRAWS; i++) {
        const x = (xs[i] = draw(mean));
        if (!Number.isInteger(x) || x < 0) nonInteger++;
        sum += x;
      }
      const sampleMean = sum / DRAWS;
      for (const x of xs) squares += (x - sampleMean) ** 2;
      const sampleVariance = squares / (DRAWS - 1);
      expect(nonInteger).toBe(0);
      expect(Math.abs(sampleMean - mean)).toBeLessThan(Z * Math.sqrt(mean / DRAWS));
      // Poisson: mu4 = 3 mean^2 + mean, so Var(s^2) ~ (2 mean^2 + mean) / n.
      expect(Math.abs(sampleVariance - mean)).toBeLessThan(Z * Math.sqrt((2 * mean * mean + mean) / DRAWS));
    });
  }

  it("follows the exact pmf at a PTRS mean (chi-square test at 99.9%)", () => {
    const mean = 15;
    const draw = makePoissonSampler(createStream(3, "poisson-pmf", 0));
    const kMax = 60;
    const counts = new Float64Array(kMax + 1);
    for (let i = 0; i < DRAWS; i++) counts[Math.min(kMax, draw(mean))]!++;
    // Cells k = 0..kMax-1 plus the upper tail, pooled left to right until each expects at least 5 draws.
    const p = pmf(mean, kMax - 1);
    p.push(1 - p.reduce((a, b) => a + b, 0));
    const pooled: { observed: number; expected: number }[] = [];
    let open = { observed: 0, expected: 0 };
    for (let k = 0; k <= kMax; k++) {
      open.observed += counts[k]!;
      open.expected += p[k]! * DRAWS;
      if (open.expected >= 5) {
        pooled.push(open);
        open = { observed: 0, expected: 0 };
      }
    }
    const last = pooled[pooled.length - 1]!;
    last.observed += open.observed;
    last.expected += open.expected;
    const statistic = pooled.reduce((sum, c) => sum + (c.observed - c.expected) ** 2 / c.expected, 0);
    const cells = pooled.length;
    // 99.9% quantile of chi-square(df) by Wilson-Hilferty; one-sided z = 3.09.
    const df = cells - 1;
    const critical = df * (1 - 2 / (9 * df) + 3.09 * Math.sqrt(2 / (9 * df))) ** 3;
    expect(cells).toBeGreaterThan(20);
    expect(statistic).toBeLessThan(critical);
  });

  it("returns 0 for mean 0 and is pinned to its first draws", () => {
    const draw = makePoissonSampler(createStream(7, "pinned", 0));
    expect(draw(0)).toBe(0);
    expect([draw(3), draw(3), draw(50), draw(50)]).toEqual(PINNED);
  });

  it("throws RangeError on a negative, NaN or infinite mean", () => {
    const draw = makePoissonSampler(createStream(1, "x", 0));
    expect(() => draw(-1)).toThrow(RangeError);
    expect(() => draw(Number.NaN)).toThrow(RangeError);
    expect(() => draw(Infinity)).toThrow(RangeError);
  });
});

const PINNED = [3, 4, 47, 56];
