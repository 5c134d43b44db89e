/**
 * The simulated period and the opening hours. Opening hours are the same on every open day (kept simple on
 * purpose: most centres publish one daily window; a 24/7 centre uses openHour 0 and closeHour 24).
 */
import { Schema } from "effect";
import {
  checked,
  count,
  date,
  list,
  num,
  oneOf,
  optional,
  text,
  withDefault,
  type Problem,
} from "../internal/fields.js";
import { crossField } from "../crossFieldText.js";

/** Weekday names, Monday first; the same order as `dayOfWeekShares`. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const Weekday = oneOf(WEEKDAYS, "A day of the week, three lower-case letters.");

/** A holiday or other day whose demand differs from its weekday's (issue 15). */
const SpecialDay = Schema.Struct({
  date: date("The day, YYYY-MM-DD."),
  volumeFactor: withDefault(
    num(
      { min: 0, max: 10 },
      "Demand of the day as a multiple of a normal day of its weekday: 0 closes the centre (nobody rostered), " +
        "0.25 is a quarter of the contacts. The month's volume falls or rises by the difference. Default 0 (closed).",
    ),
    0,
  ),
  name: optional(text("What the day is, for the reader (e.g. Good Friday).", 200)),
});

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
  specialDays: withDefault(
    list(
      SpecialDay,
      { min: 0, max: 400, items: "special days" },
      "Holidays and other days whose demand is a multiple of a normal day's (0: closed), in every channel. Days of " +
        "a forecast file used interval by interval keep the forecast's own volume. Default: none.",
    ),
    [],
  ),
});

const calendarProblems = (c: typeof CalendarFields.Type): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = [];
  c.specialDays.forEach((d, i) => {
    if (d.date.length !== 10)
      problems.push({ path: ["specialDays", i, "date"], message: crossField("dayExpected", { found: d.date }) });
  });
  if (c.warmupMonths >= c.horizonMonths) {
    problems.push({
      path: ["warmupMonths"],
      message: crossField("warmupTooLong", { warmup: c.warmupMonths, horizon: c.horizonMonths }),
    });
  }
  if (c.closeHour <= c.openHour) {
    problems.push({
      path: ["closeHour"],
      message: crossField("closeBeforeOpen", { close: c.closeHour, open: c.openHour }),
    });
  }
  const seen = new Set<string>();
  c.openDays.forEach((d, i) => {
    if (seen.has(d)) problems.push({ path: ["openDays", i], message: crossField("listedTwice", { value: d }) });
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
