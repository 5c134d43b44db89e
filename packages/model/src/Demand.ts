import type { SimCalendar } from "./SimCalendar.js";

/** Expected contact volume of one channel over the calendar. */
export interface DemandSpec {
  /** Expected contacts offered in each simulated month (warm-up months included), length `calendar.months`. */
  readonly monthlyVolume: readonly number[];
  /** Relative weight of each weekday, Monday first (7 values); a month's volume is shared out over its days by weight. */
  readonly dayOfWeekWeights: readonly number[];
  /** Relative weight of each open interval of a day (length `calendar.intervalsPerDay`). */
  readonly intradayWeights: readonly number[];
  /**
   * Optional shape per weekday, Monday first (7 lists like `intradayWeights`, each normalised on its own): a day
   * takes its weekday's shape; its volume still comes from `dayOfWeekWeights`. Replaces `intradayWeights` if given.
   */
  readonly intradayWeightsByWeekday?: readonly (readonly number[])[];
  /** Days (index from the first simulated day) whose volume is `factor` x a normal day's: holidays, 0 = closed. */
  readonly specialDays?: readonly { readonly day: number; readonly factor: number }[];
  /**
   * A forecast interval by interval: expected contacts per open interval from day `fromDay` on (whole days); it
   * replaces the rates above over its days (special days included: a forecast carries its own holidays).
   */
  readonly intervalVolumes?: { readonly fromDay: number; readonly volumes: readonly number[] };
}

/**
 * Arrival rate (contacts per second) of every open interval, indexed `day * intervalsPerDay + interval`.
 * Arrivals are Poisson with this rate, constant within an interval. Each month's expected total equals its
 * `monthlyVolume` exactly, whatever its mix of weekdays.
 */
export function arrivalRates(spec: DemandSpec, calendar: SimCalendar): Float64Array {
  validateDemand(spec, calendar);
  const perDay = calendar.intervalsPerDay;
  // One shape per weekday (all the shared one unless given), each with its own total, so a day's volume is kept.
  const shapes = spec.intradayWeightsByWeekday ?? Array.from({ length: 7 }, () => spec.intradayWeights);
  const totals = shapes.map(sum);
  const rates = new Float64Array(calendar.days * perDay);
  for (let m = 0; m < calendar.months; m++) {
    const first = calendar.monthStartDay[m]!;
    const end = calendar.monthStartDay[m + 1]!;
    let weightOfMonth = 0;
    for (let d = first; d < end; d++) weightOfMonth += spec.dayOfWeekWeights[calendar.dayOfWeek[d]!]!;
    for (let d = first; d < end; d++) {
      const dayVolume =
        weightOfMonth > 0
          ? (spec.monthlyVolume[m]! * spec.dayOfWeekWeights[calendar.dayOfWeek[d]!]!) / weightOfMonth
          : 0;
      const weekday = calendar.dayOfWeek[d]!;
      const shape = shapes[weekday]!;
      const total = totals[weekday]!;
      for (let i = 0; i < perDay; i++) rates[d * perDay + i] = (dayVolume * shape[i]!) / total / calendar.intervalSec;
    }
  }
  for (const { day, factor } of spec.specialDays ?? []) {
    if (day < 0 || day >= calendar.days) continue;
    for (let i = 0; i < perDay; i++) rates[day * perDay + i]! *= factor;
  }
  const forecast = spec.intervalVolumes;
  if (forecast !== undefined) {
    // Intervals before the first simulated day or after the last are outside the run.
    forecast.volumes.forEach((volume, k) => {
      const slot = forecast.fromDay * perDay + k;
      if (slot >= 0 && slot < rates.length) rates[slot] = volume / calendar.intervalSec;
    });
  }
  return rates;
}

function validateDemand(spec: DemandSpec, calendar: SimCalendar): void {
  if (spec.monthlyVolume.length !== calendar.months)
    throw new RangeError(
      `monthlyVolume needs ${calendar.months} values (one per simulated month), got ${spec.monthlyVolume.length}`,
    );
  if (spec.dayOfWeekWeights.length !== 7)
    throw new RangeError(`dayOfWeekWeights needs 7 values, got ${spec.dayOfWeekWeights.length}`);
  if (spec.intradayWeights.length !== calendar.intervalsPerDay)
    throw new RangeError(
      `intradayWeights needs ${calendar.intervalsPerDay} values (one per open interval), got ${spec.intradayWeights.length}`,
    );
  for (const [name, values] of [
    ["monthlyVolume", spec.monthlyVolume],
    ["dayOfWeekWeights", spec.dayOfWeekWeights],
    ["intradayWeights", spec.intradayWeights],
  ] as const) {
    if (values.some((v) => !(v >= 0) || !Number.isFinite(v)))
      throw new RangeError(`${name} values must be finite and >= 0`);
  }
  if (sum(spec.intradayWeights) <= 0) throw new RangeError("intradayWeights must not all be zero");
  const byWeekday = spec.intradayWeightsByWeekday;
  if (
    byWeekday !== undefined &&
    (byWeekday.length !== 7 ||
      byWeekday.some(
        (day) =>
          day.length !== calendar.intervalsPerDay || sum(day) <= 0 || day.some((v) => !(v >= 0) || !Number.isFinite(v)),
      ))
  )
    throw new RangeError(
      `intradayWeightsByWeekday needs 7 lists of ${calendar.intervalsPerDay} finite weights >= 0, none all zero`,
    );
  if ((spec.specialDays ?? []).some((d) => !Number.isInteger(d.day) || !(d.factor >= 0) || !Number.isFinite(d.factor)))
    throw new RangeError("specialDays need whole day indices and finite factors >= 0");
  const forecast = spec.intervalVolumes;
  if (
    forecast !== undefined &&
    (!Number.isInteger(forecast.fromDay) ||
      forecast.volumes.length % calendar.intervalsPerDay !== 0 ||
      forecast.volumes.some((v) => !(v >= 0) || !Number.isFinite(v)))
  )
    throw new RangeError(
      `intervalVolumes need a whole first day and whole days of ${calendar.intervalsPerDay} finite volumes >= 0`,
    );
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
