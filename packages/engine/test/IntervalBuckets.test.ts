import { describe, expect, it } from "vitest";
import { IntervalBuckets } from "../src/IntervalBuckets.js";

describe("IntervalBuckets", () => {
  it("indexes half-open intervals and reports times outside as -1", () => {
    const buckets = new IntervalBuckets(1800, 48, 3600);
    expect(buckets.indexOf(3600)).toBe(0);
    expect(buckets.indexOf(5399.999)).toBe(0);
    expect(buckets.indexOf(5400)).toBe(1);
    expect(buckets.indexOf(3600 + 1800 * 48 - 1e-9)).toBe(47);
    expect(buckets.indexOf(3600 + 1800 * 48)).toBe(-1);
    expect(buckets.indexOf(3599.999)).toBe(-1);
    expect(buckets.indexOf(Number.NaN)).toBe(-1);
  });

  it("sums and counts per interval", () => {
    const buckets = new IntervalBuckets(10, 3);
    buckets.add(0, 1);
    buckets.add(9.5, 2);
    buckets.add(25, 7);
    expect([...buckets.sums]).toEqual([3, 0, 7]);
    expect([...buckets.counts]).toEqual([2, 0, 1]);
    buckets.reset();
    expect([...buckets.sums, ...buckets.counts]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("treats an add outside the range as a defect", () => {
    const buckets = new IntervalBuckets(10, 3);
    expect(() => buckets.add(30, 1)).toThrow(RangeError);
    expect(() => buckets.add(-0.1, 1)).toThrow(RangeError);
  });

  it("rejects a bad shape", () => {
    expect(() => new IntervalBuckets(0, 3)).toThrow(RangeError);
    expect(() => new IntervalBuckets(10, 0)).toThrow(RangeError);
    expect(() => new IntervalBuckets(10, 2.5)).toThrow(RangeError);
    expect(() => new IntervalBuckets(10, 3, Infinity)).toThrow(RangeError);
  });
});
