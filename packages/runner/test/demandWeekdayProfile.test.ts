// An intraday profile per weekday (issue 15): history drawn from known weekday-specific shapes (a morning peak on
// weekdays, a midday one on Saturday, an afternoon one on Sunday), imported into a scenario, recovers each
// weekday's shape within sampling error, and the model then gives each day its weekday's shape while every month
// keeps its volume exactly. Bounds are 4 standard errors of a multinomial share (closed form), computed from the
// known shape, so a correct import fails with probability ~1e-4 per figure.
import { describe, expect, it } from "vitest";
import { arrivalRates, buildCalendar } from "@ccsim/model";
import { applyOverrides, loadScenario, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { applyDemandFiles, syntheticGenesysHistory, type SyntheticDemand } from "../src/demandImport/index.js";
import { compileScenario } from "../src/compileScenario.js";

const bump = (hour: number, peak: number) => Math.exp(-0.5 * ((hour - peak) / 1.5) ** 2);
/** 15-minute shape from midnight, open 08:00-20:00, with one peak at `peak` o'clock. */
const shape = (peak: number) =>
  Array.from({ length: 96 }, (_, i) => {
    const hour = (i + 0.5) / 4;
    return hour < 8 || hour >= 20 ? 0 : 0.2 + bump(hour, peak);
  });
const PEAKS = [10, 10, 10, 10, 10, 13, 16];
const byWeekday = PEAKS.map(shape);
const weekdayShares = [1.3, 1.1, 1, 1, 0.9, 0.6, 0.4];

const history: SyntheticDemand = {
  firstDate: "2026-03-02", // a Monday; eight weeks over the spring switch
  days: 56,
  timeZone: "Europe/Berlin",
  intervalMinutes: 15,
  queue: "Q",
  mediaType: "Voice",
  meanDailyVolume: 1500,
  weekdayShares,
  intraday: shape(12),
  intradayByWeekday: byWeekday,
  handleTimeSec: () => 300,
  abandonShare: 0,
  seed: 11,
};
const csv = syntheticGenesysHistory(history);

const scenarioText = `schemaVersion: 1
name: weekday shapes
calendar: { startDate: 2026-05, horizonMonths: 2, intervalMinutes: 30, openHour: 8, closeHour: 20 }
demand:
  voice:
    demandFile: { path: h.csv, format: genesys, timeZone: Europe/Berlin }
    handleTimeSec: 100
operations:
  initialHeadcount: { proficient: 40 }
`;

const load = (): Scenario => {
  const decoded = loadScenario(scenarioText, "s.yaml");
  if (Either.isLeft(decoded)) throw new Error(decoded.left.format());
  return applyDemandFiles(decoded.right, () => ({ text: csv, shownAs: "h.csv" })).scenario;
};

/** Truth on the scenario's 30-minute grid from 08:00: shares of each pair of quarters. */
const truthOf = (weekday: number): number[] => {
  const s = byWeekday[weekday]!;
  const total = s.reduce((a, b) => a + b, 0);
  return Array.from({ length: 24 }, (_, k) => (s[32 + 2 * k]! + s[33 + 2 * k]!) / total);
};

describe("an intraday profile per weekday, from history", () => {
  const scenario = load();
  const voice = scenario.demand.voice!;
  const contactsOn = (weekday: number): number =>
    csv
      .split("\n")
      .slice(1)
      .filter((line) => line.length > 0)
      .reduce((sum, line) => {
        const [start, , , , , offered] = line.split(",");
        // Volume lies between 08:00 and 20:00 Berlin time (UTC+1 or +2), so UTC+2 always falls on the local date.
        const local = new Date(Date.parse(start!) + 2 * 3600_000);
        return (local.getUTCDay() + 6) % 7 === weekday ? sum + Number(offered) : sum;
      }, 0);

  it("recovers each weekday's shape within 4 standard errors of a multinomial share", () => {
    expect(voice.intradaySharesByWeekday).toHaveLength(7);
    for (let w = 0; w < 7; w++) {
      const n = contactsOn(w);
      const estimate = voice.intradaySharesByWeekday![w]!;
      expect(estimate).toHaveLength(24);
      truthOf(w).forEach((truth, k) =>
        expect(
          Math.abs(estimate[k]! / estimate.reduce((a, b) => a + b, 0) - truth),
          `weekday ${w} slot ${k}`,
        ).toBeLessThanOrEqual(4 * Math.sqrt((truth * (1 - truth)) / n) + 1e-12),
      );
    }
  });

  it("tells the weekdays apart: Sunday's busiest interval is in the afternoon, Monday's in the morning", () => {
    const busiest = (xs: ReadonlyArray<number>) => xs.indexOf(Math.max(...xs));
    const hourOf = (k: number) => 8 + k / 2;
    expect(hourOf(busiest(voice.intradaySharesByWeekday![0]!))).toBeGreaterThanOrEqual(9);
    expect(hourOf(busiest(voice.intradaySharesByWeekday![0]!))).toBeLessThanOrEqual(10.5);
    expect(hourOf(busiest(voice.intradaySharesByWeekday![6]!))).toBeGreaterThanOrEqual(15);
    expect(hourOf(busiest(voice.intradaySharesByWeekday![6]!))).toBeLessThanOrEqual(16.5);
  });

  it("gives each simulated day its weekday's shape and keeps every month's volume exactly", () => {
    const params = compileScenario(scenario);
    const demand = params.channels[0]!.demand;
    const calendar = buildCalendar(params.calendar);
    const rates = arrivalRates(demand, calendar);
    const perDay = calendar.intervalsPerDay;
    for (let m = 0; m < calendar.months; m++) {
      let expected = 0;
      for (let d = calendar.monthStartDay[m]!; d < calendar.monthStartDay[m + 1]!; d++)
        for (let i = 0; i < perDay; i++) expected += rates[d * perDay + i]! * calendar.intervalSec;
      expect(expected, `month ${m}`).toBeCloseTo(demand.monthlyVolume[m]!, 6);
    }
    const shares = voice.intradaySharesByWeekday!;
    for (let d = 0; d < 14; d++) {
      const w = calendar.dayOfWeek[d]!;
      const day = Array.from(rates.subarray(d * perDay, (d + 1) * perDay));
      const total = day.reduce((a, b) => a + b, 0);
      const own = shares[w]!;
      const ownTotal = own.reduce((a, b) => a + b, 0);
      day.forEach((r, i) => expect(r / total, `day ${d} interval ${i}`).toBeCloseTo(own[i]! / ownTotal, 12));
    }
  });

  it("leaves a scenario without per-weekday profiles computing exactly as with one shared profile", () => {
    const { intradaySharesByWeekday: _dropped, ...shared } = voice;
    const params = compileScenario({ ...scenario, demand: { voice: shared } });
    expect(params.channels[0]!.demand.intradayWeightsByWeekday).toBeUndefined();
    const calendar = buildCalendar(params.calendar);
    const withSharedListed = arrivalRates(
      {
        ...params.channels[0]!.demand,
        intradayWeightsByWeekday: Array.from({ length: 7 }, () => params.channels[0]!.demand.intradayWeights),
      },
      calendar,
    );
    expect(Array.from(arrivalRates(params.channels[0]!.demand, calendar))).toEqual(Array.from(withSharedListed));
  });

  it("lets a variant that sets the shared profile replace the per-weekday ones, and keeps them otherwise", () => {
    const flat = Array<number>(24).fill(1);
    const reshaped = applyOverrides(scenario, { "demand.voice.intradayShares": flat });
    if (Either.isLeft(reshaped)) throw new Error(reshaped.left.format());
    expect(reshaped.right.demand.voice!.intradaySharesByWeekday).toBeUndefined();
    expect(compileScenario(reshaped.right).channels[0]!.demand.intradayWeights).toEqual(flat.map(() => 1 / 24));
    const other = applyOverrides(scenario, { "demand.voice.handleTimeSec": 200 });
    if (Either.isLeft(other)) throw new Error(other.left.format());
    expect(other.right.demand.voice!.intradaySharesByWeekday).toEqual(voice.intradaySharesByWeekday);
  });

  it("refuses a weekday list of the wrong length, at its place", () => {
    const bad = scenarioText.replace(
      "    handleTimeSec: 100",
      `    handleTimeSec: 100\n    intradaySharesByWeekday: [${Array.from({ length: 7 }, (_, i) => `[${i === 2 ? "1, 2" : Array(24).fill(1).join(", ")}]`).join(", ")}]`,
    );
    const decoded = loadScenario(bad, "s.yaml");
    expect(Either.isLeft(decoded)).toBe(true);
    if (Either.isLeft(decoded))
      expect(decoded.left.format()).toContain("demand.voice.intradaySharesByWeekday[2]: expected 24 weights for wed");
  });
});
