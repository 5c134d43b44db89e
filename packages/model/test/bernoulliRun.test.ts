// Bernoulli trials drawn by their gaps (BernoulliRun): the success rate, the independence of neighbouring trials
// and a change of p, against closed forms within 99.9% normal bounds (fixed seeds).
import { RandomStreams } from "@ccsim/engine";
import { describe, expect, it } from "vitest";
import { BernoulliRun } from "../src/internal/BernoulliRun.js";

/** 3.29 standard errors: a two-sided 99.9% bound for a count's deviation from its mean. */
const Z = 3.29;

describe("Bernoulli trials by their gaps", () => {
  it.each([0.06, 0.3, 0.85])("p = %f: success rate and pairs of neighbours as for independent trials", (p) => {
    const run = new BernoulliRun(new RandomStreams(11, 0).stream("test.bernoulli-run"));
    const n = 200_000;
    let successes = 0,
      pairs = 0,
      last = false;
    for (let i = 0; i < n; i++) {
      const hit = run.next(p);
      if (hit) successes++;
      if (hit && last) pairs++;
      last = hit;
    }
    expect(Math.abs(successes - n * p)).toBeLessThan(Z * Math.sqrt(n * p * (1 - p)));
    // Two successes in a row with probability p^2 (a gap of 0): independence of neighbouring trials.
    const q = p * p;
    expect(Math.abs(pairs - (n - 1) * q)).toBeLessThan(Z * Math.sqrt(n * q * (1 - q) * (1 + 2 * p)));
  });

  it("a new p takes effect at once; p = 0 never succeeds and p = 1 always does", () => {
    const run = new BernoulliRun(new RandomStreams(12, 0).stream("test.bernoulli-run"));
    for (let i = 0; i < 1000; i++) expect(run.next(0)).toBe(false);
    for (let i = 0; i < 1000; i++) expect(run.next(1)).toBe(true);
    const n = 100_000;
    let low = 0,
      high = 0;
    // Alternating between two rates: each trial has its own rate's law.
    for (let i = 0; i < n; i++) {
      if (run.next(0.1)) low++;
      if (run.next(0.5)) high++;
    }
    expect(Math.abs(low - n * 0.1)).toBeLessThan(Z * Math.sqrt(n * 0.09));
    expect(Math.abs(high - n * 0.5)).toBeLessThan(Z * Math.sqrt(n * 0.25));
  });
});
