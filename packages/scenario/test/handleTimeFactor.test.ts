// Handle time by time of day in a scenario: one multiplier per open interval, refused with the field's line when
// the count is wrong or a value is seconds rather than a multiplier, and a warning when the multipliers do not
// average 1 over the day's volume (handleTimeSec would then not be the day's mean).
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { intervalsPerDay, loadScenario, locatedWarnings } from "../src/index.js";
import { loadFails, MINIMAL } from "./helpers.js";

const withFactors = (factors: ReadonlyArray<number>): string =>
  MINIMAL.replace("handleTimeSec: 300", `handleTimeSec: 300\n    handleTimeFactorByInterval: [${factors.join(", ")}]`);
const loaded = Either.getOrThrow(loadScenario(MINIMAL, "test.yaml"));
const perDay = intervalsPerDay(loaded.calendar);

describe("demand.<channel>.handleTimeFactorByInterval", () => {
  it("loads one multiplier per open interval", () => {
    const factors = Array.from({ length: perDay }, (_, i) => (i < perDay / 2 ? 1.2 : 0.8));
    const s = Either.getOrThrow(loadScenario(withFactors(factors), "test.yaml"));
    expect(s.demand.voice?.handleTimeFactorByInterval).toEqual(factors);
  });

  it("refuses a wrong count and a value in seconds, at the field's line", () => {
    expect(loadFails(withFactors([1, 1.3, 1])).format()).toBe(
      `test.yaml:9:5 demand.voice.handleTimeFactorByInterval: expected ${perDay} multipliers (one per 30-minute interval from ${loaded.calendar.openHour}:00 to ${loaded.calendar.closeHour}:00), found 3`,
    );
    const seconds = loadFails(withFactors(Array.from({ length: perDay }, () => 300))).format();
    expect(seconds).toMatch(
      /^test\.yaml:9:\d+ demand\.voice\.handleTimeFactorByInterval\[0\]: expected a number from 0\.2 to 5/,
    );
    expect(loadFails(withFactors(Array.from({ length: perDay }, () => 0))).format()).toMatch(
      /handleTimeFactorByInterval\[0\]: expected a number from 0\.2 to 5, found 0/,
    );
  });

  it("warns when the multipliers average far from 1 over the day's volume, and not when they average 1", () => {
    const high = withFactors(Array.from({ length: perDay }, () => 1.5));
    const warnings = locatedWarnings(high, "test.yaml", Either.getOrThrow(loadScenario(high, "test.yaml")));
    expect(warnings.map((w) => [w.line, w.path])).toEqual([[9, "demand.voice.handleTimeFactorByInterval"]]);
    expect(warnings[0]!.message).toContain("average 1.50 weighted by volume, so the day's mean handle time is 450 s");
    const balanced = withFactors(Array.from({ length: perDay }, (_, i) => (i % 2 === 0 ? 1.3 : 0.7)));
    expect(locatedWarnings(balanced, "test.yaml", Either.getOrThrow(loadScenario(balanced, "test.yaml")))).toEqual([]);
  });
});
