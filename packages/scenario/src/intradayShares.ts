/**
 * What a channel's intraday pattern means, in one place: the runner and the web form both call this, so the
 * built-in profiles cannot be implemented twice in two ways.
 */
import { intervalsPerDay } from "./sections/Calendar.js";
import type { Scenario } from "./Scenario.js";

type Channel = NonNullable<Scenario["demand"]["voice"]> | NonNullable<Scenario["demand"]["chat"]>;

const bump = (hour: number, peak: number, widthHours: number): number =>
  Math.exp(-0.5 * ((hour - peak) / widthHours) ** 2);

/**
 * The "business-day" profile (assumption): a base level plus a late-morning peak at 11:00 and a slightly lower
 * mid-afternoon peak at 15:30, the common two-hump shape of inbound service lines.
 */
const businessDay = (hour: number): number => 0.35 + bump(hour, 11, 1.6) + 0.85 * bump(hour, 15.5, 1.8);

/**
 * Shares of a channel's daily volume per planning interval of an open day, from opening time; they add up to 1.
 * Uses `intradayShares` if given (normalised), otherwise the named `intradayProfile`.
 */
export const intradayShares = (channel: Channel, calendar: Scenario["calendar"]): ReadonlyArray<number> => {
  const n = intervalsPerDay(calendar);
  const weights =
    channel.intradayShares ??
    Array.from({ length: n }, (_, i) => {
      const midHour = calendar.openHour + ((i + 0.5) * calendar.intervalMinutes) / 60;
      return channel.intradayProfile === "flat" ? 1 : businessDay(midHour);
    });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
};

/**
 * Shares per planning interval of each weekday's volume, Monday first (7 lists adding up to 1 each): the
 * channel's `intradaySharesByWeekday` if given, otherwise the shared profile of `intradayShares` for every day.
 */
export const intradaySharesByWeekday = (
  channel: Channel,
  calendar: Scenario["calendar"],
): ReadonlyArray<ReadonlyArray<number>> => {
  const byWeekday = channel.intradaySharesByWeekday;
  if (byWeekday === undefined) {
    const shared = intradayShares(channel, calendar);
    return Array.from({ length: 7 }, () => shared);
  }
  return byWeekday.map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => w / total);
  });
};
