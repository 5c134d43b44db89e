/**
 * A forecast file used interval by interval (`demandFile.use: intervals`): its volumes put onto the scenario's
 * planning intervals, day after day over the file's dates, in the centre's local time (the file's timestamps
 * were converted when parsed, so the daylight-saving days come out right). 15-minute files are summed into
 * 30-minute intervals; 30-minute files are split evenly into 15-minute ones. Volume outside the opening hours
 * is left out and reported.
 */
import type { Scenario } from "@ccsim/scenario";
import type { IntervalRecord } from "./records.js";

const DAY_MS = 86_400_000;

export interface ForecastOnIntervals {
  readonly forecast: { readonly firstDate: string; readonly volumes: number[] };
  /** Contacts of the file outside the opening hours (left out). */
  readonly outside: number;
  readonly days: number;
}

export function forecastOnIntervals(
  records: readonly IntervalRecord[],
  fileMinutes: number,
  calendar: Scenario["calendar"],
): ForecastOnIntervals {
  const dates = records.map((r) => r.date).sort();
  const first = dates[0]!,
    last = dates[dates.length - 1]!;
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS) + 1;
  const step = calendar.intervalMinutes;
  const perDay = ((calendar.closeHour - calendar.openHour) * 60) / step;
  const volumes = new Array<number>(days * perDay).fill(0);
  let outside = 0;
  for (const r of records) {
    const day = Math.round((Date.parse(`${r.date}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS);
    // A file interval longer than the scenario's is split evenly over the intervals it covers.
    const parts = Math.max(1, fileMinutes / step);
    for (let p = 0; p < parts; p++) {
      const minute = r.minute + p * step - calendar.openHour * 60;
      const i = Math.floor(minute / step);
      if (minute < 0 || i >= perDay) outside += r.offered / parts;
      else volumes[day * perDay + i]! += r.offered / parts;
    }
  }
  return { forecast: { firstDate: first, volumes }, outside, days };
}
