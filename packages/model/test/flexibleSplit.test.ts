// How interval fidelity shares multi-skilled agents between voice and chat (internal/FlexibleSplit.ts; docs/model.md,
// "Interval fidelity"). Agreement with contact fidelity is measured on whole scenarios (test/bench/fidelity.mjs).
import type { Distribution } from "@ccsim/engine";
import { erlangA } from "@ccsim/erlang";
import { describe, expect, it } from "vitest";
import type { ChannelParams } from "../src/CentreParams.js";
import { FlexibleSplit } from "../src/internal/FlexibleSplit.js";
import { flatVoice } from "./fixtures.js";

function channel(name: "voice" | "chat", ahtSec: number, patienceSec: number, concurrency: number): ChannelParams {
  const exponential = (mean: number): Distribution => ({ kind: "exponential", mean });
  return flatVoice(10, 1, 2, {
    name,
    handleTimeSec: exponential(ahtSec),
    patienceSec: exponential(patienceSec),
    concurrency,
  });
}

const voice = channel("voice", 330, 160, 1),
  chat = channel("chat", 540, 600, 2);

describe("probability of wait (Garnett, Mandelbaum and Reiman)", () => {
  it("is within 0.02 of exact Erlang A at 40-100 agents' load, and 0.06 at 10", () => {
    for (const [ahtSec, patienceSec, concurrency, load, tolerance] of [
      [330, 160, 1, 100, 0.02],
      [540, 600, 2, 40, 0.02],
      [270, 180, 1, 10, 0.06],
    ] as const) {
      const split = new FlexibleSplit([channel("voice", ahtSec, patienceSec, concurrency)]);
      for (let agents = Math.ceil(load * 0.8); agents <= load * 1.3; agents++) {
        const exact = erlangA({
          callsPerHour: (load * concurrency * 3600) / ahtSec,
          ahtSec,
          agents: agents * concurrency,
          thresholdSec: 20,
          patienceSec,
        }).pWait;
        expect(Math.abs(split.pWait(0, agents, load) - exact)).toBeLessThan(tolerance);
      }
    }
  });
});

describe("sharing the multi-skilled agents", () => {
  const split = new FlexibleSplit([voice, chat]);
  const swapped = new FlexibleSplit([chat, voice]);

  it("is the proportional share when nobody waits", () => {
    // 100 multi-skilled agents for 10 agents' load each: half each, as agents per unit of load are equal.
    expect(split.share(100, 0, 0, 10, 10, 0) * 100).toBe(50);
    // The single-skilled agents count: 30 voice-only agents already exceed voice's half of 50 agents.
    expect(split.share(20, 30, 0, 5, 5, 0)).toBe(0);
  });

  it("does not depend on the channels' order", () => {
    for (const [f, sv, sc, lv, lc] of [
      [62, 138, 16, 145, 58],
      [62, 65, 16, 115, 46],
      [40, 50, 10, 60, 30],
    ] as const) {
      expect(1 - swapped.share(f, sc, sv, lc, lv, 1)).toBeCloseTo(split.share(f, sv, sc, lv, lc, 0), 12);
    }
  });

  it("gives the channel served first more agents once both wait, and never more than there are", () => {
    const twins = new FlexibleSplit([channel("voice", 300, 180, 1), channel("chat", 300, 180, 1)]);
    // Nobody waits at 10 agents' load each on 50: even. At 24 each (a third of contacts wait) voice gains.
    expect(twins.share(50, 0, 0, 10, 10, 0) * 50).toBe(25);
    expect(twins.share(50, 0, 0, 24, 24, 0) * 50).toBeGreaterThan(25);
    expect(twins.share(50, 0, 0, 24, 24, 1) * 50).toBeLessThan(25);
    // A fractional number of multi-skilled agents (one on a break part of the interval) is never over-given.
    for (const f of [0.4, 3.6, 12.5]) {
      const share = split.share(f, 5, 1, 8, 3, 0);
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    expect(split.share(0, 5, 1, 8, 3, 0)).toBe(1);
  });
});
