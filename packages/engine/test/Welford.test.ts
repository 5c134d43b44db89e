import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Welford } from "../src/Welford.js";

function twoPass(xs: readonly number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.length < 2 ? 0 : xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

function accumulate(xs: readonly number[]): Welford {
  const w = new Welford();
  for (const x of xs) w.add(x);
  return w;
}

/** Relative closeness with an absolute floor scaled to the data, as float sums in different orders differ. */
function close(actual: number, expected: number, scale: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected), scale);
}

const data = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 });

describe("Welford", () => {
  it("matches the two-pass mean and sample variance", () => {
    fc.assert(
      fc.property(data, (xs) => {
        const w = accumulate(xs);
        const reference = twoPass(xs);
        const scale = Math.max(...xs.map(Math.abs));
        expect(w.count).toBe(xs.length);
        expect(close(w.mean, reference.mean, scale)).toBe(true);
        expect(close(w.variance, reference.variance, scale * scale)).toBe(true);
        expect(w.stdDev).toBeCloseTo(Math.sqrt(w.variance), 9);
      }),
    );
  });

  it("merges to the same result as adding everything to one accumulator", () => {
    fc.assert(
      fc.property(data, fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 200 }), (xs, ys) => {
        const merged = accumulate(xs);
        merged.merge(accumulate(ys));
        const reference = twoPass([...xs, ...ys]);
        const scale = Math.max(...[...xs, ...ys].map(Math.abs));
        expect(merged.count).toBe(xs.length + ys.length);
        expect(close(merged.mean, reference.mean, scale)).toBe(true);
        expect(close(merged.variance, reference.variance, scale * scale)).toBe(true);
      }),
    );
  });

  it("stays accurate with a large offset, where the naive sum of squares fails", () => {
    const w = accumulate([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(w.mean).toBe(1e9 + 10);
    expect(w.variance).toBe(30);
  });

  it("reports 0 variance below two observations, and resets", () => {
    const w = new Welford();
    expect([w.count, w.mean, w.variance, w.stdDev]).toEqual([0, 0, 0, 0]);
    w.add(5);
    expect([w.count, w.mean, w.variance]).toEqual([1, 5, 0]);
    w.merge(new Welford());
    expect(w.count).toBe(1);
    const empty = new Welford();
    empty.merge(w);
    expect([empty.count, empty.mean]).toEqual([1, 5]);
    w.reset();
    expect([w.count, w.mean, w.variance]).toEqual([0, 0, 0]);
  });
});
