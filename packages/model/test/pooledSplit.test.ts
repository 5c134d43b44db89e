// How interval fidelity counts multi-skilled agents among the voice and chat queues' servers
// (internal/PooledSplit.ts; docs/model.md, "Interval fidelity"): the proportional split plus the other share's idle
// agents. Agreement with contact fidelity is measured on whole scenarios (test/bench/fidelity.mjs).
import { describe, expect, it } from "vitest";
import { flexibleShare } from "../src/internal/FlexibleSplit.js";
import { pooledWeights } from "../src/internal/PooledSplit.js";

const weights = (...args: [number, number, number, number, number, number, number]): number[] => {
  const w = new Float64Array(2);
  pooledWeights(...args, w);
  return [...w];
};

describe("pooling the idle multi-skilled agents", () => {
  it("adds to each channel's proportional share the other share's idle agents, in closed form", () => {
    // 40 multi-skilled beside 60 voice and 20 chat agents, loads 72 (voice, channel 0) and 24 agents (chat,
    // concurrency 2): the split gives voice 120 x 72 / 96 = 90 agents, 30 of the 40, so voice has 90 agents at busy
    // share 0.8 and chat 30 at 0.8.
    const share = flexibleShare(40, 60, 20, 72, 24);
    expect(share * 40).toBe(30);
    const [voice, chat] = weights(40, 60, 20, 72, 24, 0, 2);
    // Voice also counts chat's 10 with no session open: 10 x (1 - 0.8)^2 = 0.4 agents.
    expect(voice! * 40).toBeCloseTo(30 + 0.4, 10);
    // Chat also counts voice's 30 idle ones: 30 x (1 - 0.8) = 6 agents.
    expect(chat! * 40).toBeCloseTo(10 + 6, 10);
  });

  it("is the proportional split when every agent is busy, and counts every agent for both when all are idle", () => {
    const [v1, c1] = weights(40, 60, 20, 500, 500, 0, 2);
    const share = flexibleShare(40, 60, 20, 500, 500);
    expect(v1).toBeCloseTo(share, 12);
    expect(c1).toBeCloseTo(1 - share, 12);
    const [v0, c0] = weights(40, 60, 20, 0, 0, 0, 2);
    expect(v0).toBe(1);
    expect(c0).toBe(1);
  });

  it("follows the voice channel's index and the chat concurrency", () => {
    // Chat as channel 0: the same weights, swapped.
    const [chat, voice] = weights(40, 20, 60, 24, 72, 1, 2);
    expect(voice! * 40).toBeCloseTo(30.4, 10);
    expect(chat! * 40).toBeCloseTo(16, 10);
    // Concurrency 1: an agent of chat's share is idle with probability 1 - 0.8: 10 x 0.2 more for voice.
    const [v1] = weights(40, 60, 20, 72, 24, 0, 1);
    expect(v1! * 40).toBeCloseTo(32, 10);
  });
});
