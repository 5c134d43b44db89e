/**
 * Puts demand derived from a file into a scenario's channel: the history's months become the volume series, its
 * weekday shares and intraday profiles, per weekday and over all days (resampled to the scenario's planning
 * interval and opening hours), replace the channel's, its mean handle time replaces `handleTimeSec` and its handle
 * time by time of day `handleTimeFactorByInterval`. Done on the scenario, not on the model's parameters, so every later step (variants, interventions, the report's parameter table) sees the imported values.
 */
import { WEEKDAYS, type Scenario } from "@ccsim/scenario";
import type { DerivedDemand } from "./deriveDemand.js";
import { handleTimeFactors } from "./handleTimeProfile.js";
import { weekdayOf } from "./localTime.js";

/** Longest volume series a scenario holds (the schema's limit). */
const MAX_SERIES = 36;
/** Months covered by fewer days than this are left out of the series: scaling three days to a month is noise. */
const MIN_DAYS_FOR_A_MONTH = 7;

/** What the import changed and what the planner should know about it. */
export interface AppliedDemand {
  readonly scenario: Scenario;
  readonly notes: ReadonlyArray<string>;
}

/**
 * Each month's volume scaled from the days covered to the whole month by weekday weight: a month covered on its
 * last ten days only is scaled by the weight of all its days over the weight of those ten.
 */
export function fullMonthVolumes(derived: DerivedDemand): Array<{ month: string; volume: number }> {
  const weightOf = (date: string) => derived.weekdayShares[weekdayOf(date)]!;
  // Days the scenario declares special (holidays) are left out here too: the series describes ordinary months.
  const excluded = new Set(derived.excludedDates);
  return derived.months
    .filter((m) => m.daysCovered >= MIN_DAYS_FOR_A_MONTH)
    .map((m) => {
      const [y, mo] = m.month.split("-").map(Number) as [number, number];
      let all = 0;
      for (let d = 1; d <= m.daysInMonth; d++)
        all += weightOf(new Date(Date.UTC(y, mo - 1, d)).toISOString().slice(0, 10));
      const days = derived.daily.filter((d) => d.date.startsWith(m.month) && !excluded.has(d.date));
      const covered = days.reduce((w, d) => w + weightOf(d.date), 0);
      const offered = days.reduce((v, d) => v + d.offered, 0);
      return { month: m.month, volume: covered > 0 ? (offered * all) / covered : m.offered };
    });
}

/**
 * The intraday profile on the scenario's grid: shares of each planning interval from opening to closing time.
 * File intervals are split or summed by overlap; volume outside opening hours is reported and, since the monthly
 * volume is kept, spread over the open intervals in proportion.
 */
export function resampleIntraday(
  derived: DerivedDemand,
  calendar: Scenario["calendar"],
  profile: ReadonlyArray<number> = derived.intraday,
): { shares: number[]; outsideShare: number } {
  const open = calendar.openHour * 60;
  const close = calendar.closeHour * 60;
  const n = (close - open) / calendar.intervalMinutes;
  const shares = new Array<number>(n).fill(0);
  let outside = 0;
  profile.forEach((share, i) => {
    const a = i * derived.intervalMinutes;
    const b = a + derived.intervalMinutes;
    for (let k = 0; k < n; k++) {
      const ka = open + k * calendar.intervalMinutes;
      const overlap = Math.max(0, Math.min(b, ka + calendar.intervalMinutes) - Math.max(a, ka));
      shares[k] = shares[k]! + (share * overlap) / derived.intervalMinutes;
    }
    const inside = Math.max(0, Math.min(b, close) - Math.max(a, open));
    outside += (share * (derived.intervalMinutes - inside)) / derived.intervalMinutes;
  });
  return { shares, outsideShare: outside };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** " (by time of day 300-360 s)" for the import's note, or nothing without a profile. */
const byTimeOfDay = (factors: ReadonlyArray<number> | undefined, meanSec: number | undefined): string =>
  factors === undefined || meanSec === undefined
    ? ""
    : ` (by time of day ${(Math.min(...factors) * meanSec).toFixed(0)}-${(Math.max(...factors) * meanSec).toFixed(0)} s)`;

/** The scenario with one channel's demand replaced by the derived one. */
export function applyDerivedDemand(
  scenario: Scenario,
  channel: "voice" | "chat",
  derived: DerivedDemand,
): AppliedDemand {
  const current = scenario.demand[channel];
  if (current === undefined) return { scenario, notes: [] };
  const notes: string[] = [];
  const months = fullMonthVolumes(derived);
  const series = (
    months.length > 0 ? months : [{ month: derived.months[0]!.month, volume: (derived.offered / derived.days) * 30.4 }]
  ).slice(-MAX_SERIES);
  if (months.length === 0)
    notes.push(
      `${channel}: no month has ${MIN_DAYS_FOR_A_MONTH} days of history; the monthly volume is the daily mean x 30.4`,
    );
  const { shares, outsideShare } = resampleIntraday(derived, scenario.calendar);
  if (outsideShare > 0.001)
    notes.push(
      `${channel}: ${pct(outsideShare)} of the history's volume arrives outside opening hours ${scenario.calendar.openHour}:00-${scenario.calendar.closeHour}:00; it is moved into the open intervals`,
    );
  if (shares.every((s) => s <= 0))
    notes.push(`${channel}: the history has no volume within opening hours; the built-in profile is kept`);
  // Each weekday's own shape; a weekday with no volume in opening hours (closed in the history) takes the shared
  // one, which the scenario then ignores unless the day is open.
  const byWeekday = derived.intradayByWeekday.map((profile) => {
    const own = resampleIntraday(derived, scenario.calendar, profile).shares;
    return own.some((s) => s > 0) ? own : shares;
  });
  const open = new Set(scenario.calendar.openDays);
  const closedWithVolume = WEEKDAYS.filter((d, i) => !open.has(d) && derived.weekdayShares[i]! > 0.01);
  if (closedWithVolume.length > 0)
    notes.push(
      `${channel}: the history has volume on ${closedWithVolume.join(", ")}, closed in the scenario; that volume is moved to the open days`,
    );
  const factors = handleTimeFactors(derived, scenario.calendar);
  const { monthlyVolume: _dropped, ...rest } = current;
  const replaced = {
    ...rest,
    monthlyVolumeSeries: series.map((m) => Math.round(m.volume)),
    dayOfWeekShares: derived.weekdayShares.some((s) => s > 0) ? [...derived.weekdayShares] : current.dayOfWeekShares,
    ...(shares.some((s) => s > 0) ? { intradayShares: shares, intradaySharesByWeekday: byWeekday } : {}),
    handleTimeSec: derived.handleTimeSec ?? current.handleTimeSec,
    ...(factors === undefined ? {} : { handleTimeFactorByInterval: factors }),
  };
  if (derived.handleTimeSec === undefined)
    notes.push(`${channel}: the file has no handle times; handleTimeSec ${current.handleTimeSec} s is kept`);
  notes.push(
    `${channel}: demand from ${derived.firstDate} to ${derived.lastDate}: ${series.map((m) => `${m.month} ${Math.round(m.volume)}`).join(", ")} contacts per month` +
      (derived.handleTimeSec === undefined ? "" : `, handle time ${derived.handleTimeSec.toFixed(0)} s`) +
      byTimeOfDay(factors, derived.handleTimeSec),
  );
  return { scenario: { ...scenario, demand: { ...scenario.demand, [channel]: replaced } }, notes };
}
