/**
 * The simulated calendar: real months and weekdays from a start month, split into open days of equal intervals.
 * Simulation time is seconds since midnight of the first simulated day (warm-up included).
 *
 * Dates are computed with integer civil-calendar arithmetic rather than `Date`, which the simulation packages
 * do not use (it invites the wall clock and time zones into a deterministic model).
 */
export interface CalendarSpec {
  /** First simulated calendar month, warm-up included. */
  readonly startYear: number;
  /** 1 = January. */
  readonly startMonth: number;
  /** Months simulated before the reported horizon (their KPIs are not reported). */
  readonly warmupMonths: number;
  /**
   * Reported months after the warm-up. NOTE: the scenario file's `calendar.horizonMonths` counts the warm-up too;
   * compileScenario subtracts it.
   */
  readonly horizonMonths: number;
  readonly intervalMinutes: 15 | 30 | 60;
  /** Opening hours, the same every day: [openHour, closeHour) in hours after midnight, e.g. 8 and 22 (24 = midnight). */
  readonly openHour: number;
  readonly closeHour: number;
}

export const SECONDS_PER_DAY = 86_400;

/** The day (from the start of the run) of a time in seconds. */
export function dayOfTime(timeSec: number): number {
  return Math.floor(timeSec / SECONDS_PER_DAY);
}

export interface SimCalendar {
  readonly spec: CalendarSpec;
  readonly intervalSec: number;
  /** Open intervals per day. */
  readonly intervalsPerDay: number;
  /** Seconds after midnight at which the first open interval starts. */
  readonly openSec: number;
  /** Simulated days, warm-up included. */
  readonly days: number;
  /** Simulated months, warm-up included. */
  readonly months: number;
  /** Month index of each day (0 = first simulated month). */
  readonly monthOfDay: Int32Array;
  /** 0 = Monday ... 6 = Sunday, per day. */
  readonly dayOfWeek: Uint8Array;
  /** First day of each month; `monthStartDay[months]` = days. */
  readonly monthStartDay: Int32Array;
  /** "YYYY-MM" of each simulated month. */
  readonly monthLabels: readonly string[];
}

export function buildCalendar(spec: CalendarSpec): SimCalendar {
  validateSpec(spec);
  const months = spec.warmupMonths + spec.horizonMonths;
  const monthStartDay = new Int32Array(months + 1);
  const monthLabels: string[] = [];
  const firstDay = daysFromCivil(spec.startYear, spec.startMonth, 1);
  for (let m = 0; m <= months; m++) {
    const year = spec.startYear + Math.floor((spec.startMonth - 1 + m) / 12);
    const month = ((spec.startMonth - 1 + m) % 12) + 1;
    monthStartDay[m] = daysFromCivil(year, month, 1) - firstDay;
    if (m < months) monthLabels.push(`${year}-${String(month).padStart(2, "0")}`);
  }
  const days = monthStartDay[months]!;
  const monthOfDay = new Int32Array(days);
  const dayOfWeek = new Uint8Array(days);
  for (let m = 0; m < months; m++) monthOfDay.fill(m, monthStartDay[m], monthStartDay[m + 1]);
  // 1970-01-01 (day 0 of daysFromCivil) was a Thursday: index 3 with Monday = 0.
  for (let d = 0; d < days; d++) dayOfWeek[d] = (((firstDay + d + 3) % 7) + 7) % 7;
  const intervalSec = spec.intervalMinutes * 60;
  return {
    spec,
    intervalSec,
    intervalsPerDay: Math.round(((spec.closeHour - spec.openHour) * 3600) / intervalSec),
    openSec: spec.openHour * 3600,
    days,
    months,
    monthOfDay,
    dayOfWeek,
    monthStartDay,
    monthLabels,
  };
}

/** Month m's days [first, end); a month outside the calendar is a defect upstream. */
export function monthDays(calendar: SimCalendar, month: number): { first: number; end: number } {
  const first = calendar.monthStartDay[month];
  const end = calendar.monthStartDay[month + 1];
  if (first === undefined || end === undefined)
    throw new RangeError(`month ${month} is outside the calendar's ${calendar.months} months`);
  return { first, end };
}

/** Start of an open interval, in simulation seconds. */
export function intervalStartSec(calendar: SimCalendar, day: number, interval: number): number {
  return day * SECONDS_PER_DAY + calendar.openSec + interval * calendar.intervalSec;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil, public-domain algorithm).
 * Exported for tests.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function validateSpec(spec: CalendarSpec): void {
  const intervalSec = spec.intervalMinutes * 60;
  if (!Number.isInteger(spec.startMonth) || spec.startMonth < 1 || spec.startMonth > 12)
    throw new RangeError(`startMonth must be 1..12, got ${spec.startMonth}`);
  if (!Number.isInteger(spec.horizonMonths) || spec.horizonMonths < 1)
    throw new RangeError(`horizonMonths must be an integer >= 1, got ${spec.horizonMonths}`);
  if (!Number.isInteger(spec.warmupMonths) || spec.warmupMonths < 0)
    throw new RangeError(`warmupMonths must be an integer >= 0, got ${spec.warmupMonths}`);
  if (!(spec.openHour >= 0 && spec.closeHour <= 24 && spec.openHour < spec.closeHour))
    throw new RangeError(`opening hours must satisfy 0 <= open < close <= 24, got ${spec.openHour}-${spec.closeHour}`);
  if (((spec.closeHour - spec.openHour) * 3600) % intervalSec !== 0 || (spec.openHour * 3600) % intervalSec !== 0) {
    throw new RangeError(
      `opening hours ${spec.openHour}-${spec.closeHour} must be whole multiples of the ${spec.intervalMinutes}-minute interval`,
    );
  }
}
