// The interval fidelity's start-of-interval corrections: the closed forms of the residual handle time they use,
// and the two-phase evaluation of an interval that starts as the last one left it (docs/model.md, "Interval
// fidelity"). Agreement with contact fidelity is tested on whole scenarios in test/validation.
import { RandomStreams, type Distribution } from "@ccsim/engine";
import { erlangA } from "@ccsim/erlang";
import { describe, expect, it } from "vitest";
import { CarriedBacklog } from "../src/internal/CarriedBacklog.js";
import { IntervalOutcomes } from "../src/internal/IntervalOutcomes.js";
import { transientFactor } from "../src/internal/sessionWork.js";
import { residualBeyond } from "../src/internal/ShortBreaks.js";
import { flatVoice } from "./fixtures.js";

/** E[((S - x)+)^2] / E[S^2] for a lognormal S, by the trapezoidal rule over ln S (0.001 steps over 16 sd). */
function lognormalByQuadrature(mean: number, cv: number, x: number): number {
  const s2 = Math.log1p(cv * cv),
    s = Math.sqrt(s2),
    mu = Math.log(mean) - s2 / 2;
  let tail = 0,
    second = 0;
  for (let z = -8; z <= 8; z += 0.001) {
    const v = Math.exp(mu + s * z),
      w = (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * 0.001;
    second += v * v * w;
    if (v > x) tail += (v - x) ** 2 * w;
  }
  return tail / second;
}

describe("residual handle time past a short break's end", () => {
  it("matches quadrature for lognormal handle times and the closed forms of exponential and constant ones", () => {
    const lognormal: Distribution = { kind: "lognormal", mean: 300, cv: 0.8 };
    for (const x of [30, 120, 300, 900]) {
      expect(residualBeyond(lognormal, 300, x)).toBeCloseTo(lognormalByQuadrature(300, 0.8, x), 4);
      // Scaled handle times (a slower pool): the same share at the same x per unit of handle time.
      expect(residualBeyond(lognormal, 600, 2 * x)).toBeCloseTo(residualBeyond(lognormal, 300, x), 10);
      expect(residualBeyond({ kind: "exponential", mean: 300 }, 300, x)).toBeCloseTo(Math.exp(-x / 300), 12);
    }
    expect(residualBeyond({ kind: "constant", value: 300 }, 300, 150)).toBeCloseTo(0.25, 12);
    expect(residualBeyond({ kind: "constant", value: 300 }, 300, 400)).toBe(0);
    expect(residualBeyond(lognormal, 300, 0)).toBe(1);
  });

  it("lasts E[R^2] / E[R] handle times at the start of an interval: 2 for exponential, (2/3)(1 + cv^2)^2 for lognormal", () => {
    expect(transientFactor({ kind: "exponential", mean: 300 })).toBe(2);
    expect(transientFactor({ kind: "gamma", shape: 1, scale: 300 })).toBeCloseTo(2, 12);
    expect(transientFactor({ kind: "lognormal", mean: 300, cv: 0.8 })).toBeCloseTo((2 / 3) * 1.64 ** 2, 12);
    expect(transientFactor({ kind: "constant", value: 300 })).toBeCloseTo(2 / 3, 12);
    // Two equally likely values 100 and 500, in units of 100: E[S] = 3, E[S^2] = 13, E[S^3] = 63.
    expect(transientFactor({ kind: "empirical", values: [100, 500] })).toBeCloseTo((2 * 63) / (3 * 3 * 13), 12);
  });
});

describe("an interval that starts as the last one left it", () => {
  const ch = flatVoice(600, 1, 48);
  const exact = (agents: number): number =>
    erlangA({ callsPerHour: 600, ahtSec: 270, agents, thresholdSec: 20, patienceSec: 180 }).serviceLevel[
      "answered-within-threshold"
    ];
  const run = (steps: readonly { agents: number; fresh: number }[]): number => {
    const streams = new RandomStreams(1, 0);
    const outcomes = new IntervalOutcomes(streams.stream("a"), streams.stream("b"));
    const start = new CarriedBacklog(1);
    let sl = 0;
    for (const { agents, fresh } of steps)
      sl = start.evaluate(0, ch, 600 / 3600, 270, 1800, agents, fresh, outcomes).slAnswered;
    return sl;
  };

  it("is the stationary Erlang A when it starts in its own steady state", () => {
    expect(
      run([
        { agents: 48, fresh: 0 },
        { agents: 48, fresh: 0 },
      ]),
    ).toBe(exact(48));
  });

  it("is worse after an understaffed interval's queue, better at opening or with agents coming on idle", () => {
    const steady = exact(48);
    expect(
      run([
        { agents: 40, fresh: 0 },
        { agents: 48, fresh: 0 },
      ]),
    ).toBeLessThan(steady - 0.01);
    // (The steady queue is only 1.1 contacts here, so opening without it is worth half a point.)
    expect(run([{ agents: 48, fresh: 0 }])).toBeGreaterThan(steady + 0.003);
    expect(
      run([
        { agents: 48, fresh: 0 },
        { agents: 48, fresh: 2 },
      ]),
    ).toBeGreaterThan(steady + 0.01);
  });
});
