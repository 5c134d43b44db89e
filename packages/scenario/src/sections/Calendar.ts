/**
 * The simulated period and the opening hours. Opening hours are the same on every open day (kept simple on
 * purpose: most centres publish one daily window; a 24/7 centre uses openHour 0 and closeHour 24).
 */
import { Schema } from "effect";
import { checked, count, date, list, oneOf, withDefault, type Problem } from "../internal/fields.js";

/** Weekday names, Monday first; the same order as `dayOfWeekShares`. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const Weekday = oneOf(WEEKDAYS, "A day of the week, three lower-case letters.");

const CalendarFields = Schema.Struct({
  startDate: date(
    "First simulated day, written YYYY-MM (meaning the first of that month) or YYYY-MM-DD. Monthly results are " +
      "reported per calendar month from here. Required: there is no sensible default start.",
  ),
  horizonMonths: withDefault(
    count(
      "months",
      36,
      "Length of the simulated period in months, warm-up included. Typical studies run 12-36 " +
        "months; longer horizons are refused because parameters cannot be trusted that far ahead.",
      1,
    ),
    12,
  ),
  warmupMonths: withDefault(
    count(
      "months",
      12,
      "Months at the start that are simulated but left out of the reported KPIs, so results do " +
        "not depend on the made-up initial state. Must be shorter than horizonMonths. Default 0: assumption.",
    ),
    0,
  ),
  intervalMinutes: withDefault(
    oneOf(
      [15, 30],
      "Length of a planning interval in minutes: the planner forecasts and staffs per interval and " +
        "the interval fidelity computes KPIs per interval. 30 is the common WFM choice (assumption).",
    ),
    30,
  ),
  openHour: withDefault(
    count(
      "hours",
      23,
      "Hour of the day (0-23, local time) at which the centre opens on every open day. Default 8: assumption.",
    ),
    8,
  ),
  closeHour: withDefault(
    count(
      "hours",
      24,
      "Hour of the day (1-24) at which the centre closes; 24 means midnight. Must be later than " +
        "openHour. Default 22: assumption.",
      1,
    ),
    22,
  ),
  openDays: withDefault(
    list(
      Weekday,
      { min: 1, max: 7, items: "weekday names" },
      "Days of the week on which the centre is open. Default: every day (assumption).",
    ),
    WEEKDAYS,
  ),
});

const calendarProblems = (c: typeof CalendarFields.Type): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = [];
  if (c.warmupMonths >= c.horizonMonths) {
    problems.push({
      path: ["warmupMonths"],
      message: `warmupMonths (${c.warmupMonths}) must be shorter than horizonMonths (${c.horizonMonths}), or nothing is reported`,
    });
  }
  if (c.closeHour <= c.openHour) {
    problems.push({
      path: ["closeHour"],
      message: `closeHour (${c.closeHour}) must be later than openHour (${c.openHour})`,
    });
  }
  const seen = new Set<string>();
  c.openDays.forEach((d, i) => {
    if (seen.has(d)) problems.push({ path: ["openDays", i], message: `"${d}" is listed twice` });
    seen.add(d);
  });
  return problems;
};

/** The `calendar` section: simulated period, planning interval and opening hours. */
export const Calendar = checked(
  CalendarFields.annotations({ description: "The simulated period, planning interval and opening hours." }),
  calendarProblems,
);

/** Number of planning intervals in one open day (e.g. 08-22 with 30-minute intervals: 28). */
export const intervalsPerDay = (c: {
  readonly openHour: number;
  readonly closeHour: number;
  readonly intervalMinutes: number;
}): number => ((c.closeHour - c.openHour) * 60) / c.intervalMinutes;
