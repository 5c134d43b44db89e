// The exact binomial sampler (inversion from the mode): frequencies against the exact probabilities.
import { RandomStreams } from "@ccsim/engine";
import { describe, expect, it } from "vitest";
import { makeBinomialSampler } from "../src/internal/binomial.js";

/** Exact P(X = k) for X ~ Binomial(n, p), by the recurrence from P(0) = q^n. */
function pmf(n: number, p: number): number[] {
  const out = [(1 - p) ** n];
  for (let k = 0; k < n; k++) out.push(((out[k] ?? 0) * (n - k) * p) / ((k + 1) * (1 - p)));
  return out;
}

describe("binomial sampler", () => {
  it.each([
    [20, 0.3],
    [123, 0.55],
    [7, 0.9],
  ])("Binomial(%i, %f): chi-square of 40,000 draws under the 0.1 percent critical value", (n, p) => {
    const draw = makeBinomialSampler(new RandomStreams(5, 0).stream("test.binomial"));
    const runs = 40_000;
    const counts = new Array<number>(n + 1).fill(0);
    for (let r = 0; r < runs; r++) {
      const k = draw(n, p);
      expect(Number.isInteger(k) && k >= 0 && k <= n).toBe(true);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    // Cells with an expected count of 5 or more; the rest pooled into one cell.
    let chi2 = 0,
      cells = 0,
      pooledObserved = 0,
      pooledExpected = 0;
    pmf(n, p).forEach((prob, k) => {
      const expected = prob * runs;
      if (expected < 5) {
        pooledObserved += counts[k] ?? 0;
        pooledExpected += expected;
        return;
      }
      chi2 += ((counts[k] ?? 0) - expected) ** 2 / expected;
      cells++;
    });
    if (pooledExpected >= 5) {
      chi2 += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
      cells++;
    }
    // 0.1% critical value of chi-square with df = cells - 1, by the Wilson-Hilferty approximation (z = 3.09).
    const df = cells - 1;
    const critical = df * (1 - 2 / (9 * df) + 3.09 * Math.sqrt(2 / (9 * df))) ** 3;
    expect(chi2).toBeLessThan(critical);
  });

  it("draws the same variates once its log-factorials are cached as while it works them out", () => {
    // Trial counts no other test here uses, so the first pass meets every log-factorial uncached.
    const trials = Array.from({ length: 400 }, (_, i) => 3000 + ((i * 37) % 1000));
    const pass = () => {
      const draw = makeBinomialSampler(new RandomStreams(11, 0).stream("test.binomial"));
      return trials.map((n, i) => draw(n, 0.05 + (i % 90) / 100));
    };
    const cold = pass();
    expect(pass()).toEqual(cold);
  });

  it("answers the degenerate cases without a draw", () => {
    const stream = new RandomStreams(5, 0).stream("test.binomial");
    const draw = makeBinomialSampler(stream);
    expect([draw(0, 0.5), draw(10, 0), draw(10, 1)]).toEqual([0, 0, 10]);
    expect(stream.next()).toBe(new RandomStreams(5, 0).stream("test.binomial").next());
  });
});
