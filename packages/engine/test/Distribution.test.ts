import { describe, expect, it } from "vitest";
import {
  createStream,
  distributionMean,
  distributionVariance,
  makeSampler,
  sample,
  validateDistribution,
  type Distribution,
} from "../src/index.js";

/** Two-sided 99.9% normal quantile. */
const Z = 3.29;
const DRAWS = 200_000;

const cases: readonly Distribution[] = [
  { kind: "constant", value: 42 },
  { kind: "exponential", mean: 180 },
  { kind: "lognormal", mean: 300, cv: 0.8 },
  { kind: "lognormal", mean: 5, cv: 0 },
  { kind: "gamma", shape: 0.4, scale: 10 },
  { kind: "gamma", shape: 2.5, scale: 4 },
  { kind: "erlang", phases: 3, mean: 60 },
  { kind: "erlang", phases: 12, mean: 60 },
  { kind: "empirical", values: [10, 20, 45] },
  { kind: "empirical", values: [1, 2, 3, 4], weights: [0.1, 0, 0.6, 0.3] },
];

/** Sample mean, sample variance and sample fourth central moment of `n` draws. */
function moments(draw: () => number, n: number): { mean: number; variance: number; fourth: number } {
  const xs = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] = draw();
  const mean = sum / n;
  let second = 0;
  let fourth = 0;
  for (const x of xs) {
    const d2 = (x - mean) ** 2;
    second += d2;
    fourth += d2 * d2;
  }
  return { mean, variance: second / (n - 1), fourth: fourth / n };
}

describe("samplers", () => {
  for (const [i, d] of cases.entries()) {
    it(`${JSON.stringify(d)}: mean and variance inside 99.9% intervals of the stated moments`, () => {
      const m = moments(makeSampler(d, createStream(2024, `moments-${i}`, 0)), DRAWS);
      const mean = distributionMean(d);
      const variance = distributionVariance(d);
      // CLT interval for the mean; for the variance, Var(s^2) ~ (mu4 - sigma^4) / n with mu4 estimated.
      expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(Z * Math.sqrt(variance / DRAWS) + 1e-9 * Math.abs(mean));
      expect(Math.abs(m.variance - variance)).toBeLessThanOrEqual(
        Z * Math.sqrt(Math.max(0, m.fourth - m.variance ** 2) / DRAWS) + 1e-9 * mean * mean,
      );
    });
  }

  it("draws empirical values with the weighted frequencies, never a zero-weight value", () => {
    const draw = makeSampler(
      { kind: "empirical", values: [1, 2, 3, 4], weights: [1, 0, 6, 3] },
      createStream(5, "freq", 0),
    );
    const counts = new Map<number, number>();
    for (let i = 0; i < DRAWS; i++) {
      const x = draw();
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 3, 4]);
    for (const [value, p] of [
      [1, 0.1],
      [3, 0.6],
      [4, 0.3],
    ] as const) {
      expect(Math.abs(counts.get(value)! / DRAWS - p)).toBeLessThan(Z * Math.sqrt((p * (1 - p)) / DRAWS));
    }
  });

  it("is pinned to its first draws, so a change of algorithm is noticed", () => {
    const first3 = (d: Distribution): number[] => {
      const draw = makeSampler(d, createStream(7, "pinned", 0));
      return [draw(), draw(), draw()];
    };
    const pinned: [Distribution, number[]][] = [
      [{ kind: "exponential", mean: 2 }, [3.1858901387913776, 1.0082524242238897, 1.7418629244448869]],
      [{ kind: "lognormal", mean: 2, cv: 0.5 }, [0.9746188738901751, 2.2133972717110044, 0.7669745877800701]],
      [{ kind: "gamma", shape: 0.5, scale: 2 }, [0.0921234294448588, 1.0189293113906683, 0.1547671930391283]],
      [{ kind: "gamma", shape: 3, scale: 2 }, [2.140075317079548, 6.945308358950457, 1.4289770711807463]],
      [{ kind: "erlang", phases: 3, mean: 2 }, [1.978668495820051, 1.8355542508235492, 1.4395464063471994]],
      [{ kind: "erlang", phases: 20, mean: 2 }, [1.4498643351789102, 2.173437935424514, 1.2913059472069293]],
      [{ kind: "empirical", values: [1, 2, 3] }, [1, 2, 2]],
      [{ kind: "empirical", values: [1, 2, 3], weights: [1, 0, 3] }, [1, 3, 1]],
    ];
    for (const [d, expected] of pinned) {
      // 12 digits: tolerant of last-bit differences in Math.log/exp between JavaScript engines.
      first3(d).forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 12));
    }
  });

  it("sample() draws the same first value as a fresh sampler", () => {
    const d: Distribution = { kind: "lognormal", mean: 2, cv: 0.5 };
    expect(sample(d, createStream(7, "pinned", 0))).toBe(makeSampler(d, createStream(7, "pinned", 0))());
  });

  it("draws only non-negative values from the duration distributions", () => {
    for (const [i, d] of cases.entries()) {
      const draw = makeSampler(d, createStream(1, `sign-${i}`, 0));
      let negative = 0;
      for (let k = 0; k < 10_000; k++) if (!(draw() >= 0)) negative++;
      expect(negative).toBe(0);
    }
  });
});

describe("distribution moments", () => {
  it("are the textbook values", () => {
    expect(distributionMean({ kind: "gamma", shape: 2, scale: 3 })).toBe(6);
    expect(distributionVariance({ kind: "gamma", shape: 2, scale: 3 })).toBe(18);
    expect(distributionVariance({ kind: "erlang", phases: 4, mean: 8 })).toBe(16);
    expect(distributionVariance({ kind: "lognormal", mean: 10, cv: 0.5 })).toBe(25);
    expect(distributionVariance({ kind: "exponential", mean: 3 })).toBe(9);
    expect(distributionVariance({ kind: "constant", value: 3 })).toBe(0);
    expect(distributionMean({ kind: "empirical", values: [0, 10], weights: [3, 1] })).toBe(2.5);
    expect(distributionVariance({ kind: "empirical", values: [0, 10], weights: [3, 1] })).toBe(18.75);
  });
});

describe("validateDistribution", () => {
  const invalid: [string, unknown][] = [
    ["negative exponential mean", { kind: "exponential", mean: -1 }],
    ["zero exponential mean", { kind: "exponential", mean: 0 }],
    ["NaN constant", { kind: "constant", value: Number.NaN }],
    ["negative cv", { kind: "lognormal", mean: 1, cv: -0.1 }],
    ["infinite lognormal mean", { kind: "lognormal", mean: Infinity, cv: 1 }],
    ["zero gamma shape", { kind: "gamma", shape: 0, scale: 1 }],
    ["negative gamma scale", { kind: "gamma", shape: 1, scale: -1 }],
    ["fractional erlang phases", { kind: "erlang", phases: 1.5, mean: 1 }],
    ["zero erlang phases", { kind: "erlang", phases: 0, mean: 1 }],
    ["empty values", { kind: "empirical", values: [] }],
    ["non-finite value", { kind: "empirical", values: [1, Infinity] }],
    ["weights of the wrong length", { kind: "empirical", values: [1, 2], weights: [1] }],
    ["negative weight", { kind: "empirical", values: [1, 2], weights: [1, -1] }],
    ["all-zero weights", { kind: "empirical", values: [1, 2], weights: [0, 0] }],
    ["unknown kind", { kind: "weibull", shape: 1 }],
  ];
  for (const [label, d] of invalid) {
    it(`throws RangeError on ${label}`, () => {
      expect(() => validateDistribution(d as Distribution)).toThrow(RangeError);
      expect(() => makeSampler(d as Distribution, createStream(1, "x", 0))).toThrow(RangeError);
    });
  }

  it("accepts every valid case", () => {
    for (const d of cases) expect(() => validateDistribution(d)).not.toThrow();
  });
});
