// Demand over dates (issue 15): a Calabrio forecast used interval by interval drives the rates of its own days
// exactly (15-minute volumes summed into the scenario's 30-minute intervals, in local time across the spring
// switch), the other days follow the derived profile; a special day scales its day (0: closed, nobody rostered).
import { describe, expect, it } from "vitest";
import { arrivalRates, buildCalendar, simulateCentre } from "@ccsim/model";
import { loadScenario, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { applyDemandFiles } from "../src/demandImport/index.js";
import { compileScenario } from "../src/compileScenario.js";

const scenarioText = (specialDays = "[]") => `schemaVersion: 1
name: forecast
calendar: { startDate: 2026-03, horizonMonths: 1, openHour: 8, closeHour: 20, specialDays: ${specialDays} }
demand:
  voice:
    demandFile: { path: forecast.csv, format: calabrio, timeZone: Europe/Berlin, use: intervals }
    handleTimeSec: 300
operations:
  initialHeadcount: { proficient: 40 }
`;

/** A forecast for 28-29 March 2026 (the spring switch is on the 29th), 15-minute rows 00:00-24:00 local time. */
const rows: string[] = [];
const volumeAt = (day: number, minute: number): number =>
  minute >= 8 * 60 && minute < 20 * 60 ? 10 + day + minute / 60 : 1;
for (const [day, date] of [
  [0, "20260328"],
  [1, "20260329"],
] as const) {
  for (let minute = 0; minute < 24 * 60; minute += 15) {
    if (date === "20260329" && minute >= 120 && minute < 180) continue; // 02:00-03:00 does not exist that day
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    const end = minute + 15 === 24 * 60 ? `${Number(date) + 1} 00:00` : `${date} ${hhmm(minute + 15)}`;
    rows.push(`Support,${date} ${hhmm(minute)},${end},${volumeAt(day, minute)},300,0`);
  }
}

const load = (text: string): Scenario => {
  const decoded = loadScenario(text, "s.yaml");
  if (Either.isLeft(decoded)) throw new Error(decoded.left.format());
  return applyDemandFiles(decoded.right, () => ({ text: rows.join("\n"), shownAs: "forecast.csv" })).scenario;
};

describe("a forecast file used interval by interval", () => {
  const scenario = load(scenarioText());
  const params = compileScenario(scenario);
  const calendar = buildCalendar(params.calendar);
  const rates = arrivalRates(params.channels[0]!.demand, calendar);

  it("gives each open 30-minute interval of its days the sum of its two 15-minute volumes", () => {
    const perDay = calendar.intervalsPerDay;
    for (const [k, date] of [0, 1].map((k) => [k, 27 + k] as const)) {
      for (let i = 0; i < perDay; i++) {
        const minute = 8 * 60 + 30 * i;
        const expected = volumeAt(k, minute) + volumeAt(k, minute + 15);
        expect(rates[date * perDay + i]! * 1800, `day ${date} interval ${i}`).toBeCloseTo(expected, 9);
      }
    }
  });

  it("leaves the other days to the derived monthly volume and profile (a weekend-only file: weekends only)", () => {
    const perDay = calendar.intervalsPerDay;
    const day = (d: number) => rates.slice(d * perDay, (d + 1) * perDay).reduce((a, b) => a + b, 0) * 1800;
    expect(day(20)).toBeGreaterThan(0); // Saturday 21 March
    expect(day(20)).not.toBeCloseTo(day(27), 0);
    expect(day(16)).toBe(0); // Tuesday 17 March: the file has no weekday
  });
});

describe("special days", () => {
  const base = compileScenario(load(scenarioText()));
  const holiday = compileScenario(
    load(scenarioText("[{ date: 2026-03-14, name: closed day }, { date: 2026-03-15, volumeFactor: 0.25 }]")),
  );
  const calendar = buildCalendar(base.calendar);
  const perDay = calendar.intervalsPerDay;
  const dayVolume = (rates: Float64Array, d: number) =>
    rates.slice(d * perDay, (d + 1) * perDay).reduce((a, b) => a + b, 0) * 1800;
  const before = arrivalRates(base.channels[0]!.demand, calendar);
  const after = arrivalRates(holiday.channels[0]!.demand, calendar);

  it("scale their day's volume and leave the others alone", () => {
    // Saturday 14 and Sunday 15 March; Saturday 21 March is a normal day.
    expect(dayVolume(before, 13)).toBeGreaterThan(0);
    expect(dayVolume(after, 13)).toBe(0);
    expect(dayVolume(after, 14)).toBeCloseTo(0.25 * dayVolume(before, 14), 9);
    expect(dayVolume(after, 20)).toBeCloseTo(dayVolume(before, 20), 9);
  });

  it("close the centre on a factor of 0: no contacts and nobody on the phones", () => {
    const run = simulateCentre(holiday, "interval", 1, 0, { recordDays: true });
    expect(run.days![13]!.values["voice.offered"]).toBe(0);
    expect(run.days![13]!.values.scheduledAgentHours).toBe(0);
    expect(run.days![20]!.values.scheduledAgentHours).toBeGreaterThan(0);
  });
});
