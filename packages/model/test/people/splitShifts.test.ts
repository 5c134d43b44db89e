import { describe, expect, it } from "vitest";
import { simulateCentre, type CentreParams } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

describe("split shifts for remote agents", () => {
  it("let a remote roster cover a morning and an evening peak: better service from the same agents", () => {
    const twoPeaks = [6, 8, 9, 9, 8, 6, 4, 3, 2, 2, 2, 2, 2, 2, 2, 3, 4, 6, 8, 9, 9, 8, 6, 4, 3, 2, 2, 1];
    // A static, fully remote roster: no quits, no hires; 8-hour shifts for anyone, 4-hour ones for remote agents.
    const params = (split: boolean): CentreParams => {
      const base = centreWithPeople(52, 1, 0, (p) => ({ ...neutralPeople(p, 0), initialRemoteShare: 1 }));
      return {
        ...base,
        channels: [{ ...base.channels[0]!, demand: { ...base.channels[0]!.demand, intradayWeights: twoPeaks } }],
        operations: {
          ...base.operations,
          remoteSplitShifts: split,
          shiftTemplates: [
            { lengthIntervals: 16, earliestStart: 0, latestStart: 12 },
            ...[0, 8, 18].map((start) => ({
              lengthIntervals: 8,
              earliestStart: start,
              latestStart: start,
              remoteOnly: true,
            })),
          ],
        },
      };
    };
    const serviceLevel = (split: boolean): number => {
      let total = 0;
      for (let r = 0; r < 3; r++)
        total += simulateCentre(params(split), "interval", 6, r).months[0]!.values["voice.serviceLevel"]!;
      return total / 3;
    };
    expect(serviceLevel(true)).toBeGreaterThan(serviceLevel(false) + 0.02);
  });
});
