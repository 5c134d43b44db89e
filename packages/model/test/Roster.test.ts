import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignShifts, shiftOptions, ShiftAssigner } from "../src/index.js";

const INTERVALS = 28;
const onSite = shiftOptions([{ lengthIntervals: 16, earliestStart: 0, latestStart: 12 }], INTERVALS);
const remote = shiftOptions(
  [
    { lengthIntervals: 16, earliestStart: 0, latestStart: 12 },
    { lengthIntervals: 8, earliestStart: 0, latestStart: 20, remoteOnly: true },
  ],
  INTERVALS,
  true,
);

/** The roster built from scratch by `assignShifts`, on-site agents first. */
function fresh(target: Float64Array, onSiteCount: number, remoteCount: number): { cover: number[]; chosen: number[] } {
  const cover = new Float64Array(INTERVALS);
  const chosen = new Int32Array(onSiteCount + remoteCount);
  assignShifts(target, cover, onSiteCount, onSite, chosen);
  assignShifts(target, cover, remoteCount, remote, chosen.subarray(onSiteCount));
  return { cover: [...cover], chosen: [...chosen] };
}

describe("ShiftAssigner", () => {
  it("gives the roster assignShifts builds, whether remembered or not", () => {
    const days = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(days, (plan) => {
        // Four requirement curves, so that days repeat and the memory is used.
        const curves = [1, 2, 3, 4].map((scale) =>
          Float64Array.from({ length: INTERVALS }, (_, i) => scale * (1 + Math.sin(i / 4) ** 2) * 3),
        );
        const assigner = new ShiftAssigner(onSite, remote);
        return plan.every(([curve, onSiteCount, remoteCount]) => {
          const cover = new Float64Array(INTERVALS).fill(-1);
          const chosen = new Int32Array(onSiteCount + remoteCount);
          assigner.assign(curves[curve]!, onSiteCount, remoteCount, cover, chosen);
          const expected = fresh(curves[curve]!, onSiteCount, remoteCount);
          expect([...cover]).toEqual(expected.cover);
          expect([...chosen]).toEqual(expected.chosen);
          return true;
        });
      }),
      { numRuns: 50, seed: 11 },
    );
  });
});
