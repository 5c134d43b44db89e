// Arrival rates with an intraday shape per weekday: each day has its weekday's shape, the weekday weights still
// set each day's volume, and every month's expected total is its monthly volume exactly (closed form: sums).
import { describe, expect, it } from "vitest";
import { arrivalRates, buildCalendar, type DemandSpec } from "../src/index.js";

const calendar = buildCalendar({
  startYear: 2026,
  startMonth: 2, // 1 February 2026 is a Sunday
  warmupMonths: 0,
  horizonMonths: 2,
  intervalMinutes: 60,
  openHour: 8,
  closeHour: 12,
});
const weekdays = [1.3, 1.1, 1, 1, 0.9, 0.6, 0.4];
// Monday to Friday busiest at 08:00, Saturday at 10:00, Sunday at 11:00.
const shapes = [...Array.from({ length: 5 }, () => [4, 3, 2, 1]), [1, 2, 4, 2], [1, 1, 2, 6]];
const spec: DemandSpec = {
  monthlyVolume: [28_000, 31_000],
  dayOfWeekWeights: weekdays,
  intradayWeights: [1, 1, 1, 1],
  intradayWeightsByWeekday: shapes,
};
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe("arrival rates with an intraday shape per weekday", () => {
  const rates = arrivalRates(spec, calendar);
  const perDay = calendar.intervalsPerDay;
  const dayOf = (d: number) => Array.from(rates.subarray(d * perDay, (d + 1) * perDay), (r) => r * 3600);

  it("keeps every month's expected volume exactly", () => {
    for (let m = 0; m < 2; m++) {
      let total = 0;
      for (let d = calendar.monthStartDay[m]!; d < calendar.monthStartDay[m + 1]!; d++) total += sum(dayOf(d));
      expect(total).toBeCloseTo(spec.monthlyVolume[m]!, 8);
    }
  });

  it("gives each day its weekday's shape and its weekday's share of the month", () => {
    // February 2026 has exactly four of each weekday, so a day's volume is 28,000 x its weight / (4 x the sum).
    const weekSum = sum(weekdays);
    for (let d = 0; d < 7; d++) {
      const w = calendar.dayOfWeek[d]!;
      const day = dayOf(d);
      expect(sum(day)).toBeCloseTo((28_000 * weekdays[w]!) / (4 * weekSum), 8);
      day.forEach((v, i) => expect(v / sum(day)).toBeCloseTo(shapes[w]![i]! / sum(shapes[w]!), 12));
    }
    expect(calendar.dayOfWeek[0]).toBe(6); // the first day is a Sunday, its peak the last hour
    expect(dayOf(0).indexOf(Math.max(...dayOf(0)))).toBe(3);
  });

  it("refuses shapes of the wrong number or length, or a weekday with no volume at all", () => {
    expect(() => arrivalRates({ ...spec, intradayWeightsByWeekday: shapes.slice(0, 6) }, calendar)).toThrow(
      /7 lists of 4/,
    );
    expect(() =>
      arrivalRates({ ...spec, intradayWeightsByWeekday: [...shapes.slice(0, 6), [1, 1]] }, calendar),
    ).toThrow(/7 lists of 4/);
    expect(() =>
      arrivalRates({ ...spec, intradayWeightsByWeekday: [...shapes.slice(0, 6), [0, 0, 0, 0]] }, calendar),
    ).toThrow(/none all zero/);
  });
});
