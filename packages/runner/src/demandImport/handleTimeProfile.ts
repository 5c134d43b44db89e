/**
 * Handle time by time of day from a history, on the scenario's grid: a multiplier of the file's mean handle time
 * per planning interval of an open day, what `handleTimeFactorByInterval` holds. File intervals are split or
 * merged by overlap, each weighted by the contacts it handled, so a half-hour made of a busy and a quiet quarter
 * takes the busy quarter's handle time mostly.
 */
import type { Scenario } from "@ccsim/scenario";
import type { DerivedDemand } from "./deriveDemand.js";

/**
 * Contacts of prior weight at the file's mean handle time added to each interval's own (a credibility estimate):
 * an interval with a handful of contacts in the history stays near the mean rather than taking their noise (a
 * lognormal handle time with cv 0.8 over 30 contacts has a standard error of 15%), while one with hundreds keeps
 * its own mean within a few percent. Assumption.
 */
export const PRIOR_CONTACTS = 30;

/** The multipliers per open planning interval, or undefined when the file has no handle times. */
export function handleTimeFactors(derived: DerivedDemand, calendar: Scenario["calendar"]): number[] | undefined {
  const mean = derived.handleTimeSec;
  if (mean === undefined || !(mean > 0)) return undefined;
  const open = calendar.openHour * 60;
  const n = ((calendar.closeHour - calendar.openHour) * 60) / calendar.intervalMinutes;
  const step = derived.intervalMinutes;
  return Array.from({ length: n }, (_, k) => {
    const from = open + k * calendar.intervalMinutes;
    const to = from + calendar.intervalMinutes;
    let handled = 0,
      seconds = 0;
    derived.handledByInterval.forEach((count, i) => {
      const overlap = Math.max(0, Math.min(to, (i + 1) * step) - Math.max(from, i * step)) / step;
      const aht = derived.handleTimeByInterval[i];
      if (overlap <= 0 || aht === undefined || !(count > 0)) return;
      handled += count * overlap;
      seconds += count * overlap * aht;
    });
    return (seconds + PRIOR_CONTACTS * mean) / (handled + PRIOR_CONTACTS) / mean;
  });
}
