// The sensitivity estimators against closed forms, without the simulation: the Ishigami function's analytic Sobol
// indices (Ishigami and Homma 1990; Saltelli et al. 2008, "Global Sensitivity Analysis: The Primer", 4.3) and a
// linear model, whose first-order and total indices are both c_i^2 Var(x_i) / sum_j c_j^2 Var(x_j).
import { describe, expect, it } from "vitest";
import { morrisDesign, morrisOf, quantileOf, saltelliDesign, sobolOf, type UncertainInput } from "../src/index.js";

const A = 7;
const B = 0.1;
const ishigami = (x: readonly number[]): number =>
  Math.sin(x[0]!) + A * Math.sin(x[1]!) ** 2 + B * x[2]! ** 4 * Math.sin(x[0]!);
const PI_RANGE: UncertainInput[] = [0, 1, 2].map((i) => ({ name: `x${i + 1}`, min: -Math.PI, max: Math.PI }));

/** Analytic indices: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V13 = b^2 pi^8 (1/18 - 1/50). */
const V = A ** 2 / 8 + (B * Math.PI ** 4) / 5 + (B ** 2 * Math.PI ** 8) / 18 + 0.5;
const V1 = (1 + (B * Math.PI ** 4) / 5) ** 2 / 2;
const V2 = A ** 2 / 8;
const V13 = B ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
const FIRST = [V1 / V, V2 / V, 0];
const TOTAL = [(V1 + V13) / V, V2 / V, V13 / V];

describe("Sobol indices (Saltelli sampling, Jansen estimators, bootstrap CIs)", () => {
  it("the analytic Ishigami values are the published ones", () => {
    expect(FIRST.map((s) => Number(s.toFixed(4)))).toEqual([0.3139, 0.4424, 0]);
    expect(TOTAL.map((s) => Number(s.toFixed(4)))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  it("recover the Ishigami indices within their 95% bootstrap intervals (N = 8,192, fixed seed)", () => {
    const indices = sobolOf(ishigami, PI_RANGE, { samples: 8192, seed: 42, resamples: 500 });
    indices.forEach((index, i) => {
      expect(index.first.ci95_low, `S${i + 1} low`).toBeLessThanOrEqual(FIRST[i]!);
      expect(index.first.ci95_high, `S${i + 1} high`).toBeGreaterThanOrEqual(FIRST[i]!);
      expect(index.total.ci95_low, `ST${i + 1} low`).toBeLessThanOrEqual(TOTAL[i]!);
      expect(index.total.ci95_high, `ST${i + 1} high`).toBeGreaterThanOrEqual(TOTAL[i]!);
      // The intervals are informative, not so wide that they contain anything.
      expect(index.first.ci95_high - index.first.ci95_low).toBeLessThan(0.1);
      expect(index.total.ci95_high - index.total.ci95_low).toBeLessThan(0.1);
    });
  });

  it("recover a linear model's indices, c_i^2 Var(x_i) / total, for both first-order and total", () => {
    const c = [3, -1, 0.5, 0];
    const inputs: UncertainInput[] = [
      { name: "a", min: 0, max: 2 },
      { name: "b", min: -5, max: 5 },
      { name: "c", min: 10, max: 14 },
      { name: "d", min: 0, max: 1 },
    ];
    const variances = inputs.map((x) => (x.max - x.min) ** 2 / 12);
    const parts = c.map((ci, i) => ci ** 2 * variances[i]!);
    const sum = parts.reduce((s, p) => s + p, 0);
    const indices = sobolOf((x) => c.reduce((s, ci, i) => s + ci * x[i]!, 1), inputs, {
      samples: 4096,
      seed: 7,
      resamples: 500,
    });
    indices.forEach((index, i) => {
      const expected = parts[i]! / sum;
      for (const est of [index.first, index.total]) {
        expect(est.ci95_low, `input ${i}`).toBeLessThanOrEqual(expected + 1e-12);
        expect(est.ci95_high, `input ${i}`).toBeGreaterThanOrEqual(expected - 1e-12);
      }
    });
    // An input the output does not use has a total index of exactly 0 (f(A) = f(AB_i) row by row).
    expect(indices[3]!.total).toEqual({ mean: 0, ci95_low: 0, ci95_high: 0 });
  });

  it("a constant output gives zero indices, not NaN", () => {
    const indices = sobolOf(() => 5, PI_RANGE, { samples: 16, seed: 1, resamples: 20 });
    for (const index of indices) expect([index.first.mean, index.total.mean]).toEqual([0, 0]);
  });

  it("AB_i differs from A in column i only, taken from B", () => {
    const d = saltelliDesign(3, 5, 9);
    d.ab.forEach((m, i) =>
      m.forEach((row, j) => row.forEach((x, c) => expect(x).toBe(c === i ? d.b[j]![c] : d.a[j]![c]))),
    );
  });
});

describe("Morris elementary effects", () => {
  it("give |c_i| x range for a linear model, with sigma 0", () => {
    const c = [2, -3, 0];
    const inputs: UncertainInput[] = [
      { name: "a", min: 0, max: 10 },
      { name: "b", min: 1, max: 2 },
      { name: "c", min: 0, max: 1 },
    ];
    const effects = morrisOf((x) => c.reduce((s, ci, i) => s + ci * x[i]!, 0), inputs, { trajectories: 10, seed: 3 });
    effects.forEach((e, i) => {
      const range = inputs[i]!.max - inputs[i]!.min;
      expect(e.muStar).toBeCloseTo(Math.abs(c[i]!) * range, 10);
      expect(e.mu).toBeCloseTo(c[i]! * range, 10);
      expect(e.sigma).toBeCloseTo(0, 10);
    });
  });

  it("rank the Ishigami inputs as the total indices do, and flag x3's interaction with sigma > mu*/2", () => {
    const effects = morrisOf(ishigami, PI_RANGE, { trajectories: 200, seed: 11 });
    // x3 acts only through its interaction with x1, so its effects change sign: sigma large against |mu|.
    expect(effects[2]!.sigma).toBeGreaterThan(Math.abs(effects[2]!.mu));
    expect(effects[2]!.muStar).toBeGreaterThan(0);
    expect(effects.every((e) => e.muStar > 0 && Number.isFinite(e.sigma))).toBe(true);
  });

  it("trajectories move one input at a time by +-Delta and stay in the unit cube", () => {
    const d = morrisDesign(4, 6, 5);
    expect(d.points).toHaveLength(6 * 5);
    for (const step of d.steps) {
      const before = d.points[step.from]!;
      const after = d.points[step.from + 1]!;
      after.forEach((x, i) => expect(x).toBeCloseTo(i === step.input ? before[i]! + step.delta : before[i]!, 12));
      expect(Math.abs(step.delta)).toBeCloseTo(2 / 3, 12);
      expect(after.every((x) => x >= 0 && x <= 1)).toBe(true);
    }
  });
});

describe("input distributions", () => {
  it("map quantiles 0, 1/2 and 1 to min, the median and max", () => {
    expect([0, 0.5, 1].map((u) => quantileOf({ name: "u", min: 2, max: 6 }, u))).toEqual([2, 4, 6]);
    expect(quantileOf({ name: "l", min: 1, max: 100, distribution: "log-uniform" }, 0.5)).toBeCloseTo(10, 10);
    // Triangular on [0, 4] with mode 1: P(X <= 1) = 1/4, so the quantile at 1/4 is the mode.
    expect(quantileOf({ name: "t", min: 0, max: 4, mode: 1, distribution: "triangular" }, 0.25)).toBeCloseTo(1, 12);
    expect(quantileOf({ name: "i", min: 800, max: 1000, integer: true }, 0.3333)).toBe(867);
  });
});
