import { quantileSorted } from "../internal/quantileSorted.js";

/** Days within which a vacancy counts as filled quickly (the Russian market figures: 71% in 2022, 44% in 2023). */
export const FILLED_WITHIN_DAYS = 30;

/**
 * Every vacancy of the run with the day it opened and the day it was filled (-1 while open). A hire closes the
 * oldest open vacancy, as a recruiter working the oldest requisition first would. The rule does not change the
 * mean time to fill (open vacancies / fill rate, Little's law), only its spread: independent searches, each
 * vacancy filled at its own rate, would give exponential times to fill, with more short and more long ones.
 */
export class Vacancies {
  private readonly openedDay: number[] = [];
  private readonly filledDay: number[] = [];
  /** Oldest open vacancy (vacancies open in day order and are filled oldest first). */
  private head = 0;
  /** Days to fill of the vacancies filled this month. */
  private filledThisMonth: number[] = [];

  get open(): number {
    return this.openedDay.length - this.head;
  }

  openMany(count: number, day: number): void {
    for (let i = 0; i < count; i++) {
      this.openedDay.push(day);
      this.filledDay.push(-1);
    }
  }

  /** Closes the oldest open vacancy on `day` (caller checks that one is open). */
  fill(day: number): void {
    const v = this.head++;
    this.filledDay[v] = day;
    this.filledThisMonth.push(day - this.openedDay[v]!);
  }

  /**
   * Mean, median and 90th percentile of the days to fill of the vacancies filled this month (NaN, i.e. missing,
   * when none was filled: a month without fills has no time to fill, not one of 0 days); then starts a new month.
   */
  closeMonth(): { timeToFillDays: number; timeToFillP50Days: number; timeToFillP90Days: number } {
    const days = this.filledThisMonth.sort((x, y) => x - y);
    this.filledThisMonth = [];
    if (days.length === 0) return { timeToFillDays: NaN, timeToFillP50Days: NaN, timeToFillP90Days: NaN };
    return {
      timeToFillDays: days.reduce((s, d) => s + d, 0) / days.length,
      timeToFillP50Days: quantileSorted(days, 0.5),
      timeToFillP90Days: quantileSorted(days, 0.9),
    };
  }

  /**
   * Share of the vacancies opened on days [first, end) that were filled within FILLED_WITHIN_DAYS, among those
   * whose 30 days were over by `lastDay`; NaN when none was. (Counting a younger vacancy only once filled would
   * bias the share upwards: the quick fills are known early, the slow ones not.)
   */
  filledWithinShare(first: number, end: number, lastDay: number): number {
    let known = 0, quick = 0;
    for (let v = 0; v < this.openedDay.length; v++) {
      const opened = this.openedDay[v]!;
      if (opened < first || opened >= end || lastDay - opened < FILLED_WITHIN_DAYS) continue;
      const filled = this.filledDay[v]!;
      if (filled >= 0 && filled - opened <= FILLED_WITHIN_DAYS) quick++;
      known++;
    }
    return known > 0 ? quick / known : NaN;
  }
}
