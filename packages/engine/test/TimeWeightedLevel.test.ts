import { describe, expect, it } from "vitest";
import { TimeWeightedLevel } from "../src/TimeWeightedLevel.js";

describe("TimeWeightedLevel", () => {
  it("integrates a piecewise-constant level exactly", () => {
    // Level 0 on [0,2), 3 on [2,5), 1 on [5,6), 2 from 6: integral to 10 = 0 + 9 + 1 + 8 = 18.
    const level = new TimeWeightedLevel();
    level.set(2, 3);
    expect(level.integral(5)).toBe(9);
    level.add(5, -2);
    level.add(6, 1);
    expect(level.level).toBe(2);
    expect(level.integral(10)).toBe(18);
    expect(level.mean(10)).toBe(1.8);
  });

  it("honours a start time and initial level, and several changes at one instant", () => {
    const level = new TimeWeightedLevel(100, 4);
    level.add(110, 1);
    level.add(110, 1); // same instant: no area in between
    level.set(120, 0);
    expect(level.integral(130)).toBe(40 + 60);
    expect(level.mean(130)).toBe(100 / 30);
  });

  it("restarts accumulation at reset, keeping the level (end of a warm-up)", () => {
    const level = new TimeWeightedLevel(0, 5);
    level.set(10, 2);
    level.reset(20);
    expect(level.level).toBe(2);
    expect(level.integral(20)).toBe(0);
    expect(level.mean(20)).toBe(2); // zero-length span: the level
    level.set(25, 4);
    expect(level.integral(30)).toBe(10 + 20);
    expect(level.mean(30)).toBe(3);
  });

  it("rejects time going backwards", () => {
    const level = new TimeWeightedLevel(0, 1);
    level.set(5, 2);
    expect(() => level.set(4, 1)).toThrow(RangeError);
    expect(() => level.integral(4)).toThrow(RangeError);
    expect(() => level.add(Number.NaN, 1)).toThrow(RangeError);
    expect(() => new TimeWeightedLevel(Number.NaN)).toThrow(RangeError);
  });
});
