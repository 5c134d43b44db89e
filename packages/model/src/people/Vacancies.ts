import { quantileSorted } from "../internal/quantileSorted.js";

/** Days within which a vacancy counts as filled quickly (the Russian market figures: 71% in 2022, 44% in 2023). */
export const FILLED_WITHIN_DAYS = 30;

/**
 * Every vacancy of the run with the day it opened and the day it was filled (-1 while open). A hire fills one of
 * the open vacancies chosen at random: each vacancy is its own search, filled at the same daily rate, so times to
 * fill are close to exponential. The rule does not change the mean time to fill (open vacancies / fill rate,
 * Little's law), only its spread, and the spread decides the share filled within 30 days. Closing the oldest
 * vacancy first (a single queue) was the earlier rule: it squeezes times to fill around their mean, and with the
 * default funnel gave 64% within 30 days at hh.index 4.5 but 5% at 2.6, where the Russian market reported 71%
 * (2022) and 44% (2023); exponential times with the same means (27 and 55 days) give 67% and 42%.
 */
export class Vacancies {
  private readonly openedDay: number[] = [];
  private readonly filledDay: number[] = [];
  /** Day each vacancy was withdrawn by the planner (-1 unless withdrawn): a censored search, not a fill. */
  private readonly withdrawnDay: number[] = [];
  /** Indices of the open vacancies, in no particular order (a fill swaps the last into the gap). */
  private readonly openList: number[] = [];
  /** Days to fill of the vacancies filled this month. */
  private filledThisMonth: number[] = [];
  /** Vacancies withdrawn this month. */
  private withdrawnThisMonth = 0;
  /** The time to fill the planner allowed for on the last hiring day (set by recruiting; NaN with fixed-rate hiring). */
  plannedTimeToFillDays = NaN;

  get open(): number {
    return this.openList.length;
  }

  openMany(count: number, day: number): void {
    for (let i = 0; i < count; i++) {
      this.openList.push(this.openedDay.length);
      this.openedDay.push(day);
      this.filledDay.push(-1);
      this.withdrawnDay.push(-1);
    }
  }

  /**
   * Opens the `count` vacancies a running centre has open on its first day `day`, opened before it: in the steady
   * state of random fills at a constant rate each vacancy is filled at rate 1 / mean time to fill whatever its age,
   * so the ages of the open ones are exponential with that mean. They are placed at the distribution's quantiles
   * (i + 0.5) / count, not drawn, so no random stream is used and their mean age is the mean time to fill.
   */
  openAtStart(count: number, day: number, meanTimeToFillDays: number): void {
    for (let i = 0; i < count; i++) {
      // At least a day: they were opened before the start, not in its first month.
      const age = Math.max(1, Math.round(-meanTimeToFillDays * Math.log(1 - (i + 0.5) / count)));
      this.openList.push(this.openedDay.length);
      this.openedDay.push(day - age);
      this.filledDay.push(-1);
      this.withdrawnDay.push(-1);
    }
  }

  /**
   * Withdraws `count` open vacancies on `day`, the most recently opened first (ties: the last opened), because a
   * recruiter cancels the requisitions it opened last, whose searches have least behind them (advertised most
   * recently, fewest candidates in the funnel); fills here are memoryless, so the choice does not change the fill
   * rate, only which ages stay open (the start's back-dated vacancies are not withdrawn before today's). A withdrawn
   * vacancy is not a fill: it enters no time to fill, and is a censored search in the share filled within 30 days.
   */
  withdraw(count: number, day: number): void {
    for (let n = Math.min(count, this.openList.length); n > 0; n--) {
      let at = 0,
        newest = -Infinity,
        newestV = -1;
      this.openList.forEach((v, i) => {
        const opened = this.openedOn(v);
        if (opened > newest || (opened === newest && v > newestV)) {
          newest = opened;
          newestV = v;
          at = i;
        }
      });
      const v = this.openList[at];
      const last = this.openList.pop();
      if (v === undefined || last === undefined) throw new RangeError(`no open vacancy to withdraw on day ${day}`);
      if (at < this.openList.length) this.openList[at] = last;
      this.withdrawnDay[v] = day;
      this.withdrawnThisMonth++;
    }
  }

  /** Fills the open vacancy at position floor(u x open) on `day`, u uniform in [0, 1) (caller checks one is open). */
  fill(day: number, u: number): void {
    const at = Math.min(this.openList.length - 1, Math.floor(u * this.openList.length));
    const v = this.openList[at];
    // The last open vacancy takes the filled one's place (order does not matter: fills draw uniformly).
    const last = this.openList.pop();
    if (v === undefined || last === undefined) throw new RangeError(`no open vacancy to fill on day ${day}`);
    if (at < this.openList.length) this.openList[at] = last;
    this.filledDay[v] = day;
    this.filledThisMonth.push(day - this.openedOn(v));
  }

  /**
   * Mean, median and 90th percentile of the days to fill of the vacancies filled this month (NaN, i.e. missing,
   * when none was filled: a month without fills has no time to fill, not one of 0 days); then starts a new month.
   */
  closeMonth(): {
    timeToFillDays: number;
    timeToFillP50Days: number;
    timeToFillP90Days: number;
    plannedTimeToFillDays: number;
    vacanciesWithdrawn: number;
  } {
    const days = this.filledThisMonth.sort((x, y) => x - y);
    this.filledThisMonth = [];
    const plannedTimeToFillDays = this.plannedTimeToFillDays;
    const vacanciesWithdrawn = this.withdrawnThisMonth;
    this.withdrawnThisMonth = 0;
    if (days.length === 0) {
      return {
        timeToFillDays: NaN,
        timeToFillP50Days: NaN,
        timeToFillP90Days: NaN,
        plannedTimeToFillDays,
        vacanciesWithdrawn,
      };
    }
    return {
      timeToFillDays: days.reduce((s, d) => s + d, 0) / days.length,
      timeToFillP50Days: quantileSorted(days, 0.5),
      timeToFillP90Days: quantileSorted(days, 0.9),
      plannedTimeToFillDays,
      vacanciesWithdrawn,
    };
  }

  /**
   * Share of the vacancies opened on days [first, end) that were filled within FILLED_WITHIN_DAYS, among those
   * whose 30 days were over by `lastDay`; NaN when none was. (Counting a younger vacancy only once filled would
   * bias the share upwards: the quick fills are known early, the slow ones not.) A vacancy withdrawn unfilled
   * within its 30 days is censored there: the share is 1 - the Kaplan-Meier survival at 30 days (the product over
   * fill ages t of 1 - fills at t / searches still open at t), which without withdrawals is quick / known exactly.
   * Dropping such vacancies would bias the share up (they were the unfilled ones), counting them as not filled
   * quickly would bias it down (they might have been).
   */
  filledWithinShare(first: number, end: number, lastDay: number): number {
    const fills: number[] = [],
      withdrawals: number[] = [];
    let known = 0;
    this.openedDay.forEach((opened, v) => {
      if (opened < first || opened >= end || lastDay - opened < FILLED_WITHIN_DAYS) return;
      known++;
      const filled = this.filledDay[v] ?? -1;
      const withdrawn = this.withdrawnDay[v] ?? -1;
      if (filled >= 0 && filled - opened <= FILLED_WITHIN_DAYS) fills.push(filled - opened);
      else if (withdrawn >= 0 && withdrawn - opened <= FILLED_WITHIN_DAYS) withdrawals.push(withdrawn - opened);
    });
    if (known === 0) return NaN;
    if (withdrawals.length === 0) return fills.length / known;
    fills.sort((x, y) => x - y);
    withdrawals.sort((x, y) => x - y);
    // Risk set at fill age t: the cohort less the fills before t and the withdrawals at ages up to t (the planner
    // withdraws before the day's fills, so a vacancy withdrawn at age a could last be filled at age a - 1).
    let survival = 1,
      atRisk = known,
      w = 0;
    for (let i = 0; i < fills.length;) {
      const t = fills[i] ?? 0;
      while (w < withdrawals.length && (withdrawals[w] ?? 0) <= t) {
        atRisk--;
        w++;
      }
      let d = 0;
      while (i < fills.length && fills[i] === t) {
        d++;
        i++;
      }
      survival *= 1 - d / atRisk;
      atRisk -= d;
    }
    return 1 - survival;
  }

  /** Mean age in days of the vacancies open on `day` (0 when none is open): what recruiting effort reacts to. */
  meanAgeDays(day: number): number {
    if (this.open === 0) return 0;
    let total = 0;
    for (const v of this.openList) total += day - this.openedOn(v);
    return total / this.open;
  }

  /** Day vacancy v was opened; an unknown vacancy is a defect. */
  private openedOn(v: number): number {
    const opened = this.openedDay[v];
    if (opened === undefined) throw new RangeError(`vacancy ${v} was never opened`);
    return opened;
  }
}
