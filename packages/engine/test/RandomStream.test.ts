import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStream, deriveSeed, RandomStreams } from "../src/index.js";

describe("deriveSeed", () => {
  it("is pinned: a silent change of the hash would change every simulation result", () => {
    expect(deriveSeed(0, "", 0)).toBe(2631081132);
    expect(deriveSeed(42, "arrivals", 0)).toBe(2603377067);
    expect(deriveSeed(42, "arrivals", 1)).toBe(678878742);
    expect(deriveSeed(-7, "handle-time", 3)).toBe(3076458416);
    expect(deriveSeed(2 ** 40 + 5, "patience", 2 ** 33)).toBe(4289802593);
  });

  it("returns an unsigned 32-bit integer that differs across names, replications and seeds", () => {
    const seeds = new Set<number>();
    for (const name of ["a", "b", "ab", "ba", "queue.arrivals", "queue.patience"]) {
      for (let replication = 0; replication < 50; replication++) {
        for (const seed of [0, 1, 2 ** 32, -1]) {
          const derived = deriveSeed(seed, name, replication);
          expect(derived >>> 0).toBe(derived);
          seeds.add(derived);
        }
      }
    }
    expect(seeds.size).toBe(6 * 50 * 4);
  });

  it("rejects seeds and replications that are not safe integers", () => {
    expect(() => deriveSeed(1.5, "a", 0)).toThrow(RangeError);
    expect(() => deriveSeed(Number.NaN, "a", 0)).toThrow(RangeError);
    expect(() => deriveSeed(1, "a", -1)).toThrow(RangeError);
    expect(() => new RandomStreams(1, 0.5)).toThrow(RangeError);
  });
});

describe("createStream", () => {
  it("is pinned to its first draws (exact: Alea's arithmetic is exact in doubles)", () => {
    const stream = createStream(42, "arrivals", 0);
    expect(stream.name).toBe("arrivals");
    expect([stream.next(), stream.next(), stream.next()]).toEqual([
      0.15519954438786954, 0.6849504221463576, 0.6002321917330846,
    ]);
  });

  it("draws only odd multiples of 2^-33, hence strictly inside (0, 1)", () => {
    const stream = createStream(3, "open", 0);
    let bad = 0;
    for (let i = 0; i < 200_000; i++) {
      const scaled = stream.next() * 2 ** 33;
      if (!(scaled > 0 && scaled < 2 ** 33 && scaled % 2 === 1)) bad++;
    }
    expect(bad).toBe(0);
  });

  it("gives the same sequence for the same (seed, name, replication)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), fc.nat(1000), (seed, name, replication) => {
        const a = createStream(seed, name, replication);
        const b = createStream(seed, name, replication);
        for (let i = 0; i < 20; i++) expect(a.next()).toBe(b.next());
      }),
      { numRuns: 50 },
    );
  });

  it("gives different sequences for different names and replications", () => {
    const first = (seed: number, name: string, replication: number): number =>
      createStream(seed, name, replication).next();
    expect(first(1, "a", 0)).not.toBe(first(1, "b", 0));
    expect(first(1, "a", 0)).not.toBe(first(1, "a", 1));
    expect(first(1, "a", 0)).not.toBe(first(2, "a", 0));
  });

  it("has a uniform mean and variance (99.9% intervals, fixed seed)", () => {
    const stream = createStream(11, "moments", 0);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const u = stream.next();
      sum += u;
      squares += (u - 0.5) ** 2;
    }
    // Uniform(0,1): variance 1/12; Var[(U - 1/2)^2] = 1/80 - 1/144.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(3.29 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(squares / n - 1 / 12)).toBeLessThan(3.29 * Math.sqrt((1 / 80 - 1 / 144) / n));
  });
});

describe("RandomStreams", () => {
  it("creates each stream once and returns the same object afterwards", () => {
    const streams = new RandomStreams(5, 2);
    const a = streams.stream("a");
    expect(streams.stream("a")).toBe(a);
    expect(streams.stream("b")).not.toBe(a);
    expect([streams.seed, streams.replication]).toEqual([5, 2]);
  });

  it("matches createStream for the same (seed, name, replication)", () => {
    const reference = createStream(5, "a", 2);
    const stream = new RandomStreams(5, 2).stream("a");
    for (let i = 0; i < 10; i++) expect(stream.next()).toBe(reference.next());
  });

  it("keeps a stream's draws identical whether or not other streams are created or drawn from", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 40 }), (interleaving) => {
        const alone = new RandomStreams(9, 1).stream("a");
        const expected = interleaving.map(() => alone.next());
        const streams = new RandomStreams(9, 1);
        const actual = interleaving.map((otherDraws, i) => {
          for (let k = 0; k < otherDraws; k++) streams.stream(`other-${(i + k) % 3}`).next();
          return streams.stream("a").next();
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
