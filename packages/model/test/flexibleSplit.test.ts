// How interval fidelity shares multi-skilled agents between voice and chat (internal/FlexibleSplit.ts; docs/model.md,
// "Interval fidelity"). Agreement with contact fidelity is measured on whole scenarios (test/bench/fidelity.mjs).
import { describe, expect, it } from "vitest";
import { flexibleShare } from "../src/internal/FlexibleSplit.js";

describe("sharing the multi-skilled agents", () => {
  it("equalises agents per unit of offered load, in whole agents", () => {
    // 100 multi-skilled agents for 10 agents' load each: half each.
    expect(flexibleShare(100, 0, 0, 10, 10) * 100).toBe(50);
    // 60 + 20 single-skilled agents and 40 multi-skilled for loads 90 and 30: 90 for the first channel, 30 of the
    // 40 beyond its 60 single-skilled.
    expect(flexibleShare(40, 60, 20, 90, 30) * 40).toBe(30);
    // 3 flexible agents for loads 5 and 7: 1.25 for the first, rounded to 1.
    expect(flexibleShare(3, 0, 0, 5, 7) * 3).toBeCloseTo(1, 12);
  });

  it("gives nothing to a channel whose single-skilled agents already cover its share, and never more than there are", () => {
    expect(flexibleShare(20, 30, 0, 5, 5)).toBe(0);
    expect(flexibleShare(20, 0, 30, 5, 5)).toBe(1);
    // A fractional number of multi-skilled agents (one on a break part of the interval) is never over-given.
    for (const f of [0.4, 3.6, 12.5]) {
      const share = flexibleShare(f, 0, 0, 100, 1);
      expect(share * f).toBeLessThanOrEqual(f);
      expect(share).toBeGreaterThanOrEqual(0);
    }
    expect(flexibleShare(0, 5, 1, 8, 3)).toBe(1);
    // No load at all: half each.
    expect(flexibleShare(10, 0, 0, 0, 0) * 10).toBe(5);
  });
});
