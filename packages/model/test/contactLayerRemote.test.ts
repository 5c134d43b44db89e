// Without the people layer the starting workforce's remote share once went unread: a variant that made agents
// remote ran exactly as the baseline. Remote agents are placed evenly over the roster and get the remote shifts.
import { describe, expect, it } from "vitest";
import { simulateCentre, type AgentPool, type CentreParams } from "../src/index.js";
import { smallCentre } from "./fixtures.js";

const twoPeaks = [6, 8, 9, 9, 8, 6, 4, 3, 2, 2, 2, 2, 2, 2, 2, 3, 4, 6, 8, 9, 9, 8, 6, 4, 3, 2, 2, 1];

/** 8-hour shifts for anyone, 4-hour ones at the peaks for remote agents, who may pair them into a split shift. */
function centre(remoteShare: number): CentreParams {
  const base = smallCentre(60);
  return {
    ...base,
    channels: [{ ...base.channels[0]!, demand: { ...base.channels[0]!.demand, intradayWeights: twoPeaks } }],
    operations: {
      ...base.operations,
      remoteSplitShifts: true,
      shiftTemplates: [
        { lengthIntervals: 16, earliestStart: 0, latestStart: 12 },
        ...[0, 18].map((start) => ({ lengthIntervals: 8, earliestStart: start, latestStart: start, remoteOnly: true })),
      ],
    },
    workforce: { ...base.workforce, remoteShare },
  };
}

describe("remote agents without the people layer", () => {
  it("are the given share of the starting roster, spread evenly over it", () => {
    let pool: AgentPool | undefined;
    simulateCentre(centre(0.4), "interval", 1, 0, { onFinish: (p) => (pool = p) });
    const remote = Array.from(pool!.remote.subarray(0, pool!.count));
    expect(remote.filter((r) => r === 1)).toHaveLength(24);
    // Every run of five agents holds two remote ones: none of the days off or skills is left without them.
    for (let a = 0; a + 5 <= remote.length; a += 5)
      expect(remote[a]! + remote[a + 1]! + remote[a + 2]! + remote[a + 3]! + remote[a + 4]!).toBe(2);
  });

  it("take split shifts over both peaks: better service from the same agents", () => {
    const serviceLevel = (share: number): number => {
      let total = 0;
      for (let r = 0; r < 3; r++)
        total += simulateCentre(centre(share), "interval", 6, r).months[0]!.values["voice.serviceLevel"]!;
      return total / 3;
    };
    expect(serviceLevel(0.5)).toBeGreaterThan(serviceLevel(0) + 0.02);
  });
});
