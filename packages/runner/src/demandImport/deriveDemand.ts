/**
 * What a planner derives from interval history: volume per month, weekday shares, an intraday profile per
 * weekday and for all days, handle time by time of day, and days that look like holidays. Plain sums and
 * ratios (the usual WFM "history to pattern" step), so a planner can recompute every figure in a spreadsheet.
 */
import { weekdayOf } from "./localTime.js";
import type { IntervalRecord } from "./records.js";

export interface MonthVolume {
  /** YYYY-MM. */
  readonly month: string;
  readonly offered: number;
  readonly handled: number | undefined;
  /** Days of the month with rows in the file, and days in the month. */
  readonly daysCovered: number;
  readonly daysInMonth: number;
}

export interface DerivedDemand {
  readonly intervalMinutes: number;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly days: number;
  readonly offered: number;
  /** Volume of each day in the file, in date order. */
  readonly daily: ReadonlyArray<{ readonly date: string; readonly offered: number }>;
  readonly months: ReadonlyArray<MonthVolume>;
  /** Mean daily volume per weekday as shares adding up to 1, Monday first (0 for weekdays with no volume). */
  readonly weekdayShares: ReadonlyArray<number>;
  /** Shares of the day's volume per interval from midnight (1440 / intervalMinutes values), per weekday, Monday first. */
  readonly intradayByWeekday: ReadonlyArray<ReadonlyArray<number>>;
  /** The same over all days: the volume-weighted mean of the weekday profiles. */
  readonly intraday: ReadonlyArray<number>;
  /** Mean handle time in seconds over the whole file; undefined if the file has no handle times. */
  readonly handleTimeSec: number | undefined;
  /** Mean handle time per interval of the day (undefined where nothing was handled). */
  readonly handleTimeByInterval: ReadonlyArray<number | undefined>;
  /** Contacts handled per interval of the day over the file (rows with handle times only): the weight of each mean. */
  readonly handledByInterval: ReadonlyArray<number>;
  readonly abandonRate: number | undefined;
  /** Days left out of shares and profiles because the scenario declares them special (holidays). */
  readonly excludedDates: ReadonlyArray<string>;
  /**
   * Days between the first and the last without a single row: a gap in the export (a day that failed to export
   * reads like a closed one). They count in no weekday's mean and no month's volume.
   */
  readonly missingDates: ReadonlyArray<string>;
  /** Days whose volume is under half their weekday's median: holidays or outages the planner should check. */
  readonly suspectDays: ReadonlyArray<{
    readonly date: string;
    readonly offered: number;
    readonly weekdayMedian: number;
  }>;
}

const daysInMonth = (month: string): number => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const normalised = (xs: ReadonlyArray<number>): number[] => {
  const total = xs.reduce((a, b) => a + b, 0);
  return xs.map((x) => (total > 0 ? x / total : 0));
};

/**
 * Derives the demand patterns of a set of interval records (one channel, any number of queues summed).
 *
 * @param excludeDates dates (YYYY-MM-DD) to leave out of weekday shares and profiles; still counted in months
 */
export function deriveDemand(
  records: ReadonlyArray<IntervalRecord>,
  intervalMinutes: number,
  excludeDates: ReadonlyArray<string> = [],
): DerivedDemand {
  const slots = 1440 / intervalMinutes;
  const excluded = new Set(excludeDates);
  const dayVolume = new Map<string, number>();
  const daySlots = new Map<string, Float64Array>();
  const handledBySlot = new Float64Array(slots);
  const handleSecBySlot = new Float64Array(slots);
  let handled = 0;
  let handleSec = 0;
  let withHandleTime = false;
  let abandoned = 0;
  let withAbandoned = false;
  const monthHandled = new Map<string, number>();
  for (const r of records) {
    dayVolume.set(r.date, (dayVolume.get(r.date) ?? 0) + r.offered);
    let perSlot = daySlots.get(r.date);
    if (perSlot === undefined) daySlots.set(r.date, (perSlot = new Float64Array(slots)));
    const slot = Math.floor(r.minute / intervalMinutes);
    perSlot[slot] = perSlot[slot]! + r.offered;
    const n = r.handled ?? r.offered;
    if (r.handled !== undefined)
      monthHandled.set(r.date.slice(0, 7), (monthHandled.get(r.date.slice(0, 7)) ?? 0) + r.handled);
    if (r.handleSec !== undefined) {
      withHandleTime = true;
      handled += n;
      handleSec += r.handleSec;
      handledBySlot[slot] = handledBySlot[slot]! + n;
      handleSecBySlot[slot] = handleSecBySlot[slot]! + r.handleSec;
    }
    if (r.abandoned !== undefined) {
      withAbandoned = true;
      abandoned += r.abandoned;
    }
  }
  const dates = [...dayVolume.keys()].sort();
  const months = new Map<string, { offered: number; days: number }>();
  for (const d of dates) {
    const m = months.get(d.slice(0, 7)) ?? { offered: 0, days: 0 };
    months.set(d.slice(0, 7), { offered: m.offered + dayVolume.get(d)!, days: m.days + 1 });
  }

  // Weekday shares from mean daily volume (not totals), so a weekday that happens to occur more often in the
  // file does not get a larger share.
  const byWeekday = Array.from({ length: 7 }, () => [] as string[]);
  for (const d of dates) if (!excluded.has(d)) byWeekday[weekdayOf(d)]!.push(d);
  const meanOf = (ds: ReadonlyArray<string>) =>
    ds.length === 0 ? 0 : ds.reduce((a, d) => a + dayVolume.get(d)!, 0) / ds.length;
  const weekdayShares = normalised(byWeekday.map(meanOf));
  const profileOf = (ds: ReadonlyArray<string>): number[] => {
    const sum = new Float64Array(slots);
    for (const d of ds) daySlots.get(d)!.forEach((v, i) => (sum[i] = sum[i]! + v));
    return normalised([...sum]);
  };
  const intradayByWeekday = byWeekday.map(profileOf);
  const intraday = profileOf(byWeekday.flat());
  const suspectDays = byWeekday
    .flatMap((ds) => {
      const med = median(ds.map((d) => dayVolume.get(d)!));
      return ds
        .filter((d) => dayVolume.get(d)! < 0.5 * med)
        .map((d) => ({ date: d, offered: dayVolume.get(d)!, weekdayMedian: med }));
    })
    .sort((a, b) => a.date.localeCompare(b.date));

  const missingDates: string[] = [];
  if (dates.length > 0)
    for (let t = Date.parse(`${dates[0]}T00:00:00Z`); ; t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (date >= dates[dates.length - 1]!) break;
      if (!dayVolume.has(date)) missingDates.push(date);
    }

  return {
    intervalMinutes,
    firstDate: dates[0]!,
    lastDate: dates[dates.length - 1]!,
    days: dates.length,
    offered: [...dayVolume.values()].reduce((a, b) => a + b, 0),
    daily: dates.map((date) => ({ date, offered: dayVolume.get(date)! })),
    months: [...months].map(([month, m]) => ({
      month,
      offered: m.offered,
      handled: monthHandled.get(month),
      daysCovered: m.days,
      daysInMonth: daysInMonth(month),
    })),
    weekdayShares,
    intradayByWeekday,
    intraday,
    handleTimeSec: withHandleTime && handled > 0 ? handleSec / handled : undefined,
    handleTimeByInterval: [...handleSecBySlot].map((s, i) =>
      handledBySlot[i]! > 0 ? s / handledBySlot[i]! : undefined,
    ),
    handledByInterval: [...handledBySlot],
    abandonRate: withAbandoned ? abandoned / records.reduce((a, r) => a + r.offered, 0) : undefined,
    excludedDates: dates.filter((d) => excluded.has(d)),
    missingDates,
    suspectDays,
  };
}
