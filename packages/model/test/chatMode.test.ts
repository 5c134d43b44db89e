// The multi-skilled agents' chat mode in interval fidelity (internal/ChatMode.ts) and the session chain it stands
// on (internal/SessionChain.ts); docs/model.md, "Interval fidelity". Agreement with contact fidelity is measured on
// whole scenarios (test/bench/fidelity.mjs, test/validation/fidelity-agreement.test.ts).
import { RandomStreams } from "@ccsim/engine";
import { erlangA } from "@ccsim/erlang";
import { describe, expect, it } from "vitest";
import { ChatMode, type ChatModeInput } from "../src/internal/ChatMode.js";
import { noIdleOf, waitChance } from "../src/internal/HeavyTraffic.js";
import {
  refillDelay,
  sessionBusyShare,
  sessionBusyShareHolding,
  timeToEmpty,
  timeToEmptyMixed,
} from "../src/internal/SessionChain.js";

/**
 * One chat agent at concurrency 2 under the routing the chain stands for, simulated: sessions of mean 1
 * (exponential), all free sessions refilled together `x` after the last session ended unless another ends first.
 * Returns the time shares holding 0, 1, 2 sessions.
 */
function simulateAgent(x: number, cycles: number): number[] {
  const uniform = new RandomStreams(11, 0).stream("test.session-chain");
  const exp = (): number => -Math.log(1 - uniform.next());
  const time = [0, 0, 0];
  let n = 2;
  for (let i = 0; i < cycles; i++) {
    if (n === 2) {
      // The first of two sessions to end: exponential of rate 2.
      time[2]! += exp() / 2;
      n = 1;
    } else if (n === 1) {
      const end = exp();
      if (end < x) {
        time[1]! += end;
        n = 0;
      } else {
        time[1]! += x;
        n = 2;
      }
    } else {
      time[0]! += x;
      n = 2;
    }
  }
  const total = time[0]! + time[1]! + time[2]!;
  return time.map((t) => t / total);
}

describe("the session chain", () => {
  it("has the closed form of its derivation, and one session is busy 1 / (1 + x)", () => {
    for (const x of [0.1, 0.5, 2]) {
      const q = Math.exp(-x);
      const t = [(1 - q) * x, 1 - q, 0.5];
      const total = t[0]! + t[1]! + t[2]!;
      expect(sessionBusyShare(x, 2)).toBeCloseTo((t[1]! + 2 * t[2]!) / total / 2, 12);
      expect(sessionBusyShare(x, 1)).toBeCloseTo(1 / (1 + x), 12);
      // From one open session: it ends before the refill (1 - q), or the agent is refilled and starts from two.
      expect(timeToEmpty(x, 2)).toBeCloseTo(1 + q / (2 * (1 - q)), 12);
    }
    expect(timeToEmpty(0.3, 1)).toBe(1);
  });

  it("matches a simulated agent (fixed seed; 400,000 changes, shares within 0.005)", () => {
    for (const x of [0.25, 1]) {
      const q = Math.exp(-x);
      const t = [(1 - q) * x, 1 - q, 0.5];
      const total = t[0]! + t[1]! + t[2]!;
      const simulated = simulateAgent(x, 400_000);
      t.forEach((share, n) => expect(Math.abs(simulated[n]! - share / total)).toBeLessThan(0.005));
    }
  });

  it("inverts the busy share, and tabulates the time to empty", () => {
    for (const k of [2, 3]) {
      for (const rho of [0.1, 0.42, 0.79, 0.95]) {
        const x = refillDelay(rho, k);
        expect(sessionBusyShare(x, k)).toBeCloseTo(rho, 3);
        // All holders chat-only: the plain chain.
        expect(timeToEmptyMixed(rho, k, 1) / timeToEmpty(x, k)).toBeCloseTo(1, 2);
      }
    }
    // Busier sessions are refilled sooner, so an agent holds chats longer.
    expect(timeToEmptyMixed(0.9, 2, 1)).toBeGreaterThan(timeToEmptyMixed(0.5, 2, 1));
  });

  it("counts a multi-skilled holder's busy share over its time holding chats, and mixes the two kinds", () => {
    for (const x of [0.25, 1]) {
      // The simulated agent's shares without the state holding none: busy (s1 + 2 s2) / (2 (s1 + s2)).
      const [, s1, s2] = simulateAgent(x, 400_000) as [number, number, number];
      expect(Math.abs(sessionBusyShareHolding(x, 2) - (s1 + 2 * s2) / (2 * (s1 + s2)))).toBeLessThan(0.005);
      expect(sessionBusyShareHolding(x, 2)).toBeGreaterThan(sessionBusyShare(x, 2));
    }
    // At one busy share, multi-skilled holders (never waiting at none) imply a longer refill delay than chat-only
    // agents, so a shorter time to empty; mixes lie in between.
    const chatOnly = timeToEmptyMixed(0.8, 2, 1),
      multi = timeToEmptyMixed(0.8, 2, 0),
      half = timeToEmptyMixed(0.8, 2, 0.5);
    expect(multi).toBeLessThan(chatOnly);
    expect(half).toBeGreaterThan(multi);
    expect(half).toBeLessThan(chatOnly);
  });
});

describe("the probability of wait of the flows", () => {
  it("is within 0.04 of exact Erlang A from 10 servers up, and 0.02 from 100", () => {
    for (const [erlangs, servers, patience, tolerance] of [
      [100, 100, 330, 0.02],
      [100, 105, 330, 0.02],
      [200, 210, 600, 0.02],
      [20, 22, 180, 0.04],
      [10, 12, 300, 0.04],
    ] as const) {
      const exact = erlangA({
        callsPerHour: (erlangs / 300) * 3600,
        ahtSec: 300,
        agents: servers,
        thresholdSec: 20,
        patienceSec: patience,
      }).pWait;
      expect(Math.abs(waitChance(erlangs, servers, patience / 300) - exact)).toBeLessThan(tolerance);
    }
  });

  it("falls as servers are added, and is 1 with none, 0 with nothing offered", () => {
    let last = 1;
    for (let n = 80; n <= 130; n += 5) {
      const p = waitChance(100, n, 0.5);
      expect(p).toBeLessThan(last);
      last = p;
    }
    expect(waitChance(100, 0, 0.5)).toBe(1);
    expect(waitChance(0, 10, 0.5)).toBe(0);
  });
});

describe("no idle multi-skilled agent among voice's idle ones", () => {
  it("is 1 with no multi-skilled agents, falls with their share, and agrees with a direct sum", () => {
    expect(noIdleOf(90, 100, 0)).toBe(1);
    expect(noIdleOf(90, 100, 0.4)).toBeLessThan(noIdleOf(90, 100, 0.2));
    // E[(1 - m)^J | B <= n], J = n - B, B ~ Poisson(A): summed term by term.
    const [a, n, m] = [90, 100, 0.3];
    let num = 0,
      den = 0,
      term = Math.exp(-a);
    for (let b = 0; b <= n; b++) {
      if (b > 0) term *= a / b;
      num += term * (1 - m) ** (n - b);
      den += term;
    }
    expect(noIdleOf(a, n, m)).toBeCloseTo(num / den, 6);
    // Overloaded (A > n): still a share, and more idle servers when fewer are offered.
    expect(noIdleOf(120, 100, 0.3)).toBeGreaterThan(noIdleOf(80, 100, 0.3));
    expect(noIdleOf(120, 100, 0.3)).toBeLessThanOrEqual(1);
  });
});

describe("the chat mode", () => {
  const input: ChatModeInput = {
    flexible: 60,
    leaving: 0,
    shortBreaks: 0,
    shortBreakSec: 0,
    joining: 0,
    joiningV: 0,
    joiningC: 0,
    waitingV: 0,
    waitingC: 0,
    singleV: 70,
    singleC: 15,
    rateV: 0.3,
    rateC: 0.1,
    ahtV: 330,
    ahtC: 640,
    concurrency: 2,
    patienceV: 160,
    patienceC: 600,
  };

  it("starts the day empty, fills towards a balance that does not depend on the start, and stays a share", () => {
    const mode = new ChatMode();
    const path: number[] = [];
    for (let i = 0; i < 12; i++) path.push(mode.step(input, 1800));
    for (const c of path) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    expect(path[0]!).toBeLessThan(path[11]!);
    // Start full: every agent coming on to a chat queue ten times its capacity, with no call waiting.
    const full = new ChatMode();
    expect(full.step({ ...input, rateV: 1e-6, rateC: 1, joining: 60, waitingC: 1200 }, 1800)).toBeGreaterThan(0.99);
    let c = 0;
    for (let i = 0; i < 12; i++) c = full.step(input, 1800);
    expect(Math.abs(c - path[11]!)).toBeLessThan(0.01);
  });

  it("loses the agents going off, and has nobody in it without chats", () => {
    const mode = new ChatMode();
    for (let i = 0; i < 4; i++) mode.step(input, 1800);
    // Everyone goes off and others come on idle, with calls queueing: nobody holds chats at the start.
    const after = mode.step({ ...input, leaving: 60, joining: 60, rateV: 0.5 }, 1800);
    const fresh = new ChatMode();
    expect(after).toBeCloseTo(fresh.step({ ...input, joining: 60, rateV: 0.5 }, 1800), 12);
    expect(new ChatMode().step({ ...input, rateC: 0 }, 1800)).toBe(0);
  });

  it("shares the waiting lines among everyone coming on: calls first, then chats, k each", () => {
    const start = (over: Partial<ChatModeInput>): number => {
      const mode = new ChatMode();
      // A quiet interval (almost no arrivals) so that the share is the joiners' own.
      return mode.step({ ...input, rateV: 1e-9, rateC: 1e-9, ...over }, 1) * 60;
    };
    // 10 multi-skilled agents and 10 chat-only come on to 20 chats: half the chats reach the multi-skilled
    // ones, 2 each, so 5 of them hold chats.
    expect(start({ joining: 10, joiningC: 10, waitingC: 20 })).toBeCloseTo(5, 1);
    // With 10 voice-only agents and 10 calls too, half the multi-skilled agents take calls first, and the other 5
    // share the chats with the chat-only ones: 20 chats over 15 agents, 2 each.
    expect(start({ joining: 10, joiningV: 10, joiningC: 10, waitingV: 10, waitingC: 20 })).toBeCloseTo(
      5 * (20 / 30),
      1,
    );
    // More chats than they can hold: every multi-skilled agent left after the calls holds chats.
    expect(start({ joining: 10, waitingV: 4, waitingC: 100 })).toBeCloseTo(6, 1);
  });
});
