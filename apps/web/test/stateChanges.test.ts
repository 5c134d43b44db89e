// A lever moved and then set back to its starting point's value is no change: it leaves the list of changes and
// the link, whichever of the baseline or the starting variant holds that value.
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { findEntry, scenarioOf } from "../src/library.js";
import { leverEdit } from "../src/stateChanges.js";
import type { PlaygroundState } from "../src/urlState.js";

const mts = Either.getOrThrow(scenarioOf(findEntry("mts-virtual-contact-centre")!));

describe("a lever set", () => {
  const start: PlaygroundState = {
    scenarioId: "mts-virtual-contact-centre",
    from: "virtual contact centre",
    settings: {},
    edits: {},
  };

  it("away from its starting value is an edit; back to it, none", () => {
    const moved = leverEdit(mts, start, "pay.pieceRatePerContact", 55);
    expect(moved.edits).toEqual({ "pay.pieceRatePerContact": 55 });
    // 40 is what the MTS variant's intervention sets.
    expect(leverEdit(mts, moved, "pay.pieceRatePerContact", 40).edits).toEqual({});
  });

  it("to the baseline's value, where the starting point does not set it, is none; other edits stay", () => {
    const two = leverEdit(mts, leverEdit(mts, start, "operations.shrinkage", 0.35), "training.maxClassSize", 12);
    expect(two.edits).toEqual({ "operations.shrinkage": 0.35, "training.maxClassSize": 12 });
    expect(leverEdit(mts, two, "operations.shrinkage", 0.3).edits).toEqual({ "training.maxClassSize": 12 });
  });

  it("to the starting variant's value is an edit when the trainer starts from the baseline (which differs)", () => {
    // The MTS variant trains for 4 weeks from 2023-07; the baseline for 3.
    expect(leverEdit(mts, start, "training.trainingWeeks", 4).edits).toEqual({});
    expect(leverEdit(mts, { ...start, from: "baseline" }, "training.trainingWeeks", 4).edits).toEqual({
      "training.trainingWeeks": 4,
    });
  });
});
